package dev.signalbox.alerts;

import java.awt.GraphicsEnvironment;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Desktop notifications through the system tray (AWT's {@link SystemTray}: Windows' notification area, macOS's menu
 * bar), where there is no {@code notify-send}. One icon, added when the first alert comes and removed on close.
 */
final class TrayNotifier implements AlertSink, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TrayNotifier.class);

    private TrayIcon icon;
    private boolean broken;

    private TrayNotifier() {
    }

    /** Empty on a headless machine or where the platform has no tray (most Linux desktops without an applet). */
    static Optional<TrayNotifier> find() {
        try {
            if (GraphicsEnvironment.isHeadless() || !SystemTray.isSupported()) {
                return Optional.empty();
            }
        } catch (LinkageError | RuntimeException e) {
            // No AWT in this runtime (a jlinked image without java.desktop): no tray then.
            return Optional.empty();
        }
        return Optional.of(new TrayNotifier());
    }

    @Override
    public synchronized void send(Alert alert) {
        if (broken) {
            return;
        }
        try {
            if (icon == null) {
                BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
                var graphics = image.createGraphics();
                graphics.setColor(new java.awt.Color(0xD9, 0x48, 0x2B));
                graphics.fillOval(2, 2, 12, 12);
                graphics.dispose();
                icon = new TrayIcon(image, "Signalbox");
                icon.setImageAutoSize(true);
                SystemTray.getSystemTray().add(icon);
            }
            TrayIcon.MessageType type = alert.state() == Alert.State.RESOLVED ? TrayIcon.MessageType.INFO
                    : alert.severity() == Alert.Severity.CRITICAL ? TrayIcon.MessageType.ERROR : TrayIcon.MessageType.WARNING;
            icon.displayMessage(alert.headline(), alert.detail() == null ? "" : alert.detail(), type);
        } catch (java.awt.AWTException | RuntimeException e) {
            broken = true;
            LOG.warn("desktop notifications: the system tray refused the icon ({}); alerts show in the window only", e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        if (icon != null) {
            SystemTray.getSystemTray().remove(icon);
            icon = null;
        }
    }
}
