package dev.signalbox.cli;

import org.slf4j.LoggerFactory;
import dev.signalbox.config.ConfigException;
import dev.signalbox.config.DatabaseUrl;
import dev.signalbox.migrations.MigrationException;
import dev.signalbox.migrations.RevisionFileReader;
import dev.signalbox.migrations.RevisionGraph;
import dev.signalbox.migrations.ScriptLocation;
import dev.signalbox.migrations.ScriptLocator;
import dev.signalbox.sandbox.Sandbox;
import dev.signalbox.sandbox.SandboxException;
import dev.signalbox.sandbox.SandboxMigrator;
import dev.signalbox.sandbox.Scenario;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = {"Runs the built-in sandbox headless (embedded PostgreSQL, sample service, Railway simulator)",
                "and prints the path of its profile; Ctrl+C stops it and removes everything.",
                "Scenarios: healthy, missing-revision, death-loop, blocked-migration, wrong-fk, readiness-lies, pooler,",
                "start-command-migrations; 'project' stages three services in staging and production and prints its project file."},
        subcommands = SandboxCommand.Migrate.class)
public final class SandboxCommand implements Callable<Integer> {
    @Option(names = {"-s", "--scenario"}, paramLabel = "NAME", defaultValue = "healthy",
            description = "Which incident to stage (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Spec
    CommandSpec spec;

    static Scenario parseScenario(String name) throws ConfigException {
        try {
            return Scenario.fromCliName(name);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("--scenario", e.getMessage());
        }
    }

    @Override
    public Integer call() throws ConfigException, InterruptedException {
        if (PROJECT_SCENARIO.equals(scenario)) {
            return serve(progress -> {
                dev.signalbox.sandbox.ProjectSandbox project = dev.signalbox.sandbox.ProjectSandbox.start(progress);
                return new Running(project, project.projectFile());
            });
        }
        Scenario chosen = parseScenario(scenario);
        return serve(progress -> {
            Sandbox single = Sandbox.start(chosen, progress);
            return new Running(single, single.profileFile());
        });
    }

    /** The project sandbox (three services, two environments) is not one of the single-service scenarios. */
    static final String PROJECT_SCENARIO = Scenario.PROJECT;

    /** A started sandbox and the file to watch it with (a profile, or the project file). */
    private record Running(AutoCloseable sandbox, java.nio.file.Path file) {
    }

    private interface Starter {
        Running start(java.util.function.Consumer<String> progress) throws SandboxException;
    }

    /** Starts a sandbox, prints the file to watch it with, and keeps it until Ctrl+C (or SIGTERM). */
    private int serve(Starter starter) throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Running running;
        try {
            running = starter.start(line -> {
                err.println(line);
                err.flush();
            });
        } catch (SandboxException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return ExitCode.USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                running.sandbox().close();
            } catch (Exception e) {
                LoggerFactory.getLogger(SandboxCommand.class).warn("stopping the sandbox failed", e);
            }
            stopped.countDown();
        }, "sandbox-shutdown"));
        out.println(running.file());
        out.flush();
        err.println("Watch it with: signalbox check --profile " + running.file() + "   (Ctrl+C stops the sandbox)");
        err.flush();
        stopped.await();
        return ExitCode.OK;
    }

    @Command(name = "migrate", mixinStandardHelpOptions = true,
            description = {"Applies the sandbox demo project's pending revisions to $DATABASE_URL, as",
                    "'alembic upgrade head' would (the sandbox's stand-in for alembic: op.execute SQL only).",
                    "Honours lock and statement timeouts from $PGOPTIONS or the URL's options."})
    static final class Migrate implements Callable<Integer> {
        @Option(names = "--config", paramLabel = "FILE", defaultValue = "alembic.ini", description = "alembic.ini (default: ${DEFAULT-VALUE}).")
        Path config;

        @Option(names = "--target", paramLabel = "REVISION", description = "Stop at this revision instead of the heads.")
        String target;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws ConfigException {
            String raw = System.getenv("DATABASE_URL");
            if (raw == null || raw.isBlank()) {
                throw new ConfigException("DATABASE_URL", "is not set; the runbook injects it, or export it yourself");
            }
            DatabaseUrl url = DatabaseUrl.parse(raw);
            Properties props = url.jdbcProperties();
            String pgOptions = System.getenv("PGOPTIONS");
            if (pgOptions != null && !props.containsKey("options")) {
                // pgjdbc does not read PGOPTIONS as libpq does; pass it the same way.
                props.setProperty("options", pgOptions);
            }
            props.setProperty("ApplicationName", "alembic");
            PrintWriter out = spec.commandLine().getOut();
            try {
                ScriptLocation location = ScriptLocator.locate(config.toAbsolutePath(), "alembic");
                RevisionGraph graph = RevisionGraph.build(ScriptLocator.revisionFiles(location).stream()
                        .map(RevisionFileReader::read).toList());
                out.println("INFO  [alembic.runtime.migration] Context impl PostgresqlImpl.");
                out.flush();
                try (Connection connection = DriverManager.getConnection(url.jdbcUrl(), props)) {
                    List<String> applied = new SandboxMigrator(graph, line -> {
                        out.println(line);
                        out.flush();
                    }).upgrade(connection, target);
                    out.println(applied.isEmpty() ? "INFO  nothing to upgrade: already at head" : "INFO  applied " + applied.size() + " revision(s)");
                }
            } catch (MigrationException e) {
                spec.commandLine().getErr().println("FAILED: " + e.getMessage());
                return ExitCode.ATTENTION;
            } catch (SQLException e) {
                spec.commandLine().getErr().println("FAILED: " + e.getMessage() + " (SQLSTATE " + e.getSQLState() + ")");
                return ExitCode.ATTENTION;
            } finally {
                out.flush();
                spec.commandLine().getErr().flush();
            }
            return ExitCode.OK;
        }
    }
}
