package dev.signalbox.database;

import com.fasterxml.jackson.annotation.JsonInclude;
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

    @Override
    public String toString() {
        return severity.json() + " [" + part + "] " + message + (advice != null ? " -> " + advice : "");
    }
}
