package dev.signalbox.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.common.Http;
import dev.signalbox.config.Profile;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The built-in judgements and the profile's body rules, on real answers from a loopback server. */
class HealthRulesTest {
    private static final HealthProbe.Settings SHORT = new HealthProbe.Settings(
            Duration.ofMillis(500), Duration.ofMillis(500), Duration.ofSeconds(3), 64 * 1024);

    private ServiceStub service;

    @BeforeEach
    void startService() throws Exception {
        service = new ServiceStub().start();
    }

    @AfterEach
    void stopService() {
        service.close();
    }

    private HealthSnapshot check(Map<String, String> readinessBody) throws Exception {
        Profile profile = new Profile("facteur-api", "production", null, null,
                new Profile.ApiSettings(service.base(), null, new Profile.Endpoint(null, "/api/health/ready", null, readinessBody), null),
                null, null, null, null, null, null);
        return new HealthChecker(Http.client(), SHORT, Clock.systemUTC()).check(HealthTarget.fromProfile(profile));
    }

    private static RuleResult rule(EndpointHealth endpoint, RuleResult.Id id) {
        return endpoint.rules().stream().filter(r -> r.id() == id).findFirst().orElseThrow(() -> new AssertionError("no " + id + " in " + endpoint.rules()));
    }

    @Test
    void theBuiltInJudgementCatchesConnectingEvenWhenTheProfileAlsoExpectsConnected() throws Exception {
        service.answer("/api/health", 200, "{\"status\":\"ok\"}")
                .answer("/api/health/ready", 200, "{\"status\":\"ok\",\"database\":\"connecting\",\"environment\":\"production\"}");

        EndpointHealth readiness = check(Map.of("/database", "connected")).endpoint("readiness").orElseThrow();

        RuleResult database = rule(readiness, RuleResult.Id.DATABASE_CONNECTED);
        assertThat(database.outcome()).isEqualTo(RuleResult.Outcome.BROKEN);
        assertThat(database.field()).isEqualTo("/database");
        assertThat(database.actual()).isEqualTo("connecting");
        assertThat(database.detail()).contains("/database = \"connecting\"");
        assertThat(readiness.verdict()).isEqualTo(HealthVerdict.DOWN);
        assertThat(readiness.reasons().get(0)).startsWith("readiness lies").contains("/database = \"connecting\"");
        assertThat(rule(readiness, RuleResult.Id.BODY_CONDITION).outcome()).isEqualTo(RuleResult.Outcome.BROKEN);
    }

    @Test
    void databaseFieldsAreJudgedByMeaningAnywhereInTheBody() throws Exception {
        Map<String, HealthVerdict> answers = new java.util.LinkedHashMap<>();
        answers.put("{\"database\":\"connected\"}", HealthVerdict.UP);
        answers.put("{\"database\":\"OK\"}", HealthVerdict.UP);
        answers.put("{\"checks\":{\"database\":{\"status\":\"up\"}}}", HealthVerdict.UP);
        answers.put("{\"db_connected\":true}", HealthVerdict.UP);
        answers.put("{\"database\":\"connecting\"}", HealthVerdict.DOWN);
        answers.put("{\"database\":\"not connected\"}", HealthVerdict.DOWN);
        answers.put("{\"database\":\"disconnected\"}", HealthVerdict.DOWN);
        answers.put("{\"checks\":{\"database\":{\"status\":\"down\"}}}", HealthVerdict.DOWN);
        answers.put("{\"database\":{\"connected\":false}}", HealthVerdict.DOWN);
        answers.put("{\"db\":\"error: connection refused\"}", HealthVerdict.DOWN);
        answers.put("{\"postgres\":\"unavailable\"}", HealthVerdict.DOWN);
        answers.put("{\"database\":null}", HealthVerdict.DOWN);
        service.answer("/api/health", 200, "{\"status\":\"ok\"}");
        for (Map.Entry<String, HealthVerdict> answer : answers.entrySet()) {
            service.answer("/api/health/ready", 200, answer.getKey());
            EndpointHealth readiness = check(Map.of()).endpoint("readiness").orElseThrow();
            assertThat(readiness.verdict()).as(answer.getKey()).isEqualTo(answer.getValue());
            assertThat(rule(readiness, RuleResult.Id.DATABASE_CONNECTED).outcome()).as(answer.getKey())
                    .isEqualTo(answer.getValue() == HealthVerdict.UP ? RuleResult.Outcome.HOLDS : RuleResult.Outcome.BROKEN);
        }
        // A value that is no state at all (the database's name) is neither called UP nor DOWN: the rule says so.
        service.answer("/api/health/ready", 200, "{\"database\":\"facteur_prod\"}");
        RuleResult unknown = rule(check(Map.of()).endpoint("readiness").orElseThrow(), RuleResult.Id.DATABASE_CONNECTED);
        assertThat(unknown.outcome()).isEqualTo(RuleResult.Outcome.NOT_CHECKED);
        assertThat(unknown.detail()).contains("/database = \"facteur_prod\"", "expectBody");
    }

    @Test
    void bodyRulesReadTheWholeBodyPastTheDisplayCopysLimits() throws Exception {
        StringBuilder body = new StringBuilder("{\"padding\":{");
        for (int i = 0; i < HealthProbe.MAX_FIELDS + 50; i++) {
            body.append(i == 0 ? "" : ",").append("\"f").append(i).append("\":").append(i);
        }
        body.append("},\"a\":{\"b\":{\"c\":{\"d\":{\"e\":{\"f\":{\"g\":{\"h\":{\"i\":{\"database\":\"connected\"}}}}}}}}}}");
        service.answer("/api/health", 200, "{\"status\":\"ok\"}").answer("/api/health/ready", 200, body.toString());

        EndpointHealth readiness = check(Map.of("/a/b/c/d/e/f/g/h/i/database", "connected")).endpoint("readiness").orElseThrow();

        assertThat(readiness.lastSample().fields()).doesNotContainKey("/a/b/c/d/e/f/g/h/i/database");
        assertThat(rule(readiness, RuleResult.Id.BODY_CONDITION).outcome()).isEqualTo(RuleResult.Outcome.HOLDS);
        assertThat(rule(readiness, RuleResult.Id.DATABASE_CONNECTED).outcome()).isEqualTo(RuleResult.Outcome.HOLDS);
        assertThat(readiness.verdict()).isEqualTo(HealthVerdict.UP);
    }

    @Test
    void aReadinessAnswering200WithAnHtmlPageIsDownAndSaysWhatItIs() throws Exception {
        service.answer("/api/health", 200, "{\"status\":\"ok\"}").answer("/api/health/ready", new MockResponse.Builder().code(200)
                .setHeader("Content-Type", "text/html; charset=utf-8")
                .body("<!DOCTYPE html><html><head><title>Facteur</title></head><body><div id=\"root\"></div></body></html>").build());

        HealthSnapshot snapshot = check(Map.of());
        EndpointHealth readiness = snapshot.endpoint("readiness").orElseThrow();

        assertThat(readiness.verdict()).isEqualTo(HealthVerdict.DOWN);
        assertThat(readiness.lastSample().failure()).isEqualTo(FailureClass.HTML_PAGE);
        assertThat(readiness.reasons().get(0)).contains("HTML page", "title \"Facteur\"", "catch-all route", "/api/health/ready");
        assertThat(rule(readiness, RuleResult.Id.NOT_AN_HTML_PAGE).outcome()).isEqualTo(RuleResult.Outcome.BROKEN);
        assertThat(snapshot.verdict()).isEqualTo(HealthVerdict.DOWN);
    }

    @Test
    void everyRuleOfTheServiceIsTypedWithItsOutcome() throws Exception {
        service.answer("/api/health", 200, "{\"status\":\"ok\"}")
                .answer("/api/health/ready", 200, "{\"status\":\"ok\",\"database\":\"connecting\"}");

        HealthSnapshot snapshot = check(Map.of());

        assertThat(snapshot.serviceRules()).extracting(RuleResult::id).containsExactly(RuleResult.Id.LIVENESS_FAILS_READINESS_PASSES,
                RuleResult.Id.ALIVE_NOT_READY, RuleResult.Id.WORST_ENDPOINT);
        assertThat(snapshot.serviceRules().get(1).outcome()).isEqualTo(RuleResult.Outcome.BROKEN);
        assertThat(snapshot.serviceSaysDatabaseNotConnected()).hasValueSatisfying(r -> assertThat(r.actual()).isEqualTo("connecting"));
    }

    /** A latency reads as it always did (%.1f below 10 ms): the same text for every value a probe can take. */
    @Test
    void latencyTextIsWhatStringFormatWrote() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(17);
        java.util.List<Double> values = new java.util.ArrayList<>(java.util.List.of(0.0, 0.05, 0.15, 0.25, 0.35, 0.45, 1.05, 2.675,
                9.94, 9.95, 9.949999, 9.99, 9.999, 1e-7, 3.3333333333333335, Double.MIN_VALUE));
        for (int k = 0; k < 100_000; k++) {
            values.add(k / 10_000.0);
            values.add(k / 1_000.0 + 0.05);
        }
        for (int k = 0; k < 200_000; k++) {
            values.add(random.nextDouble(0, 10));
            // Probe timings are microseconds over 1000.
            values.add(random.nextInt(0, 10_000) / 1000.0);
        }
        for (double value : values) {
            String expected = value < 10 ? String.format(java.util.Locale.ROOT, "%.1f ms", value) : Math.round(value) + " ms";
            assertThat(HealthRules.millis(value)).as("millis(%s)", value).isEqualTo(expected);
        }
        assertThat(HealthRules.millis(-1)).isEqualTo("?");
        assertThat(HealthRules.millis(10)).isEqualTo("10 ms");
        assertThat(HealthRules.millis(123.5)).isEqualTo("124 ms");
    }
}
