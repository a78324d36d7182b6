package dev.signalbox.health;

/**
 * What an endpoint, or the whole service, is doing. Ordered by severity: the overall verdict of a service is
 * the most severe of its parts (with the exceptions written in {@link HealthRules}).
 */
public enum HealthVerdict {
    /** Answers as expected. */
    UP,
    /** Serves, but something is wrong: slow, a body that contradicts the profile, a certificate about to expire. */
    DEGRADED,
    /** Not probed yet, or the answer cannot be judged (a redirect). */
    UNKNOWN,
    /** Does not serve: no connection, TLS failure, timeout, an error status, or a body saying it is not ready. */
    DOWN;

    public HealthVerdict worse(HealthVerdict other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** Counts as serving for uptime: UP or DEGRADED. */
    public boolean isServing() {
        return this == UP || this == DEGRADED;
    }
}
