package dev.signalbox.architecture.violations.ui.overview;

import dev.signalbox.architecture.violations.ui.shell.ShellKnowingAView;

/** A view using a shared part: allowed. */
public final class OverviewUsingShared {
    ShellKnowingAView shell;
}
