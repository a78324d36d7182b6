package dev.signalbox.ui.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.health.EndpointHealth;
import dev.signalbox.health.HealthEndpoint;
import dev.signalbox.health.HealthHistory;
import dev.signalbox.health.HealthRules;
import dev.signalbox.health.HealthSnapshot;
import dev.signalbox.health.HealthTarget;
import dev.signalbox.health.Judgement;
import dev.signalbox.health.ProbeSample;
import dev.signalbox.health.ProbeTimings;
import dev.signalbox.monitor.Part;
import dev.signalbox.monitor.PartState;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The health view model without a window: snapshots judged by the real {@link HealthRules} go in, text comes out. */
class HealthViewModelTest {
    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    private static final HealthEndpoint LIVENESS = new HealthEndpoint("liveness", HealthEndpoint.Role.LIVENESS,
            "http://127.0.0.1:8000/api/health", 200, Map.of());
    private static final HealthEndpoint READINESS = new HealthEndpoint("readiness", HealthEndpoint.Role.READINESS,
            "http://127.0.0.1:8000/api/health/ready", 200, Map.of("/environment", "production"));
    private static final HealthTarget TARGET = new HealthTarget("facteur-api", "production", true, List.of(LIVENESS, READINESS),
            Duration.ofSeconds(10));
    private final HealthRules rules = new HealthRules(TARGET);

    @Test
    void explainsAReadinessThatAnswers200WhileItsDatabaseIsConnecting() {
        HealthViewModel model = new HealthViewModel(ZoneOffset.UTC);
        model.show(PartState.<HealthSnapshot>loading(Part.HEALTH).succeeded(snapshot(T0,
                sample(LIVENESS, T0, 200, Map.of("/status", "ok"), 2_500),
                sample(READINESS, T0, 200, fields("/status", "ok", "/database", "connecting", "/environment", "production"), 4_000)), T0));

        assertThat(model.modeProperty().get()).isEqualTo(HealthViewModel.Mode.SHOWING);
        assertThat(model.verdictProperty().get().name()).isEqualTo("DOWN");
        assertThat(model.reasons().get(0)).startsWith("readiness lies");
        HealthViewModel.EndpointCard readiness = model.endpoints().get(1);
        assertThat(readiness.lastAnswer()).isEqualTo("200 OK at 10:00:00, 80 bytes of application/json");
        assertThat(readiness.total()).isEqualTo("4.0 ms");
        assertThat(readiness.tls()).isEqualTo("-");
        assertThat(readiness.fields()).containsEntry("/database", "connecting");
        assertThat(model.rules()).contains(
                new HealthViewModel.RuleRow("readiness", "answers HTTP 200", HealthViewModel.RuleOutcome.HOLDS, "answered 200 OK"),
                new HealthViewModel.RuleRow("readiness", "body /environment = \"production\" (profile's expectBody)",
                        HealthViewModel.RuleOutcome.HOLDS, "/environment = \"production\""));
        assertThat(model.rules()).anyMatch(rule -> rule.rule().contains("readiness lies")
                && rule.outcome() == HealthViewModel.RuleOutcome.BROKEN && rule.detail().contains("/database = \"connecting\""));
        assertThat(model.rules()).anyMatch(rule -> rule.rule().startsWith("alive but not ready")
                && rule.outcome() == HealthViewModel.RuleOutcome.BROKEN);
    }

    @Test
    void eachProbeIsOneSampleAndTheChartStaysBounded() {
        HealthViewModel model = new HealthViewModel(ZoneOffset.UTC);
        int probes = HealthViewModel.MAX_CHART_POINTS + 40;
        for (int i = 0; i < probes; i++) {
            Instant time = T0.plusSeconds(i);
            HealthSnapshot snapshot = snapshot(time, sample(LIVENESS, time, 200, Map.of(), 1_000 + i),
                    sample(READINESS, time, 200, Map.of("/environment", "production"), 2_000));
            // The monitor publishes a snapshot per endpoint's probe, so the same sample arrives more than once.
            model.show(PartState.<HealthSnapshot>loading(Part.HEALTH).succeeded(snapshot, time));
            model.show(PartState.<HealthSnapshot>loading(Part.HEALTH).succeeded(snapshot, time));
        }
        assertThat(model.samples()).hasSize(Math.min(HealthViewModel.MAX_SAMPLES, probes * 2));
        assertThat(model.samples().get(0).time()).isEqualTo(T0.plusSeconds(probes - 1));
        assertThat(model.latencySeries()).hasSize(2);
        assertThat(model.latencySeries().get(0).getData()).hasSize(HealthViewModel.MAX_CHART_POINTS);
        // The newest points are kept: the last one is the last probe's latency.
        var last = model.latencySeries().get(0).getData().get(HealthViewModel.MAX_CHART_POINTS - 1);
        assertThat(last.getYValue().doubleValue()).isEqualTo((1_000 + probes - 1) / 1000.0);
    }

    @Test
    void historyReadLaterGoesBeforeTheLiveSamplesWithoutDuplicates() {
        HealthViewModel model = new HealthViewModel(ZoneOffset.UTC);
        HealthHistory history = new HealthHistory(List.of("liveness", "readiness"), 100);
        for (int i = 0; i < 5; i++) {
            Instant time = T0.plusSeconds(i * 10L);
            history.record(sample(LIVENESS, time, 200, Map.of(), 1_000), rules.judge(LIVENESS, sample(LIVENESS, time, 200, Map.of(), 1_000)).verdict());
        }
        Instant live = T0.plusSeconds(40);
        model.show(PartState.<HealthSnapshot>loading(Part.HEALTH).succeeded(snapshot(live, sample(LIVENESS, live, 200, Map.of(), 1_000),
                null), live));
        model.seed(Map.of("liveness", history.points("liveness", T0), "readiness", history.points("readiness", T0)));
        assertThat(model.samples()).extracting(HealthViewModel.SampleRow::time)
                .containsExactly(T0.plusSeconds(40), T0.plusSeconds(30), T0.plusSeconds(20), T0.plusSeconds(10), T0);
    }

    @Test
    void aFailedFirstPollSaysWhyAndAFailureAfterDataKeepsTheData() {
        HealthViewModel model = new HealthViewModel(ZoneOffset.UTC);
        model.show(PartState.<HealthSnapshot>loading(Part.HEALTH).failed("api.baseUrl: 'ftp://x' uses scheme 'ftp'", T0));
        assertThat(model.modeProperty().get()).isEqualTo(HealthViewModel.Mode.FAILED);
        assertThat(model.emptyDetailProperty().get()).contains("uses scheme 'ftp'");

        PartState<HealthSnapshot> good = PartState.<HealthSnapshot>loading(Part.HEALTH).succeeded(snapshot(T0,
                sample(LIVENESS, T0, 200, Map.of(), 1_000), null), T0);
        model.show(good.failed("listener failed", T0.plusSeconds(5)));
        assertThat(model.modeProperty().get()).isEqualTo(HealthViewModel.Mode.SHOWING);
        assertThat(model.errorProperty().get()).contains("listener failed").contains("10:00:00");
    }

    private HealthSnapshot snapshot(Instant now, ProbeSample liveness, ProbeSample readiness) {
        List<EndpointHealth> endpoints = new ArrayList<>();
        endpoints.add(endpoint(LIVENESS, liveness));
        endpoints.add(endpoint(READINESS, readiness));
        Judgement overall = rules.overall(endpoints);
        return new HealthSnapshot("facteur-api", now, overall.verdict(), overall.reasons(), T0, endpoints, List.of(), false,
                overall.rules());
    }

    private EndpointHealth endpoint(HealthEndpoint endpoint, ProbeSample sample) {
        Judgement judgement = rules.judge(endpoint, sample);
        return new EndpointHealth(endpoint, judgement, sample, sample == null ? null : T0, List.of(), null);
    }

    private static ProbeSample sample(HealthEndpoint endpoint, Instant time, int status, Map<String, String> fields, long totalMicros) {
        return new ProbeSample(endpoint.name(), endpoint.url(), time, status,
                new ProbeTimings(-1, 300, -1, totalMicros - 200, totalMicros), null, null, null, "application/json", 80, fields, null);
    }

    private static Map<String, String> fields(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }
}
