package dev.signalbox.ops;

import java.util.Optional;

/**
 * What happened to a guarded action: the outcome, a message for the person, the result when it was performed,
 * and the record written to the audit log.
 *
 * @param auditProblem non-null when the audit record could not be written (shown, never swallowed)
 */
public record ActionOutcome<R>(Outcome outcome, String message, R result, AuditRecord record, String auditProblem) {

    public boolean succeeded() {
        return outcome == Outcome.SUCCEEDED;
    }

    public Optional<R> resultIfAny() {
        return Optional.ofNullable(result);
    }
}
