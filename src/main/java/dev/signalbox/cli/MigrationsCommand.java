package dev.signalbox.cli;

import dev.signalbox.config.ConfigException;
import dev.signalbox.config.DatabaseUrl;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.Profile;
import dev.signalbox.migrations.GitState;
import dev.signalbox.migrations.LintFinding;
import dev.signalbox.migrations.MigrationException;
import dev.signalbox.migrations.MigrationInspector;
import dev.signalbox.migrations.MigrationProblem;
import dev.signalbox.migrations.MigrationSnapshot;
import dev.signalbox.migrations.Revision;
import dev.signalbox.migrations.ScriptLocation;
import dev.signalbox.migrations.ScriptLocator;
import dev.signalbox.migrations.UnknownRevision;
import dev.signalbox.migrations.VersionTableReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "migrations", mixinStandardHelpOptions = true,
        description = {"Shows the Alembic migration state: the code's revision graph (read as text, no Python needed), "
                + "the database's version table, what 'alembic upgrade heads' would apply, the git state of the revision "
                + "files and the lint findings.",
                "Exit 0 when all is well, 1 when something needs attention (or the database cannot be read), 2 on a usage or"
                        + " configuration error (no migrations location, a broken alembic.ini)."},
        subcommands = {MigrationsCommand.History.class, MigrationsCommand.Lint.class, RehearseCommand.class})
public final class MigrationsCommand implements Callable<Integer> {

    @Mixin
    Source source;

    @Spec
    CommandSpec spec;

    /** Where the scripts and the database are; shared by the sub-commands. */
    static final class Source {
        @Mixin
        ProfileOptions profileOptions;

        @Option(names = "--dir", paramLabel = "DIR", description = "A script directory (with env.py and versions/) or a versions directory.")
        Path dir;

        @Option(names = "--config", paramLabel = "FILE", description = "An alembic.ini (any name) or a pyproject.toml with [tool.alembic].")
        Path config;

        @Option(names = {"-n", "--section"}, paramLabel = "NAME", description = "The alembic.ini section, as 'alembic -n NAME' (default: alembic).")
        String section;

        @Option(names = "--db", paramLabel = "URL", description = "The database: a URL (postgresql://..., jdbc:postgresql://...) "
                + "or a reference such as env:DATABASE_URL, which keeps the password out of the process list, or libpq: "
                + "(PGHOST, PGDATABASE, PGSERVICE...); a URL without password takes PGPASSWORD or ~/.pgpass. "
                + "With --profile, defaults to the profile's database.")
        String db;

        @Option(names = "--version-table", paramLabel = "NAME", description = "Alembic's version table, NAME or SCHEMA.NAME (default: alembic_version, or the profile's).")
        String versionTable;

        @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "5", description = "Connect, lock and statement timeout for the database (default: ${DEFAULT-VALUE}).")
        int timeoutSeconds;

        @Option(names = "--no-git", description = "Skip the git state of the revision files.")
        boolean noGit;

        @Option(names = "--json", description = "Print JSON (schema in docs/cli-json.md).")
        boolean json;

        /** Whether the lint findings are needed (history prints them only in its JSON). */
        boolean lint = true;

        /**
         * Whether the database is read. The lint reads only the revision files (docs/migration-lint.md: "no database"):
         * a profile whose database is down or whose env:DATABASE_URL is unset in CI must still lint.
         */
        boolean readsDatabase = true;

        /**
         * The snapshot; a configuration problem (no location, a broken alembic.ini) becomes a {@link ConfigException},
         * exit 2; a failure (the database cannot be read) stays a {@link MigrationException} for {@link #failed}.
         */
        MigrationSnapshot snapshot() throws ConfigException, MigrationException {
            if (timeoutSeconds < 1 || timeoutSeconds > 300) {
                throw new ConfigException("--timeout", "must be between 1 and 300 seconds, got " + timeoutSeconds);
            }
            int given = (profileOptions.isSet() ? 1 : 0) + (dir != null ? 1 : 0) + (config != null ? 1 : 0);
            if (given != 1) {
                throw new ConfigException("", "say where the migrations are with exactly one of --profile P, --dir DIR or --config alembic.ini");
            }
            LoadedProfile profile = profileOptions.isSet() ? profileOptions.load() : null;
            try {
                ScriptLocation location = locate(profile);
                MigrationInspector inspector = profileOptions.app().migrationInspector(location, !noGit, lint);
                DatabaseUrl url = readsDatabase ? databaseUrl(profile) : null;
                if (url == null) {
                    return inspector.inspect();
                }
                String table = versionTable;
                String schema = null;
                if (table == null && profile != null && profile.profile().database() != null) {
                    table = profile.profile().database().versionTable();
                    schema = profile.profile().database().versionTableSchema();
                }
                return inspector.inspect(url, new VersionTableReader(table, schema, Duration.ofSeconds(timeoutSeconds)));
            } catch (MigrationException e) {
                throw configurationOrFailure(e);
            }
        }

        /** A configuration problem as the {@link ConfigException} that exits 2; a failure is rethrown as it is. */
        private static ConfigException configurationOrFailure(MigrationException e) throws MigrationException {
            if (!e.isConfiguration()) {
                throw e;
            }
            return new ConfigException("", e.getMessage(), e);
        }

        /** Prints a failure that stopped the command (the database cannot be read...); exit 1, as 'db' and 'check' do. */
        int failed(MigrationException e, CommandSpec spec) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("error: " + e.getMessage());
            err.flush();
            return ExitCode.ATTENTION;
        }

        private ScriptLocation locate(LoadedProfile profile) throws MigrationException, ConfigException {
            if (dir != null) {
                return ScriptLocator.fromDirectory(dir);
            }
            if (config != null) {
                return ScriptLocator.locate(config, section);
            }
            Profile.MigrationSettings settings = profile.profile().migrations();
            if (settings == null) {
                throw new ConfigException(profile.file() + " (field migrations)", "the profile has no \"migrations\": { \"location\": ... };"
                        + " add one, or use --dir/--config");
            }
            try {
                return ScriptLocator.locate(profile.resolve(settings.location()), section != null ? section : settings.iniSection());
            } catch (MigrationException e) {
                if (e.isConfiguration()) {
                    throw new ConfigException(profile.file() + " (field migrations.location)", e.getMessage(), e);
                }
                throw e;
            }
        }

        private DatabaseUrl databaseUrl(LoadedProfile profile) throws ConfigException {
            Map<String, String> env = profileOptions.app().environment();
            if (db != null) {
                // The same reading as 'db --db': a URL without password takes PGPASSWORD or ~/.pgpass, libpq: the PG* variables.
                return DbCommand.parseDb(db, env);
            }
            if (profile != null && profile.profile().database() != null) {
                try {
                    return dev.signalbox.config.DatabaseReference.parse(profile.profile().database().url()).resolve(env);
                } catch (ConfigException e) {
                    throw new ConfigException(profile.file() + " (field database.url)", e.getMessage(), e);
                }
            }
            return null;
        }
    }

    @Override
    public Integer call() throws ConfigException {
        MigrationSnapshot snapshot;
        try {
            snapshot = source.snapshot();
        } catch (MigrationException e) {
            return source.failed(e, spec);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (source.json) {
            Output.json(out, MigrationReport.of(snapshot));
        } else {
            out.print(MigrationsText.state(snapshot));
            out.flush();
        }
        return snapshot.needsAttention() ? ExitCode.ATTENTION : ExitCode.OK;
    }

    @Command(name = "history", mixinStandardHelpOptions = true,
            description = {"Prints the history exactly as 'alembic history' does (newest first), with (head), (current), "
                    + "(branchpoint) and (mergepoint) markers; (current) needs --db or a profile with a database."})
    static final class History implements Callable<Integer> {
        @Mixin
        Source source;
        @Option(names = "--graph", description = "Draw the branches and merges in lanes, like 'git log --graph', instead of Alembic's format.")
        boolean graph;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws ConfigException {
            source.lint = source.json;
            MigrationSnapshot snapshot;
            try {
                snapshot = source.snapshot();
            } catch (MigrationException e) {
                return source.failed(e, spec);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (source.json) {
                Output.json(out, MigrationReport.of(snapshot));
            } else {
                List<String> current = snapshot.database() == null ? List.of() : snapshot.database().current();
                out.print(graph ? dev.signalbox.migrations.HistoryLanes.of(snapshot.graph()).toText()
                        : snapshot.graph().historyText(current));
                out.flush();
                // stdout stays byte-for-byte what 'alembic history' prints; what needs attention goes to stderr
                PrintWriter err = spec.commandLine().getErr();
                for (MigrationProblem p : snapshot.problems()) {
                    err.println("! " + p.toText());
                }
                err.flush();
            }
            return snapshot.needsAttention() ? ExitCode.ATTENTION : ExitCode.OK;
        }
    }

    @Command(name = "lint", mixinStandardHelpOptions = true,
            description = {"Checks every revision's upgrade() for operations that lock or break a live database "
                    + "(rules in docs/migration-lint.md). Project settings: [tool.signalbox.lint] in pyproject.toml; "
                    + "'# signalbox: ignore[rule-id] reason' in a revision accepts one finding.",
                    "Exit 1 when a finding at or above --fail-on remains, 2 on a usage or settings error."})
    static final class Lint implements Callable<Integer> {
        @Mixin
        Source source;
        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
                description = "text, json, sarif (SARIF 2.1.0, for code scanning) or github (workflow annotations). Default: ${DEFAULT-VALUE}.")
        String format;
        @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "warning",
                description = "error, warning or none: the least severe finding that makes the exit code 1. Default: ${DEFAULT-VALUE}.")
        String failOn;
        @Option(names = "--changed-since", paramLabel = "GIT_REF",
                description = "Only the revisions added or changed since this branch, tag or commit (a pull request's base, e.g. origin/main).")
        String changedSince;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws ConfigException {
            LintReport.Format chosen = source.json ? LintReport.Format.JSON : LintReport.format(format);
            if (chosen == null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--format " + format + ": expected text, json, sarif or github");
            }
            LintReport.FailOn threshold = LintReport.failOn(failOn);
            if (threshold == null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--fail-on " + failOn + ": expected error, warning or none");
            }
            source.noGit = true;
            source.readsDatabase = false;
            MigrationSnapshot snapshot;
            try {
                snapshot = source.snapshot();
            } catch (MigrationException e) {
                return source.failed(e, spec);
            }
            dev.signalbox.migrations.LintSettings settings;
            List<LintFinding> findings = snapshot.lint();
            int revisions = snapshot.graph().revisions().size();
            try {
                settings = dev.signalbox.migrations.LintSettings.find(snapshot.location());
                if (changedSince != null) {
                    List<Path> files = snapshot.graph().revisions().stream().map(Revision::file).toList();
                    java.util.Set<Path> changed = dev.signalbox.migrations.GitChanges.changedSince(files, changedSince);
                    findings = findings.stream().filter(f -> changed.contains(f.file())).toList();
                    revisions = changed.size();
                }
            } catch (MigrationException e) {
                if (!e.isConfiguration()) {
                    return source.failed(e, spec);
                }
                throw new ConfigException("", e.getMessage(), e);
            }
            // GitHub annotations and SARIF want paths relative to the repository root, wherever the command runs
            Path base = snapshot.location().versionLocations().isEmpty() ? null
                    : dev.signalbox.migrations.GitInspector.workTreeOf(snapshot.location().versionLocations().get(0));
            // file and line order: what a reviewer walks through, and stable across runs for CI diffs
            findings = findings.stream().sorted(java.util.Comparator.comparing((LintFinding f) -> String.valueOf(f.file()))
                    .thenComparingInt(LintFinding::line)).toList();
            LintReport report = new LintReport(findings, snapshot.problems(), revisions, settings,
                    base != null ? base : Path.of("").toAbsolutePath());
            report.print(chosen, spec.commandLine().getOut());
            // A file that could not be read was not linted: say so, or "0 findings" would vouch for it.
            PrintWriter err = spec.commandLine().getErr();
            List<MigrationProblem> unreadable = snapshot.problems().stream()
                    .filter(p -> p.kind() == MigrationProblem.Kind.MALFORMED_FILE).toList();
            for (MigrationProblem p : unreadable) {
                err.println("! " + p.toText() + " (not linted)");
            }
            err.flush();
            return report.fails(threshold) || !unreadable.isEmpty() ? ExitCode.ATTENTION : ExitCode.OK;
        }
    }

    /** Text rendering of a snapshot. */
    static final class MigrationsText {
        private MigrationsText() {
        }

        static String state(MigrationSnapshot s) {
            StringBuilder out = new StringBuilder();
            out.append("Migrations: ").append(s.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                    .append(" - ").append(s.summary()).append('\n');
            if (s.location().configFile() != null) {
                out.append("  config     ").append(s.location().configFile()).append('\n');
            }
            for (Path p : s.location().versionLocations()) {
                out.append("  versions   ").append(p).append('\n');
            }
            out.append("  heads      ").append(String.join(", ", s.graph().heads())).append('\n');
            if (s.database() != null) {
                out.append("  database   ").append(s.database().versionTable()).append(": ")
                        .append(!s.database().tableExists() ? "absent" : s.database().current().isEmpty() ? "empty"
                                : String.join(", ", s.database().current())).append('\n');
            }
            if (!s.pending().isEmpty()) {
                out.append("  pending (in upgrade order):\n");
                for (Revision r : s.pending()) {
                    out.append("    ").append(r.id()).append("  ").append(r.message()).append('\n');
                }
            }
            for (UnknownRevision u : s.unknown()) {
                out.append("  unknown    ").append(u.revision()).append(": ").append(u.explanation()).append('\n');
            }
            GitState git = s.git();
            if (git != null) {
                out.append("  git        ").append(git.note()).append('\n');
                for (GitState.FileState f : git.files()) {
                    out.append("    ").append(f.state().name().toLowerCase(java.util.Locale.ROOT)).append("  ").append(f.file()).append('\n');
                }
            }
            if (!s.lint().isEmpty()) {
                out.append("  lint       ").append(s.lint().size()).append(" finding(s); see 'signalbox migrations lint'\n");
            }
            for (MigrationProblem p : s.problems()) {
                out.append("  ! ").append(p.toText()).append('\n');
            }
            return out.toString();
        }
    }
}
