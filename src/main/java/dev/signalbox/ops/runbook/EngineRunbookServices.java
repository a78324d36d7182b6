package dev.signalbox.ops.runbook;

import dev.signalbox.config.ConfigException;
import dev.signalbox.config.DatabaseReference;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.Profile;
import dev.signalbox.config.SecretReference;
import dev.signalbox.database.DatabaseInspector;
import dev.signalbox.health.EndpointHealth;
import dev.signalbox.health.HealthChecker;
import dev.signalbox.health.HealthTarget;
import dev.signalbox.migrations.MigrationSnapshot;
import dev.signalbox.migrations.MigrationStatus;
import dev.signalbox.monitor.WatchFactory;
import dev.signalbox.ops.ActionGuard;
import dev.signalbox.ops.ActionOutcome;
import dev.signalbox.ops.AuditRecord;
import dev.signalbox.ops.Outcome;
import dev.signalbox.ops.RailwayActions;
import dev.signalbox.ops.RunbookClaim;
import dev.signalbox.ops.RunbookClaimedException;
import dev.signalbox.ops.VariableChange;
import dev.signalbox.railway.Deployment;
import dev.signalbox.railway.RailwayClient;
import dev.signalbox.railway.RailwayStatusReader;
import dev.signalbox.railway.RailwayTarget;
import dev.signalbox.railway.VariableSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link RunbookServices} over the real engines: every change goes through the {@link ActionGuard} (confirmed,
 * read back, audited), every observation is a fresh read (Railway, the probes, the version table, the lock tree).
 * Its preflight is {@link RunbookPreflight} over the profile, with the environment it was given.
 */
public final class EngineRunbookServices implements RunbookServices, AutoCloseable {
    /** Opens the Railway client when a step first needs it (resolving the token reference). */
    @FunctionalInterface
    public interface RailwayClientSource {
        RailwayClient open() throws ConfigException;
    }

    /** The Railway side, made at first use: a profile without it fails the preflight, not the construction. */
    private record Railway(RailwayClient client, RailwayTarget target, RailwayActions actions) {
    }

    private final LoadedProfile loaded;
    private final Profile profile;
    private final ActionGuard guard;
    private final RailwayClientSource railwaySource;
    private final Clock clock;
    private final Map<String, String> environment;
    private Railway openedRailway;
    private DatabaseInspector inspector;

    public EngineRunbookServices(LoadedProfile loaded, ActionGuard guard, RailwayClient railway, Clock clock) {
        this(loaded, guard, () -> railway, clock, System.getenv());
    }

    /**
     * @param environment where the preflight resolves secret references and looks up the command's program (PATH)
     */
    public EngineRunbookServices(LoadedProfile loaded, ActionGuard guard, RailwayClientSource railwaySource, Clock clock,
                                 Map<String, String> environment) {
        this.loaded = loaded;
        this.profile = loaded.profile();
        this.guard = guard;
        this.railwaySource = railwaySource;
        this.clock = clock;
        this.environment = Map.copyOf(environment);
    }

    @Override
    public RunbookPreflight.Result preflight(Runbook runbook, RunbookProgress from) {
        return RunbookPreflight.check(loaded, runbook, from, environment);
    }

    private synchronized Railway railway() throws ConfigException {
        if (openedRailway == null) {
            if (profile.railway() == null) {
                throw new ConfigException(loaded.file() + " (field railway)", "this runbook needs the profile's railway section");
            }
            RailwayTarget target;
            try {
                target = RailwayTarget.of(profile.railway());
            } catch (dev.signalbox.railway.RailwayException e) {
                throw new ConfigException(loaded.file() + " (field railway)", e.getMessage());
            }
            RailwayClient client = railwaySource.open();
            openedRailway = new Railway(client, target, new RailwayActions(client, target, profile));
        }
        return openedRailway;
    }

    private Profile.ToggleVariable toggle(String name) {
        return profile.toggles().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no toggle '" + name + "' in profile " + profile.name()));
    }

    private static <R> R succeeded(ActionOutcome<R> outcome) {
        if (outcome.outcome() != Outcome.SUCCEEDED) {
            throw new IllegalStateException(outcome.outcome() + ": " + outcome.message());
        }
        return outcome.result();
    }

    @Override
    public ToggleWrite setToggle(String name, boolean on, boolean skipDeploys) throws ConfigException {
        Profile.ToggleVariable toggle = toggle(name);
        RailwayActions actions = railway().actions();
        ActionOutcome<VariableChange> outcome = on ? guard.run(actions.toggleOn(toggle, skipDeploys))
                : guard.run(actions.toggleOff(toggle, toggle.offValue() == null ? RailwayActions.OffMode.DELETE
                        : skipDeploys ? RailwayActions.OffMode.OFF_VALUE_SKIP_DEPLOY : RailwayActions.OffMode.OFF_VALUE_DEPLOY));
        VariableChange change = succeeded(outcome);
        return new ToggleWrite(outcome.message(), change != null && change.deployTriggered());
    }

    @Override
    public boolean toggleWriteDeploys(String name, boolean on, boolean skipDeploys) {
        return new StepAction.SetToggle(name, on, skipDeploys).startsDeployment(toggle(name));
    }

    @Override
    public List<String> latestDeploymentIds() throws Exception {
        Railway railway = railway();
        return railway.client().deployments(railway.target(), 10).stream().map(Deployment::id).toList();
    }

    @Override
    public Optional<Boolean> toggleState(String name) throws Exception {
        Profile.ToggleVariable toggle = toggle(name);
        Railway railway = railway();
        VariableSet variables = railway.client().variables(railway.target());
        return Optional.of(variables.reveal(name).map(v -> v.equals(toggle.onValue())).orElse(false));
    }

    @Override
    public String redeploy() throws ConfigException {
        Deployment created = succeeded(guard.run(railway().actions().redeploy()));
        return created.id();
    }

    @Override
    public String deploymentStatus(String deploymentId) throws Exception {
        return railway().client().deployment(deploymentId).status().name();
    }

    @Override
    public Optional<String> deploymentFailureReason(String deploymentId) throws Exception {
        RailwayClient client = railway().client();
        var explanation = RailwayStatusReader.explainFailure(client, client.deployment(deploymentId));
        return Optional.ofNullable(explanation.line()).map(line -> line + " (" + explanation.explanation() + ")");
    }

    @Override
    public String healthVerdict(String endpoint) throws Exception {
        var snapshot = new HealthChecker().check(HealthTarget.fromProfile(profile));
        return snapshot.endpoint(endpoint).map(EndpointHealth::verdict).map(Enum::name).orElse("UNKNOWN");
    }

    @Override
    public MigrationState migrationState() throws Exception {
        MigrationSnapshot snapshot = WatchFactory.inspectMigrations(loaded, clock);
        return new MigrationState(snapshot.status() == MigrationStatus.UP_TO_DATE,
                snapshot.status() == MigrationStatus.PENDING, snapshot.summary());
    }

    @Override
    public synchronized int blockedSessions() throws Exception {
        if (profile.database() == null) {
            return 0;
        }
        if (inspector == null) {
            inspector = DatabaseInspector.open(WatchFactory.databaseUrl(profile.database(), false),
                    DatabaseInspector.Options.forProfile(profile, true));
        }
        return inspector.snapshot().lockTree().waitingCount();
    }

    @Override
    public Map<String, String> commandEnvironment() throws Exception {
        Map<String, String> environment = new HashMap<>();
        Railway railway = railway();
        VariableSet variables = railway.client().variables(railway.target());
        for (String name : variables.values().keySet()) {
            variables.reveal(name).ifPresent(value -> environment.put(name, value));
        }
        if (profile.database() != null) {
            // The migration must not go through the pooler (incident 3): the direct URL replaces the service's.
            String reference = profile.database().directUrl() != null ? profile.database().directUrl() : profile.database().url();
            if (DatabaseReference.parse(reference) instanceof DatabaseReference.Libpq libpq) {
                // libpq:... is Signalbox's reference, not a URL: hand the command a URL without password, and the
                // password the way libpq and psycopg read it (PGPASSWORD).
                dev.signalbox.config.DatabaseUrl url = libpq.resolve(System.getenv());
                var host = url.hosts().get(0);
                environment.put("DATABASE_URL", "postgresql://" + java.net.URLEncoder.encode(url.user(), java.nio.charset.StandardCharsets.UTF_8)
                        + "@" + host.host() + ":" + host.port() + "/" + java.net.URLEncoder.encode(url.database(), java.nio.charset.StandardCharsets.UTF_8)
                        + "?sslmode=" + url.sslMode());
                if (url.password() != null) {
                    environment.put("PGPASSWORD", url.password().reveal());
                }
                return environment;
            }
            environment.put("DATABASE_URL", rawUrl(reference));
            String pgPassword = System.getenv("PGPASSWORD");
            if (pgPassword != null && DatabaseReference.parse(reference) instanceof DatabaseReference.Literal) {
                environment.put("PGPASSWORD", pgPassword);
            }
        }
        return environment;
    }

    private static String rawUrl(String reference) throws ConfigException {
        if (SecretReference.looksLikeReference(reference)) {
            return SecretReference.parse(reference, "database").resolve().reveal();
        }
        return reference;
    }

    @Override
    public Path migrationsDirectory() {
        Path location = loaded.resolve(profile.migrations().location());
        return Files.isDirectory(location) ? location : location.getParent();
    }

    @Override
    public void audit(String action, String target, Outcome outcome, String detail) {
        try {
            guard.auditLog().append(new AuditRecord(null, guard.context().user(), profile.name(),
                    profile.environment(), action, target, detail, Map.of(), Map.of(), outcome, detail), clock);
        } catch (IOException e) {
            throw new IllegalStateException("the audit log could not be written: " + e.getMessage(), e);
        }
    }

    @Override
    public Claim claim(String runbook) throws RunbookClaimedException {
        if (profile.database() == null) {
            return () -> { };
        }
        RunbookClaim claim;
        try {
            claim = RunbookClaim.take(profile, runbook, guard.context().user());
        } catch (SQLException | ConfigException e) {
            // The first steps (bypass, redeploy) do not need the database, and an incident may be why it is down.
            String note = "the team claim on the database could not be taken (" + e.getMessage() + "): a colleague's"
                    + " console is not kept from starting this runbook meanwhile";
            return new Claim() {
                @Override
                public String note() {
                    return note;
                }

                @Override
                public void close() {
                }
            };
        }
        return claim::close;
    }

    @Override
    public synchronized void close() {
        if (inspector != null) {
            inspector.close();
        }
    }
}
