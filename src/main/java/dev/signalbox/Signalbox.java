package dev.signalbox;

import dev.signalbox.cli.CheckCommand;
import dev.signalbox.cli.DbCommand;
import dev.signalbox.cli.ExitCode;
import dev.signalbox.cli.HealthCommand;
import dev.signalbox.cli.MigrationsCommand;
import dev.signalbox.cli.ProfileCommand;
import dev.signalbox.cli.ProfileOptions;
import dev.signalbox.cli.SandboxCommand;
import dev.signalbox.cli.RailwayCommand;
import dev.signalbox.cli.RunbookCommand;
import dev.signalbox.cli.TimelineCommand;
import dev.signalbox.common.Logging;
import dev.signalbox.common.Version;
import dev.signalbox.config.ConfigException;
import dev.signalbox.config.PlatformDirs;
import dev.signalbox.ui.ConsoleApplication;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Entry point. Without a sub-command it opens the console window; a sub-command runs headless.
 * (This class deliberately does not extend {@code Application}: launching from a plain class path needs that.)
 */
@Command(name = "signalbox", mixinStandardHelpOptions = true, versionProvider = Signalbox.VersionProvider.class,
        description = {"Ops console for FastAPI + PostgreSQL + Alembic services on Railway.",
                "Without a command, opens the console window (the built-in sandbox when no profile is given)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all good", "1:a check found something that needs attention",
                "2:usage or configuration error", "3:internal error (see the log file)"},
        subcommands = {CheckCommand.class, HealthCommand.class, MigrationsCommand.class, DbCommand.class, RailwayCommand.class, RunbookCommand.class, TimelineCommand.class, SandboxCommand.class, ProfileCommand.class, CommandLine.HelpCommand.class})
public final class Signalbox implements Callable<Integer> {

    @Mixin
    ProfileOptions profileOptions;

    @Option(names = "--read-only", description = "Disable every mutating action (variable writes, redeploys, cancel/terminate).")
    boolean readOnly;

    @Option(names = "--measure-startup", description = "Print the milliseconds from JVM start to the first frame, then exit.")
    boolean measureStartup;

    @Option(names = "--scenario", paramLabel = "NAME",
            description = "Sandbox scenario when no profile is given: healthy, missing-revision, death-loop, blocked-migration, wrong-fk, readiness-lies, pooler.")
    String scenario;

    @Option(names = "--view", paramLabel = "NAME",
            description = "The view to open: overview, health, deployments, migrations, database, variables, runbook, audit, profiles.")
    String view;

    @Option(names = "--theme", paramLabel = "light|dark", description = "Colour theme (default: follow the OS, then the last choice).")
    String theme;

    public static void main(String[] args) {
        int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        System.exit(code);
    }

    /** Runs the command line; returns the exit code. Tests call this directly. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        PlatformDirs dirs = PlatformDirs.detect();
        Thread logging = null;
        if (!Boolean.getBoolean("signalbox.test")) {
            // Configuring logback loads ~300 classes: do it beside the command line's and JavaFX's start-up.
            logging = new Thread(() -> Logging.init(dirs.logs()), "signalbox-logging-init");
            logging.start();
        }
        CommandLine commandLine = new CommandLine(new Signalbox());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            if (ex instanceof ConfigException config) {
                cmd.getErr().println("error: " + config.getMessage());
                cmd.getErr().flush();
                return ExitCode.USAGE;
            }
            LoggerFactory.getLogger(Signalbox.class).error("internal error in '{}'", cmd.getCommandName(), ex);
            cmd.getErr().println("internal error: " + ex.getClass().getSimpleName() + (ex.getMessage() != null ? ": " + ex.getMessage() : "")
                    + (Logging.logFile() != null ? "; details in " + Logging.logFile() : ""));
            cmd.getErr().flush();
            return ExitCode.INTERNAL;
        });
        int code = commandLine.execute(args);
        if (logging != null) {
            try {
                logging.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return code;
    }

    @Override
    public Integer call() throws ConfigException {
        List<String> fxArgs = new ArrayList<>();
        if (profileOptions.isSet()) {
            // Fail here, before any window, so a broken profile gives a message and exit code 2 on the terminal.
            fxArgs.add("--profile=" + profileOptions.load().file().toAbsolutePath());
        }
        if (readOnly) {
            fxArgs.add("--read-only=true");
        }
        if (measureStartup) {
            fxArgs.add("--measure-startup=true");
        }
        if (theme != null) {
            fxArgs.add("--theme=" + theme);
        }
        if (view != null) {
            String section = view.toUpperCase(java.util.Locale.ROOT);
            if (java.util.Arrays.stream(dev.signalbox.ui.shell.ConsoleSection.values()).noneMatch(s -> s.name().equals(section))) {
                throw new ConfigException("--view", "unknown view '" + view + "'; choose overview, health, deployments,"
                        + " migrations, database, variables, runbook, audit or profiles");
            }
            fxArgs.add("--section=" + section);
        }
        if (scenario != null) {
            try {
                fxArgs.add("--scenario=" + dev.signalbox.sandbox.Scenario.fromCliName(scenario).cliName());
            } catch (IllegalArgumentException e) {
                throw new ConfigException("--scenario", e.getMessage());
            }
        }
        ConsoleApplication.launchConsole(fxArgs.toArray(String[]::new));
        return ExitCode.OK;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"signalbox " + Version.current(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
