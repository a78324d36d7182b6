package dev.signalbox.migrations;

/**
 * The one error type of the migrations boundary: the scripts cannot be located (no alembic.ini, no
 * script_location, a directory that is not there) or the database cannot be read. The message names the file,
 * line or table and says what to do; it never contains a secret.
 */
public class MigrationException extends Exception {
    private static final long serialVersionUID = 1L;

    public MigrationException(String message) {
        super(message);
    }

    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
