package dev.signalbox.database;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * One profile expectation checked against the catalog (incident 5).
 *
 * @param expectation what the profile asks, in words
 * @param constraint  the constraint found for it, in words; null when none
 * @param problems    every difference found; empty when {@code status} is OK
 * @param fix         what to do about the constraint found (VALIDATE, or a replacing migration when it points at the
 *                    wrong table); null when nothing is to be done or nothing was found
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ExpectationResult(String expectation, Status status, String constraint, List<String> problems, ConstraintFix fix) {

    public enum Status {
        OK, MISMATCH, MISSING, INVALID;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ExpectationResult {
        problems = List.copyOf(problems);
    }

    public ExpectationResult(String expectation, Status status, String constraint, List<String> problems) {
        this(expectation, status, constraint, problems, null);
    }

    public boolean ok() {
        return status == Status.OK;
    }
}
