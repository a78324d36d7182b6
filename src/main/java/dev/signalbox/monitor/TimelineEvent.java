package dev.signalbox.monitor;

import java.time.Instant;

/** One line of the incident timeline: something changed, when, and how much it matters. */
public record TimelineEvent(Instant at, Kind kind, Severity severity, String text) {

    public enum Kind { HEALTH, DEPLOYMENT, MIGRATIONS, LOCKS, PART, OPERATOR, RUNBOOK,
        /** A change in Railway's own audit trail: a colleague's, through the dashboard, the CLI or the API. */
        RAILWAY_AUDIT }

    public enum Severity { INFO, WARNING, CRITICAL }
}
