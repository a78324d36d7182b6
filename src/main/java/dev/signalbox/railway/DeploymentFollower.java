package dev.signalbox.railway;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Follows one deployment to a terminal status, polling within a request budget fit for Railway's Hobby plan
 * (1,000 requests an hour per token, shared with every other poller): the interval starts short, grows while the
 * status does not change (a build takes minutes), shrinks back on a change, and widens further when Railway's
 * reported budget runs low.
 */
public final class DeploymentFollower {

    /**
     * @param maxRequests the most polls for one deployment (Hobby: 60 = 6% of the hour)
     * @param maxDuration give up after this long; the deployment goes on without us
     */
    public record Budget(Duration firstInterval, Duration maxInterval, int maxRequests, Duration maxDuration) {
        public static final Budget HOBBY = new Budget(Duration.ofSeconds(3), Duration.ofSeconds(20), 60, Duration.ofMinutes(30));
    }

    /** A status seen, and when. */
    public record Step(DeploymentStatus status, Instant seenAt) {
    }

    /**
     * @param terminal false when the budget ran out first ({@link #stopReason()} says which)
     */
    public record Result(Deployment deployment, boolean terminal, List<Step> steps, int requests, Duration elapsed,
                         String stopReason) {
        public Result {
            steps = List.copyOf(steps);
        }

        public boolean succeeded() {
            return terminal && deployment.status() == DeploymentStatus.SUCCESS;
        }
    }

    private final RailwayClient client;
    private final Pacer pacer;
    private final Clock clock;

    public DeploymentFollower(RailwayClient client, Pacer pacer, Clock clock) {
        this.client = client;
        this.pacer = pacer;
        this.clock = clock;
    }

    /** Blocks until the deployment is terminal or the budget is spent; {@code onChange} sees every new status. */
    public Result follow(String deploymentId, Budget budget, Consumer<Deployment> onChange) throws RailwayException {
        Instant started = clock.instant();
        List<Step> steps = new ArrayList<>();
        Duration interval = budget.firstInterval();
        int requests = 0;
        Deployment current = null;
        while (true) {
            Deployment seen = client.deployment(deploymentId);
            requests++;
            if (current == null || seen.status() != current.status()) {
                steps.add(new Step(seen.status(), clock.instant()));
                onChange.accept(seen);
                interval = budget.firstInterval();
            } else {
                interval = min(budget.maxInterval(), Duration.ofMillis((long) (interval.toMillis() * 1.5)));
            }
            current = seen;
            Duration elapsed = Duration.between(started, clock.instant());
            if (seen.status().isTerminal()) {
                return new Result(seen, true, steps, requests, elapsed, "reached " + seen.status());
            }
            if (requests >= budget.maxRequests()) {
                return new Result(seen, false, steps, requests, elapsed, "stopped after " + requests
                        + " requests (request budget); the deployment is still " + seen.status());
            }
            if (elapsed.compareTo(budget.maxDuration()) >= 0) {
                return new Result(seen, false, steps, requests, elapsed, "stopped after " + elapsed.toMinutes()
                        + " min; the deployment is still " + seen.status());
            }
            try {
                pacer.pause(withinRateBudget(interval));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RailwayException(RailwayException.Kind.CANCELLED, "stopped following deployment " + deploymentId
                        + "; it goes on without Signalbox");
            }
        }
    }

    /** When Railway says the hour's budget is nearly gone, spread what is left over the time until it refills. */
    Duration withinRateBudget(Duration interval) {
        RateLimitBudget rate = client.budget();
        if (rate == null || rate.resetAt() == null || rate.remaining() > rate.limit() / 5) {
            return interval;
        }
        Duration untilReset = Duration.between(clock.instant(), rate.resetAt());
        if (untilReset.isNegative() || untilReset.isZero()) {
            return interval;
        }
        // Keep three quarters of what is left for the other pollers.
        long share = Math.max(1, rate.remaining() / 4);
        Duration spread = untilReset.dividedBy(share);
        return spread.compareTo(interval) > 0 ? spread : interval;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
