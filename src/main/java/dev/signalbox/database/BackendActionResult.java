package dev.signalbox.database;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.Locale;

/**
 * What a cancel or terminate did, verified by looking at the backend afterwards.
 *
 * @param stateBefore the backend's state when the action was asked (idle in transaction matters)
 * @param message     what happened and what it means, written for the person who clicked
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BackendActionResult(BackendAction action, int pid, Outcome outcome, String message, String stateBefore,
                                  String userBefore, String queryBefore, Instant at) {

    public enum Outcome {
        /** Done and verified: the query was cancelled, or the backend is gone. */
        DONE,
        /** The signal was sent and nothing changed (cancelling an idle-in-transaction session). */
        NO_EFFECT,
        /** Not attempted: read-only mode, a confirmation for something else, or the inspector's own backend. */
        REFUSED,
        /** Attempted and failed (no such backend, no privilege, not gone in time). */
        FAILED;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    public boolean succeeded() {
        return outcome == Outcome.DONE;
    }
}
