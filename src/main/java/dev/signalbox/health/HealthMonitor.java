package dev.signalbox.health;

import dev.signalbox.common.Http;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a target's endpoints continuously. Each endpoint has its own schedule on a small pool of daemon threads;
 * the next probe is scheduled when the previous one ends, so at most one probe per endpoint is ever in flight, and
 * the delay comes from the {@link PollingPolicy}. A probe whose verdict differs from the endpoint's previous one is
 * followed by one confirming probe after {@link PollingPolicy#confirmDelay()}, so flap suppression (two agreeing
 * probes) costs half a second instead of an interval.
 * <p>
 * Read {@link #snapshot()} from any thread at any time, or {@link #subscribe} to be told of each new snapshot.
 * <pre>{@code
 * HealthMonitor monitor = HealthMonitor.builder(HealthTarget.fromProfile(profile)).build();
 * AutoCloseable subscription = monitor.subscribe(snapshot -> Platform.runLater(() -> viewModel.show(snapshot)));
 * monitor.start();
 * ...
 * monitor.close();
 * }</pre>
 */
public final class HealthMonitor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HealthMonitor.class);

    private final HealthTarget target;
    private final HealthProbe probe;
    private final PollingPolicy policy;
    private final Clock clock;
    private final HealthHistory history;
    private final HealthState state;
    private final ScheduledThreadPoolExecutor executor;
    private final boolean ownsExecutor;
    private final Map<String, Schedule> schedules = new LinkedHashMap<>();
    private final List<HealthListener> listeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private volatile HealthSnapshot current;
    private volatile boolean running;
    private volatile boolean closed;
    private volatile boolean deployInProgress;

    private static final Duration IN_FLIGHT_RETRY = Duration.ofMillis(100);

    private static final class Schedule {
        final HealthEndpoint endpoint;
        final AtomicBoolean inFlight = new AtomicBoolean();
        ScheduledFuture<?> next;
        /** The next probe confirms a changed verdict; it is not confirmed in turn, so a flap cannot storm. */
        boolean confirming;

        Schedule(HealthEndpoint endpoint) {
            this.endpoint = endpoint;
        }
    }

    private HealthMonitor(Builder builder) {
        this.target = builder.target;
        this.clock = builder.clock;
        this.probe = new HealthProbe(builder.client, builder.probeSettings, clock);
        this.policy = builder.policy != null ? builder.policy
                : new PollingPolicy(PollingPolicy.Settings.forInterval(target.interval()), RandomGenerator.getDefault());
        List<String> names = target.endpoints().stream().map(HealthEndpoint::name).toList();
        this.history = new HealthHistory(names, builder.historyCapacity);
        this.state = new HealthState(target, history);
        for (HealthEndpoint endpoint : target.endpoints()) {
            schedules.put(endpoint.name(), new Schedule(endpoint));
        }
        if (builder.sharedExecutor != null) {
            this.executor = builder.sharedExecutor;
            this.ownsExecutor = false;
        } else {
            AtomicInteger threadNumber = new AtomicInteger();
            int threads = Math.max(1, Math.min(4, target.endpoints().size()));
            this.executor = new ScheduledThreadPoolExecutor(threads, runnable -> {
                Thread thread = new Thread(runnable, "signalbox-health-" + threadNumber.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
            this.ownsExecutor = true;
        }
        executor.setRemoveOnCancelPolicy(true);
        this.current = state.snapshot(clock.instant(), false);
    }

    public static Builder builder(HealthTarget target) {
        return new Builder(target);
    }

    public HealthTarget target() {
        return target;
    }

    /** The latest snapshot; never null (all UNKNOWN before the first probe). */
    public HealthSnapshot snapshot() {
        return current;
    }

    /** Read-only use: charts of an endpoint's past ({@link HealthHistory#points}). */
    public HealthHistory history() {
        return history;
    }

    /**
     * Registers a listener called after every probe with the new snapshot, on a monitor thread.
     * Close the returned handle to unsubscribe.
     */
    public AutoCloseable subscribe(HealthListener listener) {
        Objects.requireNonNull(listener, "listener");
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Starts probing (the endpoints' first probes are spread over a fraction of the interval). Idempotent. */
    public void start() {
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("this health monitor is closed; create a new one");
            }
            if (running) {
                return;
            }
            running = true;
            int index = 0;
            for (Schedule schedule : schedules.values()) {
                scheduleNext(schedule, policy.initialDelay(index++, schedules.size()));
            }
        }
    }

    /** Stops scheduling probes; a probe in flight finishes and is recorded. {@link #start()} resumes. */
    public void stop() {
        synchronized (lock) {
            running = false;
            for (Schedule schedule : schedules.values()) {
                if (schedule.next != null) {
                    schedule.next.cancel(false);
                    schedule.next = null;
                }
                state.setNextProbeAt(schedule.endpoint.name(), null);
            }
        }
    }

    public boolean isRunning() {
        return running;
    }

    /**
     * Probes every endpoint now (after a user's action, or when a deploy starts), except those with a probe
     * already in flight: asking repeatedly never multiplies requests.
     */
    public void probeNow() {
        synchronized (lock) {
            if (!running) {
                return;
            }
            for (Schedule schedule : schedules.values()) {
                if (!schedule.inFlight.get()) {
                    scheduleNext(schedule, Duration.ZERO);
                }
            }
        }
    }

    /** True while a probe of any endpoint runs (its listeners are called before it lets go). */
    public boolean isProbing() {
        return schedules.values().stream().anyMatch(schedule -> schedule.inFlight.get());
    }

    /** While a deploy runs, probes come faster (see {@link PollingPolicy}); the Railway poller sets this. */
    public void setDeployInProgress(boolean deploying) {
        boolean changed = this.deployInProgress != deploying;
        this.deployInProgress = deploying;
        if (changed && deploying) {
            probeNow();
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
        }
        stop();
        if (ownsExecutor) {
            executor.shutdownNow();
        }
        listeners.clear();
    }

    private void scheduleNext(Schedule schedule, Duration delay) {
        if (schedule.next != null) {
            schedule.next.cancel(false);
        }
        try {
            schedule.next = executor.schedule(() -> runProbe(schedule), delay.toMillis(), TimeUnit.MILLISECONDS);
            state.setNextProbeAt(schedule.endpoint.name(), clock.instant().plus(delay));
        } catch (RejectedExecutionException e) {
            schedule.next = null;
        }
    }

    private void runProbe(Schedule schedule) {
        if (!running) {
            return;
        }
        if (!schedule.inFlight.compareAndSet(false, true)) {
            // The probe before this one scheduled it, then is still calling listeners (or a probeNow raced it):
            // dropping this run would end the endpoint's chain of probes for good. Try again shortly; if that probe
            // has not yet scheduled its successor, its scheduleNext cancels this retry, so one chain stays.
            synchronized (lock) {
                if (running) {
                    scheduleNext(schedule, IN_FLIGHT_RETRY);
                }
            }
            return;
        }
        try {
            ProbeSample sample = probe.probe(schedule.endpoint);
            HealthSnapshot snapshot;
            synchronized (lock) {
                String name = schedule.endpoint.name();
                boolean probedBefore = state.probed(name);
                HealthVerdict before = state.verdict(name);
                HealthVerdict after = state.accept(sample);
                boolean confirmNext = probedBefore && before != after && !schedule.confirming;
                schedule.confirming = confirmNext;
                if (running) {
                    Duration delay = confirmNext ? policy.confirmDelay()
                            : policy.nextDelay(state.failingSince(name), deployInProgress, clock.instant());
                    scheduleNext(schedule, delay);
                }
                snapshot = state.snapshot(clock.instant(), deployInProgress);
                current = snapshot;
                // Under the lock, so listeners see snapshots in order even when two endpoints finish together.
                for (HealthListener listener : listeners) {
                    try {
                        listener.onSnapshot(snapshot);
                    } catch (RuntimeException e) {
                        LOG.warn("a health listener failed; it stays subscribed", e);
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.error("health probe of {} failed unexpectedly", schedule.endpoint.url(), e);
            synchronized (lock) {
                schedule.confirming = false;
                if (running) {
                    scheduleNext(schedule, policy.settings().normal());
                }
            }
        } finally {
            schedule.inFlight.set(false);
        }
    }

    public static final class Builder {
        private final HealthTarget target;
        private OkHttpClient client = Http.client();
        private HealthProbe.Settings probeSettings = HealthProbe.Settings.DEFAULT;
        private PollingPolicy policy;
        private Clock clock = Clock.systemUTC();
        private int historyCapacity = HealthHistory.DEFAULT_CAPACITY;
        private ScheduledThreadPoolExecutor sharedExecutor;

        private Builder(HealthTarget target) {
            this.target = Objects.requireNonNull(target, "target");
        }

        /** A client derived from {@code Http.client()}; tests pass one trusting their own certificate authority. */
        public Builder client(OkHttpClient client) {
            this.client = Objects.requireNonNull(client, "client");
            return this;
        }

        public Builder probeSettings(HealthProbe.Settings settings) {
            this.probeSettings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** Default: {@code PollingPolicy.Settings.forInterval(target.interval())} with random jitter. */
        public Builder policy(PollingPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Builder historyCapacity(int samplesPerEndpoint) {
            this.historyCapacity = samplesPerEndpoint;
            return this;
        }

        /**
         * Probes on a pool shared with other monitors (a project's 40 endpoints on a few threads instead of up to 4
         * each); the monitor cancels its own probes on close and leaves the pool to its owner.
         */
        public Builder sharedExecutor(ScheduledThreadPoolExecutor executor) {
            this.sharedExecutor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        public HealthMonitor build() {
            return new HealthMonitor(this);
        }
    }
}
