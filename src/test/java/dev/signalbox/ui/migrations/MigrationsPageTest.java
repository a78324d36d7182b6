package dev.signalbox.ui.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.migrations.DatabaseState;
import dev.signalbox.migrations.LintFinding;
import dev.signalbox.migrations.MigrationInspector;
import dev.signalbox.migrations.MigrationSnapshot;
import dev.signalbox.migrations.Revision;
import dev.signalbox.migrations.ScriptLocator;
import dev.signalbox.ui.migrations.MigrationsPage.RowFilter;
import dev.signalbox.ui.migrations.RevisionRow.Mark;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The row and lane model of the view, against the sandbox's demo Alembic project (no window, no database). */
class MigrationsPageTest {
    private static final String RISKY = "92a3b4c5d6e7";
    private static final String MERGE = "5e6f708192a3";

    @TempDir
    Path temp;

    @Test
    void deathLoopRowsFollowHistoryOrderAndAreMarkedAgainstTheDatabase() throws Exception {
        MigrationSnapshot snapshot = snapshot(demoProject(), "8192a3b4c5d6");
        MigrationsPage page = MigrationsPage.build(snapshot);

        assertThat(page.rows()).extracting(RevisionRow::id)
                .containsExactlyElementsOf(snapshot.graph().history().stream().map(Revision::id).toList());
        assertThat(page.row("a3b4c5d6e7f8").mark()).isEqualTo(Mark.PENDING);
        assertThat(page.row(RISKY).mark()).isEqualTo(Mark.PENDING);
        assertThat(page.row("8192a3b4c5d6").mark()).isEqualTo(Mark.CURRENT);
        assertThat(page.rows().stream().filter(r -> r.mark() == Mark.APPLIED)).extracting(RevisionRow::id)
                .containsExactlyInAnyOrder("708192a3b4c5", "6f708192a3b4", MERGE, "4d5e6f708192", "3c4d5e6f7081",
                        "2b3c4d5e6f70", "1a2b3c4d5e6f");
        assertThat(page.rows(RowFilter.PENDING)).extracting(RevisionRow::id).containsExactly("a3b4c5d6e7f8", RISKY);

        StatusBanner banner = page.banner();
        assertThat(banner.tone()).isEqualTo(StatusBanner.Tone.WARNING);
        assertThat(banner.title()).isEqualTo("2 pending revisions");
        assertThat(banner.detail()).contains("will apply " + RISKY + ", a3b4c5d6e7f8 (in this order)");
        assertThat(banner.databaseRevisions()).containsExactly("8192a3b4c5d6");
        assertThat(banner.codeHeads()).containsExactly("a3b4c5d6e7f8");
    }

    @Test
    void theMergeRowJoinsTwoLanesAndEveryRowContinuesTheLanesAboveIt() throws Exception {
        MigrationsPage page = MigrationsPage.build(snapshot(demoProject(), "8192a3b4c5d6"));

        RevisionRow merge = page.row(MERGE);
        assertThat(merge.mergePoint()).isTrue();
        assertThat(merge.parents()).containsExactly("3c4d5e6f7081", "4d5e6f708192");
        assertThat(merge.lanes().parentLanes()).hasSize(2).doesNotHaveDuplicates();
        assertThat(page.laneCount()).isEqualTo(2);

        // The two parents sit in the two lanes the merge opened, and the branch point closes them again.
        List<Integer> parentLanes = merge.lanes().parentLanes();
        assertThat(page.row("3c4d5e6f7081").lanes().lane()).isIn(parentLanes);
        assertThat(page.row("4d5e6f708192").lanes().lane()).isIn(parentLanes);
        // As git log --graph draws it: the second branch joins the first one's lane just above the branch point.
        int branchLane = page.row("2b3c4d5e6f70").lanes().lane();
        assertThat(page.row("3c4d5e6f7081").lanes().parentLanes()).containsExactly(branchLane);
        assertThat(page.row("4d5e6f708192").lanes().parentLanes()).containsExactly(branchLane);
        assertThat(page.row("3c4d5e6f7081").lanes().lane()).isNotEqualTo(page.row("4d5e6f708192").lanes().lane());

        List<RevisionRow> rows = page.rows();
        assertThat(rows.get(0).lanesAbove()).isEmpty();
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).lanesAbove()).as("lanes above " + rows.get(i).id())
                    .isEqualTo(rows.get(i - 1).lanes().lanesBelow());
            // Every lane ending in a row was heading for that very revision.
            for (int lane : rows.get(i).lanes().lanesIn()) {
                assertThat(rows.get(i).lanesAbove().get(lane)).isEqualTo(rows.get(i).id());
            }
        }
    }

    @Test
    void theRiskyRevisionCarriesItsLintFindingOnTheDropConstraintLine() throws Exception {
        Path project = demoProject();
        MigrationsPage page = MigrationsPage.build(snapshot(project, "8192a3b4c5d6"));
        RevisionRow risky = page.row(RISKY);
        Path file = risky.revision().file();
        int dropLine = lineContaining(file, "ALTER TABLE user_personalization DROP CONSTRAINT");

        assertThat(risky.findings()).extracting(LintFinding::rule).contains("lock-without-timeout");
        LintFinding drop = risky.findings().stream().filter(f -> f.rule().equals("lock-without-timeout")).findFirst().orElseThrow();
        assertThat(drop.line()).isEqualTo(dropLine);
        assertThat(page.rows(RowFilter.LINT)).isNotEmpty().allMatch(r -> !r.findings().isEmpty()).contains(risky);

        RevisionSource source = RevisionSource.read(RISKY, file, risky.findings());
        int index = source.indexOfLine(dropLine);
        assertThat(source.items().get(index)).isEqualTo(new RevisionSource.Line(dropLine,
                Files.readAllLines(file).get(dropLine - 1), true));
        assertThat(source.items().get(index + 1)).isInstanceOf(RevisionSource.Finding.class);
        assertThat(((RevisionSource.Finding) source.items().get(index + 1)).finding().rule()).isEqualTo("lock-without-timeout");
        assertThat(source.items().stream().filter(i -> i instanceof RevisionSource.Line).count())
                .isEqualTo(Files.readAllLines(file).size());
    }

    @Test
    void aFileThatVanishedSaysSoInsteadOfFailing() {
        RevisionSource source = RevisionSource.read(RISKY, temp.resolve("gone.py"), List.of());
        assertThat(source.items()).isEmpty();
        assertThat(source.error()).startsWith("Cannot read " + temp.resolve("gone.py")).contains("refresh");
    }

    @Test
    void anUnknownDatabaseRevisionIsItsOwnRowAndTheRestCannotBeTold() throws Exception {
        MigrationsPage page = MigrationsPage.build(snapshot(demoProject(), "b4c5d6e7f809"));

        RevisionRow first = page.rows().get(0);
        assertThat(first.id()).isEqualTo("b4c5d6e7f809");
        assertThat(first.mark()).isEqualTo(Mark.UNKNOWN);
        assertThat(first.revision()).isNull();
        assertThat(first.unknown().explanation()).contains("Can't locate revision identified by 'b4c5d6e7f809'");
        assertThat(page.rows().subList(1, page.rows().size())).allMatch(r -> r.mark() == Mark.UNDETERMINED);
        assertThat(page.rows(RowFilter.PENDING)).containsExactly(first);
        assertThat(page.banner().tone()).isEqualTo(StatusBanner.Tone.DANGER);
        assertThat(page.banner().title()).isEqualTo("Database at an unknown revision: b4c5d6e7f809");
    }

    @Test
    void aSecondHeadOpensALaneAtTheBranchPointAndAsksForAMerge() throws Exception {
        Path project = demoProject();
        Files.writeString(project.resolve("migrations/versions/c0ffee000001_second_head.py"), """
                \"\"\"a second head from another branch

                Revision ID: c0ffee000001
                Revises: 8192a3b4c5d6
                \"\"\"
                revision = "c0ffee000001"
                down_revision = "8192a3b4c5d6"
                branch_labels = None
                depends_on = None


                def upgrade():
                    pass
                """, StandardCharsets.UTF_8);
        MigrationsPage page = MigrationsPage.build(snapshot(project, "8192a3b4c5d6"));

        assertThat(page.banner().title()).isEqualTo("Multiple heads: a merge revision is needed");
        assertThat(page.banner().detail()).contains("alembic merge");
        RevisionRow branchPoint = page.row("8192a3b4c5d6");
        assertThat(branchPoint.revision().branchPoint()).isTrue();
        assertThat(page.laneCount()).isEqualTo(2);
        RevisionRow second = page.row("c0ffee000001");
        RevisionRow first = page.row(RISKY);
        assertThat(second.lanes().lane()).isNotEqualTo(first.lanes().lane());
        // Both lines of descent end at the branch point, from two different lanes.
        assertThat(List.of(second.lanes().parentLanes(), first.lanes().parentLanes()))
                .allMatch(lanes -> lanes.equals(List.of(branchPoint.lanes().lane())));
        assertThat(page.rows(RowFilter.PENDING)).extracting(RevisionRow::id).contains("c0ffee000001", "a3b4c5d6e7f8", RISKY);
    }

    private static MigrationSnapshot snapshot(Path project, String current) throws Exception {
        MigrationInspector inspector = new MigrationInspector(ScriptLocator.locate(project.resolve("alembic.ini"), null),
                false, true, Clock.systemUTC());
        return inspector.snapshot(new DatabaseState("alembic_version", true, List.of(current), 32, List.of()));
    }

    /** A copy of the sandbox's demo project (the same files the sandbox deploys). */
    private Path demoProject() throws Exception {
        Path source = Path.of(MigrationsPageTest.class.getResource("/sandbox/demo-alembic/alembic.ini").toURI()).getParent();
        Path target = temp.resolve("project");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = new ArrayList<>(walk.toList());
        }
        for (Path file : files) {
            Path to = target.resolve(source.relativize(file).toString());
            if (Files.isDirectory(file)) {
                Files.createDirectories(to);
            } else {
                Files.copy(file, to);
            }
        }
        return target;
    }

    private static int lineContaining(Path file, String text) throws Exception {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
