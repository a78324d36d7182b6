package dev.signalbox.health;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything the health view shows, immutable: read it from any thread.
 *
 * @param service          the profile's name (or the probed base URL)
 * @param takenAt          when this snapshot was assembled
 * @param verdict          the service's overall verdict
 * @param reasons          why, most important first
 * @param verdictSince     when the overall verdict last changed; null before the first probe
 * @param endpoints        one entry per endpoint, in the profile's order (liveness, readiness, extras)
 * @param transitions      recent verdict changes, oldest first (bounded)
 * @param deployInProgress whether the monitor polls fast because a deploy is running
 */
public record HealthSnapshot(String service, Instant takenAt, HealthVerdict verdict, List<String> reasons,
                             Instant verdictSince, List<EndpointHealth> endpoints, List<HealthTransition> transitions,
                             boolean deployInProgress) {
    public HealthSnapshot {
        reasons = List.copyOf(reasons);
        endpoints = List.copyOf(endpoints);
        transitions = List.copyOf(transitions);
    }

    public Optional<EndpointHealth> endpoint(String name) {
        return endpoints.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    public boolean isUp() {
        return verdict == HealthVerdict.UP;
    }
}
