package dev.signalbox.migrations;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What the database says about its migrations: the rows of its version table.
 *
 * @param versionTable     the table looked for, as configured ({@code alembic_version} or {@code schema.table})
 * @param tableExists      false when the table is absent (never migrated, or another name/schema)
 * @param current          {@code version_num} of every row: one per applied head
 * @param versionNumLength the declared length of {@code version_num} (32 as Alembic creates it), 0 if unknown
 * @param candidates       when the table is absent: other tables with a {@code version_num} column, {@code schema.table}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record DatabaseState(String versionTable, boolean tableExists, List<String> current, int versionNumLength,
                            List<String> candidates) {
    public DatabaseState {
        current = List.copyOf(current);
        candidates = List.copyOf(candidates);
    }
}
