package dev.signalbox.traffic;

import dev.signalbox.railway.LogStreamStatus;
import java.time.Instant;
import java.util.List;

/**
 * Real traffic at one moment, from Railway's httpLogs of the deployment that serves the domain: the last 60 s and
 * each of the last minutes. It stands beside the synthetic probes: a readiness probe that answers 200 while users
 * get 500s is incident 7, and only the real requests show it.
 *
 * @param deploymentId the deployment whose requests these are; null when no deployment serves (none SUCCESS yet)
 * @param stream       how the requests arrive (streaming, polling and why, reconnecting)
 * @param lastMinute   the 60 s before {@code takenAt}
 * @param minutes      whole minutes, oldest first, the current (incomplete) one last
 */
public record TrafficSnapshot(Instant takenAt, String deploymentId, LogStreamStatus stream, TrafficMinute lastMinute,
                              List<TrafficMinute> minutes) {
    /** Fewer requests than this in the last 60 s say nothing about a rate: one failed request is not "100% 5xx". */
    public static final int MIN_REQUESTS_FOR_RATE = 5;
    /** The 5xx percent the alert trigger fires on unless the profile says otherwise; the window's red line too. */
    public static final int DEFAULT_ALERT_PERCENT = 10;

    public TrafficSnapshot {
        minutes = List.copyOf(minutes);
    }

    /** The last 60 s had enough requests, and at least {@code percent} of them got a 5xx. */
    public boolean serverErrorsAtLeast(int percent) {
        return lastMinute.requests() >= MIN_REQUESTS_FOR_RATE && lastMinute.serverErrorPercent() >= percent;
    }

    /** The last calendar minute that is over, or null when the window has none yet. */
    public TrafficMinute lastCompleteMinute() {
        return minutes.size() < 2 ? null : minutes.get(minutes.size() - 2);
    }
}
