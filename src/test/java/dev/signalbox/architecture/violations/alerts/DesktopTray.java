package dev.signalbox.architecture.violations.alerts;

import java.awt.AWTException;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;

/** The one place allowed to build and add the tray icon: the rule must not report it. Never run. */
public final class DesktopTray {
    void show() throws AWTException {
        SystemTray.getSystemTray().add(new TrayIcon(new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB)));
    }
}
