package dev.signalbox.traffic;

import java.time.Instant;

/**
 * The requests real users sent in one span (a calendar minute, or the last 60 s): how many, how many got a 5xx, and
 * the 95th percentile of their duration at Railway's edge.
 *
 * @param start     the span's start (a whole minute for a calendar minute)
 * @param p95Millis null when there was no request
 */
public record TrafficMinute(Instant start, int requests, int serverErrors, Integer p95Millis) {

    /** 5xx answers per 100 requests, 0 without requests. */
    public double serverErrorPercent() {
        return requests == 0 ? 0 : serverErrors * 100.0 / requests;
    }

    /** "50 requests, 5xx 42.0%, p95 830 ms" - the one wording the CLI and the window use. */
    public String describe() {
        if (requests == 0) {
            return "no requests";
        }
        return requests + (requests == 1 ? " request" : " requests") + ", 5xx " + String.format(java.util.Locale.ROOT, "%.1f%%",
                serverErrorPercent()) + ", p95 " + p95Millis + " ms";
    }
}
