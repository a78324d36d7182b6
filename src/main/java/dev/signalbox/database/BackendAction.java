package dev.signalbox.database;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What can be done to another backend. */
public enum BackendAction {
    /** {@code pg_cancel_backend}: stops the running query; the transaction and its locks stay if it is idle. */
    CANCEL,
    /** {@code pg_terminate_backend}: ends the session, rolls back its transaction, releases its locks. */
    TERMINATE;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
