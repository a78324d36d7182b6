package dev.signalbox.ui.migrations;

import dev.signalbox.migrations.GitState;
import dev.signalbox.migrations.HistoryLanes;
import dev.signalbox.migrations.LintFinding;
import dev.signalbox.migrations.MigrationProblem;
import dev.signalbox.migrations.MigrationSnapshot;
import dev.signalbox.migrations.MigrationStatus;
import dev.signalbox.migrations.Revision;
import dev.signalbox.migrations.UnknownRevision;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the Migrations view shows for one snapshot: the rows of the graph in {@code alembic history} order with
 * their lanes and marks, and the status banner. Pure and immutable; built off the FX thread because matching
 * the git state to the files resolves real paths on disk.
 *
 * @param laneCount the most lanes any row needs (the graph column's width)
 */
public record MigrationsPage(MigrationSnapshot snapshot, List<RevisionRow> rows, int laneCount, StatusBanner banner) {

    public MigrationsPage {
        rows = List.copyOf(rows);
    }

    /** Which rows the list shows. */
    public enum RowFilter {
        ALL("All revisions"),
        PENDING("Pending only"),
        LINT("Lint findings only");

        private final String title;

        RowFilter(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }

        public boolean accepts(RevisionRow row) {
            return switch (this) {
                case ALL -> true;
                case PENDING -> row.mark() == RevisionRow.Mark.PENDING || row.mark() == RevisionRow.Mark.UNKNOWN;
                case LINT -> !row.findings().isEmpty();
            };
        }
    }

    public static MigrationsPage build(MigrationSnapshot snapshot) {
        HistoryLanes layout = HistoryLanes.of(snapshot.graph());
        Map<String, HistoryLanes.Row> laneRows = new HashMap<>();
        for (HistoryLanes.Row row : layout.rows()) {
            laneRows.put(row.revision(), row);
        }
        Map<String, List<LintFinding>> lint = new HashMap<>();
        for (LintFinding finding : snapshot.lint()) {
            lint.computeIfAbsent(finding.revision(), k -> new ArrayList<>()).add(finding);
        }
        Map<Path, GitState.State> git = new HashMap<>();
        if (snapshot.git() != null) {
            for (GitState.FileState file : snapshot.git().files()) {
                git.put(real(file.file()), file.state());
            }
        }
        Map<Path, List<MigrationProblem>> problemsByFile = new HashMap<>();
        for (MigrationProblem problem : snapshot.problems()) {
            if (problem.file() != null) {
                problemsByFile.computeIfAbsent(real(problem.file()), k -> new ArrayList<>()).add(problem);
            }
        }

        List<String> current = snapshot.database() == null ? List.of() : snapshot.database().current();
        Set<String> pending = new java.util.HashSet<>();
        snapshot.pending().forEach(r -> pending.add(r.id()));
        boolean databaseKnown = snapshot.status() != MigrationStatus.NOT_CHECKED
                && snapshot.status() != MigrationStatus.UNKNOWN_REVISION;

        List<RevisionRow> rows = new ArrayList<>();
        for (UnknownRevision unknown : snapshot.unknown()) {
            rows.add(new RevisionRow(unknown.revision(), null, unknown, RevisionRow.Mark.UNKNOWN, null, List.of(),
                    List.of(), null, List.of()));
        }
        List<String> above = List.of();
        for (Revision revision : snapshot.graph().history()) {
            HistoryLanes.Row lanes = laneRows.get(revision.id());
            RevisionRow.Mark mark;
            if (!databaseKnown) {
                mark = snapshot.status() == MigrationStatus.NOT_CHECKED ? RevisionRow.Mark.NOT_CHECKED : RevisionRow.Mark.UNDETERMINED;
            } else if (current.contains(revision.id())) {
                mark = RevisionRow.Mark.CURRENT;
            } else if (pending.contains(revision.id())) {
                mark = RevisionRow.Mark.PENDING;
            } else {
                mark = RevisionRow.Mark.APPLIED;
            }
            Path file = revision.file() == null ? null : real(revision.file());
            rows.add(new RevisionRow(revision.id(), revision, null, mark, lanes, above,
                    lint.getOrDefault(revision.id(), List.of()), file == null ? null : git.get(file),
                    file == null ? List.of() : problemsByFile.getOrDefault(file, List.of())));
            above = lanes == null ? above : lanes.lanesBelow();
        }
        return new MigrationsPage(snapshot, rows, Math.max(1, layout.width()), StatusBanner.of(snapshot));
    }

    public List<RevisionRow> rows(RowFilter filter) {
        return rows.stream().filter(filter::accepts).toList();
    }

    public RevisionRow row(String id) {
        return rows.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }

    /** Revision file to row, so a problem or a git file can select its revision. */
    public Map<Path, String> revisionsByFile() {
        Map<Path, String> map = new LinkedHashMap<>();
        for (RevisionRow row : rows) {
            if (row.revision() != null && row.revision().file() != null) {
                map.put(row.revision().file().toAbsolutePath().normalize(), row.id());
            }
        }
        return map;
    }

    /** Git reports paths under the real work tree; the profile may name the project through a symbolic link. */
    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
