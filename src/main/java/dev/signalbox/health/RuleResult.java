package dev.signalbox.health;

import java.util.Objects;

/**
 * How one rule came out on the latest answer, typed so the CLI and the UI render the same judgement without reading
 * each other's wording.
 *
 * @param scope    the endpoint's name, or {@link HealthTransition#SERVICE} for a rule about the whole service
 * @param id       which rule this is
 * @param rule     the rule as a person reads it ("answers HTTP 200", "body /database = \"connected\"")
 * @param outcome  holds, broken, or not checked (no answer to judge, or nothing the rule applies to)
 * @param field    the JSON pointer the rule read ({@code /database}); null when the rule reads no field
 * @param expected what a good answer has ({@code 200}, {@code "connected"}); null when the rule has no single value
 * @param actual   what the answer had ({@code "connecting"}); null when nothing was read
 * @param detail   one sentence for the operator: what was seen, and what it means
 */
public record RuleResult(String scope, Id id, String rule, Outcome outcome, String field, String expected, String actual,
                         String detail) {

    public enum Id {
        /** The endpoint answers the expected HTTP status. */
        STATUS,
        /** One of the profile's {@code expectBody} conditions. */
        BODY_CONDITION,
        /** The answer is a health document, not an HTML page (a frontend's catch-all route, a proxy's page). */
        NOT_AN_HTML_PAGE,
        /** A 2xx must not say the database is not connected (incident 7, "readiness lies"). */
        DATABASE_CONNECTED,
        /** A readiness 2xx must not say it is not ready ({@code /status}, {@code /ready}, {@code /state}). */
        SAYS_READY,
        /** The environment the service reports matches the profile's. */
        ENVIRONMENT,
        /** Answers within {@link HealthRules#SLOW}. */
        LATENCY,
        /** The TLS certificate is valid for {@link HealthRules#CERTIFICATE_WARNING} more. */
        CERTIFICATE,
        /** Liveness failing while readiness passes is DEGRADED, not DOWN. */
        LIVENESS_FAILS_READINESS_PASSES,
        /** Alive but not ready is DOWN. */
        ALIVE_NOT_READY,
        /** The service's verdict is its worst endpoint's. */
        WORST_ENDPOINT
    }

    public enum Outcome {
        HOLDS("holds"), BROKEN("broken"), NOT_CHECKED("not checked");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public RuleResult {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(detail, "detail");
    }

    public boolean broken() {
        return outcome == Outcome.BROKEN;
    }
}
