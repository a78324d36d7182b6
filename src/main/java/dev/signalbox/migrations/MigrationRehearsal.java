package dev.signalbox.migrations;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signalbox.common.Json;
import dev.signalbox.config.ConfigException;
import dev.signalbox.config.DatabaseReference;
import dev.signalbox.config.DatabaseUrl;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.Profile;
import dev.signalbox.database.DatabaseException;
import dev.signalbox.database.DatabaseInspector;
import dev.signalbox.database.RelationFacts;
import dev.signalbox.migrations.RehearsalReport.Lock;
import dev.signalbox.migrations.RehearsalReport.RevisionResult;
import dev.signalbox.migrations.RehearsalReport.StatementLocks;
import dev.signalbox.migrations.RehearsalReport.TableEffect;
import dev.signalbox.migrations.RehearsalReport.Verdict;
import dev.signalbox.ops.runbook.LocalCommand;
import dev.signalbox.sandbox.DistributionPostgres;
import dev.signalbox.sandbox.SandboxDatabase;
import dev.signalbox.sandbox.SandboxReaper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs a profile's pending revisions on a throwaway PostgreSQL that holds production's schema, recording the
 * locks each DDL statement leaves the migrating backend holding and which tables were rewritten, then joins
 * production's current sizes and lock holders (read-only) into a verdict per revision.
 * <p>
 * Production is only read: through {@link DatabaseInspector} (read-only transactions) and, for the schema,
 * {@code pg_dump --schema-only}. The upgrade command only ever gets the copy's URL in {@code DATABASE_URL}, and
 * after each run the copy's {@code alembic_version} must show the revision, so a command that ignores
 * {@code DATABASE_URL} is caught at the first step instead of being trusted.
 */
public final class MigrationRehearsal {
    /** A rewrite or write-blocking lock on a production table at least this large is RISKY. */
    public static final long DEFAULT_RISKY_BYTES = 1L << 30;
    static final String COPY_DATABASE = "rehearsal";
    private static final String RECORDER_SCHEMA = "signalbox_rehearsal";

    /**
     * Table-level lock modes in PostgreSQL's order; {@link #conflicts} is the documented conflict table
     * ("Conflicting Lock Modes", explicit locking chapter).
     */
    static final List<String> MODES = List.of("AccessShareLock", "RowShareLock", "RowExclusiveLock",
            "ShareUpdateExclusiveLock", "ShareLock", "ShareRowExclusiveLock", "ExclusiveLock", "AccessExclusiveLock");
    private static final int[][] CONFLICTS = {
            {7}, {6, 7}, {4, 5, 6, 7}, {3, 4, 5, 6, 7}, {2, 3, 5, 6, 7}, {2, 3, 4, 5, 6, 7}, {1, 2, 3, 4, 5, 6, 7},
            {0, 1, 2, 3, 4, 5, 6, 7}};

    private final LoadedProfile profile;
    private final long riskyBytes;
    private final Duration commandTimeout;
    private final Consumer<String> progress;
    private volatile boolean cancelled;
    private volatile LocalCommand runningCommand;
    private volatile Process runningDump;

    /** The rehearsal was stopped by {@link #cancel()}: the copy is removed, production was only read. */
    public static final class Cancelled extends MigrationException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super(Kind.FAILURE, "the rehearsal was cancelled; the copy is removed and production was only read");
        }
    }

    public MigrationRehearsal(LoadedProfile profile, long riskyBytes, Duration commandTimeout, Consumer<String> progress) {
        this.profile = profile;
        this.riskyBytes = riskyBytes;
        this.commandTimeout = commandTimeout;
        this.progress = progress;
    }

    static boolean conflicts(String a, String b) {
        int i = MODES.indexOf(a);
        int j = MODES.indexOf(b);
        if (i < 0 || j < 0) {
            return false;
        }
        for (int k : CONFLICTS[i]) {
            if (k == j) {
                return true;
            }
        }
        return false;
    }

    private static String stronger(String a, String b) {
        return a == null ? b : MODES.indexOf(b) > MODES.indexOf(a) ? b : a;
    }

    /**
     * Stops a running {@link #run()} from another thread: the upgrade command or pg_dump running against the copy is
     * ended (the command's whole process group: an alembic child would otherwise go on), and {@code run} throws
     * {@link Cancelled} after removing the copy. Only the copy is ever written, so there is nothing to undo.
     */
    public void cancel() {
        cancelled = true;
        LocalCommand command = runningCommand;
        if (command != null) {
            command.cancel();
        }
        Process dump = runningDump;
        if (dump != null) {
            dump.destroyForcibly();
        }
    }

    private void stopIfCancelled() throws Cancelled {
        if (cancelled) {
            throw new Cancelled();
        }
    }

    public RehearsalReport run() throws MigrationException {
        long started = System.nanoTime();
        Profile p = profile.profile();
        if (p.database() == null) {
            throw MigrationException.configuration(profile.file() + " (field database): the profile has no \"database\" section;"
                    + " the rehearsal reads production's schema, table sizes and locks through it: add one, e.g."
                    + " \"database\": {\"url\": \"env:DATABASE_URL\"}");
        }
        if (p.migrations() == null) {
            throw MigrationException.configuration(profile.file() + " (field migrations): the profile has no \"migrations\" section;"
                    + " the rehearsal needs the revisions and the command that applies them: add one, e.g."
                    + " \"migrations\": {\"location\": \"alembic.ini\", \"upgradeCommand\": [\"alembic\", \"upgrade\", \"head\"]}");
        }
        // Before anything starts: a command that cannot be told to stop at one revision makes the whole run useless.
        try {
            targeted(p.migrations().upgradeCommand(), "head");
        } catch (MigrationException e) {
            throw MigrationException.configuration(profile.file() + " (field migrations.upgradeCommand): " + e.getMessage(), e);
        }
        DatabaseUrl production;
        try {
            production = DatabaseReference.parse(p.database().directUrl() != null ? p.database().directUrl() : p.database().url()).resolve();
        } catch (ConfigException e) {
            throw MigrationException.configuration(profile.file() + " (field database." + (p.database().directUrl() != null ? "directUrl" : "url")
                    + "): " + e.getMessage(), e);
        }
        ScriptLocation location;
        try {
            location = ScriptLocator.locate(profile.resolve(p.migrations().location()), p.migrations().iniSection());
        } catch (MigrationException e) {
            throw e.isConfiguration() ? MigrationException.configuration(profile.file() + " (field migrations.location): "
                    + e.getMessage(), e) : e;
        }
        progress.accept("Reading production's alembic_version (read-only)");
        DatabaseState state = new VersionTableReader(p.database().versionTable(), p.database().versionTableSchema(),
                Duration.ofSeconds(10)).read(production);
        MigrationSnapshot snapshot = new MigrationInspector(location, false, false, Clock.systemUTC()).snapshot(state);
        List<Revision> pending = snapshot.pending();
        List<String> notes = new ArrayList<>();
        try (DatabaseInspector inspector = DatabaseInspector.open(production, DatabaseInspector.Options.forProfile(p, true))) {
            int productionVersion = inspector.relations(List.of()).serverVersionNum();
            if (pending.isEmpty()) {
                notes.add(snapshot.summary());
                return new RehearsalReport(profile.name(), productionVersion, 0, RehearsalReport.SchemaSource.NOTHING_PENDING,
                        state.current(), List.of(), notes, (System.nanoTime() - started) / 1_000_000);
            }
            Path temp = Path.of(System.getProperty("java.io.tmpdir"));
            SandboxReaper.reapStale(temp);
            Path root;
            try {
                // The sandbox's prefix: its reaper and watchdog remove a copy whose console died.
                root = Files.createTempDirectory(temp, "signalbox-sandbox-rehearsal-");
            } catch (IOException e) {
                throw MigrationException.failure("cannot create the rehearsal folder in " + temp + ": " + e.getMessage(), e);
            }
            try (SandboxDatabase copy = startCopy(root, productionVersion / 10000, notes)) {
                stopIfCancelled();
                return rehearse(copy, production, productionVersion, state.current(), pending, inspector, notes, started);
            } catch (IOException e) {
                throw MigrationException.failure("the throwaway PostgreSQL did not start: " + e.getMessage(), e);
            } catch (SQLException e) {
                throw MigrationException.failure("the throwaway copy failed: " + e.getMessage() + " (SQLSTATE " + e.getSQLState() + ")", e);
            }
        } catch (DatabaseException e) {
            throw MigrationException.failure(e.getMessage(), e);
        }
    }

    /**
     * The copy runs production's major version where this machine has its server binaries: lock levels, rewrites and
     * catalog details change between majors (PostgreSQL 12 made REINDEX CONCURRENTLY possible, 11 stopped rewriting
     * for constant defaults), and an older pg_dump cannot dump a newer server. Otherwise the embedded binaries, and
     * {@link #rehearse} says the majors differ.
     */
    private SandboxDatabase startCopy(Path root, int productionMajor, List<String> notes) throws IOException {
        if (productionMajor != SandboxDatabase.EMBEDDED_MAJOR) {
            Optional<Path> binaries = DistributionPostgres.binaries(productionMajor);
            if (binaries.isPresent()) {
                progress.accept("Starting a throwaway PostgreSQL " + productionMajor + " for the copy (" + binaries.get()
                        + ", production's major version)");
                try {
                    return SandboxDatabase.startWith(root, binaries.get(), productionMajor);
                } catch (IOException e) {
                    notes.add("PostgreSQL " + productionMajor + " from " + binaries.get() + " did not start for the copy ("
                            + e.getMessage() + "): the embedded binaries ran it instead");
                    SandboxReaper.deleteTree(root);
                }
            }
        }
        progress.accept("Starting a throwaway PostgreSQL for the copy");
        return SandboxDatabase.start(root);
    }

    private RehearsalReport rehearse(SandboxDatabase copy, DatabaseUrl production, int productionVersion, List<String> current,
                                     List<Revision> pending, DatabaseInspector inspector, List<String> notes, long started)
            throws SQLException, MigrationException, DatabaseException {
        try (Connection admin = copy.connect("postgres", "signalbox-rehearsal"); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + COPY_DATABASE);
        }
        int copyVersion;
        try (Connection c = copy.connect(COPY_DATABASE, "signalbox-rehearsal"); Statement statement = c.createStatement();
             ResultSet rs = statement.executeQuery("SELECT current_setting('server_version_num')::int")) {
            rs.next();
            copyVersion = rs.getInt(1);
        }
        if (copyVersion / 10000 != productionVersion / 10000) {
            notes.add("the copy runs PostgreSQL " + copyVersion / 10000 + " (the embedded binaries), production runs "
                    + productionVersion / 10000 + ": no PostgreSQL " + productionVersion / 10000 + " server on this machine"
                    + " (Debian: apt-get install postgresql-" + productionVersion / 10000 + "), so lock behaviour that"
                    + " changed between them may differ");
        }
        Path directory = migrationsDirectory();
        RehearsalReport.SchemaSource source;
        int dumpMajor = pgDumpMajor();
        if (dumpMajor >= productionVersion / 10000) {
            progress.accept("Copying production's schema with pg_dump --schema-only");
            loadSchemaWithPgDump(production, copy);
            try (Connection c = copy.connect(COPY_DATABASE, "signalbox-rehearsal")) {
                writeVersions(c, current);
            }
            source = RehearsalReport.SchemaSource.PG_DUMP;
        } else {
            notes.add(dumpMajor < 0 ? "no pg_dump on the PATH: the copy's schema is the project's migrations replayed, not production's own"
                    : "pg_dump " + dumpMajor + " cannot dump PostgreSQL " + productionVersion / 10000
                    + ": the copy's schema is the project's migrations replayed, not production's own");
            for (String revision : current) {
                stopIfCancelled();
                progress.accept("Replaying the migrations on the copy up to " + revision);
                CommandRun run = runUpgrade(copy, directory, revision);
                stopIfCancelled();
                if (!run.succeeded()) {
                    throw MigrationException.failure("replaying the migrations up to " + revision + " on the copy failed: " + run.error());
                }
            }
            source = RehearsalReport.SchemaSource.REPLAYED_MIGRATIONS;
        }
        installRecorder(copy);

        List<RevisionRun> runs = new ArrayList<>();
        boolean failed = false;
        for (Revision revision : pending) {
            stopIfCancelled();
            if (failed) {
                runs.add(new RevisionRun(revision, null, null, List.of(), Map.of(), Set.of(), "not run: an earlier revision failed on the copy"));
                continue;
            }
            progress.accept("Rehearsing " + revision.id() + " " + revision.message());
            try (Connection c = copy.connect(COPY_DATABASE, "signalbox-rehearsal")) {
                Map<Long, Relation> before = relations(c);
                long lastRecord = lastRecord(c);
                long t0 = System.nanoTime();
                CommandRun run = runUpgrade(copy, directory, revision.id());
                Duration duration = Duration.ofNanos(System.nanoTime() - t0);
                stopIfCancelled();
                if (!run.succeeded()) {
                    failed = true;
                    runs.add(new RevisionRun(revision, run, duration, List.of(), Map.of(), Set.of(), run.error()));
                    continue;
                }
                if (!readVersions(c).contains(revision.id())) {
                    throw MigrationException.failure("the upgrade command " + String.join(" ", profile.profile().migrations().upgradeCommand())
                            + " exited 0 but the copy is not at " + revision.id() + ": it must migrate the database in $DATABASE_URL"
                            + " (check sqlalchemy.url in env.py/alembic.ini); stopped before running anything else");
                }
                Map<Long, Relation> after = relations(c);
                Set<String> rewritten = new LinkedHashSet<>();
                for (Map.Entry<Long, Relation> e : before.entrySet()) {
                    Relation now = after.get(e.getKey());
                    if (now != null && e.getValue().table() && now.relfilenode() != e.getValue().relfilenode()) {
                        rewritten.add(e.getValue().name());
                    }
                }
                List<RecordedStatement> statements = recorded(c, lastRecord);
                Map<String, String> strongest = new LinkedHashMap<>();
                for (RecordedStatement s : statements) {
                    for (RecordedLock lock : s.locks()) {
                        Relation existing = before.get(lock.oid());
                        if (existing != null && existing.table()) {
                            strongest.merge(existing.name(), lock.mode(), MigrationRehearsal::stronger);
                        }
                    }
                }
                for (String table : rewritten) {
                    strongest.putIfAbsent(table, "AccessExclusiveLock");
                }
                runs.add(new RevisionRun(revision, run, duration, statements, strongest, rewritten, null));
            }
        }

        Set<String> touched = new LinkedHashSet<>();
        runs.forEach(r -> touched.addAll(r.strongest().keySet()));
        progress.accept("Reading sizes and lock holders of " + touched.size() + " table(s) on production (read-only)");
        Map<String, RelationFacts> facts = new HashMap<>();
        for (RelationFacts f : inspector.relations(touched).relations()) {
            facts.put(f.name(), f);
        }
        List<RevisionResult> results = new ArrayList<>();
        for (RevisionRun run : runs) {
            results.add(judge(run, facts));
        }
        return new RehearsalReport(profile.name(), productionVersion, copyVersion, source, current, results, notes,
                (System.nanoTime() - started) / 1_000_000);
    }

    private RevisionResult judge(RevisionRun run, Map<String, RelationFacts> facts) {
        Revision revision = run.revision();
        List<StatementLocks> statements = run.statements().stream().map(s -> new StatementLocks(s.tag(), s.objects(),
                s.locks().stream().map(l -> new Lock(l.name(), l.mode())).toList(), s.sinceStart())).toList();
        if (run.command() == null) {
            return new RevisionResult(revision.id(), revision.message(), Verdict.NOT_RUN, run.error(), null,
                    List.of(), List.of(), List.of(), null);
        }
        if (!run.command().succeeded()) {
            return new RevisionResult(revision.id(), revision.message(), Verdict.FAILS, "fails on the copy: " + run.error(),
                    run.duration() == null ? null : run.duration().toMillis(), statements, List.of(), List.of(), run.error());
        }
        List<TableEffect> tables = new ArrayList<>();
        List<Integer> blockedBy = new ArrayList<>();
        List<String> blockReasons = new ArrayList<>();
        List<String> riskReasons = new ArrayList<>();
        for (Map.Entry<String, String> e : run.strongest().entrySet()) {
            String table = e.getKey();
            String mode = e.getValue();
            RelationFacts f = facts.get(table);
            boolean rewritten = run.rewritten().contains(table);
            List<String> lockTexts = new ArrayList<>();
            if (f != null && f.exists()) {
                for (RelationFacts.LockHolder holder : f.locks()) {
                    String text = describe(holder);
                    lockTexts.add(text);
                    if (conflicts(mode, holder.mode()) && !blockedBy.contains(holder.pid())) {
                        blockedBy.add(holder.pid());
                        blockReasons.add((holder.granted() ? "would wait behind " : "would queue behind the waiting ")
                                + text + " on " + table + " (needs " + mode + ")");
                    }
                }
                // A write-blocking lock (SHARE and above conflicts with ROW EXCLUSIVE) is held for as long as the
                // statement scans or rewrites; on the empty copy that is instant, on production it grows with size.
                if (f.totalBytes() >= riskyBytes && (rewritten || MODES.indexOf(mode) >= MODES.indexOf("ShareLock"))) {
                    riskReasons.add((rewritten ? "rewrites " : "holds " + mode + " on ") + table + " ("
                            + humanBytes(f.totalBytes()) + (f.rowEstimate() < 0 ? ", row count unknown (never analyzed))" : ", ~" + f.rowEstimate() + " rows)") + (rewritten ? " under " + mode : ""));
                }
            }
            tables.add(new TableEffect(table, mode, rewritten, f == null || !f.exists() ? -1 : f.totalBytes(),
                    f == null || !f.exists() || f.rowEstimate() < 0 ? null : f.rowEstimate(), lockTexts));
        }
        Verdict verdict;
        String reason;
        if (!blockReasons.isEmpty()) {
            verdict = Verdict.WOULD_BLOCK_NOW;
            reason = String.join("; ", blockReasons);
        } else if (!riskReasons.isEmpty()) {
            verdict = Verdict.RISKY;
            reason = String.join("; ", riskReasons);
        } else {
            verdict = Verdict.SAFE_NOW;
            reason = tables.isEmpty() ? "touches no existing table"
                    : "no session on production holds a conflicting lock now; "
                    + (run.rewritten().isEmpty() ? "no table rewritten" : "rewrites only tables under " + humanBytes(riskyBytes));
        }
        return new RevisionResult(revision.id(), revision.message(), verdict, reason, run.duration() == null ? null : run.duration().toMillis(), statements, tables,
                blockedBy, null);
    }

    private static String describe(RelationFacts.LockHolder holder) {
        StringBuilder text = new StringBuilder("pid ").append(holder.pid());
        List<String> parts = new ArrayList<>();
        if (holder.application() != null && !holder.application().isBlank()) {
            parts.add(holder.application());
        }
        parts.add(holder.mode() + (holder.granted() ? "" : " waiting"));
        if (holder.state() != null) {
            parts.add(holder.state() + (holder.inState() == null ? "" : " for " + humanDuration(holder.inState())));
        }
        return text.append(" (").append(String.join(", ", parts)).append(')').toString();
    }

    static String humanDuration(Duration d) {
        long s = d.toSeconds();
        return s < 60 ? s + " s" : s < 3600 ? s / 60 + " min" : s / 3600 + " h " + (s % 3600) / 60 + " min";
    }

    /** "12.0 GB": how the rehearsal's reasons and the views write a size. */
    public static String humanBytes(long bytes) {
        String[] units = {"B", "kB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    // ---------------------------------------------------------------------------------------------- the copy

    private Path migrationsDirectory() {
        Path location = profile.resolve(profile.profile().migrations().location());
        return Files.isDirectory(location) ? location : location.getParent();
    }

    /** The upgrade command told to stop at {@code revision}, as {@code alembic upgrade <rev>} does. */
    static List<String> targeted(List<String> command, String revision) throws MigrationException {
        List<String> words = new ArrayList<>(command);
        int last = words.size() - 1;
        if (last >= 0 && (words.get(last).equals("head") || words.get(last).equals("heads"))) {
            words.set(last, revision);
            return words;
        }
        int sandbox = words.indexOf("sandbox");
        if (sandbox >= 0 && sandbox + 1 < words.size() && words.get(sandbox + 1).equals("migrate")) {
            words.add("--target");
            words.add(revision);
            return words;
        }
        throw MigrationException.configuration("cannot tell the upgrade command '" + String.join(" ", command) + "' to stop at one"
                + " revision: the rehearsal runs one revision at a time; end the profile's migrations.upgradeCommand with"
                + " 'head' (as in 'alembic upgrade head') so it can be replaced by a revision");
    }

    private record CommandRun(LocalCommand.Result result, List<String> tail) {
        boolean succeeded() {
            return result.succeeded();
        }

        String error() {
            List<String> errors = tail.stream().filter(l -> l.contains("ERROR") || l.contains("Error") || l.contains("FAILED")).toList();
            List<String> shown = errors.isEmpty() ? tail.subList(Math.max(0, tail.size() - 5), tail.size()) : errors;
            String outcome = result.timedOut() ? "timed out" : result.cancelled() ? "cancelled" : "exit " + result.exitCode();
            return outcome + ": " + String.join(" | ", shown);
        }
    }

    private CommandRun runUpgrade(SandboxDatabase copy, Path directory, String revision) throws MigrationException {
        List<String> command = targeted(profile.profile().migrations().upgradeCommand(), revision);
        Map<String, String> environment = new HashMap<>();
        environment.put("DATABASE_URL", copy.url(COPY_DATABASE));
        // libpq-based tools would otherwise fall back to these and reach production.
        for (String variable : List.of("PGHOST", "PGPORT", "PGDATABASE", "PGUSER", "PGPASSWORD", "PGSERVICE")) {
            environment.put(variable, "");
        }
        Deque<String> tail = new ArrayDeque<>();
        try {
            LocalCommand upgrade = new LocalCommand(command, directory, environment);
            runningCommand = upgrade;
            if (cancelled) {
                throw new Cancelled();
            }
            LocalCommand.Result result = upgrade.run(commandTimeout, line -> {
                synchronized (tail) {
                    tail.addLast(line);
                    if (tail.size() > 40) {
                        tail.removeFirst();
                    }
                }
            });
            synchronized (tail) {
                return new CommandRun(result, List.copyOf(tail));
            }
        } catch (IOException e) {
            // No such program, or not executable: the profile names a command this machine cannot start.
            throw MigrationException.configuration(profile.file() + " (field migrations.upgradeCommand): cannot run '"
                    + String.join(" ", command) + "' in " + directory + ": " + e.getMessage()
                    + "; name a command installed here (e.g. [\"alembic\", \"upgrade\", \"head\"] with alembic on the PATH)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw MigrationException.failure("the rehearsal was interrupted", e);
        }
    }

    /** The major version of the pg_dump on the PATH, or -1. */
    public static int pgDumpMajor() {
        try {
            Process process = new ProcessBuilder("pg_dump", "--version").redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return -1;
            }
            return DistributionPostgres.majorOf(out);
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private void loadSchemaWithPgDump(DatabaseUrl production, SandboxDatabase copy) throws MigrationException, SQLException {
        DatabaseUrl.HostPort host = production.hosts().get(0);
        List<String> command = new ArrayList<>(List.of("pg_dump", "--schema-only", "--no-owner", "--no-privileges",
                "--host", host.host(), "--port", Integer.toString(host.port()), "--dbname", production.database()));
        if (production.user() != null) {
            command.addAll(List.of("--username", production.user()));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE);
        // The password through the environment, never on the command line (ps shows arguments).
        if (production.hasPassword()) {
            builder.environment().put("PGPASSWORD", production.password().reveal());
        }
        if (production.sslMode() != null) {
            builder.environment().put("PGSSLMODE", production.sslMode());
        }
        builder.environment().put("PGCONNECT_TIMEOUT", "10");
        StringBuilder script = new StringBuilder();
        String stderr;
        int exit;
        try {
            Process process = builder.start();
            runningDump = process;
            if (cancelled) {
                process.destroyForcibly();
            }
            process.getOutputStream().close();
            Thread errors = new Thread(() -> { }, "pg_dump-stderr");
            StringBuilder err = new StringBuilder();
            errors = new Thread(() -> {
                try {
                    err.append(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException ignored) {
                    // the exit code says it failed
                }
            }, "pg_dump-stderr");
            errors.start();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    // psql meta-commands (pg_dump 17.6+ writes backslash-restrict lines): JDBC cannot run them.
                    if (!line.startsWith("\\")) {
                        script.append(line).append('\n');
                    }
                }
            }
            if (!process.waitFor(commandTimeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw MigrationException.failure("pg_dump --schema-only did not finish within " + commandTimeout.toSeconds() + " s");
            }
            errors.join();
            exit = process.exitValue();
            stderr = err.toString().strip();
        } catch (IOException e) {
            throw MigrationException.failure("cannot run pg_dump: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw MigrationException.failure("the rehearsal was interrupted", e);
        }
        stopIfCancelled();
        if (exit != 0) {
            throw MigrationException.failure("pg_dump --schema-only from " + production.redacted() + " failed (exit " + exit + "): " + stderr);
        }
        try (Connection c = copy.connect(COPY_DATABASE, "signalbox-rehearsal"); Statement statement = c.createStatement()) {
            statement.execute(script.toString());
        }
    }

    private static void writeVersions(Connection c, List<String> current) throws SQLException {
        try (Statement statement = c.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS alembic_version (version_num varchar(32) NOT NULL,"
                    + " CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))");
            statement.execute("DELETE FROM alembic_version");
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO alembic_version (version_num) VALUES (?)")) {
            for (String revision : current) {
                insert.setString(1, revision);
                insert.executeUpdate();
            }
        }
    }

    private static Set<String> readVersions(Connection c) throws SQLException {
        Set<String> versions = new LinkedHashSet<>();
        try (Statement statement = c.createStatement(); ResultSet rs = statement.executeQuery("SELECT version_num FROM alembic_version")) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        return versions;
    }

    /**
     * An event trigger on {@code ddl_command_end} that writes, in the migrating transaction, the relation locks its
     * backend holds after each DDL statement. Only the copy gets it; the copy's server runs as superuser.
     */
    private static void installRecorder(SandboxDatabase copy) throws SQLException {
        try (Connection c = copy.connect(COPY_DATABASE, "signalbox-rehearsal"); Statement statement = c.createStatement()) {
            statement.execute("CREATE SCHEMA " + RECORDER_SCHEMA);
            statement.execute("CREATE TABLE " + RECORDER_SCHEMA + ".statement_locks (id bigserial PRIMARY KEY,"
                    + " at timestamptz NOT NULL, xid bigint NOT NULL, command_tag text, objects text, locks jsonb NOT NULL)");
            statement.execute("CREATE FUNCTION " + RECORDER_SCHEMA + ".record_locks() RETURNS event_trigger LANGUAGE plpgsql AS $$\n"
                    + "BEGIN\n"
                    + "  INSERT INTO " + RECORDER_SCHEMA + ".statement_locks (at, xid, command_tag, objects, locks)\n"
                    + "  SELECT clock_timestamp(), txid_current(), tg_tag,\n"
                    + "    (SELECT string_agg(DISTINCT d.object_identity, ', ') FROM pg_event_trigger_ddl_commands() d),\n"
                    + "    (SELECT coalesce(jsonb_agg(jsonb_build_object('oid', l.relation::bigint, 'name', n.nspname || '.' || c.relname,\n"
                    + "            'kind', c.relkind::text, 'mode', l.mode) ORDER BY n.nspname, c.relname, l.mode), '[]'::jsonb)\n"
                    + "       FROM pg_locks l JOIN pg_class c ON c.oid = l.relation JOIN pg_namespace n ON n.oid = c.relnamespace\n"
                    + "      WHERE l.pid = pg_backend_pid() AND l.locktype = 'relation' AND l.granted\n"
                    + "        AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())\n"
                    + "        AND n.nspname NOT IN ('pg_catalog', 'information_schema', '" + RECORDER_SCHEMA + "')\n"
                    + "        AND n.nspname NOT LIKE 'pg_toast%');\n"
                    + "END $$");
            statement.execute("CREATE EVENT TRIGGER signalbox_rehearsal_locks ON ddl_command_end EXECUTE FUNCTION "
                    + RECORDER_SCHEMA + ".record_locks()");
        }
    }

    private record Relation(String name, boolean table, long relfilenode) {
    }

    private static Map<Long, Relation> relations(Connection c) throws SQLException {
        Map<Long, Relation> result = new HashMap<>();
        try (Statement statement = c.createStatement(); ResultSet rs = statement.executeQuery(
                "SELECT c.oid::bigint, n.nspname || '.' || c.relname, c.relkind IN ('r', 'p', 'm'), c.relfilenode::bigint"
                        + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', '" + RECORDER_SCHEMA + "')"
                        + " AND n.nspname NOT LIKE 'pg_toast%' AND c.relkind IN ('r', 'p', 'm', 'i')")) {
            while (rs.next()) {
                result.put(rs.getLong(1), new Relation(rs.getString(2), rs.getBoolean(3), rs.getLong(4)));
            }
        }
        return result;
    }

    private static long lastRecord(Connection c) throws SQLException {
        try (Statement statement = c.createStatement();
             ResultSet rs = statement.executeQuery("SELECT coalesce(max(id), 0) FROM " + RECORDER_SCHEMA + ".statement_locks")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private record RecordedLock(long oid, String name, String kind, String mode) {
    }

    private record RecordedStatement(String tag, String objects, List<RecordedLock> locks, long sinceStart) {
    }

    private static List<RecordedStatement> recorded(Connection c, long after) throws SQLException {
        List<RecordedStatement> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT command_tag, objects, locks::text,"
                + " (extract(epoch FROM at - min(at) OVER ()) * 1000)::bigint FROM " + RECORDER_SCHEMA
                + ".statement_locks WHERE id > ? ORDER BY id")) {
            ps.setLong(1, after);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(2) == null) {
                        // CREATE ... IF NOT EXISTS that found the object (alembic_version): nothing was done.
                        continue;
                    }
                    List<RecordedLock> locks = new ArrayList<>();
                    try {
                        for (JsonNode node : Json.mapper().readTree(rs.getString(3))) {
                            locks.add(new RecordedLock(node.get("oid").asLong(), node.get("name").asText(),
                                    node.get("kind").asText(), node.get("mode").asText()));
                        }
                    } catch (IOException e) {
                        throw new SQLException("unreadable lock record: " + e.getMessage(), e);
                    }
                    result.add(new RecordedStatement(rs.getString(1), rs.getString(2), locks, rs.getLong(4)));
                }
            }
        }
        return result;
    }

    private record RevisionRun(Revision revision, CommandRun command, Duration duration, List<RecordedStatement> statements,
                               Map<String, String> strongest, Set<String> rewritten, String error) {
    }
}
