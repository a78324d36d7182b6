package dev.signalbox.alerts;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Desktop notifications through the system tray (AWT's {@code SystemTray}: Windows' notification area, macOS's menu
 * bar), where there is no {@code notify-send}: balloons from the application's one tray icon ({@link DesktopTray},
 * shared with the attention badge), held from the first alert until close.
 */
final class TrayNotifier implements AlertSink, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TrayNotifier.class);

    private final DesktopTray tray;
    private boolean broken;

    private TrayNotifier(DesktopTray tray) {
        this.tray = tray;
    }

    /** Empty on a headless machine or where the platform has no tray (most Linux desktops without an applet). */
    static Optional<TrayNotifier> find(DesktopTray tray) {
        return tray != null && tray.supported() ? Optional.of(new TrayNotifier(tray)) : Optional.empty();
    }

    @Override
    public synchronized void send(Alert alert) {
        if (broken) {
            return;
        }
        try {
            java.awt.TrayIcon.MessageType type = alert.state() == Alert.State.RESOLVED ? java.awt.TrayIcon.MessageType.INFO
                    : alert.severity() == Alert.Severity.CRITICAL ? java.awt.TrayIcon.MessageType.ERROR
                    : java.awt.TrayIcon.MessageType.WARNING;
            tray.notify(this, alert.headline(), alert.detail() == null ? "" : alert.detail(), type);
        } catch (java.awt.AWTException | RuntimeException e) {
            broken = true;
            LOG.warn("desktop notifications: the system tray refused the icon ({}); alerts show in the window only", e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        tray.release(this);
    }
}
