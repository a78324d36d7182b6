package dev.signalbox.database;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What sits between the client and PostgreSQL, as observed (incident 3). */
public enum PoolerMode {
    /** The startup handshake's backend pid is the real one: a direct connection (or a plain TCP proxy). */
    NONE,
    /** A proxy answers the handshake, and one client keeps one server backend. */
    SESSION,
    /** A proxy hands a different server backend to the client between transactions. */
    TRANSACTION,
    /** Could not be observed. */
    UNKNOWN;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
