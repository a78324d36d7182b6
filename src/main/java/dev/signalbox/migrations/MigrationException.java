package dev.signalbox.migrations;

/**
 * The one error type of the migrations boundary. Its {@link #kind()} says whose move it is: a
 * {@link Kind#CONFIGURATION} problem is fixed by editing a file or an option (no alembic.ini, no script_location, a
 * profile without a "migrations" section), a {@link Kind#FAILURE} is something that was tried and did not work (the
 * database cannot be read, the upgrade command failed on the copy). Callers decide from the kind, never from the
 * message: the command line exits 2 for the first and 1 for the second. The message names the file, line, field or
 * table and says what to do; it never contains a secret.
 */
public class MigrationException extends Exception {
    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** A setting is missing or wrong: the profile, alembic.ini, pyproject.toml or an option. The message says where. */
        CONFIGURATION,
        /** Something that was tried failed: a database read, the upgrade command, pg_dump, the throwaway copy, git. */
        FAILURE
    }

    private final Kind kind;

    public MigrationException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public MigrationException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    /** A setting is missing or wrong; {@code message} names the file (and line or field) and what to write there. */
    public static MigrationException configuration(String message) {
        return new MigrationException(Kind.CONFIGURATION, message);
    }

    public static MigrationException configuration(String message, Throwable cause) {
        return new MigrationException(Kind.CONFIGURATION, message, cause);
    }

    /** Something that was tried did not work. */
    public static MigrationException failure(String message) {
        return new MigrationException(Kind.FAILURE, message);
    }

    public static MigrationException failure(String message, Throwable cause) {
        return new MigrationException(Kind.FAILURE, message, cause);
    }

    public Kind kind() {
        return kind;
    }

    /** True when the fix is an edit of a setting, not a retry (see {@link Kind#CONFIGURATION}). */
    public boolean isConfiguration() {
        return kind == Kind.CONFIGURATION;
    }
}
