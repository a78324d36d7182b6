package dev.signalbox.database;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * One conclusion about the database, with what to do about it.
 *
 * @param part    {@code connection}, {@code tls}, {@code pooler}, {@code timeouts}, {@code constraints},
 *                {@code indexes}, {@code expectations}, {@code locks}, {@code privileges}
 * @param advice  what to do; may be null when there is nothing to do
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Verdict(Severity severity, String part, String message, String advice) {
    public Verdict {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(message, "message");
    }

    /**
     * What needs a look (warnings and worse), one line each: the same lines in {@code signalbox check} and in the
     * Profiles view's database test.
     */
    public static List<String> attentionLines(List<Verdict> verdicts) {
        return verdicts.stream().filter(v -> v.severity() != Severity.INFO)
                .map(v -> v.severity().json() + ": " + v.message() + (v.advice() != null ? " -> " + v.advice() : "")).toList();
    }

    @Override
    public String toString() {
        return severity.json() + " [" + part + "] " + message + (advice != null ? " -> " + advice : "");
    }
}
