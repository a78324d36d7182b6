package dev.signalbox.ops.runbook;

import dev.signalbox.config.ConfigException;
import dev.signalbox.config.DatabaseReference;
import dev.signalbox.config.DatabaseUrl;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.Profile;
import dev.signalbox.config.SecretReference;
import dev.signalbox.health.HealthEndpoint;
import dev.signalbox.health.HealthTarget;
import dev.signalbox.migrations.MigrationException;
import dev.signalbox.migrations.ScriptLocator;
import dev.signalbox.migrations.VersionTableReader;
import dev.signalbox.railway.RailwayException;
import dev.signalbox.railway.RailwayTarget;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a runbook's remaining steps will need, checked before the first of them changes anything: the profile's
 * sections and fields they use, the migrations location (readable), the command they run (found), the Railway token
 * and ids, and the database when a step reads it (reachable). An audit found the built-in runbook setting the bypass
 * and redeploying for a profile whose {@code migrations.location} did not exist, then failing at the migration with
 * advice about lock_timeout: a run that cannot finish must not start.
 * <p>
 * The {@link Result} is typed: the command line and the Runbook view render it and decide from its {@link Kind}s
 * (exit 2 for a setting to fix, 1 when only something did not answer), never from its text.
 */
public final class RunbookPreflight {
    /** As long as the migration step's own read of the version table waits. */
    private static final Duration DATABASE_TIMEOUT = Duration.ofSeconds(5);

    public enum Kind {
        /** A setting is missing or points nowhere: fixed by editing the file and field named. */
        CONFIGURATION,
        /** Something the steps need did not answer (the database): nothing to edit; start again once it does. */
        UNAVAILABLE
    }

    /** One thing the steps need that is not there; {@code file} and {@code field} say where to fix it. */
    public record Problem(Kind kind, String file, String field, String message) {
        public String where() {
            return file + " (field " + field + ")";
        }

        public String text() {
            return where() + ": " + message;
        }
    }

    /**
     * @param steps    the ids of the steps checked: those not done yet (a resumed run checks what is left)
     * @param checked  what was checked and found usable, a phrase each
     * @param problems what stops the run; empty when it may start
     */
    public record Result(String runbook, String title, String profile, List<String> steps, List<String> checked,
                         List<Problem> problems) {
        public Result {
            steps = List.copyOf(steps);
            checked = List.copyOf(checked);
            problems = List.copyOf(problems);
        }

        public boolean passed() {
            return problems.isEmpty();
        }

        /** A setting must change before the run can start (the command line's exit 2); else only something did not answer (1). */
        public boolean configuration() {
            return problems.stream().anyMatch(p -> p.kind() == Kind.CONFIGURATION);
        }

        /** One sentence saying what happened, for the terminal and the view's headline. */
        public String headline() {
            if (passed()) {
                return "Preflight of runbook '" + title + "' passed: " + (checked.isEmpty() ? "its steps need nothing from the profile"
                        : String.join("; ", checked)) + ".";
            }
            return "Not started: runbook '" + title + "' " + (configuration()
                    ? "needs settings that profile " + profile + " lacks or that point nowhere"
                    : "needs something that does not answer now")
                    + ". Nothing was changed (no variable set, no redeploy); " + (configuration()
                    ? "fix what is named below, then start it again." : "start it again once it answers.");
        }

        /** The audit record's message: the refusal and every problem (names, fields and redacted URLs, never a secret). */
        public String auditDetail() {
            return "refused before any step: " + String.join("; ", problems.stream().map(Problem::text).toList());
        }
    }

    private RunbookPreflight() {
    }

    /**
     * Checks what the steps of {@code runbook} not yet done in {@code from} will need. Reads files, and the database
     * when a step does: call it off the FX thread.
     *
     * @param from        the saved progress the run continues from, or null for a fresh run
     * @param environment where secret references ({@code env:NAME}) and the command's PATH are looked up
     */
    public static Result check(LoadedProfile loaded, Runbook runbook, RunbookProgress from, Map<String, String> environment) {
        return new Checker(loaded, runbook, environment).check(remaining(runbook, from));
    }

    private static List<RunbookStep> remaining(Runbook runbook, RunbookProgress from) {
        if (from == null) {
            return runbook.steps();
        }
        return runbook.steps().stream().filter(step -> from.steps().stream()
                .noneMatch(s -> s.id().equals(step.id())
                        && (s.status() == RunbookProgress.StepStatus.DONE || s.status() == RunbookProgress.StepStatus.SKIPPED)))
                .toList();
    }

    private static final class Checker {
        private final LoadedProfile loaded;
        private final Profile profile;
        private final Runbook runbook;
        private final Map<String, String> environment;
        private final String file;
        private final List<String> checked = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();

        Checker(LoadedProfile loaded, Runbook runbook, Map<String, String> environment) {
            this.loaded = loaded;
            this.profile = loaded.profile();
            this.runbook = runbook;
            this.environment = environment;
            this.file = loaded.file().toString();
        }

        private void problem(Kind kind, String field, String message) {
            problems.add(new Problem(kind, file, field, message));
        }

        Result check(List<RunbookStep> steps) {
            // What the steps use, with the first step that uses it (named in the messages).
            Map<String, RunbookStep> railway = new LinkedHashMap<>();
            Map<String, RunbookStep> toggles = new LinkedHashMap<>();
            Map<String, RunbookStep> endpoints = new LinkedHashMap<>();
            Map<String, RunbookStep> migrations = new LinkedHashMap<>();
            Map<String, RunbookStep> directDatabase = new LinkedHashMap<>();
            Map<String, RunbookStep> pooledDatabase = new LinkedHashMap<>();
            List<RunbookStep> commands = new ArrayList<>();
            for (RunbookStep step : steps) {
                List<Observation> observations = new ArrayList<>(step.preconditions());
                observations.addAll(step.verify());
                for (Observation observation : observations) {
                    if (observation instanceof Observation.ToggleIs toggle) {
                        railway.putIfAbsent("railway", step);
                        toggles.putIfAbsent(toggle.toggle(), step);
                    } else if (observation instanceof Observation.DeploymentSucceeded) {
                        railway.putIfAbsent("railway", step);
                    } else if (observation instanceof Observation.HealthIs health) {
                        endpoints.putIfAbsent(health.endpoint(), step);
                    } else if (observation instanceof Observation.MigrationsAtHead || observation instanceof Observation.MigrationsPending) {
                        migrations.putIfAbsent("migrations", step);
                        directDatabase.putIfAbsent("database", step);
                    } else if (observation instanceof Observation.NoBlockedSessions) {
                        pooledDatabase.putIfAbsent("database", step);
                    }
                }
                StepAction action = step.action();
                if (action instanceof StepAction.SetToggle toggle) {
                    railway.putIfAbsent("railway", step);
                    toggles.putIfAbsent(toggle.toggle(), step);
                } else if (action instanceof StepAction.Redeploy) {
                    railway.putIfAbsent("railway", step);
                } else if (action instanceof StepAction.RunCommand) {
                    // The command gets the service's variables from Railway and runs in the migrations folder.
                    railway.putIfAbsent("railway", step);
                    migrations.putIfAbsent("migrations", step);
                    if (profile.database() != null) {
                        directDatabase.putIfAbsent("database", step);
                    }
                    commands.add(step);
                }
            }
            if (!railway.isEmpty()) {
                checkRailway(railway.get("railway"));
            }
            toggles.forEach(this::checkToggle);
            if (!endpoints.isEmpty()) {
                checkEndpoints(endpoints);
            }
            Path migrationsDirectory = migrations.isEmpty() ? null : checkMigrations(migrations.get("migrations"));
            if (migrationsDirectory != null) {
                for (RunbookStep step : commands) {
                    checkCommand(step, (StepAction.RunCommand) step.action(), migrationsDirectory);
                }
            }
            String probed = null;
            if (!directDatabase.isEmpty()) {
                probed = checkDatabase(directDatabase.get("database"), true);
            }
            if (!pooledDatabase.isEmpty()) {
                String reference = profile.database() == null ? null : profile.database().url();
                if (probed == null || !probed.equals(reference)) {
                    checkDatabase(pooledDatabase.get("database"), false);
                }
            }
            return new Result(runbook.name(), runbook.title(), profile.name(), steps.stream().map(RunbookStep::id).toList(),
                    checked, problems);
        }

        private void checkRailway(RunbookStep step) {
            Profile.RailwaySettings settings = profile.railway();
            if (settings == null) {
                problem(Kind.CONFIGURATION, "railway", "the profile has no \"railway\" section, and step '" + step.title()
                        + "' acts on Railway; add one with a token reference (e.g. \"token\": \"env:RAILWAY_TOKEN\") and the"
                        + " ids ('signalbox railway discover')");
                return;
            }
            boolean usable = true;
            try {
                SecretReference.parse(settings.token(), "railway.token").resolve(environment);
            } catch (ConfigException e) {
                usable = false;
                problem(Kind.CONFIGURATION, "railway.token", reason(e));
            }
            try {
                RailwayTarget.of(settings);
            } catch (RailwayException e) {
                usable = false;
                problem(Kind.CONFIGURATION, "railway", e.getMessage());
            }
            if (usable) {
                checked.add("Railway token and ids");
            }
        }

        private void checkToggle(String name, RunbookStep step) {
            if (profile.toggles().stream().noneMatch(t -> t.name().equals(name))) {
                problem(Kind.CONFIGURATION, "toggles", "step '" + step.title() + "' uses the toggle " + name
                        + ", which the profile does not define; add it to \"toggles\" with its \"onValue\"");
            }
        }

        private void checkEndpoints(Map<String, RunbookStep> endpoints) {
            HealthTarget target;
            try {
                target = HealthTarget.fromProfile(profile);
            } catch (ConfigException e) {
                RunbookStep step = endpoints.values().iterator().next();
                problem(Kind.CONFIGURATION, e.where().isEmpty() ? "api" : e.where(), reason(e) + " (step '" + step.title()
                        + "' waits for the service's " + String.join(" and ", endpoints.keySet()) + ")");
                return;
            }
            List<String> names = target.endpoints().stream().map(HealthEndpoint::name).toList();
            endpoints.forEach((name, step) -> {
                if (!names.contains(name)) {
                    problem(Kind.CONFIGURATION, "api", "step '" + step.title() + "' waits for the endpoint '" + name
                            + "', which the profile's api does not have (it has: " + String.join(", ", names) + ")");
                }
            });
        }

        /** The folder commands run in, or null when the location cannot be used. */
        private Path checkMigrations(RunbookStep step) {
            Profile.MigrationSettings settings = profile.migrations();
            if (settings == null) {
                problem(Kind.CONFIGURATION, "migrations", "the profile has no \"migrations\" section, and step '"
                        + step.title() + "' needs it; add one with the \"location\" of alembic.ini");
                return null;
            }
            Path location = loaded.resolve(settings.location());
            try {
                ScriptLocator.locateReadable(location, settings.iniSection());
            } catch (MigrationException e) {
                problem(e.isConfiguration() ? Kind.CONFIGURATION : Kind.UNAVAILABLE, "migrations.location",
                        e.getMessage() + " (step '" + step.title() + "' needs it)");
                return null;
            }
            checked.add("migrations location " + location.toAbsolutePath().normalize());
            return Files.isDirectory(location) ? location : location.toAbsolutePath().getParent();
        }

        private void checkCommand(RunbookStep step, StepAction.RunCommand run, Path migrationsDirectory) {
            Place place = commandPlace(step, run);
            if (run.command().isEmpty()) {
                problems.add(place.problem("command", "step '" + step.title() + "' has an empty command"));
                return;
            }
            Path directory = run.workingDirectory() == null ? migrationsDirectory : migrationsDirectory.resolve(run.workingDirectory());
            if (!Files.isDirectory(directory)) {
                problems.add(place.problem("workingDirectory", "step '" + step.title() + "' runs its command in "
                        + directory + ", which is not a folder"));
                return;
            }
            String program = run.command().get(0);
            Optional<Path> found = findProgram(program, directory);
            if (found.isEmpty()) {
                boolean onPath = !program.contains("/") && !program.contains(File.separator);
                problems.add(place.problem("command", "step '" + step.title() + "' runs '" + program + "', which "
                        + (onPath ? "is not on this console's PATH (activate the project's virtualenv before starting"
                        + " Signalbox, or write the program's full path)" : "is not an executable file (from " + directory + ")")));
                return;
            }
            checked.add("command " + program + " (" + found.get() + ")");
        }

        /** Where a step's command is written: the runbooks file for its own runbooks, else the profile. */
        private record Place(String file, String prefix, String upgradeField) {
            Problem problem(String member, String message) {
                String field = upgradeField != null && member.equals("command") ? upgradeField : prefix + member;
                return new Problem(Kind.CONFIGURATION, file, field, message);
            }
        }

        private Place commandPlace(RunbookStep step, StepAction.RunCommand run) {
            int index = runbook.indexOf(step.id());
            if (profile.runbooksFile() != null) {
                Path runbooksFile = loaded.resolve(profile.runbooksFile());
                try {
                    List<Runbook> custom = RunbookLoader.readFile(runbooksFile);
                    for (int i = 0; i < custom.size(); i++) {
                        if (custom.get(i).name().equals(runbook.name())) {
                            return new Place(runbooksFile.toString(), "[" + i + "].steps[" + index + "].action.", null);
                        }
                    }
                } catch (ConfigException e) {
                    // Loading the runbook read this file a moment ago; a change since is reported at the next load.
                }
            }
            // The built-in runbook runs the profile's upgrade command.
            boolean upgrade = profile.migrations() != null && run.command().equals(profile.migrations().upgradeCommand());
            return new Place(file, "steps[" + index + "].action.", upgrade ? "migrations.upgradeCommand" : null);
        }

        private Optional<Path> findProgram(String program, Path directory) {
            if (program.contains("/") || program.contains(File.separator)) {
                Path path = directory.resolve(program);
                return Files.isRegularFile(path) && Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
            }
            String path = environment.getOrDefault("PATH", environment.getOrDefault("Path", ""));
            boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
            List<String> suffixes = windows ? List.of("", ".exe", ".cmd", ".bat") : List.of("");
            for (String entry : path.split(File.pathSeparator)) {
                if (entry.isEmpty()) {
                    continue;
                }
                for (String suffix : suffixes) {
                    Path candidate = Path.of(entry).resolve(program + suffix);
                    if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                        return Optional.of(candidate);
                    }
                }
            }
            return Optional.empty();
        }

        /** Resolves and reads the database the step needs; returns the reference probed, or null. */
        private String checkDatabase(RunbookStep step, boolean direct) {
            Profile.DatabaseSettings settings = profile.database();
            if (settings == null) {
                problem(Kind.CONFIGURATION, "database", "the profile has no \"database\" section, and step '" + step.title()
                        + "' reads the database; add one with the \"url\" (and the non-pooled \"directUrl\")");
                return null;
            }
            boolean useDirect = direct && settings.directUrl() != null;
            String field = useDirect ? "database.directUrl" : "database.url";
            String reference = useDirect ? settings.directUrl() : settings.url();
            DatabaseUrl url;
            try {
                url = DatabaseReference.parse(reference).resolve(environment);
            } catch (ConfigException e) {
                problem(Kind.CONFIGURATION, field, reason(e));
                return null;
            }
            try {
                new VersionTableReader(settings.versionTable(), settings.versionTableSchema(), DATABASE_TIMEOUT).read(url);
            } catch (MigrationException e) {
                problem(e.isConfiguration() ? Kind.CONFIGURATION : Kind.UNAVAILABLE, field, e.getMessage()
                        + "; step '" + step.title() + "' needs it");
                return reference;
            }
            checked.add("database reachable (" + field + ", " + url.redacted() + ")");
            return reference;
        }

        /** The exception's message without its place: the problem names the profile's file and field instead. */
        private static String reason(ConfigException e) {
            String message = e.getMessage();
            return !e.where().isEmpty() && message.startsWith(e.where() + ": ") ? message.substring(e.where().length() + 2) : message;
        }
    }
}
