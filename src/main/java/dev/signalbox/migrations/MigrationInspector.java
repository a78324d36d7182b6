package dev.signalbox.migrations;

import dev.signalbox.config.DatabaseUrl;
import dev.signalbox.migrations.MigrationProblem.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The one entry point: locate, read and graph the scripts, read the database, classify, add git state and lint,
 * and return a {@link MigrationSnapshot}. Blocking, thread-safe (no shared mutable state), bounded by the
 * database timeout given to {@link VersionTableReader}. Call it on a background thread.
 */
public final class MigrationInspector {
    private final ScriptLocation location;
    private final boolean withGit;
    private final boolean withLint;
    private final Clock clock;

    public MigrationInspector(ScriptLocation location, boolean withGit, boolean withLint, Clock clock) {
        this.location = location;
        this.withGit = withGit;
        this.withLint = withLint;
        this.clock = clock;
    }

    public MigrationInspector(ScriptLocation location) {
        this(location, true, true, Clock.systemUTC());
    }

    public ScriptLocation location() {
        return location;
    }

    /** Code only: no database. */
    public MigrationSnapshot inspect() throws MigrationException {
        return snapshot(null);
    }

    public MigrationSnapshot inspect(DatabaseUrl url, VersionTableReader reader) throws MigrationException {
        RevisionGraph graph = loadGraph();
        return assemble(graph, reader.read(url));
    }

    public MigrationSnapshot inspect(Connection connection, VersionTableReader reader) throws MigrationException {
        RevisionGraph graph = loadGraph();
        return assemble(graph, reader.read(connection));
    }

    /** With a database state read elsewhere (or null for none). */
    public MigrationSnapshot snapshot(DatabaseState database) throws MigrationException {
        return assemble(loadGraph(), database);
    }

    /** Reads every revision file (in parallel: parsing is CPU-bound and files are independent) and builds the graph. */
    public RevisionGraph loadGraph() throws MigrationException {
        try {
            List<Path> files = ScriptLocator.revisionFiles(location);
            List<RevisionFile> parsed = files.parallelStream().map(RevisionFileReader::read).toList();
            return RevisionGraph.build(parsed);
        } catch (UncheckedIOException e) {
            throw MigrationException.failure("cannot list the revision files: " + e.getCause().getMessage(), e);
        }
    }

    private MigrationSnapshot assemble(RevisionGraph graph, DatabaseState database) {
        Classification c = classify(graph, database);
        List<MigrationProblem> problems = new ArrayList<>(location.problems());
        problems.addAll(graph.problems());
        problems.addAll(c.problems());
        GitState git = withGit ? GitInspector.inspect(location.versionLocations()) : null;
        if (git != null && database != null) {
            problems.addAll(localOnly(graph, database, c.pending(), git));
        }
        List<LintFinding> lint = List.of();
        if (withLint) {
            try {
                lint = lint(graph, LintSettings.find(location));
            } catch (MigrationException e) {
                problems.add(MigrationProblem.warning(Kind.LOCATION, e.getMessage() + "; the lint used the default settings", null, 0));
                lint = lint(graph, LintSettings.defaults());
            }
        }
        return new MigrationSnapshot(clock.instant(), location, graph, database, c.status(), c.pending(), c.unknown(),
                git, lint, problems);
    }

    /**
     * Incident 1 seen from this machine: the database (or the next upgrade) needs a revision whose file is not in
     * the upstream branch, so the deployed image will not contain it.
     */
    static List<MigrationProblem> localOnly(RevisionGraph graph, DatabaseState database, List<Revision> pending, GitState git) {
        java.util.Map<Path, GitState.State> states = new java.util.HashMap<>();
        for (GitState.FileState f : git.files()) {
            states.put(normalize(f.file()), f.state());
        }
        List<MigrationProblem> found = new ArrayList<>();
        java.util.Set<String> applied = new java.util.LinkedHashSet<>();
        for (String current : database.current()) {
            if (graph.contains(current)) {
                applied.addAll(graph.appliedRevisions(List.of(current)));
            }
        }
        for (String id : applied) {
            Revision r = graph.revision(id).orElseThrow();
            GitState.State state = states.get(normalize(r.file()));
            if (state != null && state != GitState.State.MODIFIED) {
                found.add(MigrationProblem.error(Kind.LOCAL_ONLY_REVISION, "the database is already at or past " + id
                        + ", but its file is " + state.name().toLowerCase(java.util.Locale.ROOT) + " here: a deploy from "
                        + (git.upstream() != null ? git.upstream() : "the repository") + " will not contain it and"
                        + " 'alembic upgrade' there stops with \"Can't locate revision identified by ...\"; commit and push it",
                        r.file(), 0));
            }
        }
        for (Revision r : pending) {
            GitState.State state = states.get(normalize(r.file()));
            if (state != null && state != GitState.State.MODIFIED) {
                found.add(MigrationProblem.warning(Kind.LOCAL_ONLY_REVISION, "pending revision " + r.id() + " is "
                        + state.name().toLowerCase(java.util.Locale.ROOT) + " here: a deploy will not apply it until it is"
                        + " committed and pushed; do not run it against a shared database from this machine", r.file(), 0));
            }
        }
        return found;
    }

    private static Path normalize(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /** Lint every usable revision, in history order, with the project's pyproject.toml settings (defaults if unreadable). */
    public List<LintFinding> lint(RevisionGraph graph) {
        LintSettings settings;
        try {
            settings = LintSettings.find(location);
        } catch (MigrationException e) {
            settings = LintSettings.defaults();
        }
        return lint(graph, settings);
    }

    /** Lint every usable revision, in history order (one linter: earlier revisions inform later ones). */
    public List<LintFinding> lint(RevisionGraph graph, LintSettings settings) {
        MigrationLinter linter = new MigrationLinter(environmentSetsLockTimeout(), settings);
        java.util.Map<Path, RevisionFile> byFile = new java.util.HashMap<>();
        for (RevisionFile f : graph.files()) {
            byFile.put(f.file(), f);
        }
        // oldest first, so a column's type or a validated CHECK from an earlier revision is known to later ones
        List<Revision> history = graph.history();
        java.util.Map<String, List<LintFinding>> byRevision = new java.util.HashMap<>();
        for (int i = history.size() - 1; i >= 0; i--) {
            RevisionFile f = byFile.get(history.get(i).file());
            if (f != null) {
                byRevision.put(history.get(i).id(), linter.lint(f));
            }
        }
        List<LintFinding> findings = new ArrayList<>();
        for (Revision r : history) {
            findings.addAll(byRevision.getOrDefault(r.id(), List.of()));
        }
        return findings;
    }

    private boolean environmentSetsLockTimeout() {
        Path env = location.envPy();
        if (env == null || !Files.isRegularFile(env)) {
            return false;
        }
        try {
            // tokens, not text: a comment saying "no lock_timeout here" must not count
            return PythonTokens.tokenize(Files.readString(env, StandardCharsets.UTF_8)).stream()
                    .anyMatch(t -> t.kind() != PythonTokens.Kind.ERROR && t.text().toLowerCase(java.util.Locale.ROOT).contains("lock_timeout"));
        } catch (IOException e) {
            return false;
        }
    }

    /** The verdict and its evidence. */
    public record Classification(MigrationStatus status, List<Revision> pending, List<UnknownRevision> unknown,
                                 List<MigrationProblem> problems) {
    }

    /** Pure: compares the graph with the database state as Alembic would. Null state means "not checked". */
    public static Classification classify(RevisionGraph graph, DatabaseState state) {
        if (state == null) {
            return new Classification(MigrationStatus.NOT_CHECKED, List.of(), List.of(), List.of());
        }
        List<MigrationProblem> problems = new ArrayList<>();
        if (!state.tableExists()) {
            List<Revision> pending = graph.upgradePath(List.of());
            if (!state.candidates().isEmpty()) {
                problems.add(MigrationProblem.warning(Kind.LOCATION, "no table " + state.versionTable() + ", but "
                        + String.join(", ", state.candidates()) + " look like Alembic version tables; is the project"
                        + " configured with version_table / version_table_schema? (--version-table)", null, 0));
            }
            return new Classification(MigrationStatus.NO_VERSION_TABLE, pending, List.of(), problems);
        }
        List<UnknownRevision> unknown = new ArrayList<>();
        for (String current : state.current()) {
            if (!graph.contains(current)) {
                unknown.add(explainUnknown(graph, current));
            }
        }
        if (!unknown.isEmpty()) {
            return new Classification(MigrationStatus.UNKNOWN_REVISION, List.of(), unknown, problems);
        }
        List<String> overlapping = new ArrayList<>();
        for (String current : state.current()) {
            java.util.Set<String> ancestors = new java.util.LinkedHashSet<>(graph.appliedRevisions(List.of(current)));
            ancestors.remove(current);
            List<String> overlaps = state.current().stream().filter(ancestors::contains).distinct().toList();
            if (!overlaps.isEmpty()) {
                overlapping.add(current);
                problems.add(MigrationProblem.error(Kind.OVERLAPPING_VERSIONS, "Requested revision " + current
                        + " overlaps with other requested revisions " + String.join(", ", overlaps) + ": "
                        + state.versionTable() + " holds " + current + " and its ancestor, so 'alembic upgrade' stops"
                        + " with this error and applies nothing; delete the ancestor's row (" + String.join(", ", overlaps)
                        + ") after checking its changes are in the schema", graph.revision(current).map(Revision::file).orElse(null), 0));
            }
        }
        if (!overlapping.isEmpty()) {
            return new Classification(MigrationStatus.OVERLAPPING_VERSIONS, List.of(), List.of(), problems);
        }
        List<Revision> pending = graph.upgradePath(state.current());
        int limit = state.versionNumLength() > 0 ? state.versionNumLength() : 32;
        boolean tooLong = false;
        for (Revision r : pending) {
            if (r.id().length() > limit) {
                tooLong = true;
                problems.add(MigrationProblem.error(Kind.REVISION_ID_TOO_LONG, "revision id '" + r.id() + "' has "
                        + r.id().length() + " characters but " + state.versionTable() + ".version_num holds " + limit
                        + ": the upgrade fails when Alembic stamps it (value too long for type character varying("
                        + limit + "))", r.file(), 0));
            }
        }
        MigrationStatus status;
        if (tooLong) {
            status = MigrationStatus.REVISION_ID_TOO_LONG;
        } else if (graph.heads().size() > 1) {
            status = MigrationStatus.MULTIPLE_HEADS;
        } else if (!pending.isEmpty()) {
            status = MigrationStatus.PENDING;
        } else {
            status = MigrationStatus.UP_TO_DATE;
        }
        return new Classification(status, pending, List.of(), problems);
    }

    private static UnknownRevision explainUnknown(RevisionGraph graph, String id) {
        List<String> referencedBy = new ArrayList<>();
        for (Revision r : graph.revisions()) {
            if (r.downRevisions().contains(id) || r.dependsOn().contains(id)) {
                referencedBy.add(r.id());
            }
        }
        boolean missingParents = graph.problems().stream()
                .anyMatch(p -> p.kind() == Kind.MISSING_PARENT || p.kind() == Kind.MISSING_DEPENDENCY);
        String crash = "'alembic upgrade' will stop with \"Can't locate revision identified by '" + id + "'\"";
        if (!referencedBy.isEmpty()) {
            return new UnknownRevision(id, UnknownRevision.Cause.FILES_MISSING, "the database is at " + id
                    + ", which " + String.join(", ", referencedBy) + " names as parent, but no file defines it: the file was"
                    + " deleted or never committed; " + crash + ". Restore the file from git history or the machine that"
                    + " created it.");
        }
        if (missingParents) {
            return new UnknownRevision(id, UnknownRevision.Cause.FILES_MISSING, "the database is at " + id
                    + ", which no file defines, and the code already misses parents of its own revisions: revision"
                    + " files are missing from this checkout; " + crash + ".");
        }
        return new UnknownRevision(id, UnknownRevision.Cause.CODE_BEHIND_DATABASE, "the database is at " + id
                + ", which this code does not contain, while the code itself is complete: the database was migrated by"
                + " newer code (another branch, or files on a laptop that were never pushed); " + crash
                + ". Deploy the code that has " + id + ", or find its files (see the git state).");
    }

    /** Convenience for callers holding ids only (tests, benchmark). */
    static Collection<String> ids(Collection<Revision> revisions) {
        return revisions.stream().map(Revision::id).toList();
    }
}
