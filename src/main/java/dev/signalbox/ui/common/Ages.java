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

    /**
     * Like {@link #ago} but still for the first 45 s: "just now" while a part polled every 5-30 s is read on time, so a
     * tile's "checked ..." line is not re-laid out and repainted after every poll (issue 20, the idle window's CPU).
     */
    public static String coarse(Instant then, Instant now) {
        if (then == null || now == null) {
            return ago(then, now);
        }
        long seconds = Duration.between(then, now).toSeconds();
        if (seconds < 45) {
            return "just now";
        }
        return seconds < 60 ? "under a minute ago" : ago(then, now);
    }
}
