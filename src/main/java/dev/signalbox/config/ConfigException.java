package dev.signalbox.config;

/**
 * The one error type of the configuration boundary (profiles, URLs, secret references). Its message is
 * written for the person who wrote the bad input: it names the place ({@link #where()}: file, line,
 * column, field) and what to do. It never contains a secret.
 */
public class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String where;

    public ConfigException(String where, String message) {
        super(where == null || where.isEmpty() ? message : where + ": " + message);
        this.where = where == null ? "" : where;
    }

    public ConfigException(String where, String message, Throwable cause) {
        this(where, message);
        initCause(cause);
    }

    /** The place the problem is in, e.g. {@code /home/me/api.json:12:5 (field api.baseUrl)}; may be empty. */
    public String where() {
        return where;
    }
}
