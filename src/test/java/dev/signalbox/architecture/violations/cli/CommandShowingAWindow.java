package dev.signalbox.architecture.violations.cli;

import dev.signalbox.architecture.violations.ui.overview.OverviewUsingShared;

/** Breaks "ui and cli do not depend on each other". */
public final class CommandShowingAWindow {
    OverviewUsingShared view;
}
