package dev.signalbox.cli;

import dev.signalbox.config.ConfigException;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.ops.ActionGuard;
import dev.signalbox.ops.RunbookClaimedException;
import dev.signalbox.ops.runbook.EngineRunbookServices;
import dev.signalbox.ops.runbook.Runbook;
import dev.signalbox.ops.runbook.RunbookLoader;
import dev.signalbox.ops.runbook.RunbookPreflight;
import dev.signalbox.ops.runbook.RunbookProgress;
import dev.signalbox.ops.runbook.RunbookRefusedException;
import dev.signalbox.ops.runbook.RunbookRunner;
import dev.signalbox.ops.runbook.RunbookStep;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "runbook", mixinStandardHelpOptions = true,
        description = {"Guided, verified, resumable recovery procedures (incident 4's 'apply migrations under bypass').",
                "Each step checks its preconditions, acts through the guarded and audited path, and is verified by",
                "observation; progress is saved after every step, so 'run' after a crash resumes where it stopped."},
        subcommands = {RunbookCommand.ListRunbooks.class, RunbookCommand.Run.class, RunbookCommand.Status.class,
                RunbookCommand.Abort.class})
public final class RunbookCommand {


    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the profile's runbooks and their steps.")
    static final class ListRunbooks implements Callable<Integer> {
        @Mixin
        ProfileOptions profileOptions;
        @Option(names = "--json", description = "Print as JSON.")
        boolean json;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws ConfigException {
            LoadedProfile loaded = profileOptions.load();
            List<Runbook> runbooks = RunbookLoader.forProfile(loaded);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Output.json(out, runbooks);
                return ExitCode.OK;
            }
            if (runbooks.isEmpty()) {
                out.println("No runbooks: the built-in one needs a bypass toggle, a railway section and migrations in the profile.");
            }
            for (Runbook runbook : runbooks) {
                out.println(runbook.name() + ": " + runbook.title());
                out.println("  " + runbook.description());
                int i = 1;
                for (RunbookStep step : runbook.steps()) {
                    out.println("  " + i++ + ". " + step.title() + "  (verified: "
                            + String.join(", ", step.verify().stream().map(o -> o.describe()).toList()) + ")");
                }
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = {"Runs a runbook from where it stands (resumes after a crash or a failure), step by step.",
                    "First checks what the remaining steps need (profile fields, the migrations location, the command,",
                    "the Railway token and ids, the database): refused with exit 2 (a setting to fix) or 1 (the database",
                    "does not answer) before anything changes. Stops at the first step that cannot be verified and says",
                    "what to do."})
    static final class Run implements Callable<Integer> {
        @Mixin
        ProfileOptions profileOptions;
        @Mixin
        GuardOptions guardOptions;
        @Parameters(paramLabel = "NAME", description = "The runbook (see 'runbook list').")
        String name;
        @Option(names = "--poll", paramLabel = "SECONDS", defaultValue = "2",
                description = "Seconds between observations while a step is verified (default: ${DEFAULT-VALUE}).")
        double pollSeconds;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws ConfigException {
            if (!(pollSeconds > 0 && pollSeconds <= 3600)) {
                throw new ConfigException("--poll", "must be more than 0 and at most 3600 seconds, got " + pollSeconds);
            }
            LoadedProfile loaded = profileOptions.load();
            Runbook runbook = RunbookLoader.find(loaded, name);
            PrintWriter out = spec.commandLine().getOut();
            ActionGuard guard = guardOptions.guard(loaded, spec.commandLine().getErr());
            try (EngineRunbookServices services = profileOptions.app().forProfile(loaded).runbookServices(guard, profileOptions.app().clock())) {
                RunbookRunner runner = new RunbookRunner(runbook, loaded.name(), services, profileOptions.app().runbookProgress(), Clock.systemUTC(),
                        Duration.ofMillis((long) (pollSeconds * 1000)));
                AtomicInteger printed = new AtomicInteger(runner.progress().log().size());
                runner.addListener(progress -> {
                    List<String> log = progress.log();
                    int from = Math.min(printed.get(), log.size());
                    for (String line : log.subList(from, log.size())) {
                        out.println(line);
                    }
                    out.flush();
                    printed.set(log.size());
                });
                RunbookProgress result;
                try {
                    result = runner.run();
                } catch (RunbookClaimedException e) {
                    spec.commandLine().getErr().println("Not started: " + e.getMessage());
                    spec.commandLine().getErr().flush();
                    return ExitCode.ATTENTION;
                } catch (RunbookRefusedException e) {
                    return refused(e.preflight(), spec.commandLine().getErr());
                }
                out.println("Runbook " + runbook.name() + ": " + result.status());
                result.effects().forEach(effect -> out.println("STILL IN EFFECT: " + effect.description() + " since " + effect.since()));
                out.flush();
                return result.status() == RunbookProgress.Status.COMPLETED ? ExitCode.OK : ExitCode.ATTENTION;
            }
        }
    }

    /** The preflight's refusal: 2 when a setting must change, 1 when only something did not answer (the database). */
    static int refused(RunbookPreflight.Result preflight, PrintWriter err) {
        err.println(preflight.headline());
        for (RunbookPreflight.Problem problem : preflight.problems()) {
            err.println("  " + problem.text());
        }
        if (!preflight.checked().isEmpty()) {
            err.println("  usable: " + String.join("; ", preflight.checked()));
        }
        err.flush();
        return preflight.configuration() ? ExitCode.USAGE : ExitCode.ATTENTION;
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Where each runbook of the profile stands, and what it left in effect (e.g. the bypass still ON).")
    static final class Status implements Callable<Integer> {
        @Mixin
        ProfileOptions profileOptions;
        @Option(names = "--json", description = "Print as JSON.")
        boolean json;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws ConfigException {
            LoadedProfile loaded = profileOptions.load();
            PrintWriter out = spec.commandLine().getOut();
            Map<String, Object> all = new LinkedHashMap<>();
            boolean attention = false;
            for (Runbook runbook : RunbookLoader.forProfile(loaded)) {
                var progress = profileOptions.app().runbookProgress().current(loaded.name(), runbook.name());
                all.put(runbook.name(), progress.orElse(null));
                if (progress.isEmpty()) {
                    if (!json) {
                        out.println(runbook.name() + ": never run");
                    }
                    continue;
                }
                RunbookProgress p = progress.get();
                attention |= !p.effects().isEmpty() || (p.status() != RunbookProgress.Status.COMPLETED);
                if (!json) {
                    var holder = profileOptions.app().runbookProgress().holder(loaded.name(), runbook.name());
                    String who = switch (p.status()) {
                        case RUNNING -> holder.map(h -> ", run by the console " + h.describe()).orElse("");
                        case INTERRUPTED -> holder.map(h -> ": the console holding it (" + h.describe() + ") is gone"
                                + (h.commandAlive() ? "; its command " + h.command() + " (pid " + h.commandPid()
                                + ") is STILL RUNNING" : "")).orElse(": the console running it stopped");
                        default -> "";
                    };
                    out.println(runbook.name() + ": " + p.status() + who + " (updated " + p.updatedAt() + ")");
                    for (RunbookProgress.StepProgress step : p.steps()) {
                        out.println("  " + step.status() + "  " + runbook.step(step.id()).title()
                                + (step.detail() != null ? "  - " + step.detail() : ""));
                    }
                    p.effects().forEach(e -> out.println("  STILL IN EFFECT: " + e.description() + " since " + e.since()));
                }
            }
            if (json) {
                Output.json(out, all);
            }
            out.flush();
            return attention ? ExitCode.ATTENTION : ExitCode.OK;
        }
    }

    @Command(name = "abort", mixinStandardHelpOptions = true,
            description = "Marks a runbook aborted (nothing is undone: 'status' still shows what is in effect).")
    static final class Abort implements Callable<Integer> {
        @Mixin
        ProfileOptions profileOptions;
        @Parameters(paramLabel = "NAME")
        String name;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws ConfigException {
            LoadedProfile loaded = profileOptions.load();
            Runbook runbook = RunbookLoader.find(loaded, name);
            RunbookRunner runner = new RunbookRunner(runbook, loaded.name(), null, profileOptions.app().runbookProgress(), Clock.systemUTC(), Duration.ofSeconds(1));
            RunbookProgress progress;
            try {
                progress = runner.abandon();
            } catch (RunbookClaimedException e) {
                spec.commandLine().getErr().println("Not aborted: " + e.getMessage());
                spec.commandLine().getErr().flush();
                return ExitCode.ATTENTION;
            }
            spec.commandLine().getOut().println(runbook.name() + ": " + progress.status()
                    + (progress.effects().isEmpty() ? "" : "; still in effect: "
                    + String.join(", ", progress.effects().stream().map(RunbookProgress.Effect::description).toList())));
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
    }
}
