package dev.signalbox.railway;

import java.time.Instant;

/**
 * What is left of the token's hourly request budget, from Railway's {@code X-RateLimit-*} headers
 * (Free 100, Hobby 1,000, Pro 10,000 requests an hour). A console that polls must show this.
 *
 * @param resetAt when the budget refills; null when Railway did not say
 */
public record RateLimitBudget(int limit, int remaining, Instant resetAt, Instant observedAt) {

    /** Fraction used, 0..1. */
    public double used() {
        return limit <= 0 ? 0 : 1.0 - (double) remaining / limit;
    }

    public String describe() {
        return remaining + " of " + limit + " requests left this hour" + (resetAt != null ? " (refills at " + resetAt + ")" : "");
    }
}
