package dev.signalbox.database;

import java.time.Duration;
import java.util.List;

/**
 * What production says about one table right now, read-only: its size, the planner's row estimate, and every
 * other session holding or waiting for a lock on it. The rehearsal joins these to what the copy showed.
 *
 * @param name        {@code schema.table} as asked
 * @param exists      false when production has no such table (created by an earlier pending revision)
 * @param totalBytes  table, TOAST and indexes from {@code pg_class.relpages} (as of the last VACUUM/ANALYZE; 0 before)
 * @param rowEstimate {@code pg_class.reltuples}; -1 when the table was never analyzed
 */
public record RelationFacts(String name, boolean exists, long totalBytes, long rowEstimate, List<LockHolder> locks) {
    public RelationFacts {
        locks = List.copyOf(locks);
    }

    /**
     * A session's lock on the table.
     *
     * @param mode          the pg_locks mode, e.g. {@code AccessShareLock}
     * @param granted       false when it is waiting for the lock
     * @param inState       how long the session has been in {@code state} (e.g. idle in transaction for 4 min)
     * @param inTransaction how long its transaction has been open; null outside a transaction
     */
    public record LockHolder(int pid, String application, String state, String mode, boolean granted,
                             Duration inState, Duration inTransaction) {
    }

    /** The facts of several tables and the server's version ({@code server_version_num}, e.g. 170005). */
    public record Report(int serverVersionNum, List<RelationFacts> relations) {
        public Report {
            relations = List.copyOf(relations);
        }

        public int serverMajor() {
            return serverVersionNum / 10000;
        }
    }
}
