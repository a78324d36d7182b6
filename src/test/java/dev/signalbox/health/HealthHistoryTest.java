package dev.signalbox.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthHistoryTest {
    private static final Instant T0 = Instant.parse("2025-06-01T12:00:00Z");

    private static void add(HealthHistory history, String endpoint, Instant at, int status, long totalMicros, HealthVerdict verdict) {
        history.record(endpoint, at.toEpochMilli(), status, totalMicros, totalMicros / 2, status == 0 ? FailureClass.TIMEOUT : null, verdict);
    }

    @Test
    void theRingKeepsTheNewestSamplesOldestFirst() {
        HealthHistory history = new HealthHistory(List.of("readiness"), 4);
        for (int i = 0; i < 6; i++) {
            add(history, "readiness", T0.plusSeconds(i), 200, 1000 * (i + 1), HealthVerdict.UP);
        }
        assertThat(history.size("readiness")).isEqualTo(4);
        assertThat(history.points("readiness", T0)).extracting(HealthHistory.Point::time)
                .containsExactly(T0.plusSeconds(2), T0.plusSeconds(3), T0.plusSeconds(4), T0.plusSeconds(5));
        assertThat(history.points("readiness", T0.plusSeconds(4))).extracting(HealthHistory.Point::totalMillis).containsExactly(5.0, 6.0);
    }

    @Test
    void uptimeIsWeightedByTimeNotBySampleCount() {
        HealthHistory history = new HealthHistory(List.of("readiness"), 100);
        // Up for 60 s (one sample), then down for 30 s sampled fast (six samples), then up again now.
        add(history, "readiness", T0, 200, 10_000, HealthVerdict.UP);
        for (int i = 0; i < 6; i++) {
            add(history, "readiness", T0.plusSeconds(60 + 5L * i), 0, 3_000_000, HealthVerdict.DOWN);
        }
        add(history, "readiness", T0.plusSeconds(90), 200, 20_000, HealthVerdict.UP);

        WindowStats stats = history.stats("readiness", Duration.ofMinutes(5), T0.plusSeconds(90));

        assertThat(stats.samples()).isEqualTo(8);
        assertThat(stats.uptime()).isEqualTo(60.0 / 90.0);
        assertThat(stats.p50Millis()).isEqualTo(10.0);
        assertThat(stats.p95Millis()).isEqualTo(20.0);
    }

    @Test
    void percentilesUseNearestRankOverAnsweredProbesInTheWindowOnly() {
        HealthHistory history = new HealthHistory(List.of("liveness"), 1000);
        add(history, "liveness", T0.minus(Duration.ofHours(2)), 200, 999_000_000, HealthVerdict.UP);
        for (int i = 1; i <= 100; i++) {
            add(history, "liveness", T0.plusSeconds(i), 200, i * 1000L, HealthVerdict.UP);
        }
        WindowStats stats = history.stats("liveness", Duration.ofHours(1), T0.plusSeconds(100));
        assertThat(stats.samples()).isEqualTo(100);
        assertThat(stats.p50Millis()).isEqualTo(50.0);
        assertThat(stats.p95Millis()).isEqualTo(95.0);
        assertThat(stats.uptime()).isEqualTo(1.0);
    }

    @Test
    void anEmptyWindowHasNoFigures() {
        HealthHistory history = new HealthHistory(List.of("liveness"), 10);
        assertThat(history.stats("liveness", Duration.ofMinutes(5), T0)).isEqualTo(WindowStats.empty(Duration.ofMinutes(5)));
        assertThatThrownBy(() -> history.size("nope")).hasMessageContaining("no endpoint named 'nope'");
    }

    @Test
    void aDayOfThreeEndpointsFitsInAFewMegabytes() {
        List<String> endpoints = List.of("liveness", "readiness", "version");
        HealthHistory history = new HealthHistory(endpoints, HealthHistory.DEFAULT_CAPACITY);
        assertThat(HealthHistory.DEFAULT_CAPACITY).isGreaterThanOrEqualTo((int) (Duration.ofDays(1).toSeconds() / 10));
        // A day and a half at one probe every 5 s: the rings are full and have wrapped.
        for (int k = 0; k < HealthHistory.DEFAULT_CAPACITY * 3 / 2; k++) {
            for (String endpoint : endpoints) {
                history.record(endpoint, T0.toEpochMilli() + k * 5_000L, 200, 1_000, 500, null, HealthVerdict.UP);
            }
        }
        assertThat(history.size("liveness")).isEqualTo(HealthHistory.DEFAULT_CAPACITY);
        assertThat(history.retainedBytes()).isLessThan(2L * 1024 * 1024);
    }

    @Test
    void historyMemoryGrowsWithItsSamplesAndTheyStayInOrderAcrossEachGrowth() {
        HealthHistory history = new HealthHistory(List.of("readiness"), HealthHistory.DEFAULT_CAPACITY);
        long fresh = history.retainedBytes();
        // Half an hour at the default 10 s: what a project of 40 endpoints holds per endpoint after 30 minutes.
        for (int k = 0; k < 180; k++) {
            history.record("readiness", T0.toEpochMilli() + k * 10_000L, k % 7 == 0 ? 503 : 200, 1_000 + k, 500, null,
                    k % 7 == 0 ? HealthVerdict.DOWN : HealthVerdict.UP);
        }
        assertThat(fresh).isLessThan(10_000);
        // A full ring is 345,600 bytes; 180 samples fit in the second growth (256 samples).
        assertThat(history.retainedBytes()).isLessThan(20_000);
        List<HealthHistory.Point> points = history.points("readiness", T0.minusSeconds(1));
        assertThat(points).hasSize(180);
        assertThat(points).extracting(HealthHistory.Point::time).isSorted();
        assertThat(points.get(0).httpStatus()).isEqualTo(503);
        assertThat(points.get(179).totalMillis()).isCloseTo(1.179, org.assertj.core.data.Offset.offset(1e-9));
    }
}
