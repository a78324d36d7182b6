package dev.signalbox.architecture.violations.cli;

import dev.signalbox.config.PlatformDirs;
import dev.signalbox.ops.runbook.RunbookProgressStore;

/** Breaks "only the composition root builds clients, inspectors, stores and guards" from the command line's side. */
public final class CommandBuildingItsOwnStore {
    RunbookProgressStore store() {
        return new RunbookProgressStore(PlatformDirs.detect().state());
    }
}
