package dev.signalbox.database;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What to do about a constraint that is not as it should be, as statements to paste: the CLI prints them, the
 * Database view copies them. A foreign key that points at the wrong table must never be offered VALIDATE (that
 * would check the existing rows against the wrong table and make the mistake permanent): it gets the orphan-rows
 * query against the right table and a new migration in the safe pattern of incident 2 (ADD ... NOT VALID, DROP,
 * RENAME, then VALIDATE).
 *
 * @param kind        which fix
 * @param table       {@code schema.table} of the constraint
 * @param constraint  the constraint's name
 * @param summary     one sentence: what is wrong and what to do
 * @param orphanQuery rows that the right constraint would reject (run it first: VALIDATE fails on any); null for VALIDATE
 * @param statements  the statements, in order, each ending with {@code ;}
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ConstraintFix(Kind kind, String table, String constraint, String summary, String orphanQuery,
                            List<String> statements) {

    public enum Kind {
        /** Right definition, NOT VALID: validate it (SHARE UPDATE EXCLUSIVE, reads and writes go on). */
        VALIDATE,
        /** A foreign key referencing the wrong table or columns: replace it by a new migration. */
        REPLACE_FOREIGN_KEY;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public ConstraintFix {
        Objects.requireNonNull(kind, "kind");
        statements = List.copyOf(statements);
    }

    /** The statements as one script, for the clipboard or a migration's {@code op.execute}. */
    public String script() {
        return String.join("\n", statements);
    }

    static ConstraintFix validate(Constraint constraint) {
        return new ConstraintFix(Kind.VALIDATE, constraint.qualifiedTable(), constraint.name(),
                constraint.name() + " is NOT VALID: validate it (SHARE UPDATE EXCLUSIVE: does not block reads or writes)",
                null, List.of("ALTER TABLE " + constraint.qualifiedTable() + " VALIDATE CONSTRAINT " + constraint.name() + ";"));
    }

    /**
     * Replaces {@code found} by a foreign key on the same columns referencing {@code table(columns)}, keeping its name,
     * its ON DELETE/ON UPDATE actions and its deferrability.
     */
    static ConstraintFix replaceForeignKey(Constraint found, String table, List<String> columns) {
        List<String> parentColumns = columns == null || columns.isEmpty() ? found.referencedColumns() : columns;
        String child = found.qualifiedTable();
        String temporary = temporaryName(found.name());
        String actions = (found.onDelete() == null || found.onDelete().equalsIgnoreCase("NO ACTION") ? "" : " ON DELETE " + found.onDelete())
                + (found.onUpdate() == null || found.onUpdate().equalsIgnoreCase("NO ACTION") ? "" : " ON UPDATE " + found.onUpdate())
                + (found.deferrable() ? " DEFERRABLE" + (found.initiallyDeferred() ? " INITIALLY DEFERRED" : "") : "");
        List<String> statements = new ArrayList<>();
        statements.add("-- A new migration; run the orphan-rows query first: VALIDATE fails if it returns any row.");
        statements.add("-- DROP needs ACCESS EXCLUSIVE: give up quickly rather than queue every query behind it (incident 2).");
        statements.add("SET lock_timeout = '3s';");
        statements.add("ALTER TABLE " + child + " ADD CONSTRAINT " + temporary + " FOREIGN KEY (" + String.join(", ", found.columns())
                + ") REFERENCES " + table + " (" + String.join(", ", parentColumns) + ")" + actions + " NOT VALID;");
        statements.add("ALTER TABLE " + child + " DROP CONSTRAINT " + found.name() + ";");
        statements.add("ALTER TABLE " + child + " RENAME CONSTRAINT " + temporary + " TO " + found.name() + ";");
        statements.add("-- In its own transaction (a later migration, or an autocommit block): SHARE UPDATE EXCLUSIVE,"
                + " reads and writes go on.");
        statements.add("ALTER TABLE " + child + " VALIDATE CONSTRAINT " + found.name() + ";");
        String summary = found.name() + " references " + found.referencedTable() + "(" + String.join(", ", found.referencedColumns())
                + ") instead of " + table + "(" + String.join(", ", parentColumns) + "): do not VALIDATE it; check for orphan"
                + " rows against " + table + ", then a new migration adds the right FK NOT VALID, drops the wrong one,"
                + " renames, and validates";
        return new ConstraintFix(Kind.REPLACE_FOREIGN_KEY, child, found.name(), summary,
                orphanQuery(child, found.columns(), table, parentColumns), statements);
    }

    /** Child rows whose key has no parent row in the right table: the rows the right FK would reject. */
    static String orphanQuery(String child, List<String> childColumns, String parent, List<String> parentColumns) {
        List<String> join = new ArrayList<>();
        List<String> notNull = new ArrayList<>();
        for (int i = 0; i < childColumns.size(); i++) {
            join.add("p." + parentColumns.get(Math.min(i, parentColumns.size() - 1)) + " = c." + childColumns.get(i));
            notNull.add("c." + childColumns.get(i) + " IS NOT NULL");
        }
        return "SELECT " + String.join(", ", childColumns.stream().map(c -> "c." + c).toList()) + ", count(*) AS rows"
                + " FROM " + child + " c WHERE " + String.join(" AND ", notNull)
                + " AND NOT EXISTS (SELECT 1 FROM " + parent + " p WHERE " + String.join(" AND ", join) + ")"
                + " GROUP BY " + String.join(", ", childColumns.stream().map(c -> "c." + c).toList()) + " LIMIT 100;";
    }

    /** PostgreSQL truncates identifiers to 63 bytes: keep the temporary name within it. */
    private static String temporaryName(String name) {
        String suffix = "_new";
        return (name.length() + suffix.length() > 63 ? name.substring(0, 63 - suffix.length()) : name) + suffix;
    }
}
