package dev.signalbox.health;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * When to probe an endpoint next. A pure function of the endpoint's state and the time, so it is tested without
 * sleeping; only the jitter is random, and its source is injected.
 * <ul>
 *   <li>a deploy in progress: fast ({@code deploying}), to see the new version come up within seconds;</li>
 *   <li>failing for less than {@code backoffAfter}: faster than normal ({@code failing}), to see recovery;</li>
 *   <li>failing for longer: back off, doubling from the normal interval each {@code backoffAfter}, up to
 *       {@code backoffMax} (a service down for an hour does not need a probe every 3 s);</li>
 *   <li>otherwise: the normal interval.</li>
 * </ul>
 * Every delay is shortened by up to {@code jitter} (so endpoints and consoles do not probe in lock-step), never
 * lengthened: the profile's interval is the longest a change goes unseen, and issue 18's alert target (the interval
 * plus 1 s) is counted from it. Every delay is also never below {@code floor}: no storm, whatever the state.
 * <p>
 * The one exception to the floor is {@link #confirmDelay()}: when a probe's verdict differs from the one before, the
 * monitor probes that endpoint once more after {@code confirm} (half a second by default) rather than a whole interval
 * later. Flap suppression ({@code alerts.holdPolls}, default 2) needs a second probe with the same verdict, and
 * waiting a failing interval for it put the default alert about one second past the target (docs/performance.md,
 * "Live latencies"). It stays one probe per change of verdict, and a confirming probe that changes the verdict back
 * (a flap) is not confirmed in turn, so a flapping endpoint costs at most one extra probe per interval.
 */
public final class PollingPolicy {

    public record Settings(Duration normal, Duration failing, Duration deploying, Duration floor, Duration backoffAfter,
                           Duration backoffMax, double jitter, Duration confirm) {
        public Settings {
            Objects.requireNonNull(confirm, "confirm");
            if (confirm.isNegative() || confirm.isZero()) {
                throw new IllegalArgumentException("confirm must be positive");
            }
            Objects.requireNonNull(normal, "normal");
            Objects.requireNonNull(failing, "failing");
            Objects.requireNonNull(deploying, "deploying");
            Objects.requireNonNull(floor, "floor");
            Objects.requireNonNull(backoffAfter, "backoffAfter");
            Objects.requireNonNull(backoffMax, "backoffMax");
            if (floor.isNegative() || floor.isZero()) {
                throw new IllegalArgumentException("floor must be positive");
            }
            if (backoffAfter.isNegative() || backoffAfter.isZero()) {
                throw new IllegalArgumentException("backoffAfter must be positive");
            }
            if (jitter < 0 || jitter >= 1) {
                throw new IllegalArgumentException("jitter is a fraction between 0 and 1, got " + jitter);
            }
        }

        /**
         * From the profile's interval (default 10 s): failing at a third of it, deploying at a fifth, never under 1 s;
         * a changed verdict confirmed after 500 ms (a single failed request, a connection reset while a replica
         * restarts, is over by then; an outage is not).
         */
        public static Settings forInterval(Duration normal) {
            Duration floor = Duration.ofSeconds(1);
            return new Settings(normal, max(floor, normal.dividedBy(3)), max(floor, normal.dividedBy(5)), floor,
                    Duration.ofMinutes(5), max(normal, Duration.ofMinutes(2)), 0.1, min(Duration.ofMillis(500), normal));
        }
    }

    private final Settings settings;
    private final RandomGenerator random;

    public PollingPolicy(Settings settings, RandomGenerator random) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.random = Objects.requireNonNull(random, "random");
    }

    public Settings settings() {
        return settings;
    }

    /**
     * @param failingSince when the endpoint's verdict stopped being UP; null while it is UP or not yet probed
     */
    public Duration nextDelay(Instant failingSince, boolean deployInProgress, Instant now) {
        return withJitter(baseDelay(failingSince, deployInProgress, now));
    }

    /** The delay before jitter. */
    public Duration baseDelay(Instant failingSince, boolean deployInProgress, Instant now) {
        if (deployInProgress) {
            return settings.deploying();
        }
        if (failingSince == null) {
            return settings.normal();
        }
        Duration failingFor = Duration.between(failingSince, now);
        if (failingFor.compareTo(settings.backoffAfter()) < 0) {
            return settings.failing();
        }
        long steps = failingFor.toMillis() / settings.backoffAfter().toMillis();
        Duration delay = settings.normal();
        for (long i = 0; i < steps && delay.compareTo(settings.backoffMax()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return min(delay, settings.backoffMax());
    }

    /** The delay before the probe that confirms a changed verdict (see the class comment): no jitter, no floor. */
    public Duration confirmDelay() {
        return settings.confirm();
    }

    /** The first probe of endpoint {@code index} of {@code count}: spread over one normal interval, never all at once. */
    public Duration initialDelay(int index, int count) {
        if (count <= 1) {
            return Duration.ZERO;
        }
        return settings.normal().multipliedBy(index).dividedBy(count * 4L);
    }

    private Duration withJitter(Duration delay) {
        double factor = 1 - settings.jitter() * random.nextDouble();
        long millis = Math.round(delay.toMillis() * factor);
        return max(settings.floor(), Duration.ofMillis(millis));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
