package dev.signalbox.database;

import dev.signalbox.common.BlockingCallGuard;
import dev.signalbox.config.DatabaseUrl;
import dev.signalbox.config.Profile;
import dev.signalbox.config.Profile.ConstraintExpectation;
import dev.signalbox.database.BackendActionResult.Outcome;
import dev.signalbox.database.ConnectionFacts.Setting;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database inspector: one entry point, {@link #snapshot()}, that reads everything in one short read-only
 * transaction and returns an immutable {@link DatabaseSnapshot}. Thread-safe; meant to be called every few seconds
 * from a background thread. It never throws for a database problem: an unreachable database or an unreadable part
 * becomes an error in the snapshot, and the next call tries again. {@link #close()} releases the pool.
 * <p>
 * Actions ({@link #cancel}, {@link #terminate}) take an explicit confirmation, are refused in read-only mode, and
 * return a result record; the ops layer wraps them with its guard and audit.
 */
public final class DatabaseInspector implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseInspector.class);
    private static final String TAG = SafeConnection.TAG;
    private static final Duration OWN_BACKEND_MEMORY = Duration.ofSeconds(90);
    private static final String ACCESS_EXCLUSIVE = "AccessExclusiveLock";

    /**
     * @param versionTable Alembic's version table; a session querying it is highlighted as a migration
     * @param readOnly     refuse cancel and terminate
     */
    public record Options(InspectorLimits limits, List<ConstraintExpectation> expectations, String versionTable,
                          boolean readOnly) {
        public Options {
            Objects.requireNonNull(limits, "limits");
            expectations = expectations == null ? List.of() : List.copyOf(expectations);
            versionTable = versionTable == null ? "alembic_version" : versionTable;
        }

        public static Options defaults() {
            return new Options(InspectorLimits.DEFAULT, List.of(), "alembic_version", false);
        }

        /** Expectations and version table from the profile; read-only if the profile or the caller says so. */
        public static Options forProfile(Profile profile, boolean readOnly) {
            Profile.DatabaseSettings db = profile.database();
            return new Options(InspectorLimits.DEFAULT, db == null ? List.of() : db.expectations(),
                    db == null ? null : db.versionTable(), readOnly || profile.isReadOnly());
        }

        public Options withReadOnly(boolean value) {
            return new Options(limits, expectations, versionTable, value);
        }
    }

    private final DatabaseUrl url;
    private final Options options;
    private final Object connectLock = new Object();
    private final Object snapshotLock = new Object();
    /** Handshake pid of each pooled client connection -> its backend pid and when it was last seen. */
    private final Map<Integer, long[]> ownBackends = new ConcurrentHashMap<>();
    /**
     * CHECK and EXCLUDE definitions by constraint oid. The deparsed text of one constraint changes only when a
     * column of its table is renamed, so an entry holds while the table's column names are the same.
     */
    private final Map<Long, CachedDefinition> definitions = new java.util.HashMap<>();
    private volatile ConnectionFacts facts;

    private record CachedDefinition(long table, List<String> columns, String definition) {
    }
    private volatile SafeConnection connection;
    private volatile boolean closed;

    private DatabaseInspector(DatabaseUrl url, Options options) {
        this.url = Objects.requireNonNull(url, "url");
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * One read-only snapshot, whatever the profile says (a check never cancels or terminates anything), and the pool
     * closed again: what {@code signalbox check} and the Profiles view's database test both read.
     */
    public static DatabaseSnapshot snapshotOnce(DatabaseUrl url, Profile profile) {
        try (DatabaseInspector inspector = open(url, Options.forProfile(profile, true))) {
            return inspector.snapshot();
        }
    }

    /** Creates the inspector; connecting happens on the first {@link #snapshot()} (and again after a failure). */
    public static DatabaseInspector open(DatabaseUrl url, Options options) {
        return new DatabaseInspector(url, options);
    }

    public DatabaseUrl url() {
        return url;
    }

    public Options options() {
        return options;
    }

    /** The facts of the last successful probe, or null before the first one. */
    public ConnectionFacts connectionFacts() {
        BlockingCallGuard.check("JDBC connection facts");
        return facts;
    }

    private SafeConnection connect() throws DatabaseException {
        synchronized (connectLock) {
            if (closed) {
                throw new DatabaseException("the database inspector is closed");
            }
            if (connection != null) {
                return connection;
            }
            try {
                facts = ConnectionProbe.run(url, options.limits());
            } catch (SQLException e) {
                throw new DatabaseException("cannot connect to " + url.redacted() + " (" + url.hostKind().label() + "): "
                        + SafeConnection.reason(e) + advice(e), e);
            }
            connection = SafeConnection.open(url, options.limits(), facts.inspectorLimits());
            LOG.info("database inspector connected to {}: PostgreSQL {}, pooler {}, limits via {}", url.redacted(),
                    facts.serverVersion(), facts.pooler().json(), facts.inspectorLimits().json());
            return connection;
        }
    }

    private String advice(SQLException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("refused") || message.contains("connection attempt failed") || message.contains("unknownhost")
                || message.contains("timed out")) {
            return "; check host and port, and that the database accepts connections from here";
        }
        if (message.contains("password authentication failed") || message.contains("no password")) {
            return "; check the user and password in the URL (or PGPASSWORD)";
        }
        if ((message.contains("ssl") || message.contains("reset")) && url.tlsDisabled() && url.hostKind().isHostedPublic()) {
            return "; this hosted database expects TLS: use sslmode=require";
        }
        return "";
    }

    /** Reads everything once. Never throws for a database problem; see {@link DatabaseSnapshot#errors()}. */
    public DatabaseSnapshot snapshot() {
        BlockingCallGuard.check("JDBC database snapshot");
        synchronized (snapshotLock) {
            long started = System.nanoTime();
            Instant at = Instant.now();
            Map<String, String> errors = new LinkedHashMap<>();
            SafeConnection safe;
            try {
                safe = connect();
            } catch (DatabaseException e) {
                errors.put("connection", e.getMessage());
                return new DatabaseSnapshot(at, millisSince(started), null,
                        List.of(new Verdict(Severity.ATTENTION, "connection", e.getMessage(), null)),
                        List.of(), List.of(), List.of(), LockTree.EMPTY, List.of(), List.of(), errors);
            }
            SnapshotParts parts;
            try {
                parts = safe.read(tx -> new SnapshotReader(tx, errors).read());
            } catch (DatabaseException e) {
                errors.put("connection", e.getMessage());
                return new DatabaseSnapshot(at, millisSince(started), facts,
                        List.of(new Verdict(Severity.ATTENTION, "connection", e.getMessage(), null)),
                        List.of(), List.of(), List.of(), LockTree.EMPTY, List.of(), hidden(facts), errors);
            }
            ConnectionFacts current = facts;
            List<ExpectationResult> expectations = errors.containsKey("constraints") ? List.of()
                    : ExpectationChecker.check(options.expectations(), parts.constraints());
            List<String> hidden = hidden(current);
            List<Verdict> verdicts = Verdicts.of(url, current, parts, expectations, errors, hidden);
            return new DatabaseSnapshot(at, millisSince(started), current, verdicts, parts.constraints(),
                    parts.invalidIndexes(), expectations, parts.lockTree(), parts.sessions(), hidden, errors);
        }
    }

    private static long millisSince(long started) {
        return Duration.ofNanos(System.nanoTime() - started).toMillis();
    }

    static List<String> hidden(ConnectionFacts facts) {
        if (facts == null || facts.privileges().superuser()) {
            return List.of();
        }
        List<String> hidden = new ArrayList<>();
        if (!facts.privileges().readAllStats()) {
            hidden.add("without pg_read_all_stats, the queries, states and wait events of other roles' sessions are"
                    + " hidden, and so is the progress of their index builds; who blocks whom still shows (from"
                    + " pg_locks). Grant it: GRANT pg_read_all_stats TO " + facts.user());
        }
        if (!facts.privileges().signalBackend()) {
            hidden.add("without pg_signal_backend, cancel and terminate work only on sessions of role " + facts.user()
                    + ". Grant it: GRANT pg_signal_backend TO " + facts.user());
        }
        return hidden;
    }

    /** Records the backend behind a pooled client connection; a change between transactions means transaction pooling. */
    private int[] ownBackendPids(SafeConnection.Transaction tx, int backendPid) {
        long now = System.nanoTime();
        long[] previous = ownBackends.put(tx.handshakePid(), new long[]{backendPid, now});
        ConnectionFacts current = facts;
        if (previous != null && previous[0] != backendPid && current.pooler() != PoolerMode.TRANSACTION) {
            facts = new ConnectionFacts(current.url(), current.hostKind(), current.serverVersion(),
                    current.serverVersionNumber(), current.user(), current.database(), current.ssl(),
                    PoolerMode.TRANSACTION, "the backend pid changed between two snapshots on one client connection ("
                    + previous[0] + ", then " + backendPid + "): transaction pooling",
                    current.handshakePid(), current.backendPid(), current.settings(), current.roleDefaults(),
                    current.privileges(), current.inspectorLimits(), current.optionsParameter());
            current = facts;
        }
        if (current.pooler() == PoolerMode.TRANSACTION) {
            // Other server backends are shared with other clients: only the one in this transaction is ours.
            return new int[]{backendPid};
        }
        Set<Integer> pids = new HashSet<>();
        pids.add(backendPid);
        ownBackends.entrySet().removeIf(e -> now - e.getValue()[1] > OWN_BACKEND_MEMORY.toNanos());
        for (long[] seen : ownBackends.values()) {
            pids.add((int) seen[0]);
        }
        return pids.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Reads the parts of one snapshot inside the snapshot's transaction, each in its own savepoint. */
    private final class SnapshotReader {
        @FunctionalInterface
        private interface PartBody<T> {
            T run() throws SQLException;
        }

        private final SafeConnection.Transaction tx;
        private final Connection c;
        private final Map<String, String> errors;

        SnapshotReader(SafeConnection.Transaction tx, Map<String, String> errors) {
            this.tx = tx;
            this.c = tx.connection();
            this.errors = errors;
        }

        SnapshotParts read() throws SQLException {
            int backendPid;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(TAG + "SELECT pg_backend_pid()")) {
                rs.next();
                backendPid = rs.getInt(1);
            }
            if (tx.settingsBeforeLimits() != null) {
                refreshSettings(tx.settingsBeforeLimits());
            }
            int[] own = ownBackendPids(tx, backendPid);
            List<BackendSession> sessions = part("sessions", () -> sessions(own), List.of());
            List<LockTree.LockRow> locks = new ArrayList<>();
            Set<Long> exclusiveOids = new HashSet<>();
            Set<String> exclusiveNames = new HashSet<>();
            Set<String> shareUpdateExclusive = new HashSet<>();
            part("locks", () -> locks(own, locks, exclusiveOids, exclusiveNames, shareUpdateExclusive), null);
            LockTree tree = errors.containsKey("locks") ? LockTree.EMPTY : LockTree.build(sessions, locks);
            Long[] skip = exclusiveOids.toArray(Long[]::new);
            List<Constraint> constraints = part("constraints", () -> constraints(skip), List.of());
            List<InvalidIndex> indexes = part("indexes", () -> invalidIndexes(skip, shareUpdateExclusive), List.of());
            int skipped = (int) constraints.stream().filter(k -> k.definitionSkipped() != null).count()
                    + (int) indexes.stream().filter(k -> k.definitionSkipped() != null).count();
            return new SnapshotParts(sessions, tree, constraints, indexes, skipped, exclusiveNames);
        }

        private void refreshSettings(Map<String, Setting> settings) {
            ConnectionFacts current = facts;
            if (!current.settings().equals(settings)) {
                facts = new ConnectionFacts(current.url(), current.hostKind(), current.serverVersion(),
                        current.serverVersionNumber(), current.user(), current.database(), current.ssl(),
                        current.pooler(), current.poolerEvidence(), current.handshakePid(), current.backendPid(),
                        settings, current.roleDefaults(), current.privileges(), current.inspectorLimits(),
                        current.optionsParameter());
            }
        }

        private <T> T part(String name, PartBody<T> body, T fallback) throws SQLException {
            try (Statement st = c.createStatement()) {
                st.execute(TAG + "SAVEPOINT signalbox_part");
            }
            try {
                T result = body.run();
                try (Statement st = c.createStatement()) {
                    st.execute(TAG + "RELEASE SAVEPOINT signalbox_part");
                }
                return result;
            } catch (SQLException e) {
                errors.put(name, "could not read " + name + ": " + SafeConnection.reason(e));
                LOG.warn("reading {} failed: {}", name, SafeConnection.reason(e));
                try (Statement st = c.createStatement()) {
                    st.execute(TAG + "ROLLBACK TO SAVEPOINT signalbox_part");
                }
                return fallback;
            }
        }

        private Array ints(int[] values) throws SQLException {
            return c.createArrayOf("int4", Arrays.stream(values).boxed().toArray());
        }

        private List<BackendSession> sessions(int[] own) throws SQLException {
            String versionTable = options.versionTable().toLowerCase(Locale.ROOT);
            List<BackendSession> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(TAG
                    + "SELECT a.pid, a.usename, a.application_name, host(a.client_addr), a.state, a.wait_event_type,"
                    + " a.wait_event, extract(epoch FROM now() - a.xact_start)::float8,"
                    + " extract(epoch FROM now() - a.state_change)::float8, left(a.query, 2000),"
                    // pg_blocking_pids takes every lock-manager partition lock: only for sessions that wait on a lock.
                    + " CASE WHEN a.wait_event_type = 'Lock' OR a.pid IN (SELECT w.pid FROM pg_locks w WHERE NOT w.granted)"
                    + " THEN pg_blocking_pids(a.pid) END"
                    + " FROM pg_stat_activity a"
                    // Without pg_read_all_stats, another role's row keeps its pid and user but loses backend_type.
                    + " WHERE (a.backend_type = 'client backend' OR (a.backend_type IS NULL AND a.usesysid IS NOT NULL))"
                    + " AND (a.datid IS NULL OR a.datid = (SELECT oid FROM pg_database WHERE datname = current_database()))"
                    + " AND a.pid <> ALL (?)"
                    + " ORDER BY a.pid")) {
                ps.setArray(1, ints(own));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String application = rs.getString(3);
                        String query = rs.getString(10);
                        Double xact = (Double) rs.getObject(8);
                        Array blocking = rs.getArray(11);
                        List<Integer> blockedBy = blocking == null ? List.of() : Arrays.asList((Integer[]) blocking.getArray());
                        boolean migration = (application != null && application.toLowerCase(Locale.ROOT).contains("alembic"))
                                || (query != null && query.toLowerCase(Locale.ROOT).contains(versionTable));
                        boolean longTransaction = xact != null && xact >= options.limits().longTransaction().toSeconds();
                        out.add(new BackendSession(rs.getInt(1), rs.getString(2), application, rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), xact, (Double) rs.getObject(9),
                                query, blockedBy, migration, longTransaction));
                    }
                }
            }
            return out;
        }

        private Void locks(int[] own, List<LockTree.LockRow> rows, Set<Long> exclusiveOids, Set<String> exclusiveNames,
                           Set<String> shareUpdateExclusive) throws SQLException {
            String waitStart = facts.serverVersionNumber() >= 140000 ? "extract(epoch FROM now() - l.waitstart)::float8" : "NULL::float8";
            try (PreparedStatement ps = c.prepareStatement(TAG
                    + "SELECT l.pid, l.locktype, l.mode, l.granted, l.relation::int8, n.nspname, k.relname, " + waitStart
                    + " FROM pg_locks l"
                    + " LEFT JOIN pg_class k ON k.oid = l.relation AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
                    + " LEFT JOIN pg_namespace n ON n.oid = k.relnamespace"
                    + " WHERE l.pid <> ALL (?) AND (NOT l.granted OR (l.locktype = 'relation' AND k.oid IS NOT NULL))")) {
                ps.setArray(1, ints(own));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String mode = rs.getString(3);
                        boolean granted = rs.getBoolean(4);
                        long oid = rs.getLong(5);
                        boolean hasRelation = !rs.wasNull();
                        String relation = rs.getString(7) == null ? null : rs.getString(6) + "." + rs.getString(7);
                        rows.add(new LockTree.LockRow(rs.getInt(1), rs.getString(2), mode, granted, relation,
                                (Double) rs.getObject(8)));
                        if (hasRelation && ACCESS_EXCLUSIVE.equals(mode)) {
                            exclusiveOids.add(oid);
                            if (relation != null) {
                                exclusiveNames.add(relation);
                            }
                        }
                        if (granted && relation != null && "ShareUpdateExclusiveLock".equals(mode)) {
                            shareUpdateExclusive.add(relation);
                        }
                    }
                }
            }
            return null;
        }

        private List<Constraint> constraints(Long[] skip) throws SQLException {
            // Column names come from one set-based read of pg_attribute: resolving conkey per constraint in SQL
            // (a correlated subquery each) cost more than everything else in a snapshot of 6,000 constraints.
            Map<Long, List<String>> columnsByTable = new java.util.HashMap<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(TAG
                    + "SELECT a.attrelid::int8, a.attnum, a.attname::text FROM pg_attribute a"
                    + " WHERE a.attnum > 0 AND a.attrelid IN (SELECT conrelid FROM pg_constraint"
                    + " UNION SELECT confrelid FROM pg_constraint WHERE confrelid <> 0)"
                    )) {
                while (rs.next()) {
                    List<String> columns = columnsByTable.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>());
                    int attnum = rs.getInt(2);
                    while (columns.size() < attnum) {
                        columns.add(null);
                    }
                    columns.set(attnum - 1, rs.getString(3));
                }
            }
            List<Long> cached = new ArrayList<>();
            definitions.forEach((oid, entry) -> {
                if (entry.columns().equals(columnsByTable.get(entry.table()))) {
                    cached.add(oid);
                }
            });
            Map<Long, CachedDefinition> seen = new java.util.HashMap<>();
            List<Long> present = new ArrayList<>();
            List<Constraint> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(TAG
                    + "SELECT c.oid::int8, n.nspname, t.relname, c.conname, c.contype, c.convalidated, c.condeferrable,"
                    + " c.condeferred, c.confdeltype, c.confupdtype, rn.nspname, rt.relname, c.conrelid::int8,"
                    + " c.confrelid::int8, c.conkey::text, c.confkey::text, s.locked,"
                    // pg_get_constraintdef waits behind a pending ACCESS EXCLUSIVE request: never call it there.
                    + " CASE WHEN c.contype IN ('c', 'x') AND NOT s.locked"
                    + "   AND c.oid::int8 NOT IN (SELECT unnest(?::int8[])) THEN pg_get_constraintdef(c.oid) END"
                    + " FROM pg_constraint c"
                    + " JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace"
                    + " LEFT JOIN pg_class rt ON rt.oid = c.confrelid LEFT JOIN pg_namespace rn ON rn.oid = rt.relnamespace"
                    + " CROSS JOIN LATERAL (SELECT c.conrelid::int8 IN (SELECT unnest(?::int8[])) AS locked) s"
                    + " WHERE c.contype IN ('p', 'u', 'f', 'c', 'x')"
                    + " AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'")) {
                ps.setArray(1, c.createArrayOf("int8", cached.toArray()));
                ps.setArray(2, c.createArrayOf("int8", skip));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long oid = rs.getLong(1);
                        present.add(oid);
                        String type = switch (rs.getString(5)) {
                            case "p" -> "PRIMARY KEY";
                            case "u" -> "UNIQUE";
                            case "f" -> "FOREIGN KEY";
                            case "c" -> "CHECK";
                            default -> "EXCLUDE";
                        };
                        boolean foreign = type.equals("FOREIGN KEY");
                        String table = rs.getString(2) + "." + rs.getString(3);
                        long relid = rs.getLong(13);
                        boolean locked = rs.getBoolean(17);
                        boolean hasDefinition = type.equals("CHECK") || type.equals("EXCLUDE");
                        String definition = rs.getString(18);
                        if (hasDefinition && !locked) {
                            CachedDefinition entry = definition != null
                                    ? new CachedDefinition(relid, columnsByTable.get(relid), definition) : definitions.get(oid);
                            if (entry != null) {
                                definition = entry.definition();
                                seen.put(oid, entry);
                            }
                        }
                        out.add(new Constraint(rs.getString(2), rs.getString(3), rs.getString(4), type,
                                names(rs.getString(15), columnsByTable.get(relid)),
                                foreign ? rs.getString(11) + "." + rs.getString(12) : null,
                                foreign ? names(rs.getString(16), columnsByTable.get(rs.getLong(14))) : null,
                                rs.getBoolean(6), rs.getBoolean(7), rs.getBoolean(8),
                                foreign ? action(rs.getString(9)) : null, foreign ? action(rs.getString(10)) : null,
                                hasDefinition && locked ? null : definition,
                                hasDefinition && locked ? "not read: an ACCESS EXCLUSIVE lock on " + table
                                        + " is held or requested, and reading the definition would wait behind it" : null));
                    }
                }
            }
            out.sort(java.util.Comparator.comparing(Constraint::schema).thenComparing(Constraint::table).thenComparing(Constraint::name));
            // Keep entries of constraints that still exist, including those skipped now behind a lock.
            Map<Long, CachedDefinition> kept = new java.util.HashMap<>(seen);
            for (Long oid : present) {
                CachedDefinition old = definitions.get(oid);
                if (old != null) {
                    kept.putIfAbsent(oid, old);
                }
            }
            definitions.clear();
            definitions.putAll(kept);
            return out;
        }

        /** Column names of an int2[] of attribute numbers, read as its text form {@code {1,2}}. */
        private static List<String> names(String attnums, List<String> columns) {
            if (attnums == null || attnums.length() < 3) {
                return List.of();
            }
            List<String> names = new ArrayList<>();
            for (String value : attnums.substring(1, attnums.length() - 1).split(",")) {
                int attnum = Integer.parseInt(value);
                names.add(columns != null && attnum >= 1 && attnum <= columns.size() ? columns.get(attnum - 1) : "#" + attnum);
            }
            return names;
        }

        private List<InvalidIndex> invalidIndexes(Long[] skip, Set<String> shareUpdateExclusive) throws SQLException {
            boolean progress = facts.serverVersionNumber() >= 120000;
            ConnectionFacts.Privileges privileges = facts.privileges();
            boolean seesAllProgress = privileges.superuser() || privileges.readAllStats();
            List<InvalidIndex> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(TAG
                    + "SELECT n.nspname, t.relname, i.relname, s.locked,"
                    + " CASE WHEN NOT s.locked THEN pg_get_indexdef(x.indexrelid) END,"
                    + (progress ? " p.pid, p.phase" : " NULL::int, NULL::text")
                    + " FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid"
                    + " JOIN pg_namespace n ON n.oid = t.relnamespace"
                    + " CROSS JOIN LATERAL (SELECT x.indrelid::int8 = ANY (?::int8[]) OR x.indexrelid::int8 = ANY (?::int8[]) AS locked) s"
                    + (progress ? " LEFT JOIN pg_stat_progress_create_index p ON p.index_relid = x.indexrelid" : "")
                    + " WHERE NOT x.indisvalid ORDER BY 1, 2, 3")) {
                Array skipArray = c.createArrayOf("int8", skip);
                ps.setArray(1, skipArray);
                ps.setArray(2, skipArray);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String table = rs.getString(1) + "." + rs.getString(2);
                        String index = rs.getString(1) + "." + rs.getString(3);
                        Integer pid = (Integer) rs.getObject(6);
                        InvalidIndex.State state;
                        String advice;
                        if (pid != null) {
                            state = InvalidIndex.State.BUILDING;
                            advice = "a build is running (pid " + pid + "); it becomes valid when it finishes";
                        } else if (!seesAllProgress && shareUpdateExclusive.contains(table)) {
                            state = InvalidIndex.State.UNKNOWN;
                            advice = "another session holds SHARE UPDATE EXCLUSIVE on " + table + ", as a running build"
                                    + " does, and build progress is hidden without pg_read_all_stats";
                        } else {
                            state = InvalidIndex.State.FAILED;
                            advice = "a failed or cancelled concurrent build: the index is updated on every write and"
                                    + " never used. DROP INDEX CONCURRENTLY " + index
                                    + "; fix the cause (e.g. duplicate rows for a UNIQUE index), then build it again";
                        }
                        boolean locked = rs.getBoolean(4);
                        out.add(new InvalidIndex(rs.getString(1), rs.getString(2), rs.getString(3), state, pid,
                                rs.getString(7), rs.getString(5),
                                locked ? "not read: an ACCESS EXCLUSIVE lock on " + table
                                        + " is held or requested, and reading the definition would wait behind it" : null,
                                advice));
                    }
                }
            }
            return out;
        }
    }

    private static String action(String code) {
        return switch (code) {
            case "a" -> "NO ACTION";
            case "r" -> "RESTRICT";
            case "c" -> "CASCADE";
            case "n" -> "SET NULL";
            case "d" -> "SET DEFAULT";
            default -> null;
        };
    }

    // ------------------------------------------------------------------------------------------------ relations

    /**
     * Size, row estimate and current lock holders of the given tables ({@code schema.table}), in one read-only
     * transaction; with no table, only the server version.
     */
    public RelationFacts.Report relations(java.util.Collection<String> qualifiedNames) throws DatabaseException {
        BlockingCallGuard.check("JDBC relation facts");
        SafeConnection safe = connect();
        List<String> names = List.copyOf(new java.util.LinkedHashSet<>(qualifiedNames));
        return safe.read(tx -> {
            Connection c = tx.connection();
            int version;
            try (Statement statement = c.createStatement();
                 ResultSet rs = statement.executeQuery(TAG + "SELECT current_setting('server_version_num')::int")) {
                rs.next();
                version = rs.getInt(1);
            }
            Map<String, long[]> found = new LinkedHashMap<>();
            Map<Long, List<RelationFacts.LockHolder>> locks = new java.util.HashMap<>();
            if (!names.isEmpty()) {
                Array wanted = c.createArrayOf("text", names.toArray());
                // Sizes from the catalog's page counts, not pg_total_relation_size: that one opens the table with
                // ACCESS SHARE, which queues behind a waiting ACCESS EXCLUSIVE - the very situation being reported.
                try (PreparedStatement ps = c.prepareStatement(TAG + "SELECT n.nspname || '.' || c.relname, c.oid,"
                        + " (c.relpages + coalesce((SELECT t.relpages FROM pg_class t WHERE t.oid = c.reltoastrelid), 0)"
                        + " + coalesce((SELECT sum(i.relpages) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid"
                        + " WHERE x.indrelid = c.oid), 0))::bigint * current_setting('block_size')::bigint,"
                        + " c.reltuples::bigint FROM pg_class c"
                        + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname || '.' || c.relname = ANY (?)")) {
                    ps.setArray(1, wanted);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
                        }
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(TAG + "SELECT l.relation::bigint, l.pid, a.application_name,"
                        + " a.state, l.mode, l.granted, extract(epoch FROM now() - a.state_change)::float8,"
                        + " extract(epoch FROM now() - a.xact_start)::float8 FROM pg_locks l"
                        + " JOIN pg_stat_activity a ON a.pid = l.pid"
                        + " WHERE l.locktype = 'relation' AND l.pid <> pg_backend_pid()"
                        + " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
                        + " AND l.relation::bigint = ANY (?) ORDER BY l.granted DESC, a.xact_start NULLS LAST, l.pid")) {
                    ps.setArray(1, c.createArrayOf("int8", found.values().stream().map(v -> v[0]).toArray()));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            double inState = rs.getDouble(7);
                            boolean noState = rs.wasNull();
                            double inTx = rs.getDouble(8);
                            boolean noTx = rs.wasNull();
                            locks.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new RelationFacts.LockHolder(
                                    rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getBoolean(6),
                                    noState ? null : Duration.ofMillis((long) (inState * 1000)),
                                    noTx ? null : Duration.ofMillis((long) (inTx * 1000))));
                        }
                    }
                }
            }
            List<RelationFacts> result = new ArrayList<>();
            for (String name : names) {
                long[] row = found.get(name);
                result.add(row == null ? new RelationFacts(name, false, 0, 0, List.of())
                        : new RelationFacts(name, true, row[1], row[2], locks.getOrDefault(row[0], List.of())));
            }
            return new RelationFacts.Report(version, result);
        });
    }

    // ---------------------------------------------------------------------------------------------------- actions

    /** {@code pg_cancel_backend(pid)}: stops the running query. Does nothing to an idle-in-transaction session. */
    public BackendActionResult cancel(int pid, BackendActionConfirmation confirmation) {
        BlockingCallGuard.check("JDBC pg_cancel_backend");
        return signal(BackendAction.CANCEL, pid, confirmation);
    }

    /** {@code pg_terminate_backend(pid)}: ends the session; its transaction rolls back and its locks are released. */
    public BackendActionResult terminate(int pid, BackendActionConfirmation confirmation) {
        BlockingCallGuard.check("JDBC pg_terminate_backend");
        return signal(BackendAction.TERMINATE, pid, confirmation);
    }

    private record Target(String state, String user, String query, String queryStart) {
    }

    private BackendActionResult signal(BackendAction action, int pid, BackendActionConfirmation confirmation) {
        Instant at = Instant.now();
        if (confirmation == null || confirmation.action() != action || confirmation.pid() != pid) {
            return result(action, pid, Outcome.REFUSED, "not confirmed: the confirmation is for "
                    + (confirmation == null ? "nothing" : confirmation.action().json() + " of pid " + confirmation.pid()), null, at);
        }
        if (options.readOnly()) {
            return result(action, pid, Outcome.REFUSED, "read-only mode: cancel and terminate are disabled", null, at);
        }
        SafeConnection safe;
        Target target;
        try {
            safe = connect();
            target = safe.read(tx -> {
                if (pid == ownPid(tx)) {
                    return new Target("own", null, null, null);
                }
                return lookup(tx.connection(), pid);
            });
        } catch (DatabaseException e) {
            return result(action, pid, Outcome.FAILED, e.getMessage(), null, at);
        }
        if (target == null) {
            return result(action, pid, Outcome.FAILED, "no backend with pid " + pid + " in this database (it may have ended already)", null, at);
        }
        if ("own".equals(target.state())) {
            return result(action, pid, Outcome.REFUSED, "pid " + pid + " is the inspector's own backend", null, at);
        }
        String caveat = BackendAction.poolerCaveat(pid, facts.pooler());
        String pooler = caveat.isEmpty() ? "" : " " + caveat;
        boolean idleInTransaction = target.state() != null && target.state().startsWith("idle in transaction");
        String function = action == BackendAction.CANCEL ? "pg_cancel_backend" : "pg_terminate_backend";
        boolean sent;
        try {
            sent = safe.read(tx -> {
                try (PreparedStatement ps = tx.connection().prepareStatement(TAG + "SELECT " + function + "(?)")) {
                    ps.setInt(1, pid);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getBoolean(1);
                    }
                }
            });
        } catch (DatabaseException e) {
            String message = e.getCause() instanceof SQLException sql && "42501".equals(sql.getSQLState())
                    ? "permission denied: " + function + " on another role's session needs pg_signal_backend, and a"
                    + " superuser's session needs a superuser (" + e.getMessage() + ")"
                    : e.getMessage();
            return result(action, pid, Outcome.FAILED, message, target, at);
        }
        LOG.info("{} of backend {} ({}, {}) confirmed by {}: signal {}", action.json(), pid, target.state(), target.user(),
                confirmation.confirmedBy(), sent ? "sent" : "not sent");
        if (!sent) {
            return result(action, pid, Outcome.FAILED, function + "(" + pid + ") returned false: the backend is gone"
                    + " or is not a PostgreSQL backend." + pooler, target, at);
        }
        if (!action.hasEffect(idleInTransaction)) {
            return result(action, pid, Outcome.NO_EFFECT, action.effect(pid, true) + pooler, target, at);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        Target after = target;
        while (System.nanoTime() < deadline) {
            try {
                after = safe.read(tx -> lookup(tx.connection(), pid));
            } catch (DatabaseException e) {
                return result(action, pid, Outcome.FAILED, "signal sent, but checking the backend afterwards failed: "
                        + e.getMessage(), target, at);
            }
            if (action == BackendAction.TERMINATE && after == null) {
                return result(action, pid, Outcome.DONE, "backend " + pid + " terminated: its transaction rolled back"
                        + " and its locks were released." + pooler, target, at);
            }
            if (action == BackendAction.CANCEL && (after == null || !Objects.equals(after.queryStart(), target.queryStart())
                    || !"active".equals(after.state()))) {
                return result(action, pid, Outcome.DONE, "query of backend " + pid + " cancelled; the session stays"
                        + " connected" + (target.state() != null && target.state().equals("active") && after != null
                        && after.state() != null && after.state().startsWith("idle in transaction")
                        ? " and its transaction is now aborted (still holding its locks until it rolls back)" : "")
                        + "." + pooler, target, at);
            }
            waitBriefly();
        }
        return result(action, pid, Outcome.FAILED, "signal sent, but backend " + pid + " is still "
                + (after != null ? after.state() : "there") + " after 3 s." + pooler, target, at);
    }

    private static void waitBriefly() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int ownPid(SafeConnection.Transaction tx) throws SQLException {
        try (Statement st = tx.connection().createStatement(); ResultSet rs = st.executeQuery(TAG + "SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Target lookup(Connection c, int pid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(TAG + "SELECT state, usename, left(query, 500), query_start::text"
                + " FROM pg_stat_activity WHERE pid = ?")) {
            ps.setInt(1, pid);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Target(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)) : null;
            }
        }
    }

    private static BackendActionResult result(BackendAction action, int pid, Outcome outcome, String message, Target target, Instant at) {
        return new BackendActionResult(action, pid, outcome, message, target == null ? null : target.state(),
                target == null ? null : target.user(), target == null ? null : target.query(), at);
    }

    @Override
    public void close() {
        synchronized (connectLock) {
            closed = true;
            if (connection != null) {
                connection.close();
                connection = null;
            }
        }
    }
}
