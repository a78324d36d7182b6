package dev.signalbox.health;

import java.util.List;
import java.util.Objects;

/**
 * A verdict with the reasons a person reads to understand it (the first reason is the most important) and every
 * rule it was judged by, with its outcome.
 */
public record Judgement(HealthVerdict verdict, List<String> reasons, List<RuleResult> rules) {
    public Judgement {
        Objects.requireNonNull(verdict, "verdict");
        reasons = List.copyOf(reasons);
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    public Judgement(HealthVerdict verdict, List<String> reasons) {
        this(verdict, reasons, List.of());
    }
}
