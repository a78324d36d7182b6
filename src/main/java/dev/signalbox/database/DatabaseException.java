package dev.signalbox.database;

/**
 * The one error type of the database boundary: the inspector could not connect or could not read something.
 * Its message says what failed, against which (redacted) database, and what to do; it never holds a password.
 */
public class DatabaseException extends Exception {
    private static final long serialVersionUID = 1L;

    public DatabaseException(String message) {
        super(message);
    }

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
