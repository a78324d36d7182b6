package dev.signalbox.cli;

import dev.signalbox.config.ConfigException;
import dev.signalbox.config.DatabaseUrl;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.Profile;
import dev.signalbox.config.SecretReference;
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
import java.time.Clock;
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
                "Exit 0 when all is well, 1 when something needs attention, 2 on a usage error."},
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
                + "or a reference such as env:DATABASE_URL, which keeps the password out of the process list. "
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

        MigrationSnapshot snapshot() throws ConfigException {
            int given = (profileOptions.isSet() ? 1 : 0) + (dir != null ? 1 : 0) + (config != null ? 1 : 0);
            if (given != 1) {
                throw new ConfigException("", "say where the migrations are with exactly one of --profile P, --dir DIR or --config alembic.ini");
            }
            LoadedProfile profile = profileOptions.isSet() ? profileOptions.load() : null;
            try {
                ScriptLocation location = locate(profile);
                MigrationInspector inspector = new MigrationInspector(location, !noGit, true, Clock.systemUTC());
                DatabaseUrl url = databaseUrl(profile);
                if (url == null) {
                    return inspector.inspect();
                }
                String table = versionTable;
                String schema = null;
                if (table == null && profile != null && profile.profile().database() != null) {
                    table = profile.profile().database().versionTable();
                    schema = profile.profile().database().versionTableSchema();
                }
                return inspector.inspect(url, new VersionTableReader(table, schema, Duration.ofSeconds(Math.max(1, timeoutSeconds))));
            } catch (MigrationException e) {
                throw new ConfigException("", e.getMessage(), e);
            }
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
                throw new ConfigException(profile.file().toString(), "the profile has no \"migrations\": { \"location\": ... };"
                        + " add one, or use --dir/--config");
            }
            return ScriptLocator.locate(profile.resolve(settings.location()), section != null ? section : settings.iniSection());
        }

        private DatabaseUrl databaseUrl(LoadedProfile profile) throws ConfigException {
            Map<String, String> env = System.getenv();
            if (db != null) {
                if (SecretReference.looksLikeReference(db)) {
                    return DatabaseUrl.parse(SecretReference.parse(db, "--db").resolve(env).reveal());
                }
                return DatabaseUrl.parse(db);
            }
            if (profile != null && profile.profile().database() != null) {
                return dev.signalbox.config.DatabaseReference.parse(profile.profile().database().url()).resolve(env);
            }
            return null;
        }
    }

    @Override
    public Integer call() throws ConfigException {
        MigrationSnapshot snapshot = source.snapshot();
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
            MigrationSnapshot snapshot = source.snapshot();
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
                    + "(rules in docs/migration-lint.md).", "Exit 1 when there is a finding."})
    static final class Lint implements Callable<Integer> {
        @Mixin
        Source source;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws ConfigException {
            source.noGit = true;
            MigrationSnapshot snapshot = source.snapshot();
            PrintWriter out = spec.commandLine().getOut();
            if (source.json) {
                Map<String, Object> result = new java.util.LinkedHashMap<>();
                result.put("lint", snapshot.lint().stream().map(MigrationReport.LintItem::of).toList());
                result.put("problems", snapshot.problems().stream().map(MigrationReport.ProblemItem::of).toList());
                Output.json(out, result);
            } else {
                for (LintFinding f : snapshot.lint()) {
                    out.println(f.toText());
                }
                out.println(snapshot.lint().size() + " finding(s) in " + snapshot.graph().revisions().size() + " revision(s)");
                out.flush();
                // A file that could not be read was not linted: say so, or "0 findings" would vouch for it.
                PrintWriter err = spec.commandLine().getErr();
                for (MigrationProblem p : unreadable(snapshot)) {
                    err.println("! " + p.toText() + " (not linted)");
                }
                err.flush();
            }
            return snapshot.lint().isEmpty() && unreadable(snapshot).isEmpty() ? ExitCode.OK : ExitCode.ATTENTION;
        }

        private static List<MigrationProblem> unreadable(MigrationSnapshot snapshot) {
            return snapshot.problems().stream().filter(p -> p.kind() == MigrationProblem.Kind.MALFORMED_FILE).toList();
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
