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
}
