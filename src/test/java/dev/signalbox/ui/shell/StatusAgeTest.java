package dev.signalbox.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The status line's ages: a part read on time reads "just now"; a late one says how late. */
class StatusAgeTest {
    @Test
    void agesAreCoarseSoThatAnOnTimePartDoesNotChangeTheLineEverySecond() {
        assertThat(ShellView.age(Duration.ofSeconds(0))).isEqualTo("just now");
        assertThat(ShellView.age(Duration.ofSeconds(14))).isEqualTo("just now");
        assertThat(ShellView.age(Duration.ofSeconds(15))).isEqualTo("10 s ago");
        assertThat(ShellView.age(Duration.ofSeconds(47))).isEqualTo("40 s ago");
        assertThat(ShellView.age(Duration.ofSeconds(61))).isEqualTo("1 min ago");
        assertThat(ShellView.age(Duration.ofSeconds(-3))).isEqualTo("just now");
    }
}
