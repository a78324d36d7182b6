package dev.signalbox.health;

import java.time.Duration;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private static final Set<String> STATE_KEYS = Set.of("status", "state", "connected", "connection", "ok", "healthy", "ready",
            "up", "health", "available", "reachable", "");
    private static final Set<String> HEALTHY_WORDS = Set.of("connected", "ok", "up", "healthy", "ready", "true", "pass",
            "passed", "passing", "available", "online", "green", "success", "1", "alive", "running", "operational", "yes", "good");
    private static final Set<String> NOT_CONNECTED_WORDS = Set.of("connecting", "reconnecting", "starting", "not", "no", "none",
            "null", "down", "false", "0", "unavailable", "unreachable", "unhealthy", "disconnected", "refused", "degraded",
            "initializing", "initialising", "migrating", "maintenance", "closed", "offline", "pending", "waiting", "unknown",
            "stopped", "dead", "lost", "broken", "red", "nok", "ko", "critical", "fatal", "exhausted", "unconnected");
    private static final Set<String> STATUS_NOT_READY_WORDS = Set.of("connecting", "starting", "not_ready", "not ready",
            "notready", "unhealthy", "down", "error", "failed", "failing", "fail", "degraded", "unavailable", "false", "initializing",
            "migrating", "maintenance");
    private static final Set<String> ENVIRONMENT_KEYS = Set.of("environment", "env", "app_env", "environment_name",
            "railway_environment", "railway_environment_name", "stage", "deployment_environment");

    private final HealthTarget target;

    public HealthRules(HealthTarget target) {
        this.target = target;
    }

    /** The verdict of one endpoint from its latest sample, with every rule's outcome; UNKNOWN when it has not been probed. */
    public Judgement judge(HealthEndpoint endpoint, ProbeSample sample) {
        EndpointRules rules = new EndpointRules(endpoint);
        if (sample == null) {
            rules.notChecked("not probed yet");
            return new Judgement(HealthVerdict.UNKNOWN, List.of("not probed yet"), rules.results);
        }
        List<String> reasons = new ArrayList<>();
        HealthVerdict verdict = HealthVerdict.UP;
        String what = endpoint.name();
        rules.status(sample);
        if (sample.failure() != null) {
            switch (sample.failure()) {
                case DNS, CONNECTION_REFUSED, CONNECTION_FAILED, TLS, TIMEOUT -> {
                    reasons.add(what + ": " + sample.failure().label() + " - " + sample.failureMessage());
                    rules.notChecked("no answer to read");
                    return new Judgement(HealthVerdict.DOWN, reasons, rules.results);
                }
                case REDIRECT -> {
                    reasons.add(what + ": " + sample.failureMessage());
                    rules.notChecked("a redirect has no body to judge");
                    return new Judgement(HealthVerdict.UNKNOWN, reasons, rules.results);
                }
                case HTTP_ERROR -> {
                    verdict = HealthVerdict.DOWN;
                    reasons.add(what + " " + sample.failureMessage() + statusMeaning(endpoint, sample.httpStatus()));
                    // The body of a 503 usually says why (database disconnected): worth showing.
                    List<DatabaseField> database = databaseFields(sample);
                    if (!database.isEmpty()) {
                        reasons.add(what + " body says " + database.get(0).describe());
                    }
                    rules.notChecked("answered " + sample.httpStatus() + ": the status already says it does not serve");
                    return new Judgement(verdict, reasons, rules.results);
                }
                case HTML_PAGE -> {
                    // The API was never asked: for readiness that is no proof of readiness; for the others, no verdict.
                    verdict = endpoint.role() == HealthEndpoint.Role.READINESS ? HealthVerdict.DOWN : HealthVerdict.UNKNOWN;
                    reasons.add(what + " " + sample.failureMessage());
                    rules.html(sample);
                    rules.notChecked("an HTML page is not a health answer");
                    return new Judgement(verdict, reasons, rules.results);
                }
                case INVALID_JSON, BODY_TOO_LARGE -> {
                    verdict = HealthVerdict.DEGRADED;
                    reasons.add(what + " answered " + sample.httpStatus() + " but " + sample.failureMessage());
                }
            }
        }
        rules.html(sample);
        boolean bodyReadable = sample.failure() != FailureClass.INVALID_JSON && sample.failure() != FailureClass.BODY_TOO_LARGE;
        for (Map.Entry<String, String> condition : endpoint.expectBody().entrySet()) {
            String rule = "body " + condition.getKey() + " = \"" + condition.getValue() + "\" (profile's expectBody)";
            if (!bodyReadable) {
                rules.add(RuleResult.Id.BODY_CONDITION, rule, RuleResult.Outcome.NOT_CHECKED, condition.getKey(), condition.getValue(),
                        null, "the body could not be read: " + sample.failureMessage());
                continue;
            }
            String actual = value(sample, condition.getKey());
            boolean holds = condition.getValue().equals(actual);
            rules.add(RuleResult.Id.BODY_CONDITION, rule, holds ? RuleResult.Outcome.HOLDS : RuleResult.Outcome.BROKEN,
                    condition.getKey(), condition.getValue(), actual,
                    actual == null ? condition.getKey() + " is not in the body"
                            : condition.getKey() + " = \"" + actual + "\"" + (holds ? "" : ", expected \"" + condition.getValue() + "\""));
            if (!holds) {
                verdict = verdict.worse(endpoint.role() == HealthEndpoint.Role.READINESS ? HealthVerdict.DOWN : HealthVerdict.DEGRADED);
                reasons.add(what + ": expected " + condition.getKey() + " = \"" + condition.getValue() + "\", got "
                        + (actual == null ? "no such field" : "\"" + actual + "\""));
            }
        }
        RuleResult database = databaseRule(endpoint, sample);
        rules.results.add(database);
        if (database.broken()) {
            if (endpoint.role() == HealthEndpoint.Role.READINESS) {
                verdict = verdict.worse(HealthVerdict.DOWN);
                reasons.add(0, "readiness lies: " + what + " answers " + sample.httpStatus() + " but its body says "
                        + database.field() + " = \"" + database.actual() + "\"; a readiness probe must answer 503 until the"
                        + " service can serve (incident 7)");
            } else {
                verdict = verdict.worse(HealthVerdict.DEGRADED);
                reasons.add(what + " answers " + sample.httpStatus() + " but its body says " + database.field() + " = \""
                        + database.actual() + "\"" + (endpoint.role() == HealthEndpoint.Role.LIVENESS
                        ? " (the process runs; a liveness probe should not depend on the database, but requests needing it will fail)"
                        : ""));
            }
        }
        if (endpoint.role() == HealthEndpoint.Role.READINESS) {
            RuleResult ready = saysReadyRule(endpoint, sample);
            rules.results.add(ready);
            if (ready.broken()) {
                verdict = verdict.worse(HealthVerdict.DOWN);
                reasons.add((database.broken() ? "" : "readiness lies: ") + what + " answers " + sample.httpStatus()
                        + " but its body says " + ready.field() + " = \"" + ready.actual() + "\"");
            }
        }
        RuleResult environment = environmentRule(endpoint, sample);
        rules.results.add(environment);
        if (environment.broken()) {
            verdict = verdict.worse(HealthVerdict.DEGRADED);
            reasons.add(what + ": " + environment.detail());
        }
        boolean slow = sample.timings().totalMicros() > SLOW.toNanos() / 1000;
        rules.add(RuleResult.Id.LATENCY, "answers within " + SLOW.toSeconds() + " s (slower is DEGRADED)",
                slow ? RuleResult.Outcome.BROKEN : RuleResult.Outcome.HOLDS, null, SLOW.toSeconds() + " s",
                millis(sample.timings().totalMillis()), "took " + millis(sample.timings().totalMillis()));
        if (slow) {
            verdict = verdict.worse(HealthVerdict.DEGRADED);
            reasons.add(what + " is slow: " + millis(sample.timings().totalMillis()) + " (more than " + SLOW.toSeconds() + " s)");
        }
        if (sample.certificateExpiresAt() != null) {
            Duration left = Duration.between(sample.time(), sample.certificateExpiresAt());
            boolean ending = left.compareTo(CERTIFICATE_WARNING) < 0;
            rules.add(RuleResult.Id.CERTIFICATE, "TLS certificate valid for " + CERTIFICATE_WARNING.toDays() + " more days",
                    ending ? RuleResult.Outcome.BROKEN : RuleResult.Outcome.HOLDS, null, null, sample.certificateExpiresAt().toString(),
                    "expires " + sample.certificateExpiresAt());
            if (ending) {
                verdict = verdict.worse(HealthVerdict.DEGRADED);
                reasons.add(what + ": the TLS certificate expires in " + Math.max(0, left.toHours()) + " h (" + sample.certificateExpiresAt() + ")");
            }
        }
        if (verdict == HealthVerdict.UP) {
            reasons.add(what + " answered " + sample.httpStatus() + " in " + millis(sample.timings().totalMillis()));
        }
        return new Judgement(verdict, reasons, rules.results);
    }

    /** The rules of one endpoint, in the order a person reads them. */
    private static final class EndpointRules {
        final HealthEndpoint endpoint;
        final List<RuleResult> results = new ArrayList<>();

        EndpointRules(HealthEndpoint endpoint) {
            this.endpoint = endpoint;
        }

        void add(RuleResult.Id id, String rule, RuleResult.Outcome outcome, String field, String expected, String actual, String detail) {
            results.add(new RuleResult(endpoint.name(), id, rule, outcome, field, expected, actual, detail));
        }

        void status(ProbeSample sample) {
            String rule = "answers HTTP " + endpoint.expectStatus();
            String expected = String.valueOf(endpoint.expectStatus());
            if (!sample.hasResponse()) {
                add(RuleResult.Id.STATUS, rule, RuleResult.Outcome.BROKEN, null, expected, null, "no answer: "
                        + (sample.failure() == null ? "unknown failure" : sample.failure().label()) + " - " + sample.failureMessage());
            } else {
                add(RuleResult.Id.STATUS, rule, sample.httpStatus() == endpoint.expectStatus() ? RuleResult.Outcome.HOLDS
                        : RuleResult.Outcome.BROKEN, null, expected, String.valueOf(sample.httpStatus()),
                        "answered " + sample.httpStatus() + statusName(sample.httpStatus()));
            }
        }

        void html(ProbeSample sample) {
            boolean html = sample.failure() == FailureClass.HTML_PAGE;
            add(RuleResult.Id.NOT_AN_HTML_PAGE, "answers a health document, not an HTML page",
                    html ? RuleResult.Outcome.BROKEN : RuleResult.Outcome.HOLDS, null, null, sample.contentType(),
                    html ? sample.failureMessage() : "answered " + (sample.contentType() == null ? "no content type" : sample.contentType()));
        }

        /** Every rule not yet judged, as not checked for {@code why}: the table lists the same rules on every answer. */
        void notChecked(String why) {
            java.util.Set<RuleResult.Id> judged = java.util.EnumSet.noneOf(RuleResult.Id.class);
            results.forEach(r -> judged.add(r.id()));
            if (!judged.contains(RuleResult.Id.STATUS)) {
                add(RuleResult.Id.STATUS, "answers HTTP " + endpoint.expectStatus(), RuleResult.Outcome.NOT_CHECKED, null,
                        String.valueOf(endpoint.expectStatus()), null, why);
            }
            for (Map.Entry<String, String> condition : endpoint.expectBody().entrySet()) {
                add(RuleResult.Id.BODY_CONDITION, "body " + condition.getKey() + " = \"" + condition.getValue() + "\" (profile's expectBody)",
                        RuleResult.Outcome.NOT_CHECKED, condition.getKey(), condition.getValue(), null, why);
            }
            add(RuleResult.Id.DATABASE_CONNECTED, databaseRuleText(endpoint), RuleResult.Outcome.NOT_CHECKED, null, null, null, why);
            add(RuleResult.Id.ENVIRONMENT, ENVIRONMENT_RULE, RuleResult.Outcome.NOT_CHECKED, null, null, null, why);
        }
    }

    private static final String ENVIRONMENT_RULE = "the environment the service reports matches the profile's";

    private static String databaseRuleText(HealthEndpoint endpoint) {
        return endpoint.role() == HealthEndpoint.Role.READINESS
                ? "a 200 must not say the database is not connected (readiness lies, incident 7)"
                : "a 200 whose body says the database is not connected is DEGRADED";
    }

    private static String statusName(int status) {
        return switch (status) {
            case 200 -> " OK";
            case 204 -> " No Content";
            case 404 -> " Not Found";
            case 500 -> " Internal Server Error";
            case 502 -> " Bad Gateway";
            case 503 -> " Service Unavailable";
            case 504 -> " Gateway Timeout";
            default -> "";
        };
    }

    /**
     * The service's verdict from its endpoints' verdicts: the most severe, except that liveness failing while
     * readiness passes is DEGRADED (the service serves, but the orchestrator may restart it), and an extra
     * endpoint failing degrades the service without taking it down.
     */
    public Judgement overall(List<EndpointHealth> endpoints) {
        List<RuleResult> rules = new ArrayList<>();
        String service = HealthTransition.SERVICE;
        String livenessRule = "liveness failing while readiness passes is DEGRADED, not DOWN (an orchestrator would restart a"
                + " service that can serve)";
        String aliveRule = "alive but not ready is DOWN (database down, migrations pending, bypass left on?)";
        String worstRule = "the service's verdict is its worst endpoint's (an extra endpoint can only degrade it)";
        boolean anyProbed = endpoints.stream().anyMatch(e -> e.lastSample() != null);
        if (endpoints.isEmpty() || !anyProbed) {
            String why = endpoints.isEmpty() ? "no endpoint to probe" : "not probed yet";
            for (var rule : List.of(Map.entry(RuleResult.Id.LIVENESS_FAILS_READINESS_PASSES, livenessRule),
                    Map.entry(RuleResult.Id.ALIVE_NOT_READY, aliveRule), Map.entry(RuleResult.Id.WORST_ENDPOINT, worstRule))) {
                rules.add(new RuleResult(service, rule.getKey(), rule.getValue(), RuleResult.Outcome.NOT_CHECKED, null, null, null, why));
            }
            if (endpoints.isEmpty()) {
                return new Judgement(HealthVerdict.UNKNOWN, List.of("no endpoint to probe"), rules);
            }
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
        boolean aliveNotReady = liveness != null && readiness != null && liveness.verdict().isServing()
                && readiness.verdict() == HealthVerdict.DOWN;
        if (aliveNotReady) {
            reasons.add("alive but not ready: the process runs but cannot serve (database down, migrations pending,"
                    + " or a bypass flag left on?)");
        }
        if (verdict == HealthVerdict.UP) {
            reasons.add(endpoints.size() == 1 ? "the endpoint answers as expected" : "all " + endpoints.size() + " endpoints answer as expected");
        }
        if (anyProbed) {
            String pair = liveness == null || readiness == null ? null
                    : "liveness " + liveness.verdict() + ", readiness " + readiness.verdict();
            rules.add(new RuleResult(service, RuleResult.Id.LIVENESS_FAILS_READINESS_PASSES, livenessRule,
                    pair == null ? RuleResult.Outcome.NOT_CHECKED : livenessFailsReadinessPasses ? RuleResult.Outcome.BROKEN
                            : RuleResult.Outcome.HOLDS, null, null, pair,
                    pair == null ? "needs both a liveness and a readiness endpoint" : livenessFailsReadinessPasses
                            ? "liveness fails while readiness passes: an orchestrator watching liveness will restart a service that can serve"
                            : "does not apply now (" + pair + ")"));
            rules.add(new RuleResult(service, RuleResult.Id.ALIVE_NOT_READY, aliveRule,
                    pair == null ? RuleResult.Outcome.NOT_CHECKED : aliveNotReady ? RuleResult.Outcome.BROKEN : RuleResult.Outcome.HOLDS,
                    null, null, pair, pair == null ? "needs both a liveness and a readiness endpoint" : aliveNotReady
                            ? "alive but not ready: the process runs but cannot serve (" + pair + ")"
                            : "does not apply now (" + pair + ")"));
            rules.add(new RuleResult(service, RuleResult.Id.WORST_ENDPOINT, worstRule, RuleResult.Outcome.HOLDS, null, null,
                    verdict.name(), "verdict " + verdict));
        }
        return new Judgement(verdict, reasons, rules);
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

    /** What a database-like field says about the service's connection, read by meaning rather than by one exact word. */
    enum DatabaseMeaning { CONNECTED, NOT_CONNECTED, UNRECOGNISED }

    /** One database-like field of a body: {@code /database}, {@code /checks/db/status}, {@code /db_connected}... */
    record DatabaseField(String pointer, String value, DatabaseMeaning meaning) {
        String describe() {
            return pointer + " = \"" + value + "\"";
        }
    }

    /**
     * Judged on every database-like field of the whole body, whether or not the profile's own conditions cover it: the
     * incident's exact value ({@code "connecting"}) must not pass because a profile expects {@code "connected"} too.
     */
    private static RuleResult databaseRule(HealthEndpoint endpoint, ProbeSample sample) {
        String rule = databaseRuleText(endpoint);
        String scope = endpoint.name();
        if (sample.httpStatus() >= 300) {
            return new RuleResult(scope, RuleResult.Id.DATABASE_CONNECTED, rule, RuleResult.Outcome.NOT_CHECKED, null, null, null,
                    "answered " + sample.httpStatus() + ", not a 2xx");
        }
        List<DatabaseField> fields = databaseFields(sample);
        for (DatabaseField field : fields) {
            if (field.meaning() == DatabaseMeaning.NOT_CONNECTED) {
                return new RuleResult(scope, RuleResult.Id.DATABASE_CONNECTED, rule, RuleResult.Outcome.BROKEN, field.pointer(),
                        "connected", field.value(), "answered " + sample.httpStatus() + " but " + field.describe()
                        + " means the service's database is not connected");
            }
        }
        for (DatabaseField field : fields) {
            if (field.meaning() == DatabaseMeaning.CONNECTED) {
                return new RuleResult(scope, RuleResult.Id.DATABASE_CONNECTED, rule, RuleResult.Outcome.HOLDS, field.pointer(),
                        "connected", field.value(), field.describe() + " means connected");
            }
        }
        if (!fields.isEmpty()) {
            DatabaseField field = fields.get(0);
            return new RuleResult(scope, RuleResult.Id.DATABASE_CONNECTED, rule, RuleResult.Outcome.NOT_CHECKED, field.pointer(),
                    "connected", field.value(), field.describe() + " says neither connected nor not connected in words Signalbox"
                    + " knows; add an expectBody condition for it to the profile");
        }
        return new RuleResult(scope, RuleResult.Id.DATABASE_CONNECTED, rule, RuleResult.Outcome.NOT_CHECKED, null, null, null,
                sample.body() == null && sample.fields().isEmpty() ? "the answer has no JSON body" : "the body has no database field");
    }

    private static RuleResult saysReadyRule(HealthEndpoint endpoint, ProbeSample sample) {
        String rule = "a 200 must not say it is not ready (/status, /ready, /state)";
        for (String pointer : List.of("/status", "/ready", "/state")) {
            String value = value(sample, pointer);
            if (value != null && STATUS_NOT_READY_WORDS.contains(normalise(value))) {
                return new RuleResult(endpoint.name(), RuleResult.Id.SAYS_READY, rule, RuleResult.Outcome.BROKEN, pointer, null, value,
                        "answered " + sample.httpStatus() + " but " + pointer + " = \"" + value + "\" says it is not ready");
            }
        }
        return new RuleResult(endpoint.name(), RuleResult.Id.SAYS_READY, rule, RuleResult.Outcome.HOLDS, null, null, null,
                "no /status, /ready or /state saying not ready");
    }

    /**
     * A field of the whole body by JSON pointer: a scalar as text ({@code null} as "null"), an object or array as its
     * JSON; null when the body has no such field. Falls back to the display copy when no parsed body is kept.
     */
    static String value(ProbeSample sample, String pointer) {
        if (sample.body() == null) {
            return sample.fields().get(pointer);
        }
        JsonNode node;
        try {
            node = sample.body().at(JsonPointer.compile(pointer));
        } catch (IllegalArgumentException invalidPointer) {
            return null;
        }
        if (node.isMissingNode()) {
            return null;
        }
        return node.isNull() ? "null" : node.isValueNode() ? node.asText() : node.toString();
    }

    /** Every database-like scalar of the body, in document order, read from the whole body (not the display copy). */
    static List<DatabaseField> databaseFields(ProbeSample sample) {
        List<DatabaseField> found = new ArrayList<>();
        for (Scalar scalar : scalars(sample)) {
            if (isDatabaseField(scalar.pointer())) {
                JsonNode node = scalar.node();
                DatabaseMeaning meaning = node != null && node.isBoolean()
                        ? (node.booleanValue() ? DatabaseMeaning.CONNECTED : DatabaseMeaning.NOT_CONNECTED)
                        : node != null && node.isNull() ? DatabaseMeaning.NOT_CONNECTED : meaning(scalar.text());
                found.add(new DatabaseField(scalar.pointer(), scalar.text(), meaning));
            }
        }
        return found;
    }

    /** A scalar of the body; {@code node} is null when only the display copy was kept. */
    private record Scalar(String pointer, String text, JsonNode node) {
    }

    /** Every scalar of the whole body in document order, or of the display copy when no parsed body is kept. */
    private static List<Scalar> scalars(ProbeSample sample) {
        List<Scalar> found = new ArrayList<>();
        if (sample.body() == null) {
            sample.fields().forEach((pointer, text) -> found.add(new Scalar(pointer, text, null)));
            return found;
        }
        // Iterative: the body is bounded in bytes, not in depth.
        Deque<Map.Entry<String, JsonNode>> pending = new ArrayDeque<>();
        pending.push(Map.entry("", sample.body()));
        while (!pending.isEmpty()) {
            Map.Entry<String, JsonNode> entry = pending.pop();
            String pointer = entry.getKey();
            JsonNode node = entry.getValue();
            if (node.isContainerNode()) {
                List<Map.Entry<String, JsonNode>> children = new ArrayList<>();
                if (node.isObject()) {
                    node.fields().forEachRemaining(child -> children.add(Map.entry(
                            pointer + "/" + child.getKey().replace("~", "~0").replace("/", "~1"), child.getValue())));
                } else {
                    for (int i = 0; i < node.size(); i++) {
                        children.add(Map.entry(pointer + "/" + i, node.get(i)));
                    }
                }
                for (int i = children.size() - 1; i >= 0; i--) {
                    pending.push(children.get(i));
                }
            } else if (!pointer.isEmpty()) {
                found.add(new Scalar(pointer, node.isNull() ? "null" : node.asText(), node));
            }
        }
        return found;
    }

    /**
     * A word's meaning: any word of not being connected wins ("not connected", "reconnecting", "unavailable"), then
     * any word of being connected; anything else (a version, a host name) is not judged rather than called DOWN.
     */
    static DatabaseMeaning meaning(String value) {
        String text = normalise(value);
        if (text.isEmpty()) {
            return DatabaseMeaning.NOT_CONNECTED;
        }
        String[] words = NON_WORD.split(text);
        boolean connected = false;
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            if (NOT_CONNECTED_WORDS.contains(word) || word.startsWith("disconnect") || word.startsWith("unhealth")
                    || word.startsWith("unavail") || word.startsWith("unreach") || word.startsWith("fail") || word.startsWith("error")
                    || word.startsWith("timeout") || word.startsWith("timedout") || word.startsWith("notconn") || word.startsWith("notready")) {
                return DatabaseMeaning.NOT_CONNECTED;
            }
            connected |= HEALTHY_WORDS.contains(word);
        }
        return connected ? DatabaseMeaning.CONNECTED : DatabaseMeaning.UNRECOGNISED;
    }

    /**
     * Compiled once: every probe judges each field of its body (80 probes every 10 s for a project of 40 members), and
     * String.split and replaceAll compile their pattern on every call.
     */
    private static final java.util.regex.Pattern KEY_SEPARATORS = java.util.regex.Pattern.compile("[_\\-\\s]");
    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^a-z0-9]+");

    /** {@code /database}, {@code /db}, {@code /checks/database/status}, {@code /database/connected}, {@code /db_status}... */
    static boolean isDatabaseField(String pointer) {
        String[] parts = pointer.substring(1).split("/");
        String last = key(parts[parts.length - 1]);
        if (DATABASE_KEYS.contains(last)) {
            return true;
        }
        for (String database : DATABASE_KEYS) {
            if (last.startsWith(database) && STATE_KEYS.contains(last.substring(database.length()))) {
                return true;
            }
        }
        return parts.length >= 2 && DATABASE_KEYS.contains(key(parts[parts.length - 2])) && STATE_KEYS.contains(last);
    }

    private static String key(String pointerPart) {
        return KEY_SEPARATORS.matcher(pointerPart.replace("~1", "/").replace("~0", "~").toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private RuleResult environmentRule(HealthEndpoint endpoint, ProbeSample sample) {
        String scope = endpoint.name();
        if (target.environment() == null) {
            return new RuleResult(scope, RuleResult.Id.ENVIRONMENT, ENVIRONMENT_RULE, RuleResult.Outcome.NOT_CHECKED, null, null, null,
                    "the profile names no environment");
        }
        String expected = canonicalEnvironment(target.environment());
        for (Scalar field : scalars(sample)) {
            String pointer = field.pointer();
            String[] parts = pointer.substring(1).split("/");
            if (!ENVIRONMENT_KEYS.contains(parts[parts.length - 1].toLowerCase(Locale.ROOT)) || endpoint.expectBody().containsKey(pointer)) {
                continue;
            }
            String actual = canonicalEnvironment(field.text());
            if (!actual.equals(expected)) {
                String problem = "the service reports " + pointer + " = \"" + field.text() + "\" but the profile's environment is \""
                        + target.environment() + "\"";
                if (target.production() && !actual.equals("production")) {
                    problem += "; a production service running with " + field.text()
                            + " settings is misconfigured (debug mode, wrong database or secrets?)";
                }
                return new RuleResult(scope, RuleResult.Id.ENVIRONMENT, ENVIRONMENT_RULE, RuleResult.Outcome.BROKEN, pointer,
                        target.environment(), field.text(), problem);
            }
            return new RuleResult(scope, RuleResult.Id.ENVIRONMENT, ENVIRONMENT_RULE, RuleResult.Outcome.HOLDS, pointer,
                    target.environment(), field.text(), pointer + " = \"" + field.text() + "\"");
        }
        return new RuleResult(scope, RuleResult.Id.ENVIRONMENT, ENVIRONMENT_RULE, RuleResult.Outcome.NOT_CHECKED, null,
                target.environment(), null, "the body reports no environment");
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

    /**
     * "3.4 ms", "120 ms". Judged three times per probe, and a local endpoint answers in under 10 ms: String.format
     * built a Formatter and parsed its pattern each time, the largest allocation of a project's probes (issue 17).
     * Rounded as %.1f rounds: half up on the double's shortest decimal form, which is Double.toString's.
     */
    static String millis(double ms) {
        if (ms < 0) {
            return "?";
        }
        if (ms < 10) {
            return new java.math.BigDecimal(Double.toString(ms)).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + " ms";
        }
        return Math.round(ms) + " ms";
    }
}
