package dev.signalbox.monitor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;

/**
 * One value per poll round for every member that asks: the first ask of a round reads, the others of the round get
 * what it read. A failed read is not kept, so the next member tries again.
 */
final class RoundShare<T> {
    private final Clock clock;
    private final Duration freshness;
    private T last;
    private Instant lastAt;

    /** @param freshness how old a value may be and still answer; half the poll interval keeps rounds apart */
    RoundShare(Clock clock, Duration freshness) {
        this.clock = clock;
        this.freshness = freshness;
    }

    synchronized T get(Callable<T> read) throws Exception {
        Instant now = clock.instant();
        if (last == null || !now.isBefore(lastAt.plus(freshness))) {
            last = read.call();
            lastAt = now;
        }
        return last;
    }
}
