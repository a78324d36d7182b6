package dev.signalbox.ui.common;

import java.time.Duration;
import java.time.Instant;

/** "12 s ago", "4 min ago", "3 h ago", "2 d ago": how old something is, at a glance. */
public final class Ages {
    private Ages() {
    }

    public static String ago(Instant then, Instant now) {
        if (then == null || now == null) {
            return "at an unknown time";
        }
        Duration age = Duration.between(then, now);
        if (age.isNegative()) {
            return "just now";
        }
        long seconds = age.toSeconds();
        if (seconds < 60) {
            return seconds + " s ago";
        }
        if (seconds < 3600) {
            return age.toMinutes() + " min ago";
        }
        if (seconds < 2 * 86_400) {
            return age.toHours() + " h ago";
        }
        return age.toDays() + " d ago";
    }
}
