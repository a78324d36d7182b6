package dev.signalbox.migrations;

import java.util.List;

/**
 * What running the pending revisions on a throwaway copy of production's schema showed, joined with what
 * production looks like right now; one {@link RevisionResult} per pending revision, in upgrade order.
 *
 * @param productionVersion production's PostgreSQL version ({@code server_version_num})
 * @param copyVersion       the copy's version; the copy's lock behaviour is that version's
 * @param schemaSource      how the copy received production's schema
 * @param currentRevisions  production's {@code alembic_version} rows, which the copy was brought to
 * @param notes             what limits the rehearsal (version mismatch, pg_dump missing...)
 */
public record RehearsalReport(String profile, int productionVersion, int copyVersion, SchemaSource schemaSource,
                              List<String> currentRevisions, List<RevisionResult> revisions, List<String> notes,
                              long elapsedMs) {
    public RehearsalReport {
        currentRevisions = List.copyOf(currentRevisions);
        revisions = List.copyOf(revisions);
        notes = List.copyOf(notes);
    }

    public enum SchemaSource { PG_DUMP, REPLAYED_MIGRATIONS, NOTHING_PENDING }

    public enum Verdict {
        /** Runs on the copy, no lock it takes conflicts with a session on production now, no large rewrite. */
        SAFE_NOW,
        /** Rewrites a large production table, or holds a write-blocking lock on one. */
        RISKY,
        /** A lock it takes conflicts with a lock production holds or queues for now. */
        WOULD_BLOCK_NOW,
        /** The copy rejected it. */
        FAILS,
        /** An earlier revision failed, so this one was not run. */
        NOT_RUN
    }

    /** True when every revision is SAFE_NOW. */
    public boolean allSafe() {
        return revisions.stream().allMatch(r -> r.verdict() == Verdict.SAFE_NOW);
    }

    /**
     * One pending revision on the copy.
     *
     * @param reason    one line saying why the verdict, e.g. "would wait behind pid 4211 (idle in transaction for 4 min)"
     * @param blockedBy production pids whose locks this revision's locks conflict with now
     * @param durationMs the upgrade command's run on the copy, null when not run
     * @param error     the copy's error (last lines of the upgrade command's output), or null
     */
    public record RevisionResult(String revision, String message, Verdict verdict, String reason, Long durationMs,
                                 List<StatementLocks> statements, List<TableEffect> tables, List<Integer> blockedBy,
                                 String error) {
        public RevisionResult {
            statements = List.copyOf(statements);
            tables = List.copyOf(tables);
            blockedBy = List.copyOf(blockedBy);
        }
    }

    /**
     * One DDL statement as the copy's {@code ddl_command_end} event trigger saw it: the locks the migrating
     * backend held after it, on relations that are not the catalog's.
     *
     * @param sinceRevisionStart milliseconds from the revision's first statement to the end of this one
     */
    public record StatementLocks(String commandTag, String objects, List<Lock> locksHeld, long sinceRevisionStart) {
        public StatementLocks {
            locksHeld = List.copyOf(locksHeld);
        }
    }

    public record Lock(String relation, String mode) {
    }

    /**
     * A table that existed before the revision and that it locked or rewrote, with production's facts.
     *
     * @param strongestLock    the strongest mode the revision held on it
     * @param rewritten        its relfilenode changed on the copy: every row is rewritten
     * @param productionBytes  its size on production, -1 when production has no such table
     * @param productionRows   production's row estimate ({@code pg_class.reltuples}), null when there is none: the
     *                         table is not on production, or was never vacuumed or analyzed there (PostgreSQL 14+
     *                         stores -1 then, which is not a count)
     * @param productionLocks  who holds or waits on locks there now, e.g. "pid 4211 AccessShareLock granted, idle in transaction for 4 min"
     */
    public record TableEffect(String table, String strongestLock, boolean rewritten, long productionBytes,
                              Long productionRows, List<String> productionLocks) {
        public TableEffect {
            productionLocks = List.copyOf(productionLocks);
        }
    }
}
