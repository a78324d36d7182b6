package dev.signalbox.monitor;

import java.util.List;
import java.util.Objects;

/**
 * What one "Test" button found: a headline that says exactly what failed or what was found, prefixed with the
 * part ("API: connection refused by 127.0.0.1:8000 ..."), and the lines behind it.
 */
public record PartResult(Part part, boolean ok, String headline, List<String> details) {

    /** The parts of a profile that can be tested on their own. */
    public enum Part {
        API("API"), DATABASE("Database"), MIGRATIONS("Migrations"), RAILWAY("Railway");

        private final String label;

        Part(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public PartResult {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(headline, "headline");
        details = details == null ? List.of() : List.copyOf(details);
    }

    public static PartResult ok(Part part, String what, List<String> details) {
        return new PartResult(part, true, part.label() + ": " + what, details);
    }

    public static PartResult failed(Part part, String what, List<String> details) {
        return new PartResult(part, false, part.label() + ": " + what, details);
    }

    public static PartResult failed(Part part, String what) {
        return failed(part, what, List.of());
    }

    /** Headline and details, as copied into an incident channel. */
    public String text() {
        return details.isEmpty() ? headline : headline + "\n  " + String.join("\n  ", details);
    }
}
