package dev.signalbox.railway.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The simulator's time: a base clock plus an offset that {@link #advance(Duration)} moves. Tests use a fixed base
 * (time moves only when they say so, no sleeps); the sandbox uses the system clock (time flows) and may still jump.
 */
public final class SimulatorClock extends Clock {
    private final Clock base;
    private final AtomicReference<Duration> offset;

    private SimulatorClock(Clock base, AtomicReference<Duration> offset) {
        this.base = base;
        this.offset = offset;
    }

    /** Time stands still at {@code start} until advanced. */
    public static SimulatorClock manual(Instant start) {
        return new SimulatorClock(Clock.fixed(start, ZoneOffset.UTC), new AtomicReference<>(Duration.ZERO));
    }

    /** Real time. */
    public static SimulatorClock system() {
        return new SimulatorClock(Clock.systemUTC(), new AtomicReference<>(Duration.ZERO));
    }

    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("time only moves forward: " + duration);
        }
        offset.updateAndGet(current -> current.plus(duration));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }
}
