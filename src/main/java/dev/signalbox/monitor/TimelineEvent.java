package dev.signalbox.monitor;

import java.time.Instant;

/** One line of the incident timeline: something changed, when, and how much it matters. */
public record TimelineEvent(Instant at, Kind kind, Severity severity, String text) {

    public enum Kind { HEALTH, DEPLOYMENT, MIGRATIONS, LOCKS, PART, OPERATOR, RUNBOOK }

    public enum Severity { INFO, WARNING, CRITICAL }
}
