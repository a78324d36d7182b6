package dev.signalbox.cli;

import dev.signalbox.app.AppContext;
import dev.signalbox.config.ConfigException;
import dev.signalbox.config.DatabaseReference;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.ProfileStore;
import dev.signalbox.config.SecretReference;
import dev.signalbox.migrations.MigrationException;
import dev.signalbox.migrations.ScriptLocator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "profile", mixinStandardHelpOptions = true,
        description = "Lists, validates and creates profiles (one JSON file per monitored service).",
        subcommands = {ProfileCommand.ListProfiles.class, ProfileCommand.Validate.class, ProfileCommand.Init.class})
public final class ProfileCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the profiles in the profiles folder.")
    static final class ListProfiles implements Callable<Integer> {
        private final AppContext app;

        ListProfiles(AppContext app) {
            this.app = app;
        }

        @Option(names = "--json", description = "Print as JSON.")
        boolean json;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            ProfileStore store = app.profiles();
            List<ProfileStore.Entry> entries = store.list();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                var rows = entries.stream().map(e -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("file", e.file().toString());
                    row.put("name", e.displayName());
                    row.put("valid", e.error() == null);
                    if (e.error() != null) {
                        row.put("error", e.error().getMessage());
                    }
                    return row;
                }).toList();
                Output.json(out, Map.of("folder", store.folder().toString(), "profiles", rows));
            } else {
                out.println("Profiles in " + store.folder() + ":");
                if (entries.isEmpty()) {
                    out.println("  (none; create one with 'signalbox profile init NAME')");
                }
                for (ProfileStore.Entry e : entries) {
                    out.println("  " + e.displayName() + (e.error() != null ? "  INVALID: " + e.error().getMessage() : ""));
                }
                out.flush();
            }
            return entries.stream().anyMatch(e -> e.error() != null) ? ExitCode.ATTENTION : ExitCode.OK;
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = {"Reads a profile strictly and reports the first error with file, line, column and field,",
                    "checks that its migrations.location exists and can be read, then resolves its secret references",
                    "(env:, file:) with the checks a run makes, never printing a value. Exit 2 for a migrations.location",
                    "that cannot be used (as 'check' and 'migrations'), 1 when a file: reference cannot be used; an env:",
                    "variable not set in this shell is only noted."})
    static final class Validate implements Callable<Integer> {
        @Mixin
        ProfileOptions profileOptions;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws ConfigException {
            LoadedProfile loaded = profileOptions.load();
            PrintWriter out = spec.commandLine().getOut();
            List<String> unusable = unusableSettings(loaded);
            if (unusable.isEmpty()) {
                out.println(loaded.file() + ": valid profile '" + loaded.name() + "'");
            } else {
                out.println(loaded.file() + ": profile '" + loaded.name() + "' reads, but cannot be used as written:");
                unusable.forEach(problem -> out.println("  " + problem));
            }
            boolean unresolved = false;
            for (Map.Entry<String, String> reference : references(loaded.profile()).entrySet()) {
                String problem = resolveProblem(reference.getKey(), reference.getValue());
                if (problem == null) {
                    continue;
                }
                // The environment of the machine that runs the service may not be this shell's; a file: path is
                // written in the profile itself.
                boolean environmentOnly = reference.getValue().startsWith("env:") && problem.contains(" is not set");
                unresolved |= !environmentOnly;
                out.println("  " + reference.getKey() + " (" + reference.getValue() + "): " + problem);
            }
            if (references(loaded.profile()).entrySet().stream().allMatch(r -> resolveProblem(r.getKey(), r.getValue()) == null)
                    && !references(loaded.profile()).isEmpty()) {
                out.println("  every secret reference resolves here (values not shown)");
            }
            out.flush();
            return !unusable.isEmpty() ? ExitCode.USAGE : unresolved ? ExitCode.ATTENTION : ExitCode.OK;
        }
    }

    /**
     * Settings that parse but point nowhere, as "FILE (field F): why": a migrations.location that does not exist or
     * cannot be read is a configuration error for 'check', 'migrations' and the runbook alike (exit 2).
     */
    private static List<String> unusableSettings(LoadedProfile loaded) {
        List<String> problems = new java.util.ArrayList<>();
        var migrations = loaded.profile().migrations();
        if (migrations != null) {
            try {
                ScriptLocator.locateReadable(loaded.resolve(migrations.location()), migrations.iniSection());
            } catch (MigrationException e) {
                problems.add(loaded.file() + " (field migrations.location): " + e.getMessage());
            }
        }
        return problems;
    }

    /** field -> reference, for the fields that hold env:/file: references. */
    private static Map<String, String> references(dev.signalbox.config.Profile profile) {
        Map<String, String> references = new LinkedHashMap<>();
        if (profile.database() != null) {
            references.put("database.url", profile.database().url());
            if (profile.database().directUrl() != null) {
                references.put("database.directUrl", profile.database().directUrl());
            }
        }
        if (profile.railway() != null) {
            references.put("railway.token", profile.railway().token());
        }
        references.values().removeIf(value -> !SecretReference.looksLikeReference(value));
        return references;
    }

    /** Null when the reference resolves; else why not, without the value. */
    private static String resolveProblem(String field, String reference) {
        try {
            if (field.startsWith("database.")) {
                // A database reference resolves to a URL that must parse too.
                DatabaseReference.parse(reference).resolve();
            } else {
                SecretReference.parse(reference, "").resolve();
            }
            return null;
        } catch (ConfigException e) {
            String message = e.getMessage();
            return !e.where().isEmpty() && message.startsWith(e.where() + ": ") ? message.substring(e.where().length() + 2) : message;
        }
    }

    @Command(name = "init", mixinStandardHelpOptions = true,
            description = "Writes an example profile to the profiles folder (or --output FILE) to edit.")
    static final class Init implements Callable<Integer> {
        private final AppContext app;

        Init(AppContext app) {
            this.app = app;
        }

        @Parameters(paramLabel = "NAME", description = "Profile name (letters, digits, '.', '_', '-').")
        String name;
        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write it.")
        Path output;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException, ConfigException {
            if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
                throw new ConfigException("NAME", "use letters, digits, '.', '_' or '-' (at most 64)");
            }
            Path target = output != null ? output : app.profiles().folder().resolve(name + ".json");
            if (Files.exists(target)) {
                throw new ConfigException(target.toString(), "already exists; nothing was written");
            }
            String example;
            try (InputStream in = ProfileCommand.class.getResourceAsStream("/profiles/example.json")) {
                example = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            example = example.replace("\"name\": \"facteur-api\"", "\"name\": \"" + name + "\"");
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            // Write beside, then move: a crash never leaves a half-written profile.
            Path temporary = Files.createTempFile(target.toAbsolutePath().getParent(), ".profile", ".tmp");
            Files.writeString(temporary, example);
            Files.move(temporary, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            spec.commandLine().getOut().println("Wrote " + target + "; edit it, then run 'signalbox check --profile " + target + "'");
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
    }
}
