package dev.signalbox.cli;

import dev.signalbox.app.AppContext;
import dev.signalbox.config.ConfigException;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.sandbox.Sandbox;
import dev.signalbox.sandbox.SandboxException;
import dev.signalbox.sandbox.Scenario;
import dev.signalbox.health.HealthProbe;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Runs every check of a profile once and prints the verdicts.",
                "Exit 0 when all is well, 1 when something needs attention, 2 on a usage or configuration error."})
public final class CheckCommand implements Callable<Integer> {
    @Mixin
    ProfileOptions profileOptions;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Option(names = "--sandbox", description = "Start the built-in sandbox, check it once, and stop it (no --profile needed).")
    boolean sandbox;

    @Option(names = "--scenario", paramLabel = "NAME", defaultValue = "healthy",
            description = "With --sandbox: the incident to stage (healthy, missing-revision, death-loop, blocked-migration,"
                    + " wrong-fk, readiness-lies, pooler, start-command-migrations, project; default: ${DEFAULT-VALUE}).")
    String scenario;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ConfigException {
        if (sandbox) {
            if (profileOptions.isSet()) {
                throw new ConfigException("--sandbox", "give either --sandbox or --profile, not both");
            }
            if (SandboxCommand.PROJECT_SCENARIO.equals(scenario)) {
                try (dev.signalbox.sandbox.ProjectSandbox running = dev.signalbox.sandbox.ProjectSandbox.start(line -> { })) {
                    return printProject(new ProjectCheck(profileOptions.app()).run(running.project()));
                } catch (SandboxException e) {
                    spec.commandLine().getErr().println("error: the project sandbox could not start: " + e.getMessage());
                    spec.commandLine().getErr().flush();
                    return ExitCode.USAGE;
                }
            }
            Scenario chosen = SandboxCommand.parseScenario(scenario);
            try (Sandbox running = Sandbox.start(chosen, line -> { })) {
                return check(running.profile());
            } catch (SandboxException e) {
                spec.commandLine().getErr().println("error: the sandbox could not start: " + e.getMessage());
                spec.commandLine().getErr().flush();
                return ExitCode.USAGE;
            }
        }
        java.nio.file.Path project = profileOptions.projectFile();
        if (project != null) {
            return printProject(new ProjectCheck(profileOptions.app()).run(new dev.signalbox.config.ProjectLoader().load(project)));
        }
        return check(profileOptions.load());
    }

    private int printProject(ProjectCheck.Report report) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Output.json(out, report);
        } else {
            out.print(report.toText());
            out.flush();
        }
        return report.exitCode();
    }

    /**
     * Every check of a profile, once: what the CLI and a project's member report show, and what 'signalbox init'
     * runs after writing one (with the environment it planned from, {@link AppContext#withEnvironment}).
     */
    static CheckReport report(AppContext app, LoadedProfile profile) {
        return report(app, profile, new RailwayCheck(app), new MigrationsCheck(app), new DeploySettingsCheck(app));
    }

    static CheckReport report(AppContext app, LoadedProfile profile, RailwayCheck railway, MigrationsCheck migrations,
                              DeploySettingsCheck deploySettings) {
        CheckReport.Builder report = new CheckReport.Builder(profile.name());
        new ConfigurationCheck(app.environment()).addTo(report, profile);
        new HealthCheck(app.healthChecker(HealthProbe.Settings.DEFAULT)).addTo(report, profile);
        railway.addTo(report, profile);
        new DatabaseCheck(app).addTo(report, profile);
        migrations.addTo(report, profile);
        deploySettings.addTo(report, profile);
        return report.build();
    }

    private int check(LoadedProfile profile) {
        AppContext app = profileOptions.app();
        RailwayCheck railway = new RailwayCheck(app);
        MigrationsCheck migrations = new MigrationsCheck(app);
        CheckReport result = report(app, profile, railway, migrations, new DeploySettingsCheck(app));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Output.json(out, result);
        } else {
            out.print(result.toText());
            out.flush();
        }
        // Railway refusing the token, or migrations that cannot be located, is a configuration error for check too,
        // as for the railway and migrations commands.
        return railway.exitCode() == ExitCode.USAGE || migrations.exitCode() == ExitCode.USAGE ? ExitCode.USAGE : result.exitCode();
    }
}
