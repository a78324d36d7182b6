package dev.signalbox.ops.runbook;

import dev.signalbox.config.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The runbooks every profile gets from its own settings. */
public final class BuiltInRunbooks {
    public static final String APPLY_MIGRATIONS_UNDER_BYPASS = "apply-migrations-under-bypass";

    private BuiltInRunbooks() {
    }

    public static List<Runbook> forProfile(Profile profile) {
        List<Runbook> runbooks = new ArrayList<>();
        applyMigrationsUnderBypass(profile).ifPresent(runbooks::add);
        return runbooks;
    }

    /**
     * What {@link #applyMigrationsUnderBypass} needs and {@code profile} lacks, as the profile's fields (empty when the
     * profile has the runbook): said when someone asks for it by name.
     */
    public static List<String> missingForApplyMigrationsUnderBypass(Profile profile) {
        List<String> missing = new ArrayList<>();
        if (profile.toggles().stream().noneMatch(t -> t.kind() == Profile.ToggleKind.BYPASS)) {
            missing.add("a toggle of \"kind\": \"bypass\" in \"toggles\"");
        }
        if (profile.railway() == null) {
            missing.add("a \"railway\" section");
        }
        if (profile.migrations() == null) {
            missing.add("a \"migrations\" section");
        }
        return missing;
    }

    /**
     * Incident 4's procedure: set the bypass, redeploy, migrate on the direct connection with a lock timeout,
     * clear the bypass, redeploy, check both probes. Needs a bypass toggle, Railway and migrations in the profile.
     */
    public static Optional<Runbook> applyMigrationsUnderBypass(Profile profile) {
        Optional<Profile.ToggleVariable> bypass = profile.toggles().stream()
                .filter(t -> t.kind() == Profile.ToggleKind.BYPASS).findFirst();
        if (bypass.isEmpty() || profile.railway() == null || profile.migrations() == null) {
            return Optional.empty();
        }
        String name = bypass.get().name();
        List<RunbookStep> steps = List.of(
                new RunbookStep("set-bypass", "Set the bypass variable " + name,
                        List.of(), new StepAction.SetToggle(name, true, true),
                        List.of(new Observation.ToggleIs(name, true)), 60,
                        "The write was refused or did not read back: check the token (a project token for this"
                                + " environment) and the audit log. Nothing else has changed yet."),
                new RunbookStep("redeploy-with-bypass", "Redeploy so the service starts with the bypass",
                        List.of(new Observation.ToggleIs(name, true)), new StepAction.Redeploy(),
                        List.of(new Observation.DeploymentSucceeded(), new Observation.HealthIs("liveness", "UP")), 900,
                        "If the deployment CRASHED, read the log line above: a start-up crash despite the bypass means"
                                + " the app does not read " + name + " as expected. The bypass is still ON: run"
                                + " 'Clear the bypass' before you leave."),
                new RunbookStep("migrate", "Run the migrations on the direct connection",
                        List.of(new Observation.MigrationsPending()),
                        new StepAction.RunCommand(profile.migrations().upgradeCommand(), null, "5s", "15min"),
                        List.of(new Observation.MigrationsAtHead()), 1800,
                        "If it stopped on lock_timeout, a session holds a lock on the table: open the lock tree"
                                + " (Database view), end the blocker or wait for a quiet moment, then resume. The bypass"
                                + " stays ON until the database is at head."),
                new RunbookStep("clear-bypass", "Clear the bypass variable " + name,
                        List.of(new Observation.MigrationsAtHead()),
                        new StepAction.SetToggle(name, false, true),
                        List.of(new Observation.ToggleIs(name, false)), 60,
                        "The bypass may still be ON: clear it from the Variables view, and check the audit log."),
                new RunbookStep("redeploy-without-bypass", "Redeploy so the service runs with its safety check",
                        List.of(new Observation.ToggleIs(name, false)), new StepAction.Redeploy(),
                        List.of(new Observation.DeploymentSucceeded()), 900,
                        "If the deployment CRASHED at start-up, the head check still fails: look at the Migrations"
                                + " view; you may set the bypass again to restore service."),
                new RunbookStep("check-probes", "Check liveness and readiness",
                        List.of(), new StepAction.Wait(),
                        List.of(new Observation.HealthIs("liveness", "UP"), new Observation.HealthIs("readiness", "UP")), 300,
                        "Readiness is not UP: open the Health view for the reason (database, environment)."));
        return Optional.of(new Runbook(APPLY_MIGRATIONS_UNDER_BYPASS, "Apply migrations under bypass",
                "Start the service with " + name + " while migrations are pending, migrate on the direct connection,"
                        + " then remove the bypass and prove both probes are UP (incident 4).", steps));
    }
}
