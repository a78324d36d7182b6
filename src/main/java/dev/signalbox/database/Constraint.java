package dev.signalbox.database;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One PRIMARY KEY, UNIQUE, FOREIGN KEY, CHECK or EXCLUDE constraint as the catalog has it.
 *
 * @param type              {@code PRIMARY KEY}, {@code UNIQUE}, {@code FOREIGN KEY}, {@code CHECK}, {@code EXCLUDE}
 * @param referencedTable   {@code schema.table} for a FOREIGN KEY, else null
 * @param validated         false for a constraint added NOT VALID and not yet validated (incident 2)
 * @param onDelete          for a FOREIGN KEY: NO ACTION, RESTRICT, CASCADE, SET NULL, SET DEFAULT
 * @param definition        {@code pg_get_constraintdef} for CHECK and EXCLUDE; null when skipped
 * @param definitionSkipped why the definition was not read (an ACCESS EXCLUSIVE lock on the table), else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Constraint(String schema, String table, String name, String type, List<String> columns,
                         String referencedTable, List<String> referencedColumns, boolean validated,
                         boolean deferrable, boolean initiallyDeferred, String onDelete, String onUpdate,
                         String definition, String definitionSkipped) {

    public static final List<String> TYPES = List.of("PRIMARY KEY", "UNIQUE", "FOREIGN KEY", "CHECK", "EXCLUDE");

    public Constraint {
        columns = List.copyOf(columns);
        referencedColumns = referencedColumns == null ? null : List.copyOf(referencedColumns);
    }

    public String qualifiedTable() {
        return schema + "." + table;
    }

    /** e.g. {@code public.orders(user_id) -> public.users(id)}. */
    public String describe() {
        String text = type + " " + name + " on " + qualifiedTable() + "(" + String.join(", ", columns) + ")";
        if (referencedTable != null) {
            text += " -> " + referencedTable + "(" + String.join(", ", referencedColumns) + ")";
        }
        return validated ? text : text + " NOT VALID";
    }
}
