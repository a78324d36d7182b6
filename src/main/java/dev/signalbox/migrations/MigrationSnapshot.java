package dev.signalbox.migrations;

import java.time.Instant;
import java.util.List;

/**
 * Everything Signalbox knows about a project's migrations at one moment: the code's revision graph, the
 * database's version table, the verdict, the git state of the files, the lint findings and the problems.
 * Immutable; produced by {@link MigrationInspector#inspect}; rendered by the CLI and (later) the UI.
 *
 * @param database null when no database was given
 * @param status   the verdict ({@link MigrationStatus#NOT_CHECKED} without a database)
 * @param pending  what {@code alembic upgrade heads} would apply, in order; empty when it would crash
 * @param unknown  database revisions the code does not contain
 * @param git      null when git inspection was not asked for
 * @param problems everything wrong in the files and the graph, then database-side findings
 */
public record MigrationSnapshot(Instant takenAt, ScriptLocation location, RevisionGraph graph, DatabaseState database,
                                MigrationStatus status, List<Revision> pending, List<UnknownRevision> unknown,
                                GitState git, List<LintFinding> lint, List<MigrationProblem> problems) {
    public MigrationSnapshot {
        pending = List.copyOf(pending);
        unknown = List.copyOf(unknown);
        lint = List.copyOf(lint);
        problems = List.copyOf(problems);
    }

    /** True when a person should look: a status other than up to date, a problem, or a file only on this machine. */
    public boolean needsAttention() {
        return status.needsAttention() || !problems.isEmpty() || (git != null && git.needsAttention());
    }

    /** One line for a tile or a terminal. */
    public String summary() {
        String heads = graph.heads().size() == 1 ? "head " + graph.heads().get(0) : graph.heads().size() + " heads";
        String base = graph.revisions().size() + " revisions, " + heads;
        return switch (status) {
            case NOT_CHECKED -> base + "; database not checked";
            case UP_TO_DATE -> base + "; database up to date";
            case PENDING -> base + "; " + pending.size() + " pending";
            case UNKNOWN_REVISION -> base + "; database at unknown revision "
                    + String.join(", ", unknown.stream().map(UnknownRevision::revision).toList());
            case MULTIPLE_HEADS -> base + "; multiple heads: a merge revision is needed"
                    + (pending.isEmpty() ? "" : ", " + pending.size() + " pending");
            case NO_VERSION_TABLE -> base + "; no version table " + database.versionTable() + " (never migrated?)";
            case REVISION_ID_TOO_LONG -> base + "; a pending revision id is longer than version_num holds";
            case OVERLAPPING_VERSIONS -> base + "; the version table holds a revision and its ancestor (Alembic: overlaps)";
        };
    }
}
