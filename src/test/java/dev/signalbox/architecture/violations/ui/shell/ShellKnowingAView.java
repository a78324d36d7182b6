package dev.signalbox.architecture.violations.ui.shell;

import dev.signalbox.architecture.violations.ui.health.HealthPart;

/** Breaks "shared view parts are below the views". */
public final class ShellKnowingAView {
    HealthPart health;
}
