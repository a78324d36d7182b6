package dev.signalbox.ops;

import dev.signalbox.database.BackendAction;
import dev.signalbox.database.BackendActionConfirmation;
import dev.signalbox.database.BackendActionResult;
import dev.signalbox.database.BackendSession;
import dev.signalbox.database.DatabaseInspector;
import dev.signalbox.database.DatabaseSnapshot;
import dev.signalbox.database.PoolerMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Cancel and terminate of another backend as {@link GuardedAction}s: the state before is read from
 * {@code pg_stat_activity} (a fresh snapshot, not what the screen showed seconds ago), the signal is sent through
 * {@link DatabaseInspector#cancel}/{@link DatabaseInspector#terminate}, and the read-back is another snapshot
 * (terminate: the backend is gone; cancel: its query or state changed).
 */
public final class DatabaseActions {
    private static final int QUERY_CHARS = 160;

    private final DatabaseInspector inspector;
    private final String where;
    private final String user;

    /**
     * @param where what the backends belong to, for the audit record's target (e.g. {@code facteur-api / production})
     * @param user  who confirms, for the engine's confirmation record
     */
    public DatabaseActions(DatabaseInspector inspector, String where, String user) {
        this.inspector = inspector;
        this.where = where;
        this.user = user;
    }

    /** {@code pg_cancel_backend}: stops the running query of {@code session}. */
    public GuardedAction<BackendActionResult> cancel(BackendSession session, PoolerMode pooler) {
        return new Signal(BackendAction.CANCEL, session, pooler);
    }

    /** {@code pg_terminate_backend}: ends {@code session}; its transaction rolls back and its locks are released. */
    public GuardedAction<BackendActionResult> terminate(BackendSession session, PoolerMode pooler) {
        return new Signal(BackendAction.TERMINATE, session, pooler);
    }

    /** What a person should know before confirming, in the order they should read it. */
    static List<String> consequences(BackendAction action, BackendSession session, PoolerMode pooler) {
        List<String> out = new ArrayList<>();
        out.add(action.effect(session.pid(), session.idleInTransaction(), orUnknown(session.application())));
        if (action == BackendAction.TERMINATE && session.migration()) {
            out.add("This is a migration session: its transaction rolls back, so the migration stops and the"
                    + " database stays at the revision it had; the migration has to be run again.");
        }
        String caveat = BackendAction.poolerCaveat(session.pid(), pooler);
        if (!caveat.isEmpty()) {
            out.add(caveat);
        }
        if (session.waitingOnLock()) {
            out.add("pid " + session.pid() + " is itself waiting on " + session.blockedBy() + ": acting on the root"
                    + " blocker usually frees more sessions.");
        }
        return out;
    }

    private static String orUnknown(String value) {
        return value == null || value.isBlank() ? "unnamed application" : value;
    }

    /** The query as the audit log may keep it: shortened, and hidden when it could carry a password. */
    static String auditQuery(String query) {
        if (query == null) {
            return null;
        }
        if (query.toLowerCase(Locale.ROOT).contains("password")) {
            return "(hidden: the query mentions a password)";
        }
        String oneLine = query.replaceAll("\\s+", " ").strip();
        return oneLine.length() > QUERY_CHARS ? oneLine.substring(0, QUERY_CHARS) + "..." : oneLine;
    }

    private final class Signal implements GuardedAction<BackendActionResult> {
        private final BackendAction action;
        private final BackendSession session;
        private final PoolerMode pooler;

        Signal(BackendAction action, BackendSession session, PoolerMode pooler) {
            this.action = action;
            this.session = session;
            this.pooler = pooler;
        }

        @Override
        public String action() {
            return "database.backend." + action.json();
        }

        @Override
        public String target() {
            return where + ": backend pid " + session.pid() + " (" + orUnknown(session.application()) + ", user "
                    + (session.user() == null ? "hidden" : session.user()) + ")";
        }

        @Override
        public String summary() {
            return action == BackendAction.CANCEL
                    ? "Cancel the running query of backend " + session.pid() + " (pg_cancel_backend)"
                    : "Terminate backend " + session.pid() + " (pg_terminate_backend)";
        }

        @Override
        public List<String> consequences() {
            return DatabaseActions.consequences(action, session, pooler);
        }

        @Override
        public AuditState before() throws Exception {
            BackendSession now = current().orElseThrow(() -> new IllegalStateException("backend " + session.pid()
                    + " is not in pg_stat_activity any more (it ended already)"));
            return state(now);
        }

        @Override
        public BackendActionResult perform() {
            BackendActionConfirmation confirmation = new BackendActionConfirmation(action, session.pid(), user);
            return action == BackendAction.CANCEL ? inspector.cancel(session.pid(), confirmation)
                    : inspector.terminate(session.pid(), confirmation);
        }

        @Override
        public Verification verify(BackendActionResult result) throws Exception {
            if (result.outcome() != BackendActionResult.Outcome.DONE) {
                // NO_EFFECT (cancel of an idle-in-transaction session), REFUSED or FAILED: the engine says why.
                AuditState after = current().map(this::state).orElse(AuditState.of("pid", "gone"));
                return Verification.mismatch(after, result.outcome().json() + ": " + result.message());
            }
            Optional<BackendSession> after = current();
            if (action == BackendAction.TERMINATE) {
                return after.isEmpty()
                        ? Verification.confirmed(AuditState.of("pid", "gone"), result.message())
                        : Verification.mismatch(state(after.get()), "backend " + session.pid() + " is still in"
                        + " pg_stat_activity (" + after.get().state() + ") after pg_terminate_backend");
            }
            return Verification.confirmed(after.map(this::state).orElse(AuditState.of("pid", "gone")), result.message());
        }

        private Optional<BackendSession> current() throws Exception {
            DatabaseSnapshot snapshot = inspector.snapshot();
            String problem = snapshot.errors().getOrDefault("sessions", snapshot.errors().get("connection"));
            if (problem != null) {
                throw new IllegalStateException("cannot read pg_stat_activity: " + problem);
            }
            return snapshot.sessions().stream().filter(s -> s.pid() == session.pid()).findFirst();
        }

        private AuditState state(BackendSession s) {
            return AuditState.builder()
                    .put("pid", Integer.toString(s.pid()))
                    .put("state", s.state())
                    .put("user", s.user())
                    .put("application", s.application())
                    .put("query", auditQuery(s.query()))
                    .build();
        }
    }
}
