package dev.signalbox.migrations;

/** The one-word answer to "what will {@code alembic upgrade head} do to this database with this code?". */
public enum MigrationStatus {
    /** The database is at every head of the code. */
    UP_TO_DATE,
    /** Revisions are waiting; {@code pending} lists them in the order {@code alembic upgrade heads} applies them. */
    PENDING,
    /**
     * The database is at a revision no file in this code defines: {@code alembic upgrade} dies with
     * "Can't locate revision identified by ..." (incident 1).
     */
    UNKNOWN_REVISION,
    /**
     * The version table holds a revision and one of its ancestors: {@code alembic upgrade} stops with "Requested
     * revision X overlaps with other requested revisions Y" (a hand-edited table, or a re-parented history).
     */
    OVERLAPPING_VERSIONS,
    /** The code has several heads: {@code alembic upgrade head} refuses; a merge revision is needed. */
    MULTIPLE_HEADS,
    /** No version table: the database was never migrated (or the table has another name or schema). */
    NO_VERSION_TABLE,
    /** A revision to apply has an id longer than {@code version_num} holds: the upgrade fails when stamping it. */
    REVISION_ID_TOO_LONG,
    /** No database was given; only the code was inspected. */
    NOT_CHECKED;

    /** Everything except UP_TO_DATE and NOT_CHECKED needs a person. */
    public boolean needsAttention() {
        return this != UP_TO_DATE && this != NOT_CHECKED;
    }
}
