package dev.signalbox.architecture.violations.database;

import dev.signalbox.architecture.violations.ui.shell.ShellCallingTheCli;

/** Breaks "engines depend on neither ui nor cli". */
public final class EngineKnowingTheUi {
    ShellCallingTheCli shell;
}
