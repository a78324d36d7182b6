package dev.signalbox.database;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * An index with {@code pg_index.indisvalid = false}: either a {@code CREATE INDEX CONCURRENTLY} still running,
 * or the leftover of one that failed (it is still maintained on every write, and never used by queries).
 *
 * @param buildPid   the backend building it, from {@code pg_stat_progress_create_index}, else null
 * @param phase      the build's phase, else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InvalidIndex(String schema, String table, String name, State state, Integer buildPid, String phase,
                           String definition, String definitionSkipped, String advice) {

    public enum State {
        /** A build is running on it right now. */
        BUILDING,
        /** No build is running: a failed or cancelled concurrent build left it behind. */
        FAILED,
        /** Build progress is hidden (another role's build without pg_read_all_stats). */
        UNKNOWN;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
