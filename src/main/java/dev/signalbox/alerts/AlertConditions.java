package dev.signalbox.alerts;

import dev.signalbox.config.Profile;
import dev.signalbox.database.DatabaseSnapshot;
import dev.signalbox.database.LockTree;
import dev.signalbox.health.EndpointHealth;
import dev.signalbox.health.HealthEndpoint;
import dev.signalbox.health.HealthSnapshot;
import dev.signalbox.health.HealthVerdict;
import dev.signalbox.migrations.MigrationSnapshot;
import dev.signalbox.migrations.MigrationStatus;
import dev.signalbox.monitor.Part;
import dev.signalbox.railway.Deployment;
import dev.signalbox.railway.DeploymentStatus;
import dev.signalbox.railway.RailwayStatus;
import dev.signalbox.traffic.TrafficSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The triggers, as pure functions of the latest snapshots: which conditions hold now. */
final class AlertConditions {
    private AlertConditions() {
    }

    static List<AlertCondition> health(Profile.AlertTriggers triggers, HealthSnapshot snapshot) {
        List<AlertCondition> result = new ArrayList<>();
        for (EndpointHealth endpoint : snapshot.endpoints()) {
            if (endpoint.lastSample() == null || endpoint.verdict() != HealthVerdict.DOWN) {
                continue;
            }
            boolean readiness = endpoint.endpoint().role() == HealthEndpoint.Role.READINESS;
            boolean liveness = endpoint.endpoint().role() == HealthEndpoint.Role.LIVENESS;
            if ((readiness && triggers.readinessDown()) || (liveness && triggers.livenessDown())) {
                String reason = endpoint.reasons().isEmpty() ? "" : endpoint.reasons().get(0);
                result.add(new AlertCondition(endpoint.name() + "-down", Part.HEALTH, Alert.Severity.CRITICAL,
                        endpoint.name() + " is DOWN", reason));
            }
        }
        return result;
    }

    /** Per health condition key, the sample it was judged on: a new sample is a new poll of that endpoint. */
    static Map<String, Object> healthMarks(HealthSnapshot snapshot) {
        Map<String, Object> marks = new java.util.HashMap<>();
        for (EndpointHealth endpoint : snapshot.endpoints()) {
            if (endpoint.lastSample() != null) {
                marks.put(endpoint.name() + "-down", endpoint.lastSample());
            }
        }
        return marks;
    }

    static List<AlertCondition> railway(Profile.AlertTriggers triggers, RailwayStatus status, Map<String, Instant> toggleOnSince,
                                        Instant now) {
        List<AlertCondition> result = new ArrayList<>();
        Optional<Deployment> latest = status.latest();
        if (triggers.deploymentFailed() && latest.isPresent() && latest.get().status().isFailure()) {
            Deployment d = latest.get();
            String why = status.failure() != null && status.failure().line() != null
                    ? status.failure().line() + " - " + status.failure().explanation() : "see its logs (signalbox railway logs)";
            result.add(new AlertCondition("deployment-failed:" + d.id(), Part.RAILWAY, Alert.Severity.CRITICAL,
                    "deployment " + d.shortId() + " " + d.rawStatus(), why));
        }
        for (RailwayStatus.ToggleState toggle : status.toggles()) {
            String name = toggle.toggle().name();
            if (!toggle.on()) {
                toggleOnSince.remove(name);
                continue;
            }
            Instant since = toggleOnSince.computeIfAbsent(name, n -> now);
            Integer limit = triggers.toggleOnMinutes();
            if (limit != null && !Duration.between(since, now).minusMinutes(limit).isNegative()) {
                result.add(new AlertCondition("toggle-on:" + name, Part.RAILWAY, Alert.Severity.WARNING,
                        toggle.onSummary() + " for " + Duration.between(since, now).toMinutes() + " min",
                        "a " + toggle.toggle().kind().name().toLowerCase(java.util.Locale.ROOT)
                                + " toggle left on changes how the service behaves; switch it off when the work is done"));
            }
        }
        return result;
    }

    static List<AlertCondition> locks(Profile.AlertTriggers triggers, DatabaseSnapshot snapshot) {
        Integer limit = triggers.lockWaitSeconds();
        if (limit == null) {
            return List.of();
        }
        LockTree.Entry longest = null;
        for (LockTree.Entry entry : snapshot.locks()) {
            if (entry.role() != LockTree.Role.ROOT_BLOCKER && entry.waitingSeconds() != null && entry.waitingSeconds() >= limit
                    && (longest == null || entry.waitingSeconds() > longest.waitingSeconds())) {
                longest = entry;
            }
        }
        if (longest == null) {
            return List.of();
        }
        return List.of(new AlertCondition("lock-wait", Part.DATABASE, Alert.Severity.CRITICAL,
                "a session waits on a lock for over " + limit + " s",
                "pid " + longest.pid() + " (" + longest.application() + ") has waited " + Math.round(longest.waitingSeconds())
                        + " s for " + longest.lockWanted() + " on " + longest.relation()
                        + (longest.migration() ? "; it is the migration, and queries queue behind it" : "")));
    }

    /**
     * Real users getting 5xx answers at or over the profile's rate in the last 60 s (with enough requests to call it
     * a rate). The probes may say UP all along: incident 7's readiness said 200 while requests failed.
     */
    static List<AlertCondition> traffic(Profile.AlertTriggers triggers, TrafficSnapshot traffic) {
        Integer limit = triggers.serverErrorPercent();
        if (limit == null || !traffic.serverErrorsAtLeast(limit)) {
            return List.of();
        }
        var minute = traffic.lastMinute();
        return List.of(new AlertCondition("server-errors", Part.TRAFFIC, Alert.Severity.CRITICAL,
                String.format(java.util.Locale.ROOT, "%.0f%% of real requests answered 5xx", minute.serverErrorPercent()),
                minute.serverErrors() + " of " + minute.requests() + " requests in the last minute got a 5xx (p95 "
                        + minute.p95Millis() + " ms; the profile's limit is " + limit + "%), whatever the probes say"));
    }

    /** Migrations pending while the latest deployment succeeded: the new code runs on an old schema. */
    static List<AlertCondition> migrationsAfterDeploy(Profile.AlertTriggers triggers, MigrationSnapshot migrations,
                                                      RailwayStatus railway) {
        if (!triggers.migrationsPendingAfterDeploy() || migrations == null || railway == null
                || migrations.status() != MigrationStatus.PENDING) {
            return List.of();
        }
        Optional<Deployment> latest = railway.latest();
        if (latest.isEmpty() || latest.get().status() != DeploymentStatus.SUCCESS) {
            return List.of();
        }
        return List.of(new AlertCondition("migrations-pending", Part.MIGRATIONS, Alert.Severity.WARNING,
                "migrations pending after a successful deploy", migrations.summary() + " (deployment "
                + latest.get().shortId() + " is live on a schema behind its code)"));
    }
}
