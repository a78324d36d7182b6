package dev.signalbox.health;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns samples into verdicts with reasons. Besides the profile's own expectations (status, JSON conditions),
 * three built-in judgements come from incidents 4 and 7:
 * <ul>
 *   <li>a readiness endpoint answering 200 while its body says the database is not connected ("readiness lies");</li>
 *   <li>an environment field contradicting the profile's environment (a service saying {@code development} in
 *       production is misconfigured);</li>
 *   <li>liveness failing while readiness passes (the orchestrator restarts a service that could serve).</li>
 * </ul>
 */
public final class HealthRules {
    /** Slower than this is DEGRADED: orchestrators' health checks commonly time out at a few seconds. */
    public static final Duration SLOW = Duration.ofSeconds(2);
    /** A certificate ending sooner than this is DEGRADED, so someone renews it before clients start failing. */
    public static final Duration CERTIFICATE_WARNING = Duration.ofDays(14);

    private static final Set<String> DATABASE_KEYS = Set.of("database", "db", "postgres", "postgresql", "pg", "sql");
    private static final Set<String> STATE_KEYS = Set.of("status", "state", "connected", "connection", "ok", "healthy", "ready");
    private static final Set<String> HEALTHY_WORDS = Set.of("connected", "ok", "up", "healthy", "ready", "true", "pass",
            "passed", "passing", "available", "online", "green", "success", "1");
    private static final Set<String> STATUS_NOT_READY_WORDS = Set.of("connecting", "starting", "not_ready", "not ready",
            "notready", "unhealthy", "down", "error", "failed", "failing", "fail", "degraded", "unavailable", "false", "initializing",
            "migrating", "maintenance");
    private static final Set<String> ENVIRONMENT_KEYS = Set.of("environment", "env", "app_env", "environment_name",
            "railway_environment", "railway_environment_name", "stage", "deployment_environment");

    private final HealthTarget target;

    public HealthRules(HealthTarget target) {
        this.target = target;
    }

    /** The verdict of one endpoint from its latest sample; UNKNOWN when it has not been probed. */
    public Judgement judge(HealthEndpoint endpoint, ProbeSample sample) {
        if (sample == null) {
            return new Judgement(HealthVerdict.UNKNOWN, List.of("not probed yet"));
        }
        List<String> reasons = new ArrayList<>();
        HealthVerdict verdict = HealthVerdict.UP;
        String what = endpoint.name();
        if (sample.failure() != null) {
            switch (sample.failure()) {
                case DNS, CONNECTION_REFUSED, CONNECTION_FAILED, TLS, TIMEOUT -> {
                    reasons.add(what + ": " + sample.failure().label() + " - " + sample.failureMessage());
                    return new Judgement(HealthVerdict.DOWN, reasons);
                }
                case REDIRECT -> {
                    reasons.add(what + ": " + sample.failureMessage());
                    return new Judgement(HealthVerdict.UNKNOWN, reasons);
                }
                case HTTP_ERROR -> {
                    verdict = HealthVerdict.DOWN;
                    reasons.add(what + " " + sample.failureMessage() + statusMeaning(endpoint, sample.httpStatus()));
                    // The body of a 503 usually says why (database disconnected): worth showing.
                    describeDatabase(sample).ifPresent(db -> reasons.add(what + " body says " + db));
                    return new Judgement(verdict, reasons);
                }
                case INVALID_JSON, BODY_TOO_LARGE -> {
                    verdict = HealthVerdict.DEGRADED;
                    reasons.add(what + " answered " + sample.httpStatus() + " but " + sample.failureMessage());
                }
            }
        }
        if (!endpoint.expectBody().isEmpty() && sample.failure() != FailureClass.INVALID_JSON && sample.failure() != FailureClass.BODY_TOO_LARGE) {
            for (Map.Entry<String, String> condition : endpoint.expectBody().entrySet()) {
                String actual = sample.fields().get(condition.getKey());
                if (!condition.getValue().equals(actual)) {
                    verdict = verdict.worse(endpoint.role() == HealthEndpoint.Role.READINESS ? HealthVerdict.DOWN : HealthVerdict.DEGRADED);
                    reasons.add(what + ": expected " + condition.getKey() + " = \"" + condition.getValue() + "\", got "
                            + (actual == null ? "no such field" : "\"" + actual + "\""));
                }
            }
        }
        Optional<String> databaseProblem = databaseNotConnected(sample, endpoint);
        if (databaseProblem.isPresent()) {
            if (endpoint.role() == HealthEndpoint.Role.READINESS) {
                verdict = verdict.worse(HealthVerdict.DOWN);
                reasons.add(0, "readiness lies: " + what + " answers " + sample.httpStatus() + " but its body says "
                        + databaseProblem.get() + "; a readiness probe must answer 503 until the service can serve (incident 7)");
            } else {
                verdict = verdict.worse(HealthVerdict.DEGRADED);
                reasons.add(what + " answers " + sample.httpStatus() + " but its body says " + databaseProblem.get()
                        + (endpoint.role() == HealthEndpoint.Role.LIVENESS
                        ? " (the process runs; a liveness probe should not depend on the database, but requests needing it will fail)"
                        : ""));
            }
        }
        Optional<String> environmentProblem = environmentMismatch(sample, endpoint);
        if (environmentProblem.isPresent()) {
            verdict = verdict.worse(HealthVerdict.DEGRADED);
            reasons.add(what + ": " + environmentProblem.get());
        }
        if (sample.timings().totalMicros() > SLOW.toNanos() / 1000) {
            verdict = verdict.worse(HealthVerdict.DEGRADED);
            reasons.add(what + " is slow: " + millis(sample.timings().totalMillis()) + " (more than " + SLOW.toSeconds() + " s)");
        }
        if (sample.certificateExpiresAt() != null) {
            Duration left = Duration.between(sample.time(), sample.certificateExpiresAt());
            if (left.compareTo(CERTIFICATE_WARNING) < 0) {
                verdict = verdict.worse(HealthVerdict.DEGRADED);
                reasons.add(what + ": the TLS certificate expires in " + Math.max(0, left.toHours()) + " h (" + sample.certificateExpiresAt() + ")");
            }
        }
        if (verdict == HealthVerdict.UP) {
            reasons.add(what + " answered " + sample.httpStatus() + " in " + millis(sample.timings().totalMillis()));
        }
        return new Judgement(verdict, reasons);
    }

    /**
     * The service's verdict from its endpoints' verdicts: the most severe, except that liveness failing while
     * readiness passes is DEGRADED (the service serves, but the orchestrator may restart it), and an extra
     * endpoint failing degrades the service without taking it down.
     */
    public Judgement overall(List<EndpointHealth> endpoints) {
        if (endpoints.isEmpty()) {
            return new Judgement(HealthVerdict.UNKNOWN, List.of("no endpoint to probe"));
        }
        HealthVerdict verdict = HealthVerdict.UP;
        List<String> reasons = new ArrayList<>();
        EndpointHealth liveness = find(endpoints, HealthEndpoint.Role.LIVENESS);
        EndpointHealth readiness = find(endpoints, HealthEndpoint.Role.READINESS);
        boolean livenessFailsReadinessPasses = liveness != null && readiness != null
                && liveness.verdict() == HealthVerdict.DOWN && readiness.verdict().isServing();
        if (livenessFailsReadinessPasses) {
            verdict = HealthVerdict.DEGRADED;
            reasons.add("liveness fails while readiness passes: the service can serve, but an orchestrator watching"
                    + " liveness will restart it; check what the liveness endpoint depends on");
        }
        for (EndpointHealth endpoint : endpoints) {
            HealthVerdict contribution = endpoint.verdict();
            if (endpoint.endpoint().role() == HealthEndpoint.Role.EXTRA && contribution == HealthVerdict.DOWN) {
                contribution = HealthVerdict.DEGRADED;
            }
            if (endpoint == liveness && livenessFailsReadinessPasses) {
                contribution = HealthVerdict.DEGRADED;
            }
            verdict = verdict.worse(contribution);
            if (endpoint.verdict() != HealthVerdict.UP) {
                reasons.addAll(endpoint.reasons());
            }
        }
        // After the endpoints' own reasons: those say what is wrong, this says what it means for the service.
        if (liveness != null && readiness != null && liveness.verdict().isServing() && readiness.verdict() == HealthVerdict.DOWN) {
            reasons.add("alive but not ready: the process runs but cannot serve (database down, migrations pending,"
                    + " or a bypass flag left on?)");
        }
        if (verdict == HealthVerdict.UP) {
            reasons.add(endpoints.size() == 1 ? "the endpoint answers as expected" : "all " + endpoints.size() + " endpoints answer as expected");
        }
        return new Judgement(verdict, reasons);
    }

    private static EndpointHealth find(List<EndpointHealth> endpoints, HealthEndpoint.Role role) {
        for (EndpointHealth endpoint : endpoints) {
            if (endpoint.endpoint().role() == role) {
                return endpoint;
            }
        }
        return null;
    }

    private static String statusMeaning(HealthEndpoint endpoint, int status) {
        if (status == 503 && endpoint.role() == HealthEndpoint.Role.READINESS) {
            return " (not ready: the service says it cannot serve yet)";
        }
        if (status == 404) {
            return " (no such path: check the endpoint's path in the profile)";
        }
        if (status == 401 || status == 403) {
            return " (the endpoint wants authentication; health endpoints should be public)";
        }
        if (status >= 500) {
            return " (server error)";
        }
        return "";
    }

    /** A database field whose value does not mean "connected", unless the profile's own conditions cover it. */
    private static Optional<String> databaseNotConnected(ProbeSample sample, HealthEndpoint endpoint) {
        if (!sample.hasResponse() || sample.httpStatus() >= 300) {
            return Optional.empty();
        }
        for (Map.Entry<String, String> field : sample.fields().entrySet()) {
            String pointer = field.getKey();
            if (endpoint.expectBody().containsKey(pointer) || !isDatabaseField(pointer)) {
                continue;
            }
            if (!HEALTHY_WORDS.contains(normalise(field.getValue()))) {
                return Optional.of(pointer + " = \"" + field.getValue() + "\"");
            }
        }
        if (endpoint.role() == HealthEndpoint.Role.READINESS) {
            for (String pointer : List.of("/status", "/ready", "/state")) {
                String value = sample.fields().get(pointer);
                if (value != null && !endpoint.expectBody().containsKey(pointer) && STATUS_NOT_READY_WORDS.contains(normalise(value))) {
                    return Optional.of(pointer + " = \"" + value + "\"");
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> describeDatabase(ProbeSample sample) {
        for (Map.Entry<String, String> field : sample.fields().entrySet()) {
            if (isDatabaseField(field.getKey())) {
                return Optional.of(field.getKey() + " = \"" + field.getValue() + "\"");
            }
        }
        return Optional.empty();
    }

    /** {@code /database}, {@code /db}, {@code /checks/database/status}, {@code /database/connected}... */
    static boolean isDatabaseField(String pointer) {
        String[] parts = pointer.substring(1).split("/");
        String last = parts[parts.length - 1].toLowerCase(Locale.ROOT);
        if (DATABASE_KEYS.contains(last)) {
            return true;
        }
        return parts.length >= 2 && DATABASE_KEYS.contains(parts[parts.length - 2].toLowerCase(Locale.ROOT)) && STATE_KEYS.contains(last);
    }

    private Optional<String> environmentMismatch(ProbeSample sample, HealthEndpoint endpoint) {
        if (target.environment() == null || !sample.hasResponse()) {
            return Optional.empty();
        }
        String expected = canonicalEnvironment(target.environment());
        for (Map.Entry<String, String> field : sample.fields().entrySet()) {
            String pointer = field.getKey();
            String[] parts = pointer.substring(1).split("/");
            if (!ENVIRONMENT_KEYS.contains(parts[parts.length - 1].toLowerCase(Locale.ROOT)) || endpoint.expectBody().containsKey(pointer)) {
                continue;
            }
            String actual = canonicalEnvironment(field.getValue());
            if (!actual.equals(expected)) {
                String problem = "the service reports " + pointer + " = \"" + field.getValue() + "\" but the profile's environment is \""
                        + target.environment() + "\"";
                if (target.production() && !actual.equals("production")) {
                    problem += "; a production service running with " + field.getValue()
                            + " settings is misconfigured (debug mode, wrong database or secrets?)";
                }
                return Optional.of(problem);
            }
        }
        return Optional.empty();
    }

    static String canonicalEnvironment(String value) {
        String v = normalise(value);
        return switch (v) {
            case "prod", "production", "prd", "live" -> "production";
            case "dev", "development", "develop", "local" -> "development";
            case "stage", "staging", "stg", "preprod", "pre-production" -> "staging";
            case "test", "testing", "qa" -> "test";
            default -> v;
        };
    }

    private static String normalise(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }

    static String millis(double ms) {
        return ms < 0 ? "?" : ms < 10 ? String.format(Locale.ROOT, "%.1f ms", ms) : Math.round(ms) + " ms";
    }
}
