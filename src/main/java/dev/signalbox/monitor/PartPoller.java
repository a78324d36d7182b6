package dev.signalbox.monitor;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one part on a fixed delay (delay counted from the end of the previous poll, so a slow database never
 * stacks polls up), at most one poll in flight, and publishes each new {@link PartState}.
 */
public final class PartPoller<T> {
    private static final Logger LOG = LoggerFactory.getLogger(PartPoller.class);

    private final Part part;
    private final Callable<T> fetch;
    private final Duration interval;
    private final Function<Throwable, String> describeError;
    private final Consumer<PartState<?>> publish;
    private final Clock clock;
    private final AtomicBoolean inFlight = new AtomicBoolean();
    private volatile PartState<T> state;
    private volatile ScheduledFuture<?> schedule;
    private volatile ScheduledExecutorService executor;

    public PartPoller(Part part, Callable<T> fetch, Duration interval, Function<Throwable, String> describeError,
                      Consumer<PartState<?>> publish, Clock clock) {
        this.part = part;
        this.fetch = fetch;
        this.interval = interval;
        this.describeError = describeError;
        this.publish = publish;
        this.clock = clock;
        this.state = PartState.loading(part);
    }

    public Part part() {
        return part;
    }

    public PartState<T> state() {
        return state;
    }

    public void start(ScheduledExecutorService executor) {
        this.executor = executor;
        schedule = executor.scheduleWithFixedDelay(this::pollNow, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Polls now on the caller's thread unless a poll is already running; returns the resulting state. */
    public PartState<T> pollNow() {
        if (!inFlight.compareAndSet(false, true)) {
            return state;
        }
        try {
            T value = fetch.call();
            state = state.succeeded(value, clock.instant());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return state;
        } catch (Exception | LinkageError e) {
            LOG.debug("poll of {} failed", part, e);
            state = state.failed(describeError.apply(e), clock.instant());
        } finally {
            inFlight.set(false);
        }
        publish.accept(state);
        return state;
    }

    /** Asks for a poll soon, off the caller's thread (the refresh button). */
    public void refresh() {
        ScheduledExecutorService current = executor;
        if (current != null && !current.isShutdown()) {
            current.execute(this::pollNow);
        }
    }

    public void stop() {
        ScheduledFuture<?> current = schedule;
        if (current != null) {
            current.cancel(true);
        }
    }
}
