package dev.signalbox.database;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One client backend from {@code pg_stat_activity} (the inspector's own backends are left out).
 *
 * @param state              active, idle, idle in transaction, ...; null when hidden by privileges
 * @param transactionSeconds age of the open transaction, null when none
 * @param blockedBy          {@code pg_blocking_pids}, asked only for sessions waiting on a lock; else empty
 * @param migration          looks like a migration: {@code alembic} in application_name, or a query on the
 *                           version table
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BackendSession(int pid, String user, String application, String clientAddress, String state,
                             String waitEventType, String waitEvent, Double transactionSeconds, Double stateSeconds,
                             String query, List<Integer> blockedBy, boolean migration, boolean longTransaction) {
    public BackendSession {
        blockedBy = List.copyOf(blockedBy);
    }

    public boolean waitingOnLock() {
        return !blockedBy.isEmpty();
    }

    public boolean idleInTransaction() {
        return state != null && state.startsWith("idle in transaction");
    }
}
