package dev.signalbox.config;

import java.util.Objects;

/**
 * A secret value (token, password, secret variable). Its {@link #toString()} is always redacted, so a
 * secret that ends up in a log line, an exception message or an audit record shows as {@code ****}
 * by construction, not by search-and-replace. Only {@link #reveal()} gives the value, and every call
 * site of it is a place where the value legitimately leaves the process (an HTTP header, a JDBC property).
 */
public final class Secret {
    public static final String REDACTED = "****";

    private final String value;
    private final String origin;

    private Secret(String value, String origin) {
        this.value = Objects.requireNonNull(value, "value");
        this.origin = origin;
    }

    /** @param origin where the value came from, for messages (e.g. {@code env:RAILWAY_TOKEN}); never the value. */
    public static Secret of(String value, String origin) {
        return new Secret(value, origin);
    }

    public static Secret of(String value) {
        return new Secret(value, "literal");
    }

    public String reveal() {
        return value;
    }

    /** Where the value came from, safe to show. */
    public String origin() {
        return origin;
    }

    public int length() {
        return value.length();
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    @Override
    public String toString() {
        return REDACTED;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
