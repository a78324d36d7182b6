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
 * @param serviceRules     the rules about the whole service (scope {@link HealthTransition#SERVICE}), with their outcome
 */
public record HealthSnapshot(String service, Instant takenAt, HealthVerdict verdict, List<String> reasons,
                             Instant verdictSince, List<EndpointHealth> endpoints, List<HealthTransition> transitions,
                             boolean deployInProgress, List<RuleResult> serviceRules) {
    public HealthSnapshot {
        reasons = List.copyOf(reasons);
        endpoints = List.copyOf(endpoints);
        // Endpoints are probed on separate threads: a transition can be recorded a few ms after a later one. Oldest
        // first means by time, not by the order the threads got the lock.
        transitions = transitions.stream().sorted(java.util.Comparator.comparing(HealthTransition::at,
                java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))).toList();
        serviceRules = serviceRules == null ? List.of() : List.copyOf(serviceRules);
    }

    public HealthSnapshot(String service, Instant takenAt, HealthVerdict verdict, List<String> reasons, Instant verdictSince,
                          List<EndpointHealth> endpoints, List<HealthTransition> transitions, boolean deployInProgress) {
        this(service, takenAt, verdict, reasons, verdictSince, endpoints, transitions, deployInProgress, List.of());
    }

    /** Every endpoint's rules in the profile's order, then the service's. */
    public List<RuleResult> rules() {
        List<RuleResult> all = new java.util.ArrayList<>();
        endpoints.forEach(endpoint -> all.addAll(endpoint.rules()));
        all.addAll(serviceRules);
        return all;
    }

    /**
     * Whether an endpoint answering the expected status says in its body that the service's database is not connected
     * (the service's own connection fails even when Signalbox's reaches the database).
     */
    public Optional<RuleResult> serviceSaysDatabaseNotConnected() {
        return rules().stream().filter(r -> r.id() == RuleResult.Id.DATABASE_CONNECTED && r.broken()).findFirst();
    }

    public Optional<EndpointHealth> endpoint(String name) {
        return endpoints.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    public boolean isUp() {
        return verdict == HealthVerdict.UP;
    }
}
