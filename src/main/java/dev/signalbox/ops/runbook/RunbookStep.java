package dev.signalbox.ops.runbook;

import java.util.List;

/**
 * One step: check the preconditions, perform the action, then verify by observation within the timeout.
 *
 * @param ifItFails what the operator should do when this step fails (the way out), shown with the failure
 */
public record RunbookStep(String id, String title, List<Observation> preconditions, StepAction action,
                          List<Observation> verify, int timeoutSeconds, String ifItFails) {
    public RunbookStep {
        preconditions = preconditions == null ? List.of() : List.copyOf(preconditions);
        verify = verify == null ? List.of() : List.copyOf(verify);
        if (timeoutSeconds <= 0) {
            timeoutSeconds = 60;
        }
    }
}
