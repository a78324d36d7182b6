package dev.signalbox.health;

import java.time.Instant;
import java.util.List;

/**
 * One endpoint as the operator sees it.
 *
 * @param lastSample   the latest probe; null before the first
 * @param verdictSince when the current verdict started (the first sample with it); null before the first probe
 * @param windows      uptime and latency over 5 minutes, 1 hour and 24 hours; empty for a one-shot check
 * @param nextProbeAt  when the monitor probes next; null for a one-shot check or a stopped monitor
 */
public record EndpointHealth(HealthEndpoint endpoint, HealthVerdict verdict, List<String> reasons, ProbeSample lastSample,
                             Instant verdictSince, List<WindowStats> windows, Instant nextProbeAt) {
    public EndpointHealth {
        reasons = List.copyOf(reasons);
        windows = windows == null ? List.of() : List.copyOf(windows);
    }

    public String name() {
        return endpoint.name();
    }
}
