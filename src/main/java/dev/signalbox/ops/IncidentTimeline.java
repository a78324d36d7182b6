package dev.signalbox.ops;

import dev.signalbox.config.LoadedProfile;
import dev.signalbox.monitor.EventJournal;
import dev.signalbox.monitor.TimelineEvent;
import dev.signalbox.railway.Deployment;
import dev.signalbox.railway.RailwayAuditEntry;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One profile's incident in order: what the console saw change (health, deployments, migrations, locks), what
 * operators did (the audit log), and Railway's own deployment history, merged for the post-mortem.
 */
public final class IncidentTimeline {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private IncidentTimeline() {
    }

    /**
     * @param deployments Railway's deployments, newest first; may be empty when Railway cannot be read
     */
    public static List<TimelineEvent> build(LoadedProfile profile, EventJournal journal, AuditLog audit,
                                            List<Deployment> deployments, Instant since) throws IOException {
        return build(profile, journal, audit, deployments, List.of(), since);
    }

    /**
     * @param railwayAudit Railway's audit trail of the profile's environment; entries about other services are left
     *                     out, and each kept one reads "by ACTOR (Railway)" so it is never mistaken for this console's
     *                     own audit records
     */
    public static List<TimelineEvent> build(LoadedProfile profile, EventJournal journal, AuditLog audit,
                                            List<Deployment> deployments, List<RailwayAuditEntry> railwayAudit,
                                            Instant since) throws IOException {
        List<TimelineEvent> events = new ArrayList<>(journal.read(since));
        for (AuditRecord record : audit.read().records()) {
            if (!profile.name().equals(record.profile()) || (since != null && record.time().isBefore(since))) {
                continue;
            }
            TimelineEvent.Severity severity = switch (record.outcome()) {
                case SUCCEEDED, DECLINED, STARTED -> TimelineEvent.Severity.INFO;
                case REFUSED, UNVERIFIED -> TimelineEvent.Severity.WARNING;
                case FAILED -> TimelineEvent.Severity.CRITICAL;
            };
            events.add(new TimelineEvent(record.time(), record.action().startsWith("runbook") ? TimelineEvent.Kind.RUNBOOK
                    : TimelineEvent.Kind.OPERATOR, severity, record.user() + ": " + record.summary() + " -> " + record.outcome()
                    + (record.message() != null ? " (" + record.message() + ")" : "")));
        }
        for (Deployment deployment : deployments) {
            if (deployment.createdAt() != null && (since == null || !deployment.createdAt().isBefore(since))) {
                events.add(new TimelineEvent(deployment.createdAt(), TimelineEvent.Kind.DEPLOYMENT, TimelineEvent.Severity.INFO,
                        "deployment " + deployment.shortId() + " created" + (deployment.commitMessage() != null
                                ? " (" + deployment.commitMessage() + ")" : "")));
            }
            boolean seenByConsole = events.stream().anyMatch(e -> e.kind() == TimelineEvent.Kind.DEPLOYMENT
                    && e.text().startsWith("deployment " + deployment.shortId() + " " + deployment.rawStatus()));
            if (deployment.status().isTerminal() && deployment.statusUpdatedAt() != null && !seenByConsole
                    && (since == null || !deployment.statusUpdatedAt().isBefore(since))) {
                events.add(new TimelineEvent(deployment.statusUpdatedAt(), TimelineEvent.Kind.DEPLOYMENT,
                        deployment.status().isFailure() ? TimelineEvent.Severity.CRITICAL : TimelineEvent.Severity.INFO,
                        "deployment " + deployment.shortId() + " " + deployment.rawStatus()));
            }
        }
        String serviceId = profile.profile().railway() != null ? profile.profile().railway().serviceId() : null;
        for (RailwayAuditEntry entry : railwayAudit) {
            if ((since != null && entry.createdAt().isBefore(since))
                    || (entry.serviceId() != null && serviceId != null && !entry.serviceId().equals(serviceId))) {
                continue;
            }
            StringBuilder text = new StringBuilder(entry.eventType());
            if (entry.variableName() != null) {
                text.append(' ').append(entry.variableName());
            }
            if (entry.serviceName() != null) {
                text.append(" on ").append(entry.serviceName());
            }
            text.append(" by ").append(entry.actor()).append(" (Railway)");
            events.add(new TimelineEvent(entry.createdAt(), TimelineEvent.Kind.RAILWAY_AUDIT, TimelineEvent.Severity.INFO,
                    text.toString()));
        }
        events.sort(Comparator.comparing(TimelineEvent::at));
        return events;
    }

    public static String toText(List<TimelineEvent> events) {
        StringBuilder out = new StringBuilder();
        for (TimelineEvent event : events) {
            out.append(TIME.format(event.at())).append("  ").append(String.format("%-8s %-10s ", event.severity(), event.kind()))
                    .append(event.text()).append('\n');
        }
        return out.toString();
    }

    /** The post-mortem's timeline section, in UTC. */
    public static String toMarkdown(LoadedProfile profile, List<TimelineEvent> events) {
        StringBuilder out = new StringBuilder();
        out.append("## Timeline: ").append(profile.name()).append(" (").append(profile.profile().environment()).append(")\n\n");
        out.append("| time (UTC) | | what | |\n|---|---|---|---|\n");
        for (TimelineEvent event : events) {
            out.append("| ").append(TIME.format(event.at())).append(" | ").append(event.kind().name().toLowerCase())
                    .append(" | ").append(event.text().replace("|", "\\|").replace("\n", " ")).append(" | ")
                    .append(event.severity() == TimelineEvent.Severity.INFO ? "" : "**" + event.severity() + "**").append(" |\n");
        }
        if (events.isEmpty()) {
            out.append("| | | nothing recorded in this period | |\n");
        }
        return out.toString();
    }
}
