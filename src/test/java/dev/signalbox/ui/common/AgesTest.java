package dev.signalbox.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The one "N s ago" of the console (Overview, Health, Deployments, Migrations, Database, status line). */
class AgesTest {
    static final Instant NOW = Instant.parse("2025-06-02T09:00:00Z");

    @Test
    void agesReadLikeAPersonWouldSayThem() {
        assertThat(Ages.ago(NOW.minusSeconds(7), NOW)).isEqualTo("7 s ago");
        assertThat(Ages.ago(NOW.minusSeconds(150), NOW)).isEqualTo("2 min ago");
        assertThat(Ages.ago(NOW.minus(Duration.ofMinutes(125)), NOW)).isEqualTo("2 h ago");
        assertThat(Ages.ago(NOW.minus(Duration.ofDays(3)), NOW)).isEqualTo("3 d ago");
    }

    @Test
    void aClockBehindTheServerSaysJustNowAndAnUnknownTimeSaysSo() {
        assertThat(Ages.ago(NOW.plusSeconds(3), NOW)).isEqualTo("just now");
        assertThat(Ages.ago(null, NOW)).isEqualTo("at an unknown time");
    }
}
