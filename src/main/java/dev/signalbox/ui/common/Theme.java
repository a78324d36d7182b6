package dev.signalbox.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.signalbox.common.DesktopAppearance;
import java.util.Locale;
import javafx.application.Application;

/** Light and dark (AtlantaFX Primer), following the OS where it can be read. */
public enum Theme {
    LIGHT, DARK;

    public void apply() {
        Application.setUserAgentStylesheet(this == DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public Theme other() {
        return this == DARK ? LIGHT : DARK;
    }

    public static Theme parse(String text, Theme fallback) {
        if (text == null) {
            return fallback;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "dark" -> DARK;
            case "light" -> LIGHT;
            default -> fallback;
        };
    }

    /** The OS's preference ({@link DesktopAppearance}): short processes, so call it off the FX thread. */
    public static Theme detectFromOs() {
        return DesktopAppearance.prefersDark() ? DARK : LIGHT;
    }
}
