package dev.signalbox.cli;

import dev.signalbox.app.AppContext;
import dev.signalbox.common.Json;
import dev.signalbox.config.ConfigException;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.ProfileLoader;
import dev.signalbox.discovery.Finding;
import dev.signalbox.discovery.InitPlan;
import dev.signalbox.discovery.InitPlanner;
import dev.signalbox.railway.NamedId;
import dev.signalbox.railway.RailwayException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Writes a profile for the service DIR belongs to, from what is already there: the Railway CLI's link"
                + " and login (or RAILWAY_TOKEN / RAILWAY_API_TOKEN), Railway's environments, services, settings and domains,"
                + " railway.json/railway.toml, alembic.ini or pyproject.toml, .env.example/.env (names only), Procfile/Dockerfile,"
                + " and libpq's PG* variables. Prints what it found where, then runs 'check' once.",
                "Secrets are never written: only references (env:NAME, railway-cli:login, libpq:).",
                "Exit 0/1 as 'check'; 2 when a choice is left open with --yes, a profile exists without --force, or a file is malformed."})
public final class InitCommand implements Callable<Integer> {
    private final AppContext app;

    InitCommand(AppContext app) {
        this.app = app;
    }

    @Option(names = "--dir", paramLabel = "DIR", description = "The service's repository (default: the current directory).")
    Path dir;

    @Option(names = "--name", paramLabel = "NAME", description = "The profile's name (default: the Railway service's name).")
    String name;

    @Option(names = "--environment", paramLabel = "NAME", description = "The Railway environment, by name or id.")
    String environment;

    @Option(names = "--service", paramLabel = "NAME", description = "The Railway service, by name or id.")
    String service;

    @Option(names = "--railway-endpoint", paramLabel = "URL", description = "Railway's GraphQL endpoint (default: backboard.railway.com).")
    String railwayEndpoint;

    @Option(names = "--force", description = "Overwrite an existing profile of that name.")
    boolean force;

    @Option(names = {"-y", "--yes"}, description = "Do not ask: take only what is unambiguous, exit 2 naming the choices otherwise.")
    boolean yes;

    @Option(names = "--json", description = "Print the result (found, profile file, check) as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ConfigException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<String, String> env = app.environment();
        Path directory = dir != null ? dir : Path.of("").toAbsolutePath();
        if (railwayEndpoint != null) {
            try {
                dev.signalbox.config.ServiceUrl.parse(railwayEndpoint);
            } catch (ConfigException e) {
                throw new ConfigException("--railway-endpoint", e.getMessage(), e);
            }
        }
        // One reader for every question: a second BufferedReader would lose what the first one buffered.
        BufferedReader terminal = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        InitPlanner.Chooser chooser = yes ? (what, options) -> Optional.empty() : (what, options) -> ask(what, options, terminal, err);
        InitPlan plan;
        try {
            plan = new InitPlanner(env, chooser).plan(new InitPlanner.Options(directory, name, environment, service, railwayEndpoint));
        } catch (RailwayException e) {
            throw new ConfigException("Railway", e.getMessage(), e);
        }
        if (!json) {
            out.println("Found:");
            for (Finding finding : plan.found()) {
                out.println("  " + finding);
            }
            if (plan.found().isEmpty()) {
                out.println("  nothing: no Railway CLI link or token, no railway.toml, alembic.ini or .env.example in " + directory);
            }
            out.flush();
        }
        if (!plan.complete()) {
            for (InitPlan.Choice choice : plan.unresolved()) {
                err.println("error: which " + choice.what() + "? " + choice.options().stream().map(NamedId::name).toList()
                        + "; choose with " + choice.option() + " NAME" + (yes ? " (--yes takes only what is unambiguous)" : ""));
            }
            err.println("nothing was written");
            err.flush();
            if (json) {
                Output.json(out, Map.of("found", plan.found(), "unresolved", plan.unresolved(), "written", false));
            }
            return ExitCode.USAGE;
        }

        var profile = plan.profile();
        if (profile.railway() == null && profile.database() == null && profile.migrations() == null && profile.api() == null) {
            throw new ConfigException(directory.toString(), "nothing to watch was found: no Railway link or token, no"
                    + " alembic.ini, no DATABASE_URL or PG* variables. Run 'railway link' (or set RAILWAY_TOKEN) in the"
                    + " service's repository, or start from 'signalbox profile init NAME'; nothing was written");
        }
        Path target = app.profiles().folder().resolve(profile.name() + ".json");
        String text;
        try {
            text = Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(plan.profile()) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot render the profile", e);
        }
        String outcome;
        try {
            if (Files.exists(target) && Files.readString(target, StandardCharsets.UTF_8).equals(text)) {
                outcome = "unchanged";
            } else if (Files.exists(target) && !force) {
                throw new ConfigException(target.toString(), "a different profile of that name exists; nothing was written."
                        + " Use --force to replace it, or --name to write another");
            } else {
                outcome = Files.exists(target) ? "replaced" : "written";
                Files.createDirectories(target.getParent());
                // Write beside, then move: a crash never leaves a half-written profile.
                Path temporary = Files.createTempFile(target.getParent(), ".profile", ".tmp");
                Files.writeString(temporary, text, StandardCharsets.UTF_8);
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new ConfigException(target.toString(), "cannot write the profile (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        LoadedProfile loaded = new ProfileLoader().load(target);
        CheckReport check = CheckCommand.report(app, loaded);
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("profile", target.toString());
            result.put("outcome", outcome);
            result.put("found", plan.found());
            result.put("check", check);
            Output.json(out, result);
        } else {
            out.println(switch (outcome) {
                case "unchanged" -> "Profile " + target + " is already up to date; nothing changed.";
                case "replaced" -> "Replaced " + target + " (--force).";
                default -> "Wrote " + target + " (references only, no secret).";
            });
            out.print(check.toText());
            out.println("Watch it: signalbox --profile " + loaded.name());
            out.flush();
        }
        return check.exitCode();
    }

    private static Optional<NamedId> ask(String what, List<NamedId> options, BufferedReader terminal, PrintWriter err) {
        err.println("Which " + what + "?");
        for (int i = 0; i < options.size(); i++) {
            err.println("  " + (i + 1) + ") " + options.get(i).name());
        }
        err.print("Number or name (empty to stop): ");
        err.flush();
        try {
            String line = terminal.readLine();
            if (line == null || line.isBlank()) {
                return Optional.empty();
            }
            String answer = line.strip();
            if (answer.matches("\\d+")) {
                int index = Integer.parseInt(answer) - 1;
                return index >= 0 && index < options.size() ? Optional.of(options.get(index)) : Optional.empty();
            }
            return options.stream().filter(o -> o.name().equals(answer) || o.id().equals(answer)).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
