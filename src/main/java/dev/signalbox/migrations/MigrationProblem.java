package dev.signalbox.migrations;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Something wrong with the scripts that a person must look at: a file that cannot be read as Alembic would,
 * a value that is not a literal, a duplicate id, a missing parent, a cycle, several heads. Always names the
 * file (and line when known) so the fix is one click away.
 *
 * @param file the revision file (or alembic.ini); null when the problem is about the whole history
 * @param line 1-based line, 0 when unknown
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MigrationProblem(Kind kind, Severity severity, String message, Path file, int line) {

    public enum Severity { ERROR, WARNING }

    public enum Kind {
        /** The file cannot be read as a revision (syntax Alembic would reject, no revision id). */
        MALFORMED_FILE,
        /** A revision field is an expression, not a literal; Signalbox does not run Python to guess it. */
        UNRESOLVED_VALUE,
        /** The revision id was taken from the docstring or the file name because the assignment is missing. */
        FALLBACK_USED,
        DUPLICATE_REVISION,
        MISSING_PARENT,
        MISSING_DEPENDENCY,
        CYCLE,
        DUPLICATE_BRANCH_LABEL,
        /** The version table holds a revision and its ancestor: Alembic reports "overlaps" and does nothing. */
        OVERLAPPING_VERSIONS,
        /** More than one head: {@code alembic upgrade head} refuses until a merge revision exists. */
        MULTIPLE_HEADS,
        /** Longer than alembic_version.version_num holds (32 by default): the upgrade fails on stamping. */
        REVISION_ID_TOO_LONG,
        /**
         * A revision the database is at, or that is pending, exists only on this machine (untracked, unpushed...):
         * a deploy built from the upstream branch will not have it (incident 1).
         */
        LOCAL_ONLY_REVISION,
        /** alembic.ini or pyproject.toml points at something that is not there. */
        LOCATION
    }

    public MigrationProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    static MigrationProblem error(Kind kind, String message, Path file, int line) {
        return new MigrationProblem(kind, Severity.ERROR, message, file, line);
    }

    static MigrationProblem warning(Kind kind, String message, Path file, int line) {
        return new MigrationProblem(kind, Severity.WARNING, message, file, line);
    }

    /** {@code file:line: message}, the form editors and terminals turn into links. */
    public String toText() {
        if (file == null) {
            return message;
        }
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
