package dev.signalbox.monitor;

import java.time.Duration;
import java.time.Instant;

/**
 * The latest known state of one part: the last good snapshot (kept while later polls fail, so a Railway outage
 * does not blank what we knew), and the last error if the newest poll failed.
 *
 * @param value       last successful snapshot, or null if none yet
 * @param updatedAt   when {@code value} was taken
 * @param error       message of the newest poll's failure, or null when the newest poll succeeded
 * @param failedAt    when that failure happened
 * @param failures    consecutive failures
 * @param configured  false when the profile does not describe this part at all
 */
public record PartState<T>(Part part, T value, Instant updatedAt, String error, Instant failedAt, int failures,
                           boolean configured, boolean loading) {

    public static <T> PartState<T> notConfigured(Part part) {
        return new PartState<>(part, null, null, null, null, 0, false, false);
    }

    public static <T> PartState<T> loading(Part part) {
        return new PartState<>(part, null, null, null, null, 0, true, true);
    }

    public PartState<T> succeeded(T newValue, Instant at) {
        return new PartState<>(part, newValue, at, null, null, 0, true, false);
    }

    public PartState<T> failed(String message, Instant at) {
        return new PartState<>(part, value, updatedAt, message, at, failures + 1, true, false);
    }

    public boolean hasValue() {
        return value != null;
    }

    public boolean isFailing() {
        return error != null;
    }

    public Duration age(Instant now) {
        return updatedAt == null ? null : Duration.between(updatedAt, now);
    }
}
