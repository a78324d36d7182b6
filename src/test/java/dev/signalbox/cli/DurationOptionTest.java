package dev.signalbox.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signalbox.config.ConfigException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code timeline --since} and {@code railway logs --since} read the same durations the same way. */
class DurationOptionTest {

    @Test
    void readsSecondsMinutesHoursDaysAndIso() throws ConfigException {
        assertThat(DurationOption.parse("--since", "30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(DurationOption.parse("--since", "90m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(DurationOption.parse("--since", "6H")).isEqualTo(Duration.ofHours(6));
        assertThat(DurationOption.parse("--since", " 2d ")).isEqualTo(Duration.ofDays(2));
        assertThat(DurationOption.parse("--since", "PT15M")).isEqualTo(Duration.ofMinutes(15));
        assertThat(DurationOption.parse("--since", "pt15m")).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void badInputNamesTheOptionAndSaysWhatToWrite() {
        assertThatThrownBy(() -> DurationOption.parse("--since", "yesterday")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("--since").hasMessageContaining("'yesterday' is not a duration; write 30s, 15m, 6h, 2d or PT15M");
        assertThatThrownBy(() -> DurationOption.parse("--since", "")).isInstanceOf(ConfigException.class);
        assertThatThrownBy(() -> DurationOption.parse("--since", "-PT5M")).hasMessageContaining("negative");
        assertThatThrownBy(() -> DurationOption.parse("--since", "999999999d")).hasMessageContaining("ten years");
        assertThatThrownBy(() -> DurationOption.parse("--since", "9999999999999s")).hasMessageContaining("not a duration");
    }
}
