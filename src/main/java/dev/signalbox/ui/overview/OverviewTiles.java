package dev.signalbox.ui.overview;

import dev.signalbox.database.Constraint;
import dev.signalbox.database.DatabaseSnapshot;
import dev.signalbox.database.ExpectationResult;
import dev.signalbox.database.InvalidIndex;
import dev.signalbox.database.LockTree;
import dev.signalbox.database.Severity;
import dev.signalbox.database.Verdict;
import dev.signalbox.health.EndpointHealth;
import dev.signalbox.health.HealthVerdict;
import dev.signalbox.health.HealthSnapshot;
import dev.signalbox.migrations.MigrationSnapshot;
import dev.signalbox.migrations.MigrationStatus;
import dev.signalbox.monitor.PartState;
import dev.signalbox.railway.Deployment;
import dev.signalbox.railway.RailwayStatus;
import dev.signalbox.ui.common.Ages;
import dev.signalbox.ui.shell.ConsoleSection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the parts' states into the Overview's tiles. Pure functions of immutable snapshots: what each tile says
 * is tested without a window.
 */
public final class OverviewTiles {
    /** The Real traffic tile's id: its sparkline is the 5xx rate per minute, not probe latency. */
    static final String TRAFFIC_TILE = "tile-traffic";

    private OverviewTiles() {
    }

    public static List<Tile> build(PartState<HealthSnapshot> health, PartState<RailwayStatus> railway,
                                   PartState<MigrationSnapshot> migrations, PartState<DatabaseSnapshot> database,
                                   Map<String, List<Double>> latencies, Instant now) {
        List<Tile> tiles = new ArrayList<>();
        tiles.add(endpoint("liveness", "Liveness", health, latencies, now));
        tiles.add(endpoint("readiness", "Readiness", health, latencies, now));
        tiles.add(deployment(railway, now));
        tiles.add(migrations(migrations));
        tiles.add(constraints(database));
        tiles.add(locks(database));
        tiles.add(connection(database, health));
        tiles.add(toggles(railway, now));
        return tiles;
    }

    /** The tiles with the "Deploy settings" tile last (the part is read every few minutes, not every few seconds). */
    public static List<Tile> build(PartState<HealthSnapshot> health, PartState<RailwayStatus> railway,
                                   PartState<MigrationSnapshot> migrations, PartState<DatabaseSnapshot> database,
                                   PartState<dev.signalbox.deploy.DeploySettingsReport> deploySettings,
                                   Map<String, List<Double>> latencies, Instant now) {
        List<Tile> tiles = new ArrayList<>(build(health, railway, migrations, database, latencies, now));
        tiles.add(deploySettings(deploySettings));
        return tiles;
    }

    /**
     * What real users got (Railway's httpLogs), to sit beside the probes: a readiness tile that says UP next to a red
     * traffic tile is incident 7. Red from {@link #TRAFFIC_ERROR_PERCENT} 5xx over the last 60 s, amber with any 5xx.
     * No deployment serving, or no request in the last 60 s, is UNKNOWN (neutral), never OK: nothing was served, so
     * nothing says users are served well (the death-loop scenario showed a green tile while every deploy crashed).
     *
     * <p>While nothing fails the text is made of whole minutes ("no 5xx in the last 60 s", the last finished minute's
     * rate and p95), so a healthy tile changes once a minute, not after every summary: a live request count and p95 in
     * the text repainted the idle window every 2 s (issue 20). When users get 5xx, the headline carries the live
     * rate and p95.
     */
    public static Tile traffic(PartState<dev.signalbox.traffic.TrafficSnapshot> state) {
        String id = TRAFFIC_TILE;
        String title = "Real traffic";
        if (state == null || !state.hasValue()) {
            return unavailable(id, title, state, ConsoleSection.HEALTH, "no Railway service in this profile");
        }
        var traffic = state.value();
        var last = traffic.lastMinute();
        List<String> details = new ArrayList<>();
        Tile.Status status;
        String headline;
        if (traffic.deploymentId() == null) {
            status = Tile.Status.UNKNOWN;
            headline = "no deployment serves the domain";
            details.add("no deployment is SUCCESS, so no request reaches the service");
        } else if (last.requests() == 0) {
            status = Tile.Status.UNKNOWN;
            // Whole minutes only (the current one has just begun): changes once a minute, and never overstates.
            int finished = quietMinutes(traffic) - 1;
            headline = finished >= 2 ? "no requests in the last " + finished + " min" : "no requests in the last 60 s";
            details.add("nothing says whether users are served well");
        } else {
            status = traffic.serverErrorsAtLeast(TRAFFIC_ERROR_PERCENT) ? Tile.Status.ERROR
                    : last.serverErrors() > 0 ? Tile.Status.ATTENTION : Tile.Status.OK;
            headline = last.serverErrors() == 0 ? "no 5xx in the last 60 s"
                    : String.format(java.util.Locale.ROOT, "5xx %.1f%% - p95 %d ms", last.serverErrorPercent(), last.p95Millis());
            if (last.serverErrors() > 0) {
                // Short lines: a tile is about 33 characters wide.
                details.add(last.requests() + " requests in 60 s, " + last.serverErrors() + " got a 5xx");
            }
        }
        if (traffic.deploymentId() != null) {
            var complete = traffic.lastCompleteMinute();
            if (complete != null) {
                details.add(java.time.format.DateTimeFormatter.ofPattern("HH:mm").withZone(java.time.ZoneId.systemDefault())
                        .format(complete.start()) + ": " + (complete.requests() == 0 ? "no requests"
                        : String.format(java.util.Locale.ROOT, "%.0f%% 5xx of %d, p95 %d ms", complete.serverErrorPercent(),
                        complete.requests(), complete.p95Millis())));
            }
        }
        var stream = traffic.stream();
        if (traffic.deploymentId() != null && stream.mode() != dev.signalbox.railway.LogStreamStatus.Mode.STREAMING
                && !stream.detail().isBlank()) {
            details.add(stream.mode().name().toLowerCase(java.util.Locale.ROOT) + ": " + stream.detail());
        }
        // Finished minutes, then the last 60 s: the current minute alone would drop to nothing as each minute starts.
        List<Double> rates = new ArrayList<>(traffic.minutes().subList(0, traffic.minutes().size() - 1).stream()
                .map(m -> m.serverErrorPercent()).toList());
        rates.add(last.serverErrorPercent());
        return new Tile(id, title, status, headline, details, ConsoleSection.HEALTH, state.updatedAt(), state.error(),
                status == Tile.Status.UNKNOWN ? List.of() : rates);
    }

    /** Whole minutes without a request, counted back from the current one (at most the window's minutes). */
    private static int quietMinutes(dev.signalbox.traffic.TrafficSnapshot traffic) {
        List<dev.signalbox.traffic.TrafficMinute> minutes = traffic.minutes();
        int quiet = 0;
        for (int i = minutes.size() - 1; i >= 0 && minutes.get(i).requests() == 0; i--) {
            quiet++;
        }
        return quiet;
    }

    /** The Overview's red line for real traffic: the default of the 5xx-rate alert trigger. */
    public static final int TRAFFIC_ERROR_PERCENT = dev.signalbox.traffic.TrafficSnapshot.DEFAULT_ALERT_PERCENT;

    private static Tile deploySettings(PartState<dev.signalbox.deploy.DeploySettingsReport> state) {
        String id = "tile-deploy-settings";
        String title = "Deploy settings";
        if (state == null || !state.hasValue()) {
            return unavailable(id, title, state, ConsoleSection.VARIABLES, "no Railway or repository in this profile");
        }
        var report = state.value();
        List<String> details = new ArrayList<>();
        report.judgements().forEach(j -> details.add(j.fact()));
        report.unavailable().forEach(u -> details.add("could not read " + u));
        if (details.isEmpty()) {
            details.addAll(report.notes());
        }
        return new Tile(id, title, report.needsAttention() ? Tile.Status.ATTENTION : Tile.Status.OK,
                report.needsAttention() ? report.judgements().size() + " setting(s) to look at" : "as expected",
                details, ConsoleSection.VARIABLES, state.updatedAt(), state.error(), List.of());
    }

    /** Shared handling of a part that is not configured, still loading, or failing with no value yet. */
    private static Tile unavailable(String id, String title, PartState<?> state, ConsoleSection opens, String notConfigured) {
        if (state == null || !state.configured()) {
            return new Tile(id, title, Tile.Status.NOT_CONFIGURED, notConfigured, List.of(), opens, null, null, List.of());
        }
        if (state.isFailing() && !state.hasValue()) {
            return new Tile(id, title, Tile.Status.ERROR, "cannot be read", List.of(state.error()), opens, null, state.error(), List.of());
        }
        return new Tile(id, title, Tile.Status.LOADING, "checking...", List.of(), opens, null, null, List.of());
    }

    private static Tile endpoint(String role, String title, PartState<HealthSnapshot> state, Map<String, List<Double>> latencies, Instant now) {
        String id = "tile-" + role;
        if (state == null || !state.hasValue()) {
            return unavailable(id, title, state, ConsoleSection.HEALTH, "no API in this profile");
        }
        Optional<EndpointHealth> endpoint = state.value().endpoint(role);
        if (endpoint.isEmpty()) {
            return new Tile(id, title, Tile.Status.NOT_CONFIGURED, "not probed", List.of(), ConsoleSection.HEALTH, state.updatedAt(), null, List.of());
        }
        EndpointHealth health = endpoint.get();
        Tile.Status status = switch (health.verdict()) {
            case UP -> Tile.Status.OK;
            case DEGRADED, UNKNOWN -> Tile.Status.ATTENTION;
            case DOWN -> Tile.Status.ERROR;
        };
        String headline = health.verdict().name();
        if (health.lastSample() != null) {
            var sample = health.lastSample();
            headline += sample.httpStatus() > 0 ? " - HTTP " + sample.httpStatus() : "";
            // An UP probe's latency is the sparkline's (and the Health view's): in the headline and the reason it
            // changed the tile's text after every probe, a relayout and repaint of an idle window (issue 20).
            if (health.verdict() != HealthVerdict.UP && sample.timings() != null && sample.timings().totalMicros() >= 0) {
                headline += String.format(" in %.0f ms", sample.timings().totalMicros() / 1000.0);
            }
        }
        List<String> details = health.verdict() == HealthVerdict.UP ? new ArrayList<>() : new ArrayList<>(health.reasons());
        if (health.verdictSince() != null) {
            details.add(health.verdict().name() + " since " + Ages.coarse(health.verdictSince(), now));
        }
        return new Tile(id, title, status, headline, details, ConsoleSection.HEALTH, state.updatedAt(), state.error(),
                latencies.getOrDefault(health.endpoint().name(), List.of()));
    }

    private static Tile deployment(PartState<RailwayStatus> state, Instant now) {
        String id = "tile-deployment";
        if (state == null || !state.hasValue()) {
            return unavailable(id, "Deployment", state, ConsoleSection.DEPLOYMENTS, "no Railway in this profile");
        }
        RailwayStatus railway = state.value();
        Optional<Deployment> latest = railway.latest();
        if (latest.isEmpty()) {
            return new Tile(id, "Deployment", Tile.Status.ATTENTION, "no deployment yet", List.of(), ConsoleSection.DEPLOYMENTS,
                    state.updatedAt(), state.error(), List.of());
        }
        Deployment deployment = latest.get();
        Tile.Status status = deployment.status().isFailure() ? Tile.Status.ERROR
                : deployment.status().isInProgress() ? Tile.Status.ATTENTION : Tile.Status.OK;
        List<String> details = new ArrayList<>();
        details.add(deployment.shortId() + (deployment.commitMessage() != null ? ": " + deployment.commitMessage() : ""));
        if (railway.failure() != null && railway.failure().line() != null) {
            details.add("log: " + railway.failure().line());
            details.add(railway.failure().explanation());
        }
        return new Tile(id, "Deployment", status, deployment.rawStatus() + " - " + Ages.coarse(deployment.lastChange(), now),
                details, ConsoleSection.DEPLOYMENTS, state.updatedAt(), state.error(), List.of());
    }

    private static Tile migrations(PartState<MigrationSnapshot> state) {
        String id = "tile-migrations";
        if (state == null || !state.hasValue()) {
            return unavailable(id, "Migrations", state, ConsoleSection.MIGRATIONS, "no migrations location in this profile");
        }
        MigrationSnapshot snapshot = state.value();
        Tile.Status status = snapshot.status() == MigrationStatus.UP_TO_DATE && !snapshot.needsAttention() ? Tile.Status.OK
                : snapshot.status() == MigrationStatus.UNKNOWN_REVISION || snapshot.status() == MigrationStatus.MULTIPLE_HEADS
                || snapshot.status() == MigrationStatus.REVISION_ID_TOO_LONG
                || snapshot.status() == MigrationStatus.OVERLAPPING_VERSIONS ? Tile.Status.ERROR : Tile.Status.ATTENTION;
        String headline = switch (snapshot.status()) {
            case UP_TO_DATE -> "at head";
            case PENDING -> snapshot.pending().size() + " pending";
            case UNKNOWN_REVISION -> "database at a revision this code does not have";
            case MULTIPLE_HEADS -> "multiple heads: merge needed";
            case NO_VERSION_TABLE -> "never migrated (no version table)";
            case REVISION_ID_TOO_LONG -> "revision id longer than version_num";
            case OVERLAPPING_VERSIONS -> "version table overlaps: a revision and its ancestor";
            case NOT_CHECKED -> "database not checked";
        };
        List<String> details = new ArrayList<>();
        if (snapshot.database() != null) {
            details.add("database: " + (snapshot.database().current().isEmpty() ? "<base>" : String.join(", ", snapshot.database().current())));
        }
        details.add("code heads: " + String.join(", ", snapshot.graph().heads()));
        snapshot.unknown().forEach(unknown -> details.add(unknown.revision() + ": " + unknown.explanation()));
        if (snapshot.git() != null && snapshot.git().needsAttention()) {
            details.add("git: revision files not committed or not pushed");
        }
        if (!snapshot.lint().isEmpty()) {
            details.add(snapshot.lint().size() + " lint finding(s)");
        }
        return new Tile(id, "Migrations", status, headline, details, ConsoleSection.MIGRATIONS, state.updatedAt(), state.error(), List.of());
    }

    private static Tile constraints(PartState<DatabaseSnapshot> state) {
        String id = "tile-constraints";
        if (state == null || !state.hasValue()) {
            return unavailable(id, "Constraints", state, ConsoleSection.DATABASE, "no database in this profile");
        }
        DatabaseSnapshot db = state.value();
        long notValid = db.constraints().stream().filter(c -> !c.validated()).count();
        List<ExpectationResult> mismatches = db.expectations().stream().filter(e -> e.status() != ExpectationResult.Status.OK).toList();
        List<InvalidIndex> invalid = db.invalidIndexes();
        List<String> details = new ArrayList<>();
        mismatches.forEach(m -> details.add(m.expectation() + ": " + String.join("; ", m.problems())));
        db.constraints().stream().filter(c -> !c.validated()).limit(3)
                .forEach((Constraint c) -> details.add("NOT VALID: " + c.name() + " on " + c.schema() + "." + c.table()));
        invalid.forEach(i -> details.add("invalid index " + i.name() + " (" + i.state() + ")"));
        Tile.Status status = !mismatches.isEmpty() || !invalid.isEmpty() ? Tile.Status.ERROR
                : notValid > 0 ? Tile.Status.ATTENTION : Tile.Status.OK;
        String headline = mismatches.isEmpty() && invalid.isEmpty() && notValid == 0
                ? db.constraints().size() + " constraints as expected"
                : mismatches.size() + " mismatch(es), " + notValid + " NOT VALID, " + invalid.size() + " invalid index(es)";
        return new Tile(id, "Constraints", status, headline, details, ConsoleSection.DATABASE, state.updatedAt(), state.error(), List.of());
    }

    private static Tile locks(PartState<DatabaseSnapshot> state) {
        String id = "tile-locks";
        if (state == null || !state.hasValue()) {
            return unavailable(id, "Locks", state, ConsoleSection.DATABASE, "no database in this profile");
        }
        List<LockTree.Entry> entries = state.value().locks();
        List<LockTree.Entry> waiting = entries.stream().filter(e -> e.role() != LockTree.Role.ROOT_BLOCKER).toList();
        if (waiting.isEmpty()) {
            return new Tile(id, "Locks", Tile.Status.OK, "nobody waits on a lock", List.of(), ConsoleSection.DATABASE,
                    state.updatedAt(), state.error(), List.of());
        }
        double longest = waiting.stream().map(LockTree.Entry::waitingSeconds).filter(s -> s != null)
                .max(Comparator.naturalOrder()).orElse(0.0);
        List<String> details = new ArrayList<>();
        entries.stream().filter(e -> e.role() == LockTree.Role.ROOT_BLOCKER).forEach(root -> details.add(
                "root blocker pid " + root.pid() + " (" + root.state() + ", " + root.application() + "): " + abbreviate(root.query())));
        waiting.stream().filter(LockTree.Entry::migration).forEach(m -> details.add(
                "migration pid " + m.pid() + " waits for " + m.lockWanted() + " on " + m.relation()));
        return new Tile(id, "Locks", Tile.Status.ERROR, waiting.size() + " session(s) blocked, longest " + seconds(longest),
                details, ConsoleSection.DATABASE, state.updatedAt(), state.error(), List.of());
    }

    private static Tile connection(PartState<DatabaseSnapshot> state, PartState<HealthSnapshot> health) {
        String id = "tile-connection";
        if (state == null || !state.hasValue()) {
            return unavailable(id, "Connection", state, ConsoleSection.DATABASE, "no database in this profile");
        }
        DatabaseSnapshot db = state.value();
        List<Verdict> verdicts = db.verdicts().stream().filter(v -> v.severity() != Severity.INFO).toList();
        List<String> details = new ArrayList<>();
        verdicts.forEach(v -> details.add(v.message() + (v.advice() != null ? " - " + v.advice() : "")));
        db.errors().forEach((part, message) -> details.add(part + ": " + message));
        String headline;
        if (db.connection() == null) {
            headline = "unreachable";
        } else {
            var facts = db.connection();
            headline = "PostgreSQL " + facts.serverVersion() + ", pooler " + facts.pooler()
                    + ", TLS " + (facts.ssl() != null && Boolean.TRUE.equals(facts.ssl().client()) ? "on" : "off");
        }
        Tile.Status status = db.connection() == null ? Tile.Status.ERROR
                : verdicts.stream().anyMatch(v -> v.severity() == Severity.ATTENTION) ? Tile.Status.ATTENTION
                : verdicts.isEmpty() && db.errors().isEmpty() ? Tile.Status.OK : Tile.Status.ATTENTION;
        // Signalbox reaching the database proves nothing about the service's own connection (incident 7).
        var serviceSays = health == null || !health.hasValue() ? Optional.<dev.signalbox.health.RuleResult>empty()
                : health.value().serviceSaysDatabaseNotConnected();
        if (serviceSays.isPresent()) {
            var rule = serviceSays.get();
            details.add(0, "the service says " + rule.field() + " = \"" + rule.actual() + "\" (" + rule.scope()
                    + "): its own connection fails although Signalbox reaches the database; check the service's DATABASE_URL,"
                    + " its pool and its network");
            details.add(1, "Signalbox's own connection: " + headline);
            // Short enough for a tile's headline; the field and its value are the first detail line.
            headline = "service's DB down";
            status = Tile.Status.ERROR;
        }
        return new Tile(id, "Connection", status, headline, details, ConsoleSection.DATABASE, state.updatedAt(), state.error(), List.of());
    }

    private static Tile toggles(PartState<RailwayStatus> state, Instant now) {
        String id = "tile-toggles";
        if (state == null || !state.hasValue()) {
            return unavailable(id, "Toggles", state, ConsoleSection.VARIABLES, "no Railway in this profile");
        }
        List<RailwayStatus.ToggleState> toggles = state.value().toggles();
        if (toggles.isEmpty()) {
            return new Tile(id, "Toggles", Tile.Status.NOT_CONFIGURED, "no toggles in this profile", List.of(),
                    ConsoleSection.VARIABLES, state.updatedAt(), state.error(), List.of());
        }
        List<String> details = toggles.stream().map(RailwayStatus.ToggleState::describe).toList();
        long on = toggles.stream().filter(RailwayStatus.ToggleState::on).count();
        return new Tile(id, "Toggles", on > 0 ? Tile.Status.ATTENTION : Tile.Status.OK,
                on > 0 ? on + " toggle(s) ON" : "all off", details, ConsoleSection.VARIABLES, state.updatedAt(), state.error(), List.of());
    }

    private static String seconds(double value) {
        return value < 60 ? String.format("%.0f s", value) : String.format("%.1f min", value / 60);
    }

    private static String abbreviate(String query) {
        if (query == null) {
            return "";
        }
        String flat = query.replaceAll("\\s+", " ").strip();
        return flat.length() > 80 ? flat.substring(0, 77) + "..." : flat;
    }
}
