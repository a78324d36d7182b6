package dev.signalbox.ui.migrations;

import dev.signalbox.migrations.GitState;
import dev.signalbox.migrations.HistoryLanes;
import dev.signalbox.migrations.LintFinding;
import dev.signalbox.migrations.MigrationProblem;
import dev.signalbox.migrations.Revision;
import dev.signalbox.migrations.UnknownRevision;
import java.util.List;

/**
 * One line of the revision graph: a revision of the code (or a revision the database is at that the code does
 * not have), where it sits in the lanes, and what it means for the database.
 *
 * @param revision   the code's revision, or null for a row that only the database knows
 * @param unknown    set when the database is at this id and no file defines it
 * @param lanes      the lane layout of this row; null for a database-only row
 * @param lanesAbove which revision each lane is heading for just above this row (the previous row's lanes below)
 * @param findings   lint findings of this revision's upgrade(), in line order
 * @param gitState   the file's git state when it is not clean and pushed, else null
 * @param problems   problems that name this revision's file
 */
public record RevisionRow(String id, Revision revision, UnknownRevision unknown, Mark mark, HistoryLanes.Row lanes,
                          List<String> lanesAbove, List<LintFinding> findings, GitState.State gitState,
                          List<MigrationProblem> problems) {

    /** What the revision means for the database, as the row's badge says it. */
    public enum Mark {
        CURRENT("current", "the database's version table holds this revision"),
        APPLIED("applied", "already applied: an ancestor of the database's revision"),
        PENDING("pending", "'alembic upgrade head' will apply it"),
        UNKNOWN("unknown", "the database is at this revision, but no file in this code defines it"),
        UNDETERMINED("?", "the database is at a revision this code does not contain, so whether this one is applied cannot be told"),
        NOT_CHECKED("", "the profile has no database: only the code was read");

        private final String label;
        private final String meaning;

        Mark(String label, String meaning) {
            this.label = label;
            this.meaning = meaning;
        }

        public String label() {
            return label;
        }

        public String meaning() {
            return meaning;
        }
    }

    public RevisionRow {
        lanesAbove = lanesAbove == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(lanesAbove));
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
    }

    public String message() {
        return revision != null ? revision.message() : "in the database only: no file in this code defines it";
    }

    public boolean mergePoint() {
        return revision != null && revision.mergePoint();
    }

    /** The versioned parents as the file writes them (empty for a base or a database-only row). */
    public List<String> parents() {
        return revision == null ? List.of() : revision.downRevisions();
    }
}
