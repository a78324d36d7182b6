package dev.signalbox.ops;

import java.util.List;
import java.util.Optional;

/**
 * One mutation (a variable write, a redeploy, a backend cancel/terminate, a runbook step), described so that
 * {@link ActionGuard} can confirm it, perform it, verify it by reading back, and audit it. Descriptions and
 * states must never carry a secret value: use {@link AuditState.Builder#secret}.
 *
 * @param <R> what performing it returns (e.g. the new deployment)
 */
public interface GuardedAction<R> {

    /** Stable id for the audit log, e.g. {@code railway.variable.set}, {@code database.backend.terminate}. */
    String action();

    /** What it acts on, for a person, e.g. {@code facteur / production / api: MAINTENANCE_MODE}. */
    String target();

    /** One sentence saying what will happen, e.g. {@code Set MAINTENANCE_MODE to "true" without a deploy}. */
    String summary();

    /** What follows from it, e.g. "Railway starts a new deployment". Shown before confirmation. */
    default List<String> consequences() {
        return List.of();
    }

    /** Reads the current state (before performing). A failure here stops the action before anything happens. */
    AuditState before() throws Exception;

    /** Does it. Not retried by the guard. */
    R perform() throws Exception;

    /** Reads the state back and says whether it is the intended one. */
    Verification verify(R result) throws Exception;

    /**
     * After {@link #perform()} failed with an unknown outcome (a 5xx from a gateway, a timeout, a connection closed
     * after the request left): what it would have returned had the change been applied, for {@link #verify} to
     * check against the platform. Reads what it needs (e.g. the latest deployment); empty when it cannot tell.
     */
    default Optional<R> resultIfApplied() throws Exception {
        return Optional.empty();
    }
}
