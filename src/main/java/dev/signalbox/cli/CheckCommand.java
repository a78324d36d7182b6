package dev.signalbox.cli;

import dev.signalbox.config.ConfigException;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.sandbox.Sandbox;
import dev.signalbox.sandbox.SandboxException;
import dev.signalbox.sandbox.Scenario;
import dev.signalbox.health.HealthChecker;
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
                    + " wrong-fk, readiness-lies, pooler, start-command-migrations; default: ${DEFAULT-VALUE}).")
    String scenario;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ConfigException {
        if (sandbox) {
            if (profileOptions.isSet()) {
                throw new ConfigException("--sandbox", "give either --sandbox or --profile, not both");
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
        return check(profileOptions.load());
    }

    private int check(LoadedProfile profile) {
        CheckReport result = report(profile, System.getenv());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Output.json(out, result);
        } else {
            out.print(result.toText());
            out.flush();
        }
        return result.exitCode();
    }

    /** Every check of a profile, once (also what 'signalbox init' runs after writing one). */
    static CheckReport report(LoadedProfile profile, java.util.Map<String, String> environment) {
        CheckReport.Builder report = new CheckReport.Builder(profile.name());
        new ConfigurationCheck(environment).addTo(report, profile);
        new HealthCheck(new HealthChecker()).addTo(report, profile);
        new RailwayCheck(environment).addTo(report, profile);
        new DatabaseCheck(environment).addTo(report, profile);
        new MigrationsCheck(environment).addTo(report, profile);
        new DeploySettingsCheck(environment).addTo(report, profile);
        return report.build();
    }
}
