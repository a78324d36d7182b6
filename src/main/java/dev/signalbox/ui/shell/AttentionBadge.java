package dev.signalbox.ui.shell;

import dev.signalbox.alerts.DesktopTray;
import java.awt.AWTException;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.Image;
import java.awt.RenderingHints;
import java.awt.Taskbar;
import java.awt.image.BufferedImage;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The count of project members that need attention, outside the window: on the dock or taskbar icon where the
 * desktop draws badges (macOS; {@link Taskbar.Feature#ICON_BADGE_NUMBER}), else on the application's one tray icon
 * ({@link DesktopTray}, shared with the desktop notifications) with the count drawn on it and the summary as its
 * tooltip (Windows, KDE, Xfce; GNOME only with an AppIndicator extension). Where neither
 * exists the window's title carries the count alone, and the log says so once.
 *
 * <p>AWT is touched only on {@code background}: its toolkit starts on first use (a few hundred milliseconds) and must
 * not hold up the FX thread.
 */
public final class AttentionBadge implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AttentionBadge.class);
    private static final int TRAY_SIZE = 64;

    private final Executor background;
    private final DesktopTray tray;
    private Kind kind;
    private int shown = -1;

    /** Where the count went: decided once, at the first count. */
    public enum Kind { DOCK, TRAY, NONE }

    /**
     * @param tray       the application's one tray icon; the badge is drawn on the application's icon
     * @param onActivate what a click on the tray icon does (bring the window to the front); called on AWT's thread
     */
    public AttentionBadge(Executor background, DesktopTray tray, Runnable onActivate) {
        this.background = background;
        this.tray = tray;
        tray.onActivate(onActivate);
    }

    /** Shows {@code count} (0 clears the badge) with {@code summary} as the tray's tooltip. */
    public void show(int count, String summary) {
        background.execute(() -> update(count, summary));
    }

    private synchronized void update(int count, String summary) {
        if (kind == null) {
            kind = detect(count);
        }
        if (count == shown && kind != Kind.TRAY) {
            return;
        }
        try {
            switch (kind) {
                case DOCK -> Taskbar.getTaskbar().setIconBadge(count == 0 ? null : Integer.toString(count));
                case TRAY -> updateTray(count, summary);
                case NONE -> { }
            }
            shown = count;
        } catch (RuntimeException e) {
            // A desktop that withdrew its tray (the panel restarted) or refused the badge: the title still counts.
            LOG.info("the attention badge could not be updated ({}); the window title still shows the count", e.toString());
            kind = Kind.NONE;
        }
    }

    private Kind detect(int count) {
        if (GraphicsEnvironment.isHeadless()) {
            return Kind.NONE;
        }
        if (Taskbar.isTaskbarSupported() && Taskbar.getTaskbar().isSupported(Taskbar.Feature.ICON_BADGE_TEXT)) {
            return Kind.DOCK;
        }
        if (tray.supported()) {
            return Kind.TRAY;
        }
        LOG.info("this desktop has neither a dock badge nor a system tray: the window title alone counts what needs attention");
        return Kind.NONE;
    }

    private void updateTray(int count, String summary) {
        try {
            tray.show(this, count == shown ? null : badged(tray.applicationIcon(), count, TRAY_SIZE), summary);
        } catch (AWTException e) {
            throw new IllegalStateException("the system tray refused the icon", e);
        }
    }

    /** Which way the count is shown, once a count has been shown (null before). */
    public synchronized Kind kind() {
        return kind;
    }

    /**
     * The icon scaled to {@code size} with the count in a red disc at its top right (none for 0); "9+" above nine,
     * since two digits would not be readable at tray size.
     */
    static BufferedImage badged(Image icon, int count, int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(icon, 0, 0, size, size, null);
            if (count > 0) {
                int disc = size * 5 / 8;
                int x = size - disc;
                g.setColor(new Color(0xCF, 0x22, 0x2E));
                g.fillOval(x, 0, disc, disc);
                g.setColor(Color.WHITE);
                g.setStroke(new BasicStroke(Math.max(1f, size / 32f)));
                g.drawOval(x, 0, disc - 1, disc - 1);
                String text = count > 9 ? "9+" : Integer.toString(count);
                g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, disc * (text.length() > 1 ? 5 : 7) / 10));
                FontMetrics metrics = g.getFontMetrics();
                g.drawString(text, x + (disc - metrics.stringWidth(text)) / 2,
                        (disc - metrics.getHeight()) / 2 + metrics.getAscent());
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    @Override
    public void close() {
        background.execute(() -> {
            synchronized (this) {
                if (kind == Kind.TRAY) {
                    tray.release(this);
                }
            }
        });
    }
}
