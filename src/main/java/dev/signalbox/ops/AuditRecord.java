package dev.signalbox.ops;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;

/**
 * One line of the audit log. Values in {@code before}/{@code after} are already masked where secret.
 *
 * @param user the OS user who ran Signalbox
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditRecord(Instant time, String user, String profile, String environment, String action, String target,
                          String summary, Map<String, String> before, Map<String, String> after, Outcome outcome,
                          String message) {
    public AuditRecord {
        before = before == null ? Map.of() : Map.copyOf(before);
        after = after == null ? Map.of() : Map.copyOf(after);
    }

    /**
     * A person was shown a variable's value in clear: who, which name, where it was shown; never the value.
     * Not a change (written in read-only mode too), but who saw a secret matters after a leak.
     */
    public static AuditRecord reveal(OpsContext context, String target, String name, String shownBy) {
        return new AuditRecord(null, context.user(), context.profile(), context.environment(), "railway.variable.reveal",
                target, "Revealed the value of " + name + " (" + shownBy + ")", Map.of(), Map.of(), Outcome.SUCCEEDED,
                "shown in clear to " + context.user() + " by " + shownBy + "; the value is not recorded");
    }

    /** The same record at another time: {@link AuditLog#append} sets it under its lock. */
    public AuditRecord at(Instant newTime) {
        return new AuditRecord(newTime, user, profile, environment, action, target, summary, before, after, outcome, message);
    }
}
