package dev.signalbox.ops.runbook;

import java.util.List;

/**
 * One step: check the preconditions, perform the action, then verify by observation within the timeout.
 *
 * @param timeoutSeconds how long the action and its verification may take; absent in a runbooks file means
 *                       {@link #DEFAULT_TIMEOUT_SECONDS}
 * @param ifItFails      what the operator should do when this step fails (the way out), shown with the failure
 */
public record RunbookStep(String id, String title, List<Observation> preconditions, StepAction action,
                          List<Observation> verify, Integer timeoutSeconds, String ifItFails) {
    /** A minute: a variable write read back, a wait for a probe. A redeploy or a migration says more. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 60;
    /** A day: a step that may wait longer is a typo (a timeout in milliseconds), not a plan. */
    public static final int MAX_TIMEOUT_SECONDS = 86_400;

    public RunbookStep {
        preconditions = preconditions == null ? List.of() : List.copyOf(preconditions);
        verify = verify == null ? List.of() : List.copyOf(verify);
        if (timeoutSeconds == null) {
            timeoutSeconds = DEFAULT_TIMEOUT_SECONDS;
        } else if (timeoutSeconds < 1 || timeoutSeconds > MAX_TIMEOUT_SECONDS) {
            throw new IllegalArgumentException("field 'timeoutSeconds': a step's timeout is 1 to " + MAX_TIMEOUT_SECONDS
                    + " seconds, got " + timeoutSeconds + "; leave it out for the default of " + DEFAULT_TIMEOUT_SECONDS);
        }
    }
}
