package dev.signalbox.alerts;

import java.awt.AWTException;
import java.awt.GraphicsEnvironment;
import java.awt.Image;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.net.URL;
import java.util.HashSet;
import java.util.Set;

/**
 * The application's one icon in the system tray, shared by the attention badge (the count drawn on it, the summary as
 * its tooltip) and the desktop notifications (balloons from it). Each used to add an icon of its own, so a desktop
 * with a tray showed two Signalbox icons (and one more per watched service with alerts). Built once, by the
 * composition root; the icon is added at the first use and removed when the last user lets go.
 *
 * <p>AWT is touched only when a method is called, never at construction (the toolkit takes a few hundred milliseconds
 * to start): call them off the FX thread.
 */
public final class DesktopTray {
    private final URL iconResource;
    private final Set<Object> users = new HashSet<>();
    private Image applicationIcon;
    private TrayIcon icon;
    private Runnable onActivate = () -> { };

    /** @param iconResource the application's icon (a class-path resource), the icon's picture until a user sets one */
    public DesktopTray(URL iconResource) {
        this.iconResource = iconResource;
    }

    /** False on a headless machine, where the platform has no tray (most Linux desktops without an applet), or without AWT. */
    public boolean supported() {
        try {
            return !GraphicsEnvironment.isHeadless() && SystemTray.isSupported();
        } catch (LinkageError | RuntimeException e) {
            // No AWT in this runtime (a jlinked image without java.desktop): no tray then.
            return false;
        }
    }

    /** The application's icon, read once. */
    public synchronized Image applicationIcon() {
        if (applicationIcon == null) {
            try {
                applicationIcon = javax.imageio.ImageIO.read(iconResource);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("the application icon could not be read", e);
            }
        }
        return applicationIcon;
    }

    /** What a click on the icon does (bring the window to the front); called on AWT's thread. */
    public synchronized void onActivate(Runnable action) {
        onActivate = action;
    }

    /** Shows {@code image} (null: the picture stays) with {@code tooltip} on the one icon, adding it for {@code user} if needed. */
    public synchronized void show(Object user, Image image, String tooltip) throws AWTException {
        boolean added = icon == null;
        TrayIcon shown = icon(user, image);
        if (!added && image != null) {
            shown.setImage(image);
        }
        shown.setToolTip(tooltip);
    }

    /** A notification balloon from the one icon, adding it (with the application's icon) for {@code user} if needed. */
    public synchronized void notify(Object user, String caption, String text, TrayIcon.MessageType type) throws AWTException {
        icon(user, null).displayMessage(caption, text, type);
    }

    /** {@code user} no longer needs the icon; the last one to let go removes it from the tray. */
    public synchronized void release(Object user) {
        users.remove(user);
        if (users.isEmpty() && icon != null) {
            SystemTray.getSystemTray().remove(icon);
            icon = null;
        }
    }

    /** Whether the icon is in the tray now. */
    public synchronized boolean showing() {
        return icon != null;
    }

    private TrayIcon icon(Object user, Image image) throws AWTException {
        users.add(user);
        if (icon == null) {
            TrayIcon created = new TrayIcon(image != null ? image : applicationIcon(), "Signalbox");
            created.setImageAutoSize(true);
            created.addActionListener(event -> activate());
            SystemTray.getSystemTray().add(created);
            icon = created;
        }
        return icon;
    }

    private void activate() {
        Runnable action;
        synchronized (this) {
            action = onActivate;
        }
        action.run();
    }
}
