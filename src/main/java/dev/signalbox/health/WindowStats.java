package dev.signalbox.health;

import java.time.Duration;

/**
 * Uptime and latency of one endpoint over a window ending now.
 *
 * @param samples     probes in the window
 * @param uptime      share of the covered time the endpoint was serving (UP or DEGRADED), 0 to 1; null without samples.
 *                    Time-weighted, so faster polling while failing does not over-count failures.
 * @param p50Millis   median total latency of probes that got an answer; null when none did
 * @param p95Millis   95th percentile, nearest rank
 */
public record WindowStats(Duration window, int samples, Double uptime, Double p50Millis, Double p95Millis) {
    public static WindowStats empty(Duration window) {
        return new WindowStats(window, 0, null, null, null);
    }
}
