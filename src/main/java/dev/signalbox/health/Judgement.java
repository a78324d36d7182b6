package dev.signalbox.health;

import java.util.List;
import java.util.Objects;

/** A verdict with the reasons a person reads to understand it; the first reason is the most important. */
public record Judgement(HealthVerdict verdict, List<String> reasons) {
    public Judgement {
        Objects.requireNonNull(verdict, "verdict");
        reasons = List.copyOf(reasons);
    }
}
