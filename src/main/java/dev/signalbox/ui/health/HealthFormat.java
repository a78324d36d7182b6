package dev.signalbox.ui.health;

import dev.signalbox.health.WindowStats;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** How the health view writes times, durations, latencies and statuses: the same way everywhere. */
final class HealthFormat {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private static final Map<Integer, String> REASON_PHRASES = Map.ofEntries(
            Map.entry(200, "OK"), Map.entry(201, "Created"), Map.entry(204, "No Content"),
            Map.entry(301, "Moved Permanently"), Map.entry(302, "Found"), Map.entry(307, "Temporary Redirect"),
            Map.entry(308, "Permanent Redirect"), Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"),
            Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"),
            Map.entry(429, "Too Many Requests"), Map.entry(500, "Internal Server Error"), Map.entry(502, "Bad Gateway"),
            Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

    private HealthFormat() {
    }

    static String clock(Instant time, ZoneId zone) {
        return time == null ? "-" : CLOCK.format(time.atZone(zone));
    }

    /** "3 s", "4 min", "2 h 5 min", "3 d 1 h". */
    static String duration(Duration duration) {
        long seconds = Math.max(0, duration.getSeconds());
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min";
        }
        if (seconds < 86_400) {
            long minutes = seconds % 3600 / 60;
            return seconds / 3600 + " h" + (minutes > 0 ? " " + minutes + " min" : "");
        }
        long hours = seconds % 86_400 / 3600;
        return seconds / 86_400 + " d" + (hours > 0 ? " " + hours + " h" : "");
    }

    /** "since 12:03:04 (for 4 min)", or "" before the first probe. */
    static String since(Instant since, Instant now, ZoneId zone) {
        if (since == null) {
            return "";
        }
        return "since " + clock(since, zone) + " (for " + duration(Duration.between(since, now)) + ")";
    }

    /** Milliseconds as the engine writes them; "-" for a phase that did not happen. */
    static String millis(double ms) {
        if (ms < 0) {
            return "-";
        }
        return ms < 10 ? String.format(Locale.ROOT, "%.1f ms", ms) : Math.round(ms) + " ms";
    }

    static String micros(long micros) {
        return micros < 0 ? "-" : millis(micros / 1000.0);
    }

    static String status(int status) {
        if (status <= 0) {
            return "no answer";
        }
        String phrase = REASON_PHRASES.get(status);
        return phrase == null ? Integer.toString(status) : status + " " + phrase;
    }

    static String window(Duration window) {
        return window.toHours() >= 1 ? window.toHours() + " h" : window.toMinutes() + " min";
    }

    /** "5 min: 99.8 % up, p50 3.1 ms, p95 12 ms (60 probes)". */
    static String windowStats(WindowStats stats) {
        String head = window(stats.window()) + ": ";
        if (stats.samples() == 0 || stats.uptime() == null) {
            return head + "no probes yet";
        }
        StringBuilder text = new StringBuilder(head)
                .append(String.format(Locale.ROOT, "%.1f %% up", stats.uptime() * 100));
        if (stats.p50Millis() != null) {
            text.append(", p50 ").append(millis(stats.p50Millis())).append(", p95 ").append(millis(stats.p95Millis()));
        } else {
            text.append(", no answer to time");
        }
        return text.append(" (").append(stats.samples()).append(stats.samples() == 1 ? " probe)" : " probes)").toString();
    }
}
