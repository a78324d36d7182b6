package dev.signalbox;

import dev.signalbox.app.AppContext;
import dev.signalbox.cli.CheckCommand;
import dev.signalbox.cli.DbCommand;
import dev.signalbox.cli.ExitCode;
import dev.signalbox.cli.HealthCommand;
import dev.signalbox.cli.InitCommand;
import dev.signalbox.cli.LastResort;
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
                "2:usage or configuration error", "3:internal error (see the log file)"})
public final class Signalbox implements Callable<Integer> {

    /** The sub-commands, registered only when the command line asks for one (or for help): see {@link #run}. */
    static final List<Class<?>> COMMANDS = List.of(InitCommand.class, CheckCommand.class, HealthCommand.class, MigrationsCommand.class, DbCommand.class, RailwayCommand.class, RunbookCommand.class, TimelineCommand.class, SandboxCommand.class, ProfileCommand.class, dev.signalbox.cli.WatchCommand.class, CommandLine.HelpCommand.class);

    @Mixin
    ProfileOptions profileOptions;

    @Option(names = "--read-only", description = "Disable every mutating action (variable writes, redeploys, cancel/terminate).")
    boolean readOnly;

    @Option(names = "--measure-startup", description = "Print the milliseconds from JVM start to the first frame, then exit.")
    boolean measureStartup;

    @Option(names = "--scenario", paramLabel = "NAME",
            description = "Sandbox scenario when no profile is given: healthy, missing-revision, death-loop, blocked-migration, wrong-fk, readiness-lies, pooler, start-command-migrations, or project (three services in two environments).")
    String scenario;

    @Option(names = "--view", paramLabel = "NAME",
            description = "The view to open: overview, health, deployments, migrations, database, variables, runbook, audit, profiles.")
    String view;

    @Option(names = "--theme", paramLabel = "light|dark", description = "Colour theme (default: follow the OS, then the last choice).")
    String theme;

    public static void main(String[] args) {
        String[] windowArgs = quickWindowLaunch(args);
        if (windowArgs != null) {
            // The common case, opening the window with nothing to validate, skips building the command line
            // model: it is a sixth of the start-up (docs/performance.md). Anything else takes the full path.
            Thread logging = new Thread(() -> Logging.init(PlatformDirs.detect().logs()), "signalbox-logging-init");
            logging.start();
            ConsoleApplication.launchConsole(windowArgs);
            System.exit(ExitCode.OK);
        }
        PrintWriter err = new PrintWriter(System.err, true);
        int code;
        try {
            code = run(args, new PrintWriter(System.out, true), err);
        } catch (Throwable t) {
            // Whatever escapes before a command runs (building the command line, the logging set-up).
            code = new LastResort(Signalbox::logFile).report(t, "signalbox", err);
        }
        System.exit(code);
    }

    /**
     * The JavaFX arguments for a launch that needs no validation (no arguments, or only --read-only,
     * --measure-startup, --theme=light|dark); null when the full command line must decide.
     */
    static String[] quickWindowLaunch(String[] args) {
        List<String> fxArgs = new ArrayList<>();
        for (String arg : args) {
            switch (arg) {
                case "--read-only" -> fxArgs.add("--read-only=true");
                case "--measure-startup" -> fxArgs.add("--measure-startup=true");
                case "--theme=light", "--theme=dark" -> fxArgs.add(arg);
                default -> {
                    return null;
                }
            }
        }
        return fxArgs.toArray(String[]::new);
    }

    /** Runs the command line; returns the exit code. Tests call this directly. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        // Logging is configured by the first logger asked for (Logging.LazyConfigurator): a command that never logs
        // does not load logback.
        List<Class<?>> commands = commandsFor(args);
        CommandLine commandLine = commandLine(commands, out, err);
        if (commands.size() < COMMANDS.size()) {
            // A usage error prints the top-level usage, "did you mean" and the like, which need every sub-command:
            // answer it from the full model, so every message is the same as with all commands registered.
            commandLine.setParameterExceptionHandler((ex, ignored) ->
                    new LastResort(Signalbox::logFile).execute(commandLine(COMMANDS, out, err), args));
        }
        // Every command, even on a crash (StackOverflowError, OutOfMemoryError): exit 3 and the log's path.
        return new LastResort(Signalbox::logFile).execute(commandLine, args);
    }

    /** The log file, configuring logging first if nothing has logged yet (logging is lazy, see Logging). */
    private static java.nio.file.Path logFile() {
        LoggerFactory.getLogger(Signalbox.class);
        return Logging.logFile();
    }

    static CommandLine commandLine(List<Class<?>> commands, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Signalbox(), new dev.signalbox.cli.CommandFactory(AppContext.lazy()));
        // "--view health" and "--profile check" name a view and a profile, not the sub-commands of those names.
        commandLine.setAllowSubcommandsAsOptionParameters(true);
        for (Class<?> command : commands) {
            commandLine.addSubcommand(command);
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine;
    }

    /**
     * The sub-commands this command line needs. Picocli reads every annotated field of every command it is given,
     * which is most of a short command's start-up (docs/performance.md): opening the window or printing the version
     * needs none, {@code migrations history} needs {@code migrations} only. A top-level help request or a word that
     * names no command (usage errors, {@code help}) gets them all.
     */
    static List<Class<?>> commandsFor(String[] args) {
        if (opensWindowOnly(args)) {
            return List.of();
        }
        List<Class<?>> named = new ArrayList<>();
        boolean bareWord = false;
        for (String arg : args) {
            if ((arg.equals("-h") || arg.equals("--help")) && named.isEmpty()) {
                return COMMANDS;
            }
            if (arg.startsWith("-")) {
                continue;
            }
            bareWord = true;
            for (Class<?> command : COMMANDS) {
                if (command != CommandLine.HelpCommand.class && !named.contains(command)
                        && command.getAnnotation(Command.class).name().equals(arg)) {
                    named.add(command);
                }
            }
        }
        // No bare word means only options (--version, window options): the top-level command alone answers them.
        return named.isEmpty() && bareWord ? COMMANDS : named;
    }

    /** True when the arguments are only window options: no sub-command, no help, no version. */
    static boolean opensWindowOnly(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("-") || arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")) {
                // A bare word is a sub-command or an option's value: let the full command line decide.
                return false;
            }
        }
        return true;
    }

    @Override
    public Integer call() throws ConfigException {
        List<String> fxArgs = new ArrayList<>();
        java.nio.file.Path project = profileOptions.projectFile();
        if (project != null) {
            // A project file: every member validated here, before any window, like a single profile.
            fxArgs.add("--project=" + new dev.signalbox.config.ProjectLoader().load(project).file().toAbsolutePath());
        } else if (profileOptions.isSet()) {
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
                throw new ConfigException("--view", "unknown view '" + view + "'; choose fleet, overview, health, deployments,"
                        + " migrations, database, variables, runbook, audit or profiles");
            }
            fxArgs.add("--section=" + section);
        }
        if (dev.signalbox.sandbox.Scenario.PROJECT.equals(scenario)) {
            fxArgs.add("--scenario=" + dev.signalbox.sandbox.Scenario.PROJECT);
        } else if (scenario != null) {
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
