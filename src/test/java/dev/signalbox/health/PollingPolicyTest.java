package dev.signalbox.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class PollingPolicyTest {
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final PollingPolicy.Settings DEFAULT = PollingPolicy.Settings.forInterval(Duration.ofSeconds(10));
    /** nextDouble() of 0: no jitter. */
    private static final RandomGenerator NO_JITTER = () -> 0L;
    /** nextDouble() just under 1: the most jitter, 10 % sooner. */
    private static final RandomGenerator MOST_JITTER = () -> -1L;

    private static PollingPolicy policy(RandomGenerator random) {
        return new PollingPolicy(DEFAULT, random);
    }

    @Test
    void aHealthyEndpointIsProbedAtTheNormalIntervalOrUpToTenPercentSoonerNeverLater() {
        assertThat(policy(NO_JITTER).nextDelay(null, false, NOW)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy(MOST_JITTER).nextDelay(null, false, NOW)).isEqualTo(Duration.ofSeconds(9));
        PollingPolicy random = new PollingPolicy(DEFAULT, new java.util.SplittableRandom(3)::nextLong);
        for (int i = 0; i < 1000; i++) {
            assertThat(random.nextDelay(null, false, NOW)).isBetween(Duration.ofSeconds(9), Duration.ofSeconds(10));
        }
    }

    @Test
    void aChangedVerdictIsConfirmedAfterHalfASecondNotAWholeInterval() {
        assertThat(policy(NO_JITTER).confirmDelay()).isEqualTo(Duration.ofMillis(500));
        assertThat(new PollingPolicy(PollingPolicy.Settings.forInterval(Duration.ofSeconds(60)), NO_JITTER).confirmDelay())
                .isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void aFailingEndpointIsProbedFasterForFiveMinutesThenBacksOff() {
        PollingPolicy policy = policy(NO_JITTER);
        assertThat(policy.nextDelay(NOW.minusSeconds(10), false, NOW)).isEqualTo(Duration.ofMillis(3333));
        assertThat(policy.nextDelay(NOW.minus(Duration.ofMinutes(4)), false, NOW)).isEqualTo(Duration.ofMillis(3333));
        assertThat(policy.nextDelay(NOW.minus(Duration.ofMinutes(6)), false, NOW)).isEqualTo(Duration.ofSeconds(20));
        assertThat(policy.nextDelay(NOW.minus(Duration.ofMinutes(11)), false, NOW)).isEqualTo(Duration.ofSeconds(40));
        assertThat(policy.nextDelay(NOW.minus(Duration.ofMinutes(16)), false, NOW)).isEqualTo(Duration.ofSeconds(80));
        assertThat(policy.nextDelay(NOW.minus(Duration.ofHours(30)), false, NOW)).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void aDeployInProgressIsWatchedClosely() {
        PollingPolicy policy = policy(NO_JITTER);
        assertThat(policy.nextDelay(null, true, NOW)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.nextDelay(NOW.minus(Duration.ofHours(2)), true, NOW)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void noDelayIsEverBelowTheFloorWhateverTheJitter() {
        PollingPolicy tiny = new PollingPolicy(PollingPolicy.Settings.forInterval(Duration.ofSeconds(1)), MOST_JITTER);
        assertThat(tiny.nextDelay(null, true, NOW)).isEqualTo(Duration.ofSeconds(1));
        assertThat(tiny.nextDelay(NOW.minusSeconds(1), false, NOW)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void firstProbesAreSpreadNotSimultaneous() {
        PollingPolicy policy = policy(NO_JITTER);
        assertThat(policy.initialDelay(0, 3)).isEqualTo(Duration.ZERO);
        assertThat(policy.initialDelay(1, 3)).isGreaterThan(Duration.ZERO);
        assertThat(policy.initialDelay(2, 3)).isGreaterThan(policy.initialDelay(1, 3)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aDayLongOutageCostsFewerProbesThanADayOfHealth() {
        // Simulated time: no sleeping, the policy is a pure function of the state and the clock.
        PollingPolicy policy = new PollingPolicy(DEFAULT, new java.util.SplittableRandom(42)::nextLong);
        Instant start = NOW;
        Instant end = NOW.plus(Duration.ofDays(1));
        int healthy = 0;
        for (Instant t = start; t.isBefore(end); t = t.plus(policy.nextDelay(null, false, t))) {
            healthy++;
        }
        int down = 0;
        for (Instant t = start; t.isBefore(end); t = t.plus(policy.nextDelay(start, false, t))) {
            down++;
        }
        assertThat(healthy).isBetween(8_000, 9_500);
        assertThat(down).isLessThan(healthy / 5);
        int firstFiveMinutes = 0;
        for (Instant t = start; t.isBefore(start.plus(Duration.ofMinutes(5))); t = t.plus(policy.nextDelay(start, false, t))) {
            firstFiveMinutes++;
        }
        assertThat(firstFiveMinutes).isBetween(80, 100);
    }
}
