package dev.signalbox.monitor;

import dev.signalbox.config.ConfigException;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.health.HealthMonitor;
import dev.signalbox.health.HealthSnapshot;
import dev.signalbox.health.HealthTarget;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches one profile: each part (health, database, migrations, Railway) is polled on its own schedule and
 * fails alone; every new {@link PartState} goes to the listeners. The console has one watch per chosen profile;
 * nothing here knows about JavaFX.
 */
public final class ServiceWatch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceWatch.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final LoadedProfile profile;
    private final Clock clock;
    /** The watch's own pool (its threads start with the first poll), or a project's shared one ({@link #pollOn}). */
    private ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(3, runnable -> {
        Thread thread = new Thread(runnable, "signalbox-watch-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });
    private boolean sharedScheduler;
    private final Map<Part, PartState<?>> states = new EnumMap<>(Part.class);
    private final Map<Part, PartPoller<?>> pollers = new EnumMap<>(Part.class);
    private final List<Consumer<PartState<?>>> listeners = new CopyOnWriteArrayList<>();
    private final List<AutoCloseable> closeables = new CopyOnWriteArrayList<>();
    private HealthMonitor healthMonitor;
    private final TransitionDetector transitions;

    public ServiceWatch(LoadedProfile profile, Clock clock) {
        this.profile = profile;
        this.clock = clock;
        for (Part part : Part.values()) {
            states.put(part, PartState.notConfigured(part));
        }
        this.transitions = new TransitionDetector(clock);
        listeners.add(transitions);
    }

    /** Records every change in the profile's journal, for {@code signalbox timeline}. */
    public void journalTo(EventJournal journal) {
        transitions.onEvent(journal::append);
    }

    public LoadedProfile profile() {
        return profile;
    }

    public void addListener(Consumer<PartState<?>> listener) {
        listeners.add(listener);
    }

    /** Every change the watch notices (verdicts, deployments, migrations, locks), for notifications. */
    public void addEventListener(Consumer<TimelineEvent> listener) {
        transitions.onEvent(listener);
    }

    public synchronized PartState<?> state(Part part) {
        return states.get(part);
    }

    public HealthMonitor healthMonitor() {
        return healthMonitor;
    }

    private java.util.concurrent.ScheduledThreadPoolExecutor healthExecutor;

    /**
     * Polls the parts on a pool a project's members share, instead of 3 threads per member (120 for the 40 members
     * of 20 services in two environments); call before the first {@link #watch}. Closing the watch leaves the pool.
     */
    public void pollOn(ScheduledExecutorService shared) {
        if (!pollers.isEmpty()) {
            throw new IllegalStateException("pollOn must come before the first poller is started");
        }
        scheduler.shutdown();
        scheduler = shared;
        sharedScheduler = true;
    }

    /** Probes health on a pool shared by a project's members; call before {@link #watchHealth()}. */
    public void probeHealthOn(java.util.concurrent.ScheduledThreadPoolExecutor executor) {
        this.healthExecutor = executor;
    }

    /** Starts the health monitor (its own adaptive schedule) when the profile has an API. */
    public void watchHealth() {
        if (profile.profile().api() == null) {
            return;
        }
        try {
            HealthMonitor.Builder builder = HealthMonitor.builder(HealthTarget.fromProfile(profile.profile()));
            if (healthExecutor != null) {
                builder.sharedExecutor(healthExecutor);
            }
            healthMonitor = builder.build();
        } catch (ConfigException e) {
            publish(PartState.<HealthSnapshot>loading(Part.HEALTH).failed(e.getMessage(), clock.instant()));
            return;
        }
        publish(PartState.loading(Part.HEALTH));
        closeables.add(healthMonitor.subscribe(snapshot ->
                publish(PartState.<HealthSnapshot>loading(Part.HEALTH).succeeded(snapshot, clock.instant()))));
        healthMonitor.start();
    }

    /** Polls a part with {@code fetch} every {@code interval}; failures become the part's error, not everyone's. */
    public <T> PartPoller<T> watch(Part part, Callable<T> fetch, Duration interval, Function<Throwable, String> describeError) {
        PartPoller<T> poller = new PartPoller<>(part, fetch, interval, describeError, this::publish, clock);
        pollers.put(part, poller);
        publish(PartState.loading(part));
        poller.start(scheduler);
        return poller;
    }

    /**
     * A part fed by a stream instead of polls (the traffic of httpLogs): each value or failure given to the returned
     * feed is published as that part's new state.
     */
    public <T> PartFeed<T> feed(Part part) {
        publish(PartState.loading(part));
        return new PartFeed<>() {
            private PartState<T> state = PartState.loading(part);

            @Override
            public synchronized void value(T value) {
                state = state.succeeded(value, clock.instant());
                publish(state);
            }

            @Override
            public synchronized void failed(String message) {
                state = state.failed(message, clock.instant());
                publish(state);
            }
        };
    }

    /** Where a streamed part's values go; see {@link #feed(Part)}. */
    public interface PartFeed<T> {
        void value(T value);

        void failed(String message);
    }

    /** Keeps something open for the watch's lifetime (an inspector's connection pool) and closes it with the watch. */
    public void closeWithWatch(AutoCloseable resource) {
        closeables.add(resource);
    }

    /** Polls every part now (the refresh button), off the caller's thread. */
    public void refreshAll() {
        pollers.values().forEach(PartPoller::refresh);
        if (healthMonitor != null) {
            scheduler.execute(healthMonitor::probeNow);
        }
    }

    public void refresh(Part part) {
        PartPoller<?> poller = pollers.get(part);
        if (poller != null) {
            poller.refresh();
        } else if (part == Part.HEALTH && healthMonitor != null) {
            scheduler.execute(healthMonitor::probeNow);
        }
    }

    /** Runs any blocking work (an action, a one-off query) on the watch's threads. */
    public ScheduledExecutorService executor() {
        return scheduler;
    }

    private void publish(PartState<?> state) {
        synchronized (this) {
            states.put(state.part(), state);
        }
        for (Consumer<PartState<?>> listener : listeners) {
            try {
                listener.accept(state);
            } catch (RuntimeException e) {
                LOG.warn("a watch listener failed on {}", state.part(), e);
            }
        }
    }

    @Override
    public void close() {
        pollers.values().forEach(PartPoller::stop);
        if (healthMonitor != null) {
            healthMonitor.close();
        }
        for (AutoCloseable closeable : closeables) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.debug("closing a watched resource failed", e);
            }
        }
        if (!sharedScheduler) {
            scheduler.shutdownNow();
        }
    }
}
