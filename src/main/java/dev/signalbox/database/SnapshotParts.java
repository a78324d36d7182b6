package dev.signalbox.database;

import java.util.List;
import java.util.Set;

/** What one snapshot transaction read, before verdicts. */
record SnapshotParts(List<BackendSession> sessions, LockTree lockTree, List<Constraint> constraints,
                     List<InvalidIndex> invalidIndexes, int skippedDefinitions, Set<String> accessExclusive) {
}
