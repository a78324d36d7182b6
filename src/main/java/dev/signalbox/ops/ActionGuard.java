package dev.signalbox.ops;

import dev.signalbox.railway.RailwayException;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place every mutation goes through: refuse in read-only mode, ask for confirmation (typing the
 * environment name for production), perform once, read back to verify, and append an audit record whatever
 * happened (refused, declined, failed, unverified or succeeded). Thread-safe; blocking (run it off the FX thread).
 */
public final class ActionGuard {
    private static final Logger LOG = LoggerFactory.getLogger(ActionGuard.class);

    private final OpsContext context;
    private final Confirmation confirmation;
    private final AuditLog audit;
    private final Clock clock;

    public ActionGuard(OpsContext context, Confirmation confirmation, AuditLog audit, Clock clock) {
        this.context = context;
        this.confirmation = confirmation;
        this.audit = audit;
        this.clock = clock;
    }

    public OpsContext context() {
        return context;
    }

    public AuditLog auditLog() {
        return audit;
    }

    public <R> ActionOutcome<R> run(GuardedAction<R> action) {
        if (context.readOnly()) {
            return finish(action, AuditState.NONE, AuditState.NONE, Outcome.REFUSED, null,
                    "Refused: profile " + context.profile() + " is read-only (profile setting or --read-only); nothing was changed.");
        }
        AuditState before;
        try {
            before = action.before();
        } catch (RunbookClaimedException e) {
            return finish(action, AuditState.NONE, AuditState.NONE, Outcome.REFUSED, null, e.getMessage());
        } catch (Exception e) {
            return finish(action, AuditState.NONE, AuditState.NONE, Outcome.FAILED, null,
                    "Could not read the current state, so nothing was changed: " + describe(e));
        }
        Confirmation.Request request = new Confirmation.Request(context.profile(), context.environment(), context.production(),
                action.action(), action.target(), action.summary(), action.consequences(),
                context.production() ? context.environment() : null);
        Confirmation.Answer answer = confirmation.ask(request);
        if (answer == null || !answer.approved()) {
            return finish(action, before, AuditState.NONE, Outcome.DECLINED, null, "Not confirmed; nothing was changed.");
        }
        if (context.production() && !context.environment().equals(answer.typedText() == null ? null : answer.typedText().strip())) {
            return finish(action, before, AuditState.NONE, Outcome.REFUSED, null, "Refused: " + context.environment()
                    + " is production, and the environment name was not typed exactly; nothing was changed.");
        }
        R result;
        try {
            result = action.perform();
        } catch (Exception e) {
            boolean unknown = e instanceof RailwayException railway && railway.outcomeUnknown();
            if (!unknown) {
                return finish(action, before, AuditState.NONE, Outcome.FAILED, null, "Failed: " + describe(e));
            }
            return settleUnknown(action, before, e);
        }
        Verification verification;
        try {
            verification = action.verify(result);
        } catch (Exception e) {
            return finish(action, before, AuditState.NONE, Outcome.UNVERIFIED, result,
                    "Done, but the read-back failed, so it is not verified: " + describe(e));
        }
        if (!verification.verified()) {
            return finish(action, before, verification.after(), Outcome.FAILED, result,
                    "Verification failed: " + verification.message());
        }
        return finish(action, before, verification.after(), Outcome.SUCCEEDED, result, verification.message());
    }

    /**
     * The write may or may not have been applied (a gateway error can come after Railway applied it): read the
     * state back and record what it shows, UNVERIFIED only when it cannot be read.
     */
    private <R> ActionOutcome<R> settleUnknown(GuardedAction<R> action, AuditState before, Exception failure) {
        String answer = describe(failure);
        try {
            Optional<R> applied = action.resultIfApplied();
            if (applied.isEmpty()) {
                return finish(action, before, AuditState.NONE, Outcome.UNVERIFIED, null, "Outcome unknown: " + answer);
            }
            Verification verification = action.verify(applied.get());
            if (verification.verified()) {
                return finish(action, before, verification.after(), Outcome.SUCCEEDED, applied.get(),
                        "Applied despite the error (read back after it): " + verification.message() + " The error was: " + answer);
            }
            return finish(action, before, verification.after(), Outcome.FAILED, null,
                    "Not applied (read back after the error): " + verification.message() + " The error was: " + answer);
        } catch (Exception readBack) {
            return finish(action, before, AuditState.NONE, Outcome.UNVERIFIED, null, "Outcome unknown: " + answer
                    + "; reading it back failed too (" + describe(readBack) + "): look before acting again.");
        }
    }

    private <R> ActionOutcome<R> finish(GuardedAction<R> action, AuditState before, AuditState after, Outcome outcome,
                                        R result, String message) {
        AuditRecord record = new AuditRecord(clock.instant(), context.user(), context.profile(), context.environment(),
                action.action(), action.target(), action.summary(), before.values(), after.values(), outcome, message);
        String auditProblem = null;
        try {
            record = audit.append(record, clock);
        } catch (IOException e) {
            auditProblem = "The audit record could not be written to " + audit.file() + ": " + e.getMessage();
            LOG.error("audit log write failed for {} on {}", action.action(), action.target(), e);
        }
        LOG.info("{} {} on {}: {}", action.action(), outcome, action.target(), message);
        return new ActionOutcome<>(outcome, message, result, record, auditProblem);
    }

    private static String describe(Exception e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

}
