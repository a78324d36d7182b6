package dev.signalbox.database;

import java.time.Duration;
import java.util.Objects;

/**
 * The inspector's own limits on the server, and the thresholds of its verdicts.
 *
 * @param statementTimeout   no query of the inspector runs longer on the server
 * @param lockTimeout        well under a second: the inspector must never join a lock queue in front of the app
 * @param idleInTransaction  a backstop should the client die inside a transaction
 * @param longTransaction    a transaction older than this is highlighted
 */
public record InspectorLimits(Duration statementTimeout, Duration lockTimeout, Duration idleInTransaction,
                              Duration longTransaction) {
    public static final InspectorLimits DEFAULT = new InspectorLimits(
            Duration.ofSeconds(5), Duration.ofMillis(250), Duration.ofSeconds(10), Duration.ofMinutes(1));

    public InspectorLimits {
        Objects.requireNonNull(statementTimeout, "statementTimeout");
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        Objects.requireNonNull(idleInTransaction, "idleInTransaction");
        Objects.requireNonNull(longTransaction, "longTransaction");
    }

    /** Client-side bound on any single network read: the server's timeout plus a margin for the round trip. */
    Duration socketTimeout() {
        return statementTimeout.plusSeconds(5);
    }
}
