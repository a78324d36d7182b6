package dev.signalbox.architecture.violations.ui.shell;

import dev.signalbox.architecture.violations.cli.CommandShowingAWindow;

/** Breaks "ui and cli do not depend on each other". */
public final class ShellCallingTheCli {
    CommandShowingAWindow command;
}
