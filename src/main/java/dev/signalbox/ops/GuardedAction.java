package dev.signalbox.ops;

import java.util.List;

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
}
