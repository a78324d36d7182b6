package dev.signalbox.monitor;

import dev.signalbox.database.DatabaseSnapshot;
import dev.signalbox.database.LockTree;
import dev.signalbox.health.EndpointHealth;
import dev.signalbox.health.HealthSnapshot;
import dev.signalbox.health.HealthVerdict;
import dev.signalbox.migrations.MigrationSnapshot;
import dev.signalbox.railway.Deployment;
import dev.signalbox.railway.RailwayStatus;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Watches the parts' states go by and says what changed: a probe's verdict, a deployment's status, the migration
 * state, sessions blocked on a lock (and one that has waited too long), a part that stopped answering. The first
 * state of each part only sets the baseline; after that, every change becomes a {@link TimelineEvent}.
 */
public final class TransitionDetector implements Consumer<PartState<?>> {
    /** A session waiting this long on a lock is worth interrupting someone for. */
    public static final double LONG_LOCK_WAIT_SECONDS = 30;

    private final Clock clock;
    private final List<Consumer<TimelineEvent>> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, HealthVerdict> endpointVerdicts = new HashMap<>();
    private final Map<Part, Boolean> failing = new EnumMap<>(Part.class);
    private final Set<Integer> longWaitersReported = new HashSet<>();
    private String deploymentKey;
    private String migrationKey;
    private int blocked = -1;

    public TransitionDetector(Clock clock) {
        this.clock = clock;
    }

    public TransitionDetector onEvent(Consumer<TimelineEvent> listener) {
        listeners.add(listener);
        return this;
    }

    @Override
    public synchronized void accept(PartState<?> state) {
        if (!state.configured() || state.loading()) {
            return;
        }
        Boolean wasFailing = failing.put(state.part(), state.isFailing());
        if (wasFailing != null && wasFailing != state.isFailing()) {
            emit(TimelineEvent.Kind.PART, state.isFailing() ? TimelineEvent.Severity.WARNING : TimelineEvent.Severity.INFO,
                    state.isFailing() ? state.part().title() + " cannot be read: " + state.error()
                            : state.part().title() + " answers again");
        }
        if (state.isFailing() || !state.hasValue()) {
            return;
        }
        Object value = state.value();
        if (value instanceof HealthSnapshot health) {
            health(health);
        } else if (value instanceof RailwayStatus railway) {
            railway(railway);
        } else if (value instanceof MigrationSnapshot migrations) {
            migrations(migrations);
        } else if (value instanceof DatabaseSnapshot database) {
            locks(database);
        } else if (value instanceof dev.signalbox.traffic.TrafficSnapshot traffic) {
            traffic(traffic);
        }
    }

    private Boolean usersGetErrors;

    /** Real users start or stop getting 5xx answers (whatever the probes say: incident 7). */
    private void traffic(dev.signalbox.traffic.TrafficSnapshot traffic) {
        boolean now = traffic.serverErrorsAtLeast(dev.signalbox.traffic.TrafficSnapshot.DEFAULT_ALERT_PERCENT);
        Boolean before = usersGetErrors;
        usersGetErrors = now;
        if (before == null ? now : before != now) {
            emit(TimelineEvent.Kind.HEALTH, now ? TimelineEvent.Severity.CRITICAL : TimelineEvent.Severity.INFO, now
                    ? "real traffic: " + traffic.lastMinute().describe() + " in the last minute"
                    : "real traffic: the 5xx rate is back under " + dev.signalbox.traffic.TrafficSnapshot.DEFAULT_ALERT_PERCENT
                    + "% (" + traffic.lastMinute().describe() + ")");
        }
    }

    private void health(HealthSnapshot snapshot) {
        for (EndpointHealth endpoint : snapshot.endpoints()) {
            if (endpoint.lastSample() == null) {
                // Not probed yet: its UNKNOWN is no state to report a change from.
                continue;
            }
            String name = endpoint.endpoint().name();
            HealthVerdict before = endpointVerdicts.put(name, endpoint.verdict());
            if (before != null && before != endpoint.verdict()) {
                TimelineEvent.Severity severity = endpoint.verdict() == HealthVerdict.DOWN ? TimelineEvent.Severity.CRITICAL
                        : endpoint.verdict() == HealthVerdict.UP ? TimelineEvent.Severity.INFO : TimelineEvent.Severity.WARNING;
                String reason = endpoint.reasons().isEmpty() ? "" : ": " + endpoint.reasons().get(0);
                emit(TimelineEvent.Kind.HEALTH, severity, name + " went " + endpoint.verdict() + " (was " + before + ")" + reason);
            }
        }
    }

    private void railway(RailwayStatus status) {
        if (status.latest().isEmpty()) {
            return;
        }
        Deployment latest = status.latest().get();
        String key = latest.id() + "/" + latest.status();
        String before = deploymentKey;
        deploymentKey = key;
        if (before == null || before.equals(key)) {
            return;
        }
        TimelineEvent.Severity severity = latest.status().isFailure() ? TimelineEvent.Severity.CRITICAL : TimelineEvent.Severity.INFO;
        String why = latest.status().isFailure() && status.failure() != null && status.failure().line() != null
                ? ": " + status.failure().line() : "";
        emit(TimelineEvent.Kind.DEPLOYMENT, severity, "deployment " + latest.shortId() + " " + latest.rawStatus() + why);
    }

    private void migrations(MigrationSnapshot snapshot) {
        String current = snapshot.database() == null ? "-" : String.join(",", snapshot.database().current());
        String key = snapshot.status() + "@" + current;
        String before = migrationKey;
        migrationKey = key;
        if (before != null && !before.equals(key)) {
            emit(TimelineEvent.Kind.MIGRATIONS, snapshot.needsAttention() ? TimelineEvent.Severity.WARNING : TimelineEvent.Severity.INFO,
                    "migrations: " + snapshot.summary() + " (database at " + current + ")");
        }
    }

    private void locks(DatabaseSnapshot snapshot) {
        List<LockTree.Entry> entries = snapshot.locks();
        int waiting = (int) entries.stream().filter(e -> e.role() != LockTree.Role.ROOT_BLOCKER).count();
        int before = blocked;
        blocked = waiting;
        if (before >= 0 && before == 0 && waiting > 0) {
            String roots = String.join(", ", entries.stream().filter(e -> e.role() == LockTree.Role.ROOT_BLOCKER)
                    .map(e -> "pid " + e.pid() + " (" + e.state() + ", " + e.application() + ")").toList());
            emit(TimelineEvent.Kind.LOCKS, TimelineEvent.Severity.WARNING, waiting + " session(s) blocked on a lock behind " + roots);
        } else if (before > 0 && waiting == 0) {
            emit(TimelineEvent.Kind.LOCKS, TimelineEvent.Severity.INFO, "no session waits on a lock any more");
            longWaitersReported.clear();
        }
        for (LockTree.Entry entry : entries) {
            if (entry.role() != LockTree.Role.ROOT_BLOCKER && entry.waitingSeconds() != null
                    && entry.waitingSeconds() >= LONG_LOCK_WAIT_SECONDS && longWaitersReported.add(entry.pid())) {
                emit(TimelineEvent.Kind.LOCKS, TimelineEvent.Severity.CRITICAL, "pid " + entry.pid() + " ("
                        + entry.application() + ") has waited " + Math.round(entry.waitingSeconds()) + " s for "
                        + entry.lockWanted() + " on " + entry.relation() + (entry.migration() ? " - it is the migration" : ""));
            }
        }
    }

    private void emit(TimelineEvent.Kind kind, TimelineEvent.Severity severity, String text) {
        TimelineEvent event = new TimelineEvent(clock.instant(), kind, severity, text);
        for (Consumer<TimelineEvent> listener : listeners) {
            listener.accept(event);
        }
    }
}
