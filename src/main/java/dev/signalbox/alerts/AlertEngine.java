package dev.signalbox.alerts;

import dev.signalbox.config.Profile;
import dev.signalbox.database.DatabaseSnapshot;
import dev.signalbox.health.HealthSnapshot;
import dev.signalbox.migrations.MigrationSnapshot;
import dev.signalbox.monitor.Part;
import dev.signalbox.monitor.PartState;
import dev.signalbox.railway.RailwayStatus;
import dev.signalbox.traffic.TrafficSnapshot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the watch's part states into alerts: a condition must hold for {@code holdPolls} consecutive polls of its part
 * (or {@code holdSeconds}) before it alerts, once (FIRING); its end must hold as long before one RESOLVED. A
 * condition that comes and goes faster (a flapping endpoint) alerts nobody. At most {@code maxPerHour} messages an
 * hour leave; the rest are counted and logged. Register it with {@code ServiceWatch.addListener}.
 */
public final class AlertEngine implements Consumer<PartState<?>> {
    private static final Logger LOG = LoggerFactory.getLogger(AlertEngine.class);

    private static final class Track {
        final AlertCondition condition;
        final Instant firstSeen;
        AlertCondition latest;
        Object lastMark;
        int seenPolls;
        boolean fired;
        int clearPolls;
        Instant clearedAt;

        Track(AlertCondition condition, Instant firstSeen) {
            this.condition = condition;
            this.latest = condition;
            this.firstSeen = firstSeen;
        }
    }

    private final String profile;
    private final String environment;
    private final Profile.AlertSettings settings;
    private final Clock clock;
    private final List<AlertSink> sinks = new CopyOnWriteArrayList<>();
    private final Map<Part, List<AlertCondition>> current = new EnumMap<>(Part.class);
    private final Map<String, Track> tracks = new LinkedHashMap<>();
    private final Map<String, Instant> toggleOnSince = new HashMap<>();
    private final Deque<Instant> sentLastHour = new ArrayDeque<>();
    private MigrationSnapshot migrations;
    private RailwayStatus railway;
    private long observations;
    private long suppressedByRateLimit;

    public AlertEngine(Profile profile, Clock clock) {
        this.profile = profile.name();
        this.environment = profile.environment();
        this.settings = profile.alerts() != null ? profile.alerts()
                : new Profile.AlertSettings(null, null, null, null, null, null);
        this.clock = clock;
    }

    public AlertEngine addSink(AlertSink sink) {
        sinks.add(sink);
        return this;
    }

    /** Part states judged so far (a test waits on this instead of on time). */
    public synchronized long observations() {
        return observations;
    }

    public synchronized long suppressedByRateLimit() {
        return suppressedByRateLimit;
    }

    @Override
    public synchronized void accept(PartState<?> state) {
        if (!state.configured() || state.loading() || state.isFailing() || !state.hasValue()) {
            // A part that cannot be read keeps its last conditions: "Railway did not answer" is not "resolved".
            return;
        }
        observations++;
        Instant now = clock.instant();
        Profile.AlertTriggers triggers = settings.triggers();
        Object value = state.value();
        if (value instanceof HealthSnapshot health) {
            current.put(Part.HEALTH, AlertConditions.health(triggers, health));
        } else if (value instanceof RailwayStatus status) {
            railway = status;
            current.put(Part.RAILWAY, AlertConditions.railway(triggers, status, toggleOnSince, now));
        } else if (value instanceof DatabaseSnapshot database) {
            current.put(Part.DATABASE, AlertConditions.locks(triggers, database));
        } else if (value instanceof TrafficSnapshot traffic) {
            current.put(Part.TRAFFIC, AlertConditions.traffic(triggers, traffic));
        } else if (value instanceof MigrationSnapshot snapshot) {
            migrations = snapshot;
        }
        if (state.part() == Part.MIGRATIONS || state.part() == Part.RAILWAY) {
            current.put(Part.MIGRATIONS, AlertConditions.migrationsAfterDeploy(triggers, migrations, railway));
        }
        // A poll counts once per fresh observation: a health snapshot is published after each endpoint's probe, so
        // readiness counts its own samples, not the liveness probes in between.
        Map<String, Object> marks = value instanceof HealthSnapshot health ? AlertConditions.healthMarks(health) : Map.of();
        judge(state.part(), marks, state.updatedAt(), now);
    }

    private static boolean freshPoll(Track track, Part polled, Map<String, Object> marks, Object defaultMark) {
        if (track.condition.part() != polled) {
            return false;
        }
        Object mark = marks.getOrDefault(track.condition.key(), defaultMark);
        if (mark == null || mark.equals(track.lastMark)) {
            return false;
        }
        track.lastMark = mark;
        return true;
    }

    private void judge(Part polled, Map<String, Object> marks, Object defaultMark, Instant now) {
        Map<String, AlertCondition> active = new LinkedHashMap<>();
        current.values().forEach(list -> list.forEach(c -> active.put(c.key(), c)));
        for (AlertCondition condition : active.values()) {
            Track track = tracks.computeIfAbsent(condition.key(), k -> new Track(condition, now));
            track.latest = condition;
            track.clearPolls = 0;
            track.clearedAt = null;
            if (freshPoll(track, polled, marks, defaultMark)) {
                track.seenPolls++;
            }
            if (!track.fired && held(track.seenPolls, track.firstSeen, now)) {
                track.fired = true;
                emit(track, Alert.State.FIRING, now);
            }
        }
        for (var it = tracks.values().iterator(); it.hasNext(); ) {
            Track track = it.next();
            if (active.containsKey(track.condition.key())) {
                continue;
            }
            if (!track.fired) {
                // Gone before it held: a flap, nobody is told.
                it.remove();
                continue;
            }
            if (track.clearedAt == null) {
                track.clearedAt = now;
            }
            if (freshPoll(track, polled, marks, defaultMark)) {
                track.clearPolls++;
            }
            if (held(track.clearPolls, track.clearedAt, now)) {
                it.remove();
                emit(track, Alert.State.RESOLVED, now);
            }
        }
    }

    private boolean held(int polls, Instant since, Instant now) {
        return polls >= settings.holdPolls()
                || (settings.holdSeconds() != null && !Duration.between(since, now).minusSeconds(settings.holdSeconds()).isNegative());
    }

    private void emit(Track track, Alert.State state, Instant now) {
        AlertCondition condition = state == Alert.State.FIRING ? track.latest : track.condition;
        Alert alert = new Alert(profile, environment, condition.key(), state, condition.severity(), condition.title(),
                state == Alert.State.RESOLVED ? "after " + humanDuration(Duration.between(track.firstSeen, now)) : condition.detail(),
                now, track.firstSeen);
        while (!sentLastHour.isEmpty() && sentLastHour.peekFirst().isBefore(now.minus(Duration.ofHours(1)))) {
            sentLastHour.pollFirst();
        }
        if (sentLastHour.size() >= settings.maxPerHour()) {
            suppressedByRateLimit++;
            LOG.warn("alert '{}' ({}) not sent: {} messages in the last hour is the profile's limit (alerts.maxPerHour)",
                    alert.key(), alert.state(), settings.maxPerHour());
            return;
        }
        sentLastHour.addLast(now);
        for (AlertSink sink : sinks) {
            try {
                sink.send(alert);
            } catch (RuntimeException e) {
                LOG.warn("an alert sink failed on '{}'", alert.key(), e);
            }
        }
    }

    static String humanDuration(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        return seconds < 120 ? seconds + " s" : seconds < 7200 ? seconds / 60 + " min" : seconds / 3600 + " h";
    }
}
