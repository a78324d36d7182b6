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
 * @param rules        every rule the verdict was judged by, with its outcome on {@code lastSample}
 */
public record EndpointHealth(HealthEndpoint endpoint, HealthVerdict verdict, List<String> reasons, ProbeSample lastSample,
                             Instant verdictSince, List<WindowStats> windows, Instant nextProbeAt, List<RuleResult> rules) {
    public EndpointHealth {
        reasons = List.copyOf(reasons);
        windows = windows == null ? List.of() : List.copyOf(windows);
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    public EndpointHealth(HealthEndpoint endpoint, Judgement judgement, ProbeSample lastSample, Instant verdictSince,
                          List<WindowStats> windows, Instant nextProbeAt) {
        this(endpoint, judgement.verdict(), judgement.reasons(), lastSample, verdictSince, windows, nextProbeAt, judgement.rules());
    }

    /**
     * The broken rule that best explains a verdict other than UP (an HTML page, then a body saying the database is not
     * connected or not ready, then the first broken one); null when none is broken.
     */
    public RuleResult firstBrokenRule() {
        for (RuleResult.Id first : List.of(RuleResult.Id.NOT_AN_HTML_PAGE, RuleResult.Id.DATABASE_CONNECTED, RuleResult.Id.SAYS_READY)) {
            for (RuleResult rule : rules) {
                if (rule.id() == first && rule.broken()) {
                    return rule;
                }
            }
        }
        return rules.stream().filter(RuleResult::broken).findFirst().orElse(null);
    }

    public String name() {
        return endpoint.name();
    }
}
