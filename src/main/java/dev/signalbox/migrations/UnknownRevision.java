package dev.signalbox.migrations;

/**
 * A revision the database is at but the code does not contain.
 *
 * @param likelyCause  which of the two usual stories fits what the code shows
 * @param explanation  a sentence for the on-call engineer: what happened and what to do
 */
public record UnknownRevision(String revision, Cause likelyCause, String explanation) {
    public enum Cause {
        /** The code is consistent in itself: the database was migrated by newer code (another branch, a laptop). */
        CODE_BEHIND_DATABASE,
        /** The code itself misses files (a down_revision or depends_on names it): files were deleted or never committed. */
        FILES_MISSING
    }
}
