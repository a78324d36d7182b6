package dev.signalbox.migrations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Applies the {@link LintRule}s to a revision's {@code upgrade()}: Alembic operations ({@code op.*} and
 * {@code batch_op.*}) and the SQL given to {@code execute(...)}. Statements are taken in source order, so a
 * {@code SET LOCAL lock_timeout} before a risky statement counts, and one after it does not.
 */
public final class MigrationLinter {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern ADD_FK = Pattern.compile("\\bADD\\s+(CONSTRAINT\\s+\\S+\\s+)?FOREIGN\\s+KEY\\b");
    private static final Pattern ADD_CHECK = Pattern.compile("\\bADD\\s+(CONSTRAINT\\s+\\S+\\s+)?CHECK\\b");
    private static final Pattern DROP_COLUMN = Pattern.compile("\\bDROP\\s+COLUMN\\b");
    private static final Pattern DROP_CONSTRAINT = Pattern.compile("\\bDROP\\s+CONSTRAINT\\b");
    private static final Pattern SET_NOT_NULL = Pattern.compile("\\bSET\\s+NOT\\s+NULL\\b");
    private static final Pattern TYPE_CHANGE = Pattern.compile("\\bALTER\\s+(COLUMN\\s+)?\\S+\\s+(SET\\s+DATA\\s+)?TYPE\\b");
    private static final Pattern CREATE_INDEX = Pattern.compile("^CREATE\\s+(UNIQUE\\s+)?INDEX\\b");
    private static final Pattern ADD_COLUMN_NOT_NULL = Pattern.compile("\\bADD\\s+(COLUMN\\s+)?.*\\bNOT\\s+NULL\\b");
    private static final Pattern RENAME = Pattern.compile("\\bRENAME\\s+(COLUMN\\s+|TO\\b)");
    private static final Pattern DROP_TABLE = Pattern.compile("^DROP\\s+TABLE\\b");

    private final boolean environmentSetsLockTimeout;

    /**
     * @param environmentSetsLockTimeout env.py sets lock_timeout for every migration (then the per-file rule is quiet)
     */
    public MigrationLinter(boolean environmentSetsLockTimeout) {
        this.environmentSetsLockTimeout = environmentSetsLockTimeout;
    }

    public List<LintFinding> lint(RevisionFile file) {
        List<LintFinding> findings = new ArrayList<>();
        State state = new State(environmentSetsLockTimeout);
        List<PythonCall> calls = file.upgradeCalls();
        for (int index = 0; index < calls.size(); index++) {
            PythonCall call = calls.get(index);
            if (call.method().equals("execute")) {
                if (!call.positional().isEmpty()) {
                    for (String sql : call.positional().get(0).strings()) {
                        sql(sql, call, file, state, findings);
                    }
                }
            } else if (call.isOperation()) {
                operation(calls, index, file, state, findings);
            }
        }
        return findings;
    }

    private static final class State {
        boolean lockTimeout;
        final Set<String> createdTables = new HashSet<>();
        boolean notValidAdded;
        boolean notValidInAutocommit;

        State(boolean lockTimeout) {
            this.lockTimeout = lockTimeout;
        }
    }

    private void operation(List<PythonCall> calls, int index, RevisionFile file, State state, List<LintFinding> out) {
        PythonCall call = calls.get(index);
        String table = call.batchTable();
        String what = call.name() + "(" + describeArgs(call) + ")";
        switch (call.method()) {
            case "create_table" -> {
                String name = call.stringArg(0, "table_name");
                if (name != null) {
                    state.createdTables.add(name);
                }
            }
            case "create_foreign_key" -> {
                if (isTrue(call, "postgresql_not_valid")) {
                    state.notValidAdded = true;
                    state.notValidInAutocommit |= call.autocommit();
                } else if (!createdHere(call.stringArg(1, "source_table"), state)) {
                    out.add(LintFinding.of(LintRule.FOREIGN_KEY_WITHOUT_NOT_VALID, file, call.line(), what));
                }
            }
            case "create_check_constraint" -> {
                if (isTrue(call, "postgresql_not_valid")) {
                    state.notValidAdded = true;
                    state.notValidInAutocommit |= call.autocommit();
                } else if (!createdHere(call.stringArg(1, "table_name"), state)) {
                    out.add(LintFinding.of(LintRule.CHECK_WITHOUT_NOT_VALID, file, call.line(), what));
                }
            }
            case "create_index" -> {
                String indexTable = table != null ? table : call.stringArg(1, "table_name");
                boolean concurrently = isTrue(call, "postgresql_concurrently");
                if (concurrently && !call.autocommit()) {
                    out.add(LintFinding.of(LintRule.CONCURRENT_INDEX_IN_TRANSACTION, file, call.line(), what));
                } else if (!concurrently && !createdHere(indexTable, state)) {
                    out.add(LintFinding.of(LintRule.INDEX_NOT_CONCURRENT, file, call.line(), what));
                }
            }
            case "drop_constraint" -> needsTimeout(call, file, state, out, what);
            case "drop_column" -> {
                needsTimeout(call, file, state, out, what);
                out.add(LintFinding.of(LintRule.BREAKING_DROP, file, call.line(), what));
            }
            case "drop_table" -> out.add(LintFinding.of(LintRule.BREAKING_DROP, file, call.line(), what));
            case "rename_table" -> out.add(LintFinding.of(LintRule.BREAKING_RENAME, file, call.line(), what));
            case "alter_column" -> {
                PythonValue nullable = call.keyword("nullable");
                boolean setNotNull = nullable != null && nullable.isFalse();
                boolean typeChange = call.keyword("type_") != null;
                if (setNotNull || typeChange) {
                    needsTimeout(call, file, state, out, what);
                }
                if (call.keyword("new_column_name") != null) {
                    out.add(LintFinding.of(LintRule.BREAKING_RENAME, file, call.line(), what));
                }
            }
            case "add_column" -> {
                String addTable = table != null ? table : call.stringArg(0, "table_name");
                if (!createdHere(addTable, state) && addsNotNullWithoutDefault(calls, index)) {
                    out.add(LintFinding.of(LintRule.NOT_NULL_WITHOUT_DEFAULT, file, call.line(), what));
                }
            }
            default -> {
                // other operations take no lock worth a finding
            }
        }
    }

    /**
     * The sa.Column(...) nested in an add_column: nullable=False and neither server_default nor a default. Calls
     * are in source order, outer before nested, so only the calls right after the add_column can be inside it:
     * looking at those alone keeps a file of many add_column calls linear (issue 14: it was quadratic).
     */
    private static boolean addsNotNullWithoutDefault(List<PythonCall> calls, int index) {
        PythonCall addColumn = calls.get(index);
        for (int j = index + 1; j < calls.size() && calls.get(j).from() < addColumn.to(); j++) {
            PythonCall nested = calls.get(j);
            if (nested.to() <= addColumn.to() && nested.method().equals("Column")) {
                PythonValue nullable = nested.keyword("nullable");
                return nullable != null && nullable.isFalse() && nested.keyword("server_default") == null;
            }
        }
        return false;
    }

    private void needsTimeout(PythonCall call, RevisionFile file, State state, List<LintFinding> out, String what) {
        if (!state.lockTimeout) {
            out.add(LintFinding.of(LintRule.LOCK_WITHOUT_TIMEOUT, file, call.line(), what));
        }
    }

    private void sql(String raw, PythonCall call, RevisionFile file, State state, List<LintFinding> out) {
        for (String part : raw.split(";")) {
            String written = WHITESPACE.matcher(stripComments(part)).replaceAll(" ").strip();
            String sql = written.toUpperCase(Locale.ROOT);
            if (sql.isEmpty()) {
                continue;
            }
            String what = written.length() > 100 ? written.substring(0, 97) + "..." : written;
            if (sql.startsWith("SET LOCAL ")) {
                if (call.autocommit()) {
                    out.add(LintFinding.of(LintRule.SET_LOCAL_OUTSIDE_TRANSACTION, file, call.line(), what));
                } else if (sql.contains("LOCK_TIMEOUT")) {
                    state.lockTimeout = true;
                }
                continue;
            }
            if (sql.startsWith("SET ")) {
                if (sql.contains("LOCK_TIMEOUT")) {
                    state.lockTimeout = true;
                }
                continue;
            }
            if (CREATE_INDEX.matcher(sql).find()) {
                boolean concurrently = sql.contains(" CONCURRENTLY ");
                if (concurrently && !call.autocommit()) {
                    out.add(LintFinding.of(LintRule.CONCURRENT_INDEX_IN_TRANSACTION, file, call.line(), what));
                } else if (!concurrently) {
                    out.add(LintFinding.of(LintRule.INDEX_NOT_CONCURRENT, file, call.line(), what));
                }
                continue;
            }
            if (DROP_TABLE.matcher(sql).find()) {
                out.add(LintFinding.of(LintRule.BREAKING_DROP, file, call.line(), what));
                continue;
            }
            if (!sql.startsWith("ALTER TABLE")) {
                continue;
            }
            boolean notValid = sql.contains("NOT VALID");
            if (ADD_FK.matcher(sql).find()) {
                if (notValid) {
                    state.notValidAdded = true;
                    state.notValidInAutocommit |= call.autocommit();
                } else {
                    out.add(LintFinding.of(LintRule.FOREIGN_KEY_WITHOUT_NOT_VALID, file, call.line(), what));
                }
            } else if (ADD_CHECK.matcher(sql).find()) {
                if (notValid) {
                    state.notValidAdded = true;
                    state.notValidInAutocommit |= call.autocommit();
                } else {
                    out.add(LintFinding.of(LintRule.CHECK_WITHOUT_NOT_VALID, file, call.line(), what));
                }
            }
            if (sql.contains("VALIDATE CONSTRAINT") && state.notValidAdded && !state.notValidInAutocommit && !call.autocommit()) {
                out.add(LintFinding.of(LintRule.VALIDATE_IN_SAME_TRANSACTION, file, call.line(), what));
            }
            boolean accessExclusive = DROP_CONSTRAINT.matcher(sql).find() || DROP_COLUMN.matcher(sql).find()
                    || SET_NOT_NULL.matcher(sql).find() || TYPE_CHANGE.matcher(sql).find();
            if (accessExclusive && !state.lockTimeout) {
                out.add(LintFinding.of(LintRule.LOCK_WITHOUT_TIMEOUT, file, call.line(), what));
            }
            if (DROP_COLUMN.matcher(sql).find()) {
                out.add(LintFinding.of(LintRule.BREAKING_DROP, file, call.line(), what));
            }
            if (RENAME.matcher(sql).find() && !sql.contains("RENAME CONSTRAINT")) {
                out.add(LintFinding.of(LintRule.BREAKING_RENAME, file, call.line(), what));
            }
            if (ADD_COLUMN_NOT_NULL.matcher(sql).find() && !sql.contains(" DEFAULT ") && !ADD_FK.matcher(sql).find()
                    && !ADD_CHECK.matcher(sql).find() && !sql.contains("ADD CONSTRAINT")) {
                out.add(LintFinding.of(LintRule.NOT_NULL_WITHOUT_DEFAULT, file, call.line(), what));
            }
        }
    }

    private static String stripComments(String sql) {
        StringBuilder out = new StringBuilder();
        for (String line : sql.split("\n")) {
            int dash = line.indexOf("--");
            out.append(dash >= 0 ? line.substring(0, dash) : line).append('\n');
        }
        return out.toString();
    }

    private static boolean createdHere(String table, State state) {
        return table != null && state.createdTables.contains(table);
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
