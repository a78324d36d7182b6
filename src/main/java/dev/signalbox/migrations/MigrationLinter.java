package dev.signalbox.migrations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies the {@link LintRule}s to a revision's {@code upgrade()}: Alembic operations ({@code op.*} and
 * {@code batch_op.*}) and the SQL given to {@code execute(...)} (also {@code conn.execute(text(...))} and
 * {@code op.get_bind().execute(...)}). Statements are taken in source order, so a {@code SET LOCAL lock_timeout}
 * before a risky statement counts, and one after it does not.
 *
 * <p>One linter reads a whole history in order ({@link #lint} revision after revision): what earlier revisions
 * did (column types, validated NOT NULL checks) informs later ones, as it does on the database.
 */
public final class MigrationLinter {
    private static final String NAME = "((?:\"[^\"]+\"|[\\w$]+)(?:\\s*\\.\\s*(?:\"[^\"]+\"|[\\w$]+))*)";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern ALTER_TABLE = Pattern.compile("^ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(?:ONLY\\s+)?" + NAME + "\\s*\\*?\\s+(.*)$", FLAGS);
    private static final Pattern CREATE_TABLE = Pattern.compile("^CREATE\\s+(?:(?:GLOBAL|LOCAL)\\s+)?(?:(?:TEMP|TEMPORARY|UNLOGGED)\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?" + NAME + "\\s*(\\((.*)\\))?", FLAGS);
    private static final Pattern CREATE_INDEX = Pattern.compile("^CREATE\\s+(UNIQUE\\s+)?INDEX\\s+(CONCURRENTLY\\s+)?(?:IF\\s+NOT\\s+EXISTS\\s+)?(?:" + NAME + "\\s+)?ON\\s+(?:ONLY\\s+)?" + NAME, FLAGS);
    private static final Pattern DROP_INDEX = Pattern.compile("^DROP\\s+INDEX\\s+(CONCURRENTLY\\s+)?(?:IF\\s+EXISTS\\s+)?" + NAME, FLAGS);
    private static final Pattern DROP_TABLE = Pattern.compile("^DROP\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?" + NAME, FLAGS);
    private static final Pattern SET = Pattern.compile("^SET\\s+(?:(SESSION|LOCAL)\\s+)?([\\w.\"]+)\\s*(?:=|\\s+TO\\s+)\\s*(.+)$", FLAGS);
    private static final Pattern RESET = Pattern.compile("^RESET\\s+([\\w.\"]+)", FLAGS);
    private static final Pattern SET_CONFIG = Pattern.compile("SET_CONFIG\\s*\\(\\s*'lock_timeout'\\s*,\\s*'([^']*)'\\s*,\\s*(\\w+)", FLAGS);
    private static final Pattern STRONG_OTHER = Pattern.compile("^(TRUNCATE|LOCK|CLUSTER|CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:CONSTRAINT\\s+)?TRIGGER"
            + "|DROP\\s+TRIGGER|REFRESH\\s+MATERIALIZED\\s+VIEW|VACUUM\\s+(?:\\([^)]*FULL[^)]*\\)|FULL)|REINDEX|CREATE\\s+(?:OR\\s+REPLACE\\s+)?RULE)\\b", FLAGS);
    private static final Pattern TABLE_AFTER_ON = Pattern.compile("\\bON\\s+(?:TABLE\\s+)?(?:ONLY\\s+)?" + NAME, FLAGS);
    private static final Pattern TABLE_AFTER_VERB = Pattern.compile("^(?:TRUNCATE|LOCK)\\s+(?:TABLE\\s+)?(?:ONLY\\s+)?" + NAME, FLAGS);

    private static final Pattern ADD_CONSTRAINT = Pattern.compile("^ADD\\s+(?:CONSTRAINT\\s+" + NAME + "\\s+)?(FOREIGN\\s+KEY|CHECK|UNIQUE|PRIMARY\\s+KEY|EXCLUDE)\\b\\s*(.*)$", FLAGS);
    private static final Pattern ADD_COLUMN = Pattern.compile("^ADD\\s+(?:COLUMN\\s+)?(?:IF\\s+NOT\\s+EXISTS\\s+)?" + NAME + "\\s+(.*)$", FLAGS);
    private static final Pattern VALIDATE = Pattern.compile("^VALIDATE\\s+CONSTRAINT\\s+" + NAME, FLAGS);
    private static final Pattern ALTER_TYPE = Pattern.compile("^ALTER\\s+(?:COLUMN\\s+)?" + NAME + "\\s+(?:SET\\s+DATA\\s+)?TYPE\\s+(.+)$", FLAGS);
    private static final Pattern SET_NOT_NULL = Pattern.compile("^ALTER\\s+(?:COLUMN\\s+)?" + NAME + "\\s+SET\\s+NOT\\s+NULL\\b", FLAGS);
    private static final Pattern WEAK_COLUMN_ACTION = Pattern.compile("^ALTER\\s+(?:COLUMN\\s+)?" + NAME + "\\s+(?:SET\\s+STATISTICS|SET\\s*\\(|RESET\\s*\\()", FLAGS);
    private static final Pattern WEAK_ACTION = Pattern.compile("^(?:SET\\s*\\(|RESET\\s*\\(|CLUSTER\\s+ON|SET\\s+WITHOUT\\s+CLUSTER|VALIDATE\\s+CONSTRAINT)", FLAGS);
    private static final Pattern TRIGGER_ACTION = Pattern.compile("^(?:ENABLE|DISABLE)\\s+(?:ALWAYS\\s+|REPLICA\\s+)?TRIGGER\\b", FLAGS);
    private static final Pattern DROP_CONSTRAINT = Pattern.compile("^DROP\\s+CONSTRAINT\\b", FLAGS);
    private static final Pattern DROP_COLUMN = Pattern.compile("^DROP\\s+(?:COLUMN\\s+)?(?:IF\\s+EXISTS\\s+)?" + NAME, FLAGS);
    private static final Pattern RENAME_CONSTRAINT = Pattern.compile("^RENAME\\s+CONSTRAINT\\b", FLAGS);
    private static final Pattern RENAME = Pattern.compile("^RENAME\\s+(?:TO\\b|(?:COLUMN\\s+)?" + NAME + "\\s+TO\\b)", FLAGS);
    private static final Pattern NOT_NULL_CHECK = Pattern.compile("^\\(\\s*" + NAME + "\\s+IS\\s+NOT\\s+NULL\\s*\\)", FLAGS);
    private static final Pattern FUNCTION_CALL = Pattern.compile("([A-Za-z_][\\w.]*)\\s*\\(");

    /**
     * Functions whose value does not change within a statement (pg_proc.provolatile 's' or 'i'): as a column
     * default PostgreSQL 11+ evaluates them once and stores the value in the catalog, no rewrite. Type names
     * appear here because {@code numeric(10,2)} in a cast reads like a call.
     */
    private static final Set<String> NON_VOLATILE = Set.of("now", "current_timestamp", "transaction_timestamp",
            "statement_timestamp", "localtimestamp", "current_date", "current_time", "localtime", "current_user",
            "session_user", "current_setting", "current_schema", "lower", "upper", "coalesce", "nullif", "greatest", "least",
            "jsonb_build_object", "json_build_object", "jsonb_build_array", "json_build_array", "to_jsonb", "to_json",
            "make_interval", "make_date", "make_timestamptz", "date_trunc", "timezone", "length", "concat", "md5", "abs",
            "round", "array", "cast", "numeric", "decimal", "varchar", "char", "character", "timestamp", "timestamptz",
            "interval", "time", "bit", "varbit", "float", "jsonb", "json", "text", "int", "integer", "bigint", "uuid");
    private static final Set<String> SERIAL_TYPES = Set.of("serial", "bigserial", "smallserial", "serial2", "serial4", "serial8");

    private final boolean environmentSetsLockTimeout;
    private final LintSettings settings;
    /** table.column to the type last given to it in the history read so far. */
    private final Map<String, SqlType> columnTypes = new HashMap<>();
    /** CHECK (col IS NOT NULL) constraints by name, to table.column. */
    private final Map<String, String> notNullChecks = new HashMap<>();
    /** table.column with a validated CHECK (col IS NOT NULL): SET NOT NULL skips its scan on PostgreSQL 12+. */
    private final Set<String> validatedNotNull = new HashSet<>();

    /**
     * @param environmentSetsLockTimeout env.py sets lock_timeout for every migration (then the per-file rule is quiet)
     */
    public MigrationLinter(boolean environmentSetsLockTimeout) {
        this(environmentSetsLockTimeout, LintSettings.defaults());
    }

    public MigrationLinter(boolean environmentSetsLockTimeout, LintSettings settings) {
        this.environmentSetsLockTimeout = environmentSetsLockTimeout;
        this.settings = settings;
    }

    public List<LintFinding> lint(RevisionFile file) {
        List<LintFinding> findings = new ArrayList<>();
        State state = new State(environmentSetsLockTimeout);
        for (PythonCall call : file.upgradeCalls()) {
            Context at = new Context(file, call, state, findings, settings.assumeInTransaction() && !call.autocommit());
            if (call.method().equals("execute")) {
                sql(at);
            } else if (call.isOperation() || call.batchTable() != null) {
                operation(at);
            }
        }
        return applyIgnores(file, findings);
    }

    private static final class State {
        boolean lockTimeout;
        final Set<String> createdTables = new HashSet<>();
        final Set<String> createdIndexes = new HashSet<>();
        /** NOT VALID constraints added inside this migration's transaction (null key: an unnamed one). */
        final Set<String> notValidInTransaction = new HashSet<>();

        State(boolean lockTimeout) {
            this.lockTimeout = lockTimeout;
        }
    }

    /** What one statement is linted with: where it is, what came before, where findings go. */
    private record Context(RevisionFile file, PythonCall call, State state, List<LintFinding> out, boolean inTransaction) {
    }

    private void report(Context at, LintRule rule, int line, String what) {
        report(at, rule, line, what, rule.lock());
    }

    private void report(Context at, LintRule rule, int line, String what, String lock) {
        if (settings.enabled(rule)) {
            at.out().add(LintFinding.of(rule, at.file(), line, what, lock));
        }
    }

    /** Stronger than SHARE UPDATE EXCLUSIVE on a table others use: a lock_timeout must come first. */
    private void needsTimeout(Context at, int line, String what, String lock) {
        if (!at.state().lockTimeout) {
            report(at, LintRule.LOCK_WITHOUT_TIMEOUT, line, what, lock);
        }
    }

    // ---- Alembic operations ------------------------------------------------------------------------------------

    private void operation(Context at) {
        PythonCall call = at.call();
        State state = at.state();
        boolean batch = !call.name().startsWith("op.") && call.batchTable() != null;
        int line = call.line();
        String what = call.name() + "(" + describeArgs(call) + ")";
        // batch_op.* takes no table argument: the arguments after it move one place to the left
        String table = batch ? call.batchTable() : call.stringArg(tablePosition(call.method()), "table_name");
        boolean existing = !createdHere(table, state);
        switch (call.method()) {
            case "create_table" -> {
                String name = call.stringArg(0, "table_name");
                if (name != null) {
                    state.createdTables.add(ident(name));
                    for (PythonCall column : nested(call, at.file(), "Column")) {
                        rememberColumnType(name, column);
                    }
                }
            }
            case "create_foreign_key" -> {
                String source = batch ? call.batchTable() : call.stringArg(1, "source_table");
                if (createdHere(source, state)) {
                    return;
                }
                if (isTrue(call, "postgresql_not_valid")) {
                    notValidAdded(at, call.stringArg(0, "constraint_name"));
                } else {
                    report(at, LintRule.FOREIGN_KEY_WITHOUT_NOT_VALID, line, what);
                }
                needsTimeout(at, line, what, "SHARE ROW EXCLUSIVE");
            }
            case "create_check_constraint" -> {
                if (!existing) {
                    return;
                }
                String name = call.stringArg(0, "constraint_name");
                String condition = call.stringArg(batch ? 1 : 2, "condition");
                boolean notValid = isTrue(call, "postgresql_not_valid");
                rememberNotNullCheck(table, name, condition == null ? null : "(" + condition + ")", !notValid);
                if (notValid) {
                    notValidAdded(at, name);
                } else {
                    report(at, LintRule.CHECK_WITHOUT_NOT_VALID, line, what);
                }
                needsTimeout(at, line, what, "ACCESS EXCLUSIVE");
            }
            case "create_unique_constraint", "create_primary_key" -> {
                if (existing) {
                    report(at, LintRule.UNIQUE_CONSTRAINT_BUILDS_INDEX, line, what);
                    needsTimeout(at, line, what, "ACCESS EXCLUSIVE");
                }
            }
            case "create_exclude_constraint" -> {
                if (existing) {
                    needsTimeout(at, line, what, "ACCESS EXCLUSIVE");
                }
            }
            case "create_index" -> {
                String index = call.stringArg(0, "index_name");
                if (index != null) {
                    state.createdIndexes.add(ident(index));
                }
                boolean concurrently = isTrue(call, "postgresql_concurrently");
                if (concurrently && at.inTransaction()) {
                    report(at, LintRule.CONCURRENT_INDEX_IN_TRANSACTION, line, what);
                } else if (!concurrently && existing) {
                    report(at, LintRule.INDEX_NOT_CONCURRENT, line, what);
                    needsTimeout(at, line, what, "SHARE");
                }
            }
            case "drop_index" -> dropIndex(at, call.stringArg(0, "index_name"), table, isTrue(call, "postgresql_concurrently"), line, what);
            case "drop_constraint" -> {
                if (existing) {
                    needsTimeout(at, line, what, "ACCESS EXCLUSIVE");
                }
            }
            case "drop_column" -> {
                if (existing) {
                    report(at, LintRule.BREAKING_DROP, line, what);
                    needsTimeout(at, line, what, "ACCESS EXCLUSIVE");
                }
            }
            case "drop_table" -> {
                if (existing) {
                    report(at, LintRule.BREAKING_DROP, line, what);
                    needsTimeout(at, line, what, "ACCESS EXCLUSIVE");
                }
            }
            case "rename_table" -> {
                if (existing) {
                    report(at, LintRule.BREAKING_RENAME, line, what);
                    needsTimeout(at, line, what, "ACCESS EXCLUSIVE");
                }
            }
            case "alter_column" -> alterColumn(at, table, call.stringArg(batch ? 0 : 1, "column_name"), existing, line, what);
            case "add_column" -> {
                List<PythonCall> columns = nested(call, at.file(), "Column");
                if (columns.isEmpty() || table == null) {
                    return;
                }
                PythonCall column = columns.get(0);
                rememberColumnType(table, column);
                if (existing) {
                    addColumn(at, column, line, what);
                }
            }
            default -> {
                // other operations take no lock worth a finding
            }
        }
    }

    /** Where the table argument is in op.{method}(...). */
    private static int tablePosition(String method) {
        return switch (method) {
            case "add_column", "drop_column", "alter_column", "drop_table", "rename_table", "create_table" -> 0;
            case "create_index", "drop_index", "create_check_constraint", "create_unique_constraint",
                 "create_primary_key", "drop_constraint", "create_exclude_constraint" -> 1;
            default -> -1;
        };
    }

    private void alterColumn(Context at, String table, String column, boolean existing, int line, String what) {
        PythonCall call = at.call();
        if (!existing) {
            if (call.keyword("type_") != null && table != null && column != null) {
                columnTypes.put(key(table, column), SqlType.ofPython(call.keyword("type_")));
            }
            return;
        }
        boolean strong = false;
        PythonValue nullable = call.keyword("nullable");
        if (nullable != null && nullable.isFalse()) {
            setNotNull(at, table, column, line, what);
            strong = true;
        }
        PythonValue type = call.keyword("type_");
        if (type != null) {
            SqlType to = SqlType.ofPython(type);
            SqlType from = call.keyword("existing_type") != null ? SqlType.ofPython(call.keyword("existing_type"))
                    : table == null || column == null ? null : columnTypes.get(key(table, column));
            typeChange(at, from, to, line, what);
            if (table != null && column != null) {
                columnTypes.put(key(table, column), to);
            }
            strong = true;
        }
        if (call.keyword("new_column_name") != null) {
            report(at, LintRule.BREAKING_RENAME, line, what);
            strong = true;
        }
        strong |= (nullable != null && nullable.isTrue()) || call.keyword("server_default") != null;
        if (strong) {
            needsTimeout(at, line, what, "ACCESS EXCLUSIVE");
        }
    }

    /** sa.Column(...) added to an existing table. */
    private void addColumn(Context at, PythonCall column, int line, String what) {
        List<PythonCall> inside = nested(column, at.file(), null);
        boolean computed = inside.stream().anyMatch(c -> c.method().equals("Computed")
                && !(c.keyword("persisted") != null && c.keyword("persisted").isFalse()));
        boolean identity = inside.stream().anyMatch(c -> c.method().equals("Identity"));
        boolean foreignKey = inside.stream().anyMatch(c -> c.method().equals("ForeignKey"));
        PythonValue nullable = column.keyword("nullable");
        PythonValue serverDefault = column.keyword("server_default");
        boolean primaryKey = isTrue(column, "primary_key");
        if ((nullable != null && nullable.isFalse() || primaryKey) && serverDefault == null && !computed && !identity) {
            report(at, LintRule.NOT_NULL_WITHOUT_DEFAULT, line, what);
        }
        if (computed || identity) {
            report(at, LintRule.ADD_COLUMN_REWRITES_TABLE, line, what + ": " + (computed ? "stored generated column" : "identity column"));
        } else if (serverDefault != null && rewritingDefault(serverDefault)) {
            report(at, LintRule.ADD_COLUMN_REWRITES_TABLE, line, what + ": default " + describe(serverDefault));
        }
        if (foreignKey) {
            report(at, LintRule.FOREIGN_KEY_WITHOUT_NOT_VALID, line, what);
        }
        if (isTrue(column, "unique") || primaryKey) {
            report(at, LintRule.UNIQUE_CONSTRAINT_BUILDS_INDEX, line, what);
        }
        needsTimeout(at, line, what, "ACCESS EXCLUSIVE");
    }

    /** A server_default: a Python string is a quoted constant; sa.text("...") and sa.func.x() are SQL expressions. */
    private boolean rewritingDefault(PythonValue serverDefault) {
        if (settings.postgresVersion() < 11) {
            return true;
        }
        if (serverDefault instanceof PythonValue.Str) {
            return false;
        }
        if (serverDefault instanceof PythonValue.Expression e) {
            Matcher func = Pattern.compile("func\\.(\\w+)\\(").matcher(e.text());
            if (func.find()) {
                return !NON_VOLATILE.contains(func.group(1).toLowerCase(Locale.ROOT));
            }
            return volatileExpression(String.join(" ", e.strings()));
        }
        return false;
    }

    private static String describe(PythonValue value) {
        return value instanceof PythonValue.Expression e ? e.text() : value instanceof PythonValue.Str s ? "'" + s.value() + "'" : value.toString();
    }

    private void rememberColumnType(String table, PythonCall column) {
        String name = column.stringArg(0, "name");
        if (name != null && column.positional().size() > 1) {
            columnTypes.put(key(table, name), SqlType.ofPython(column.positional().get(1)));
        } else if (name != null && column.keyword("type_") != null) {
            columnTypes.put(key(table, name), SqlType.ofPython(column.keyword("type_")));
        }
    }

    // ---- SQL ---------------------------------------------------------------------------------------------------

    private void sql(Context at) {
        List<PythonCall.SourceString> parts = at.call().sqlStrings();
        if (parts.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        int[] starts = new int[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            starts[i] = text.length();
            text.append(parts.get(i).text());
        }
        String sql = text.toString();
        for (SqlStatements.Statement statement : SqlStatements.split(sql)) {
            int part = 0;
            while (part + 1 < parts.size() && starts[part + 1] <= statement.offset()) {
                part++;
            }
            int line = parts.get(part).line() + (int) sql.substring(starts[part], statement.offset()).chars().filter(c -> c == '\n').count();
            statement(at, WHITESPACE.matcher(statement.text()).replaceAll(" "), line);
        }
    }

    private void statement(Context at, String written, int line) {
        State state = at.state();
        String what = written.length() > 100 ? written.substring(0, 97) + "..." : written;
        Matcher m;
        if ((m = SET.matcher(written)).find()) {
            boolean local = "LOCAL".equalsIgnoreCase(m.group(1));
            if (local && !at.inTransaction()) {
                report(at, LintRule.SET_LOCAL_OUTSIDE_TRANSACTION, line, what);
            } else if (m.group(2).equalsIgnoreCase("lock_timeout")) {
                // a schema-qualified name (foo.lock_timeout) is a custom setting, not PostgreSQL's; 0 turns it off
                state.lockTimeout = !isZero(m.group(3));
            }
            return;
        }
        if ((m = RESET.matcher(written)).find()) {
            if (m.group(1).equalsIgnoreCase("lock_timeout") || m.group(1).equalsIgnoreCase("all")) {
                state.lockTimeout = environmentSetsLockTimeout;
            }
            return;
        }
        if ((m = SET_CONFIG.matcher(written)).find()) {
            boolean local = m.group(2).equalsIgnoreCase("true");
            if (local && !at.inTransaction()) {
                report(at, LintRule.SET_LOCAL_OUTSIDE_TRANSACTION, line, what);
            } else {
                state.lockTimeout = !isZero(m.group(1));
            }
        }
        if ((m = CREATE_TABLE.matcher(written)).find()) {
            String table = ident(m.group(1));
            state.createdTables.add(table);
            if (m.group(3) != null) {
                for (String item : SqlStatements.topLevelParts(m.group(3))) {
                    Matcher column = Pattern.compile("^" + NAME + "\\s+(.*)$", FLAGS).matcher(item);
                    String first = item.split("\\s+")[0].toUpperCase(Locale.ROOT);
                    if (column.find() && !Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN", "EXCLUDE", "LIKE").contains(first)) {
                        columnTypes.put(key(table, column.group(1)), SqlType.ofSql(typePart(column.group(2))));
                    }
                }
            }
            return;
        }
        if ((m = CREATE_INDEX.matcher(written)).find()) {
            boolean concurrently = m.group(2) != null;
            if (m.group(3) != null) {
                state.createdIndexes.add(ident(m.group(3)));
            }
            if (concurrently && at.inTransaction()) {
                report(at, LintRule.CONCURRENT_INDEX_IN_TRANSACTION, line, what);
            } else if (!concurrently && !createdHere(m.group(4), state)) {
                report(at, LintRule.INDEX_NOT_CONCURRENT, line, what);
                needsTimeout(at, line, what, "SHARE");
            }
            return;
        }
        if ((m = DROP_INDEX.matcher(written)).find()) {
            dropIndex(at, m.group(2), null, m.group(1) != null, line, what);
            return;
        }
        if ((m = DROP_TABLE.matcher(written)).find()) {
            if (!createdHere(m.group(1), state)) {
                report(at, LintRule.BREAKING_DROP, line, what);
                needsTimeout(at, line, what, "ACCESS EXCLUSIVE");
            }
            return;
        }
        if ((m = ALTER_TABLE.matcher(written)).find()) {
            String table = m.group(1);
            if (createdHere(table, state)) {
                return;
            }
            String strongest = null;
            for (String action : SqlStatements.topLevelParts(m.group(2))) {
                String lock = alterAction(at, ident(table), action, line, what);
                if (lock != null && (strongest == null || rank(lock) > rank(strongest))) {
                    strongest = lock;
                }
            }
            if (strongest != null) {
                needsTimeout(at, line, what, strongest);
            }
            return;
        }
        if ((m = STRONG_OTHER.matcher(written)).find()) {
            Matcher on = TABLE_AFTER_VERB.matcher(written);
            Matcher trigger = TABLE_AFTER_ON.matcher(written);
            String table = on.find() ? on.group(1) : trigger.find() ? trigger.group(1) : null;
            boolean concurrentReindex = written.toUpperCase(Locale.ROOT).matches("^REINDEX\\s.*\\bCONCURRENTLY\\b.*");
            if (!createdHere(table, state) && !concurrentReindex) {
                String verb = m.group(1).toUpperCase(Locale.ROOT);
                needsTimeout(at, line, what, verb.contains("TRIGGER") || verb.startsWith("REINDEX") ? "SHARE ROW EXCLUSIVE or stronger"
                        : "ACCESS EXCLUSIVE");
            }
        }
    }

    /** One action of an ALTER TABLE on an existing table; returns the lock it takes, or null when not above SHARE UPDATE EXCLUSIVE. */
    private String alterAction(Context at, String table, String action, int line, String what) {
        State state = at.state();
        String upper = action.toUpperCase(Locale.ROOT);
        boolean notValid = upper.matches(".*\\bNOT\\s+VALID\\b.*");
        Matcher m;
        if ((m = ADD_CONSTRAINT.matcher(action)).find()) {
            String name = m.group(1) == null ? null : ident(m.group(1));
            String kind = m.group(2).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
            switch (kind) {
                case "FOREIGN KEY" -> {
                    if (notValid) {
                        notValidAdded(at, name);
                    } else {
                        report(at, LintRule.FOREIGN_KEY_WITHOUT_NOT_VALID, line, what);
                    }
                    return "SHARE ROW EXCLUSIVE";
                }
                case "CHECK" -> {
                    rememberNotNullCheck(table, name, m.group(3), !notValid);
                    if (notValid) {
                        notValidAdded(at, name);
                    } else {
                        report(at, LintRule.CHECK_WITHOUT_NOT_VALID, line, what);
                    }
                    return "ACCESS EXCLUSIVE";
                }
                case "UNIQUE", "PRIMARY KEY" -> {
                    if (!upper.matches(".*\\bUSING\\s+INDEX\\b.*")) {
                        report(at, LintRule.UNIQUE_CONSTRAINT_BUILDS_INDEX, line, what);
                    }
                    return "ACCESS EXCLUSIVE";
                }
                default -> {
                    return "ACCESS EXCLUSIVE";
                }
            }
        }
        if ((m = VALIDATE.matcher(action)).find()) {
            String name = ident(m.group(1));
            if (at.inTransaction() && (state.notValidInTransaction.contains(name) || state.notValidInTransaction.contains(null))) {
                report(at, LintRule.VALIDATE_IN_SAME_TRANSACTION, line, what);
            }
            String column = notNullChecks.get(name);
            if (column != null) {
                validatedNotNull.add(column);
            }
            return null;
        }
        if ((m = ALTER_TYPE.matcher(action)).find()) {
            String column = ident(m.group(1));
            String rest = m.group(2);
            SqlType to = SqlType.ofSql(typePart(rest));
            boolean using = SqlStatements.topLevelKeyword(rest.toUpperCase(Locale.ROOT), "USING") >= 0;
            typeChange(at, using ? null : columnTypes.get(key(table, column)), to, line, what);
            columnTypes.put(key(table, column), to);
            return "ACCESS EXCLUSIVE";
        }
        if ((m = SET_NOT_NULL.matcher(action)).find()) {
            setNotNull(at, table, ident(m.group(1)), line, what);
            return "ACCESS EXCLUSIVE";
        }
        if (WEAK_COLUMN_ACTION.matcher(action).find() || WEAK_ACTION.matcher(action).find()) {
            return null;
        }
        if (TRIGGER_ACTION.matcher(action).find()) {
            return "SHARE ROW EXCLUSIVE";
        }
        if (DROP_CONSTRAINT.matcher(action).find()) {
            return "ACCESS EXCLUSIVE";
        }
        if ((m = DROP_COLUMN.matcher(action)).find()) {
            report(at, LintRule.BREAKING_DROP, line, what);
            return "ACCESS EXCLUSIVE";
        }
        if (RENAME_CONSTRAINT.matcher(action).find()) {
            return "ACCESS EXCLUSIVE";
        }
        if (RENAME.matcher(action).find()) {
            report(at, LintRule.BREAKING_RENAME, line, what);
            return "ACCESS EXCLUSIVE";
        }
        if ((m = ADD_COLUMN.matcher(action)).find()) {
            String column = ident(m.group(1));
            String definition = m.group(2);
            columnTypes.put(key(table, column), SqlType.ofSql(typePart(definition)));
            addColumnSql(at, definition, line, what);
            return "ACCESS EXCLUSIVE";
        }
        return "ACCESS EXCLUSIVE";
    }

    private void addColumnSql(Context at, String definition, int line, String what) {
        String upper = definition.toUpperCase(Locale.ROOT);
        String type = typePart(definition).toLowerCase(Locale.ROOT);
        boolean serial = SERIAL_TYPES.contains(type);
        int defaultAt = SqlStatements.topLevelKeyword(upper, "DEFAULT");
        boolean stored = upper.matches(".*\\bGENERATED\\s+ALWAYS\\s+AS\\s*\\(.*\\)\\s*STORED\\b.*");
        boolean identity = upper.matches(".*\\bGENERATED\\s+(ALWAYS|BY\\s+DEFAULT)\\s+AS\\s+IDENTITY\\b.*");
        boolean primaryKey = SqlStatements.topLevelKeyword(upper, "PRIMARY KEY") >= 0;
        boolean notNull = SqlStatements.topLevelKeyword(upper, "NOT NULL") >= 0 || primaryKey;
        if (notNull && defaultAt < 0 && !stored && !identity && !serial) {
            report(at, LintRule.NOT_NULL_WITHOUT_DEFAULT, line, what);
        }
        if (stored || identity || serial) {
            report(at, LintRule.ADD_COLUMN_REWRITES_TABLE, line, what);
        } else if (defaultAt >= 0) {
            String expression = definition.substring(defaultAt + "DEFAULT".length());
            int end = SqlStatements.topLevelKeyword(expression.toUpperCase(Locale.ROOT), "NOT NULL", "NULL", "CONSTRAINT",
                    "CHECK", "UNIQUE", "PRIMARY KEY", "REFERENCES", "GENERATED", "COLLATE");
            expression = (end < 0 ? expression : expression.substring(0, end)).strip();
            if (settings.postgresVersion() < 11 ? !expression.equalsIgnoreCase("NULL") : volatileExpression(expression)) {
                report(at, LintRule.ADD_COLUMN_REWRITES_TABLE, line, what);
            }
        }
        if (SqlStatements.topLevelKeyword(upper, "REFERENCES") >= 0) {
            report(at, LintRule.FOREIGN_KEY_WITHOUT_NOT_VALID, line, what);
        }
        if (SqlStatements.topLevelKeyword(upper, "UNIQUE") >= 0 || primaryKey) {
            report(at, LintRule.UNIQUE_CONSTRAINT_BUILDS_INDEX, line, what);
        }
    }

    /** Calls a function PostgreSQL does not know to be stable or immutable (nextval, random, gen_random_uuid, user functions). */
    static boolean volatileExpression(String expression) {
        String withoutStrings = expression.replaceAll("'(?:[^']|'')*'", "''");
        Matcher call = FUNCTION_CALL.matcher(withoutStrings);
        while (call.find()) {
            String name = call.group(1).toLowerCase(Locale.ROOT);
            name = name.substring(name.lastIndexOf('.') + 1);
            if (!NON_VOLATILE.contains(name)) {
                return true;
            }
        }
        return false;
    }

    // ---- shared by both forms ----------------------------------------------------------------------------------

    private void setNotNull(Context at, String table, String column, int line, String what) {
        boolean checked = table != null && column != null && validatedNotNull.contains(key(table, column));
        // PostgreSQL 12+ skips the scan when a validated CHECK (col IS NOT NULL) already proves it
        if (!(checked && settings.postgresVersion() >= 12)) {
            report(at, LintRule.SET_NOT_NULL_SCANS_TABLE, line, what);
        }
    }

    private void typeChange(Context at, SqlType from, SqlType to, int line, String what) {
        if (from != null && from.coercibleTo(to)) {
            return;
        }
        report(at, LintRule.COLUMN_TYPE_REWRITE, line, what + (from == null ? " (old type unknown to the lint)" : ": " + from + " to " + to));
    }

    private void dropIndex(Context at, String index, String table, boolean concurrently, int line, String what) {
        State state = at.state();
        if (concurrently) {
            if (at.inTransaction()) {
                report(at, LintRule.CONCURRENT_INDEX_IN_TRANSACTION, line, what);
            }
            return;
        }
        if ((index != null && state.createdIndexes.contains(ident(index))) || createdHere(table, state)) {
            return;
        }
        report(at, LintRule.DROP_INDEX_NOT_CONCURRENT, line, what);
        needsTimeout(at, line, what, "ACCESS EXCLUSIVE");
    }

    private static void notValidAdded(Context at, String name) {
        if (at.inTransaction()) {
            at.state().notValidInTransaction.add(name == null ? null : ident(name));
        }
    }

    private void rememberNotNullCheck(String table, String name, String condition, boolean validated) {
        if (table == null || condition == null) {
            return;
        }
        Matcher m = NOT_NULL_CHECK.matcher(condition.strip());
        if (!m.find()) {
            return;
        }
        String column = key(table, m.group(1));
        if (name != null) {
            notNullChecks.put(ident(name), column);
        }
        if (validated) {
            validatedNotNull.add(column);
        }
    }

    // ---- ignore comments ---------------------------------------------------------------------------------------

    private static final Pattern IGNORE = Pattern.compile("#\\s*signalbox:\\s*ignore\\[([\\w\\s,-]+)]\\s*(.*)$");

    private record Ignore(int line, Set<String> rules, String reason) {
    }

    /**
     * {@code # signalbox: ignore[rule-id] reason} on a finding's line, on its call's line, or in the comment lines
     * right above either, covers the finding. Without a reason it covers nothing and is reported itself.
     */
    private List<LintFinding> applyIgnores(RevisionFile file, List<LintFinding> findings) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file.file(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return findings;
        }
        Map<Integer, Ignore> ignores = new HashMap<>();
        List<LintFinding> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = IGNORE.matcher(lines.get(i));
            if (m.find()) {
                Set<String> rules = new HashSet<>();
                for (String id : m.group(1).split(",")) {
                    rules.add(id.strip());
                }
                String reason = m.group(2).strip();
                if (reason.isEmpty()) {
                    if (settings.enabled(LintRule.IGNORE_WITHOUT_REASON)) {
                        out.add(LintFinding.of(LintRule.IGNORE_WITHOUT_REASON, file, i + 1, lines.get(i).strip()));
                    }
                } else {
                    ignores.put(i + 1, new Ignore(i + 1, rules, reason));
                }
            }
        }
        for (LintFinding f : findings) {
            Ignore ignore = covering(ignores, lines, f.line(), f.rule());
            if (ignore == null) {
                ignore = covering(ignores, lines, callLineOf(file, f.line()), f.rule());
            }
            out.add(ignore == null ? f : f.ignored(ignore.reason()));
        }
        out.sort(java.util.Comparator.comparingInt(LintFinding::line));
        return out;
    }

    /** The line of the call whose arguments span {@code line} (a statement inside op.execute("""...""")). */
    private static int callLineOf(RevisionFile file, int line) {
        int best = line;
        for (PythonCall call : file.upgradeCalls()) {
            if (call.line() <= line && call.line() < best && call.method().equals("execute")
                    && call.sqlStrings().stream().anyMatch(s -> s.line() <= line)) {
                best = call.line();
            }
        }
        return best;
    }

    private static Ignore covering(Map<Integer, Ignore> ignores, List<String> lines, int line, String rule) {
        for (int at = line; at >= 1; at--) {
            Ignore ignore = ignores.get(at);
            if (ignore != null && (ignore.rules().contains(rule) || ignore.rules().contains("all"))) {
                return ignore;
            }
            // above the statement, only an unbroken run of comment lines counts
            if (at - 2 < 0 || !lines.get(at - 2).strip().startsWith("#")) {
                return null;
            }
        }
        return null;
    }

    // ---- small helpers -----------------------------------------------------------------------------------------

    /** The column type at the start of a column definition: {@code varchar(20)}, {@code character varying}, {@code numeric(10, 2)}. */
    private static String typePart(String definition) {
        String upper = definition.toUpperCase(Locale.ROOT);
        int end = SqlStatements.topLevelKeyword(upper, "NOT", "NULL", "DEFAULT", "CONSTRAINT", "CHECK", "UNIQUE", "PRIMARY",
                "REFERENCES", "GENERATED", "COLLATE", "USING");
        return (end < 0 ? definition : definition.substring(0, end)).strip();
    }

    private static boolean isZero(String value) {
        String v = value.strip().replace("'", "").replace("\"", "").toLowerCase(Locale.ROOT);
        return v.equals("0") || v.equals("0ms") || v.equals("0s") || v.equals("default");
    }

    private static int rank(String lock) {
        return lock.startsWith("ACCESS EXCLUSIVE") ? 3 : lock.startsWith("SHARE ROW") ? 2 : 1;
    }

    /** Unquoted identifiers fold to lower case; the schema is dropped (public.orders and orders are the same table here). */
    static String ident(String name) {
        if (name == null) {
            return null;
        }
        String last = name.strip();
        if (last.length() >= 2 && last.endsWith("\"")) {
            last = last.substring(Math.max(0, last.lastIndexOf('"', last.length() - 2)));
        } else if (last.lastIndexOf('.') >= 0) {
            last = last.substring(last.lastIndexOf('.') + 1).strip();
        }
        if (last.length() >= 2 && last.startsWith("\"") && last.endsWith("\"")) {
            return last.substring(1, last.length() - 1);
        }
        return last.toLowerCase(Locale.ROOT);
    }

    private static String key(String table, String column) {
        return ident(table) + "." + ident(column);
    }

    private static boolean createdHere(String table, State state) {
        return table != null && state.createdTables.contains(ident(table));
    }

    /** Calls nested in {@code outer}'s arguments (named {@code method}, or all when null). */
    private static List<PythonCall> nested(PythonCall outer, RevisionFile file, String method) {
        List<PythonCall> found = new ArrayList<>();
        for (PythonCall call : file.upgradeCalls()) {
            if (call.from() > outer.from() && call.to() <= outer.to() && (method == null || call.method().equals(method))) {
                found.add(call);
            }
        }
        return found;
    }

    private static boolean isTrue(PythonCall call, String keyword) {
        PythonValue value = call.keyword(keyword);
        return value != null && value.isTrue();
    }

    private static String describeArgs(PythonCall call) {
        List<String> parts = new ArrayList<>();
        for (PythonValue value : call.positional()) {
            parts.add(value instanceof PythonValue.Str s ? "\"" + s.value() + "\"" : "...");
            if (parts.size() == 3) {
                break;
            }
        }
        return String.join(", ", parts);
    }
}
