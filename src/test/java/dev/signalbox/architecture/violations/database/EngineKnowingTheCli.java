package dev.signalbox.architecture.violations.database;

import dev.signalbox.architecture.violations.cli.CommandShowingAWindow;

/** Breaks "engines depend on neither ui nor cli". */
public final class EngineKnowingTheCli {
    CommandShowingAWindow command;
}
