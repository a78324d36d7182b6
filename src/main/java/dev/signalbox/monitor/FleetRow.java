package dev.signalbox.monitor;

import dev.signalbox.config.LoadedProfile;
import dev.signalbox.database.DatabaseSnapshot;
import dev.signalbox.health.EndpointHealth;
import dev.signalbox.health.HealthSnapshot;
import dev.signalbox.health.HealthVerdict;
import dev.signalbox.migrations.MigrationSnapshot;
import dev.signalbox.migrations.MigrationStatus;
import dev.signalbox.railway.Deployment;
import dev.signalbox.railway.RailwayStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One service in one environment as the fleet overview shows it: the few facts that say whether it needs a person,
 * read from its watch's part states, and the worst of them in words.
 *
 * @param deployment  the latest deployment's status ({@code CRASHED}), or null when Railway is not watched or unread
 * @param deployedAt  when the latest deployment was created
 * @param migrations  a few words ("up to date", "3 pending", "unknown revision"), or null when not watched
 * @param togglesOn   names of toggles left ON (a bypass forgotten after a runbook is incident 4's trap)
 * @param failingParts parts whose newest poll failed, with the error ("railway: Not Authorized")
 * @param freshAt     the oldest "last read" among the parts that have a value and are polled every round (not the
 *                    deploy settings, read every 5 minutes): how stale the row's status can be
 * @param headline    the worst thing about this row in words, or "OK"
 */
public record FleetRow(String member, String environment, boolean production, Level level, String headline,
                       HealthVerdict liveness, HealthVerdict readiness, String deployment, Instant deployedAt,
                       String migrations, int locksWaiting, List<String> togglesOn, List<String> failingParts,
                       Instant freshAt) {

    /** Ordered by how much a row needs a person; the overview sorts worst first. */
    public enum Level { OK, LOADING, ATTENTION, DOWN }

    public FleetRow {
        togglesOn = List.copyOf(togglesOn);
        failingParts = List.copyOf(failingParts);
    }

    /** Worst first; among equals, production first, then by name, so the order is stable between polls. */
    public static final Comparator<FleetRow> WORST_FIRST = Comparator.comparing(FleetRow::level).reversed()
            .thenComparing(FleetRow::production, Comparator.reverseOrder())
            .thenComparing(FleetRow::member);

    /** The row of one member from its watch's part states. */
    public static FleetRow of(LoadedProfile member, Map<Part, PartState<?>> states) {
        HealthVerdict liveness = null;
        HealthVerdict readiness = null;
        String deployment = null;
        Instant deployedAt = null;
        String migrations = null;
        int locksWaiting = 0;
        List<String> togglesOn = new ArrayList<>();
        List<String> failing = new ArrayList<>();
        List<String> down = new ArrayList<>();
        List<String> attention = new ArrayList<>();
        Instant freshAt = null;
        boolean loading = false;

        for (PartState<?> state : states.values()) {
            if (!state.configured()) {
                continue;
            }
            if (state.value() == null) {
                loading |= state.error() == null;
            } else if (state.part() != Part.DEPLOY_SETTINGS && (freshAt == null || state.updatedAt().isBefore(freshAt))) {
                // Deploy settings are read every 5 minutes on purpose (Railway's hourly budget): counting them made
                // every row look minutes old while its status was seconds old.
                freshAt = state.updatedAt();
            }
            if (state.error() != null) {
                failing.add(state.part().name().toLowerCase(java.util.Locale.ROOT) + ": " + state.error());
            }
        }

        // A failed deployment explains the probes that follow from it: it comes first in the headline.
        if (states.get(Part.RAILWAY) != null && states.get(Part.RAILWAY).value() instanceof RailwayStatus railway) {
            Deployment latest = railway.latest().orElse(null);
            if (latest != null) {
                deployment = latest.status().name();
                deployedAt = latest.createdAt();
                if (latest.status().isFailure()) {
                    down.add("deployment " + latest.status().name());
                }
            }
            railway.toggles().stream().filter(RailwayStatus.ToggleState::on).forEach(t -> togglesOn.add(t.toggle().name()));
            if (!togglesOn.isEmpty()) {
                attention.add(String.join(", ", togglesOn) + " left ON");
            }
            long missing = railway.required().stream().filter(f -> !f.ok()).count();
            if (missing > 0) {
                attention.add(missing + (missing == 1 ? " required variable" : " required variables") + " missing or invalid");
            }
        }
        if (states.get(Part.HEALTH) != null && states.get(Part.HEALTH).value() instanceof HealthSnapshot health) {
            liveness = health.endpoint("liveness").map(EndpointHealth::verdict).orElse(null);
            readiness = health.endpoint("readiness").map(EndpointHealth::verdict).orElse(null);
            if (liveness == HealthVerdict.DOWN) {
                down.add("liveness DOWN");
            }
            if (readiness == HealthVerdict.DOWN) {
                down.add("readiness DOWN");
            } else if (health.verdict() == HealthVerdict.DEGRADED) {
                attention.add("health DEGRADED");
            }
        }
        if (states.get(Part.MIGRATIONS) != null && states.get(Part.MIGRATIONS).value() instanceof MigrationSnapshot snapshot) {
            migrations = switch (snapshot.status()) {
                case UP_TO_DATE -> "up to date";
                case NOT_CHECKED -> "not checked";
                case PENDING -> snapshot.pending().size() + " pending";
                case UNKNOWN_REVISION -> "unknown revision";
                case OVERLAPPING_VERSIONS -> "overlapping versions";
                case MULTIPLE_HEADS -> "multiple heads";
                case NO_VERSION_TABLE -> "never migrated";
                case REVISION_ID_TOO_LONG -> "revision id too long";
            };
            if (snapshot.status() == MigrationStatus.UNKNOWN_REVISION) {
                down.add("migrations: unknown revision");
            } else if (snapshot.status().needsAttention()) {
                attention.add("migrations " + migrations);
            }
        }
        if (states.get(Part.DATABASE) != null && states.get(Part.DATABASE).value() instanceof DatabaseSnapshot database) {
            locksWaiting = database.lockTree().waitingCount();
            if (locksWaiting > 0) {
                attention.add(locksWaiting + (locksWaiting == 1 ? " session waits" : " sessions wait") + " on a lock");
            }
        }
        if (!failing.isEmpty()) {
            attention.add(failing.get(0));
        }

        Level level = !down.isEmpty() ? Level.DOWN : !attention.isEmpty() ? Level.ATTENTION : loading ? Level.LOADING : Level.OK;
        String headline = !down.isEmpty() ? String.join("; ", down) + (attention.isEmpty() ? "" : "; " + String.join("; ", attention))
                : !attention.isEmpty() ? String.join("; ", attention) : loading ? "reading..." : "OK";
        return new FleetRow(member.name(), member.profile().environment(), member.profile().isProduction(), level, headline,
                liveness, readiness, deployment, deployedAt, migrations, locksWaiting, togglesOn, failing, freshAt);
    }
}
