package dev.signalbox.health;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The judged state of a target: latest sample and verdict per endpoint, transitions, history. Not thread-safe:
 * the monitor guards it with its own lock. Shared by {@link HealthMonitor} and {@link HealthChecker} so a
 * one-shot check and the live view judge the same way.
 */
final class HealthState {
    static final int MAX_TRANSITIONS = 100;
    static final List<Duration> WINDOWS = List.of(Duration.ofMinutes(5), Duration.ofHours(1), Duration.ofHours(24));

    private final HealthTarget target;
    private final HealthRules rules;
    private final HealthHistory history;
    private final Map<String, Slot> slots = new LinkedHashMap<>();
    private final Deque<HealthTransition> transitions = new ArrayDeque<>();
    private HealthVerdict overall = HealthVerdict.UNKNOWN;
    private Instant overallSince;

    private static final class Slot {
        final HealthEndpoint endpoint;
        ProbeSample sample;
        Judgement judgement;
        Instant verdictSince;
        Instant failingSince;
        Instant nextProbeAt;

        Slot(HealthEndpoint endpoint, Judgement notProbed) {
            this.endpoint = endpoint;
            this.judgement = notProbed;
        }
    }

    HealthState(HealthTarget target, HealthHistory history) {
        this.target = target;
        this.rules = new HealthRules(target);
        this.history = history;
        for (HealthEndpoint endpoint : target.endpoints()) {
            slots.put(endpoint.name(), new Slot(endpoint, rules.judge(endpoint, null)));
        }
    }

    /** Judges and records a sample; returns the endpoint's verdict. */
    HealthVerdict accept(ProbeSample sample) {
        Slot slot = slots.get(sample.endpoint());
        Judgement judgement = rules.judge(slot.endpoint, sample);
        HealthVerdict previous = slot.judgement.verdict();
        slot.sample = sample;
        slot.judgement = judgement;
        if (previous != judgement.verdict() || slot.verdictSince == null) {
            slot.verdictSince = sample.time();
            if (previous != judgement.verdict()) {
                addTransition(new HealthTransition(sample.time(), slot.endpoint.name(), previous, judgement.verdict(), judgement.reasons()));
            }
        }
        if (judgement.verdict() == HealthVerdict.UP) {
            slot.failingSince = null;
        } else if (slot.failingSince == null) {
            slot.failingSince = sample.time();
        }
        if (history != null) {
            history.record(sample, judgement.verdict());
        }
        return judgement.verdict();
    }

    /** The verdict of the endpoint's latest sample (UNKNOWN before the first). */
    HealthVerdict verdict(String endpoint) {
        return slots.get(endpoint).judgement.verdict();
    }

    boolean probed(String endpoint) {
        return slots.get(endpoint).sample != null;
    }

    Instant failingSince(String endpoint) {
        return slots.get(endpoint).failingSince;
    }

    void setNextProbeAt(String endpoint, Instant at) {
        slots.get(endpoint).nextProbeAt = at;
    }

    HealthSnapshot snapshot(Instant now, boolean deployInProgress) {
        List<EndpointHealth> endpoints = new ArrayList<>();
        for (Slot slot : slots.values()) {
            // Every snapshot, even without a new sample: the windows end now. The history keeps them incrementally.
            List<WindowStats> windows = history == null ? List.of()
                    : WINDOWS.stream().map(window -> history.stats(slot.endpoint.name(), window, now)).toList();
            endpoints.add(new EndpointHealth(slot.endpoint, slot.judgement, slot.sample, slot.verdictSince, windows, slot.nextProbeAt));
        }
        Judgement service = rules.overall(endpoints);
        boolean anyProbed = slots.values().stream().anyMatch(s -> s.sample != null);
        if (anyProbed && service.verdict() != overall) {
            addTransition(new HealthTransition(now, HealthTransition.SERVICE, overall, service.verdict(), service.reasons()));
            overall = service.verdict();
            overallSince = now;
        }
        return new HealthSnapshot(target.service(), now, service.verdict(), service.reasons(), overallSince, endpoints,
                new ArrayList<>(transitions), deployInProgress, service.rules());
    }

    private void addTransition(HealthTransition transition) {
        transitions.addLast(transition);
        while (transitions.size() > MAX_TRANSITIONS) {
            transitions.removeFirst();
        }
    }
}
