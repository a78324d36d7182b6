package dev.signalbox.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Uptime and latency windows: exact at every refresh, whatever their length. */
class HealthWindowsTest {
    private static final Instant T0 = Instant.parse("2025-06-01T12:00:00Z");
    private static final HealthEndpoint READINESS = new HealthEndpoint("readiness", HealthEndpoint.Role.READINESS,
            "http://127.0.0.1:8000/api/health/ready", 200, Map.of());

    @Test
    void theDayWindowCountsEveryProbeLikeTheFiveMinuteWindow() {
        HealthTarget target = new HealthTarget("facteur-api", null, false, List.of(READINESS), Duration.ofSeconds(10));
        HealthState state = new HealthState(target, new HealthHistory(List.of("readiness"), HealthHistory.DEFAULT_CAPACITY));
        HealthSnapshot snapshot = null;
        for (int i = 0; i < 6; i++) {
            Instant at = T0.plusSeconds(10L * i);
            state.accept(new ProbeSample("readiness", READINESS.url(), at, i == 3 ? 503 : 200,
                    new ProbeTimings(-1, 100, -1, 900 + i, 1000 + i * 100), i == 3 ? FailureClass.HTTP_ERROR : null,
                    i == 3 ? "answered HTTP 503 where 200 was expected" : null, null, "application/json", 2, Map.of(), null));
            snapshot = state.snapshot(at.plusMillis(500), false);
        }
        List<WindowStats> windows = snapshot.endpoint("readiness").orElseThrow().windows();

        assertThat(windows).extracting(WindowStats::samples).containsExactly(6, 6, 6);
        assertThat(windows).extracting(WindowStats::uptime).allSatisfy(u -> assertThat(u).isEqualTo(windows.get(0).uptime()));
        assertThat(windows).extracting(WindowStats::p95Millis).containsOnly(1.5);
        // And again at a refresh with no new probe: the windows end now, not at the last probe.
        WindowStats later = state.snapshot(T0.plus(Duration.ofMinutes(6)), false).endpoint("readiness").orElseThrow().windows().get(0);
        assertThat(later.samples()).isZero();
    }

    @Test
    void incrementalWindowsEqualAFullScanAtEveryStepThroughGapsVerdictChangesAndRingWrap() {
        HealthHistory history = new HealthHistory(List.of("readiness"), 500);
        List<Duration> windows = List.of(Duration.ofMinutes(5), Duration.ofHours(1), Duration.ofHours(24));
        SplittableRandom random = new SplittableRandom(7);
        long now = T0.toEpochMilli();
        HealthVerdict[] verdicts = HealthVerdict.values();
        for (int step = 0; step < 3_000; step++) {
            // Mostly every few seconds, sometimes a long gap (a laptop asleep), sometimes two probes in the same millisecond.
            now += random.nextInt(20) == 0 ? random.nextLong(60_000, 3_600_000) : random.nextLong(0, 15_000);
            int status = random.nextInt(10) == 0 ? 0 : random.nextInt(6) == 0 ? 503 : 200;
            long latency = status == 0 ? -1 : random.nextLong(200, 3_000_000);
            history.record("readiness", now, status, latency, latency / 2, status == 0 ? FailureClass.TIMEOUT : null,
                    verdicts[random.nextInt(verdicts.length)]);
            if (random.nextInt(3) == 0) {
                continue;
            }
            Instant at = Instant.ofEpochMilli(now + random.nextLong(0, 20_000));
            for (Duration window : windows) {
                assertThat(history.stats("readiness", window, at)).as("step %d, %s", step, window)
                        .isEqualTo(history.scan("readiness", window, at));
            }
        }
    }
}
