package dev.signalbox.database;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What can be done to another backend. */
public enum BackendAction {
    /** {@code pg_cancel_backend}: stops the running query; the transaction and its locks stay if it is idle. */
    CANCEL,
    /** {@code pg_terminate_backend}: ends the session, rolls back its transaction, releases its locks. */
    TERMINATE;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the signal changes anything for a session in this state. pg_cancel_backend interrupts a running
     * statement; an idle-in-transaction session has none, so its transaction and its locks stay (incident 2).
     */
    public boolean hasEffect(boolean idleInTransaction) {
        return this == TERMINATE || !idleInTransaction;
    }

    /**
     * What the signal does to backend {@code pid}, in the words every front end shows (the confirmation, the
     * engine's result, the Locks pane's hint): the one statement of cancel and terminate semantics.
     */
    public String effect(int pid, boolean idleInTransaction) {
        return effect(pid, idleInTransaction, null);
    }

    /** @param client the session's application name, when known */
    public String effect(int pid, boolean idleInTransaction, String client) {
        if (this == CANCEL) {
            return idleInTransaction
                    ? "pid " + pid + " is idle in transaction: there is no running query, so cancelling does NOTHING - its"
                    + " transaction and its locks stay. Terminate it to release them (its transaction rolls back)."
                    : "The running query fails with \"canceling statement due to user request\"; the session stays connected."
                    + " Inside a transaction, the transaction is aborted and keeps its locks until the client rolls back.";
        }
        return "The session ends: its open transaction rolls back (uncommitted work is lost), its locks are released,"
                + " and " + (client == null ? "its client" : "the client (" + client + ")") + " gets a connection error.";
    }

    /** Behind a pooler the backend is the pooler's server connection, shared by whichever client holds it now. */
    public static String poolerCaveat(int pid, PoolerMode pooler) {
        if (pooler == null || pooler == PoolerMode.NONE) {
            return "";
        }
        return "The connection goes through a pooler (" + pooler.json() + "): backend " + pid + " is the pooler's server"
                + " connection, so this hits whichever client holds that backend at that moment, which may no longer be"
                + " the one shown here.";
    }

    /** The one-line choice between the two, for a session about to be acted on. */
    public static String choice(int pid, boolean idleInTransaction) {
        return choice(pid, idleInTransaction, "active");
    }

    /** As {@link #choice(int, boolean)}, also for a session that runs no statement ({@code state} other than active). */
    public static String choice(int pid, boolean idleInTransaction, String state) {
        return idleInTransaction
                ? "pid " + pid + " is idle in transaction: cancel does nothing to it; terminate releases its locks."
                : state != null && !"active".equals(state) ? "pid " + pid + " runs no statement (" + state
                + "): there is nothing to cancel; terminate ends the session."
                : "Cancel stops the running query; terminate ends the session and rolls back its transaction.";
    }
}
