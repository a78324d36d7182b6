package dev.signalbox.architecture.violations.ui.shell;

import java.awt.AWTException;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;

/** Breaks "one tray icon": adds an icon of its own beside the shared one (two Signalbox icons in the tray). Never run. */
public final class BadgeWithItsOwnTrayIcon {
    void show() throws AWTException {
        SystemTray.getSystemTray().add(new TrayIcon(new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB)));
    }
}
