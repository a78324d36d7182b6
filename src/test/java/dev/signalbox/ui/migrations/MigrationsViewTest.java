package dev.signalbox.ui.migrations;

import static dev.signalbox.ui.migrations.MigrationsViewFixture.copyableValues;
import static dev.signalbox.ui.migrations.MigrationsViewFixture.markOf;
import static dev.signalbox.ui.migrations.MigrationsViewFixture.onFx;
import static dev.signalbox.ui.migrations.MigrationsViewFixture.row;
import static dev.signalbox.ui.migrations.MigrationsViewFixture.shown;
import static dev.signalbox.ui.migrations.MigrationsViewFixture.text;
import static dev.signalbox.ui.migrations.MigrationsViewFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.migrations.LintFinding;
import dev.signalbox.sandbox.Sandbox;
import dev.signalbox.sandbox.Scenario;
import dev.signalbox.ui.shell.ShellViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Migrations view on the sandbox's death loop: the database two revisions behind the code (incident 4). */
@ExtendWith(ApplicationExtension.class)
class MigrationsViewTest {
    private static final String RISKY = "92a3b4c5d6e7";
    private static Sandbox sandbox;

    @TempDir
    static Path profiles;

    private ShellViewModel shell;

    @BeforeAll
    static void startSandbox() throws Exception {
        sandbox = Sandbox.start(Scenario.DEATH_LOOP, line -> { });
    }

    @AfterAll
    static void closeSandbox() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Start
    void start(Stage stage) {
        shell = MigrationsViewFixture.show(stage, profiles, sandbox.profile());
    }

    @AfterEach
    void stopWatching() {
        shell.shutdown();
    }

    @Test
    void theBannerSaysTwoPendingAndTheRowsAreMarkedAgainstTheDatabase(FxRobot robot) throws Exception {
        waitUntil(() -> text(robot, "#migration-status-title").equals("2 pending revisions"));

        assertThat(text(robot, "#migration-status-detail")).contains("will apply " + RISKY + ", a3b4c5d6e7f8");
        assertThat(onFx(() -> copyableValues(robot, "#database-revisions"))).containsExactly("8192a3b4c5d6");
        assertThat(onFx(() -> copyableValues(robot, "#code-heads"))).containsExactly("a3b4c5d6e7f8");
        waitUntil(() -> row(robot, "1a2b3c4d5e6f") != null);
        assertThat(onFx(() -> markOf(robot, RISKY))).isEqualTo("pending");
        assertThat(onFx(() -> markOf(robot, "a3b4c5d6e7f8"))).isEqualTo("pending");
        assertThat(onFx(() -> markOf(robot, "8192a3b4c5d6"))).isEqualTo("current");
        assertThat(onFx(() -> markOf(robot, "1a2b3c4d5e6f"))).isEqualTo("applied");
        assertThat(text(robot, "#migration-freshness")).startsWith("updated ");
        assertThat(onFx(() -> robot.lookup("#migration-part-message").query().isVisible())).isFalse();
    }

    @Test
    void theMergeRowDrawsTwoParentLanes(FxRobot robot) throws Exception {
        waitUntil(() -> row(robot, "5e6f708192a3") != null);
        ListCell<RevisionRow> merge = onFx(() -> row(robot, "5e6f708192a3"));

        assertThat(onFx(() -> merge.getItem().lanes().parentLanes())).hasSize(2).doesNotHaveDuplicates();
        Label mergeTag = onFx(() -> merge.lookupAll(".row-tag").stream().map(n -> (Label) n)
                .filter(l -> l.getText().equals("merge")).findFirst().orElseThrow());
        assertThat(onFx(() -> mergeTag.getTooltip().getText())).isEqualTo("merges 3c4d5e6f7081 + 4d5e6f708192");
        robot.clickOn(merge);
        waitUntil(() -> copyableValues(robot, "#revision-detail").containsAll(List.of("5e6f708192a3", "3c4d5e6f7081", "4d5e6f708192")));
        // Drawn: the edge from the child above, and one edge down into each parent's lane.
        List<String> edgeLanes = onFx(() -> merge.lookupAll(".lane-edge").stream()
                .flatMap(n -> n.getStyleClass().stream()).filter(c -> c.matches("lane-\\d")).toList());
        assertThat(edgeLanes).hasSize(3).contains("lane-0", "lane-1");
        // Below it, the second branch's edge comes back into the first lane (git log --graph's "|/").
        ListCell<RevisionRow> second = onFx(() -> row(robot, "4d5e6f708192"));
        List<String> secondEdges = onFx(() -> second.lookupAll(".lane-edge").stream()
                .flatMap(n -> n.getStyleClass().stream()).filter(c -> c.matches("lane-\\d")).toList());
        assertThat(secondEdges).contains("lane-0", "lane-1");
    }

    @Test
    void selectingTheRiskyRevisionShowsItsFileWithTheFindingOnTheDropConstraintLine(FxRobot robot) throws Exception {
        waitUntil(() -> row(robot, "8192a3b4c5d6") != null);
        robot.clickOn(onFx(() -> row(robot, "8192a3b4c5d6")));
        waitUntil(() -> copyableValues(robot, "#revision-detail").contains("8192a3b4c5d6"));
        robot.clickOn(onFx(() -> row(robot, RISKY)));
        waitUntil(() -> copyableValues(robot, "#revision-detail").contains(RISKY)
                && text(robot, "#revision-source-title").startsWith(RISKY));

        assertThat(onFx(() -> copyableValues(robot, "#revision-detail")))
                .contains(RISKY, "8192a3b4c5d6")
                .anyMatch(value -> value.endsWith("92a3b4c5d6e7_recreate_personalization_fk.py"));
        assertThat(text(robot, "#revision-detail-git")).startsWith("committed");

        Path file = sandbox.revisionGraph().revision(RISKY).orElseThrow().file();
        List<String> lines = Files.readAllLines(file);
        int dropLine = lines.stream().filter(l -> l.contains("ALTER TABLE user_personalization DROP CONSTRAINT")).findFirst().map(lines::indexOf).orElseThrow() + 1;
        waitUntil(() -> robot.lookup("#source-line-" + dropLine).match(MigrationsViewFixture::shown).tryQuery().isPresent());
        Node dropCell = onFx(() -> robot.lookup("#source-line-" + dropLine).match(MigrationsViewFixture::shown).query());
        assertThat(onFx(() -> List.copyOf(dropCell.getStyleClass()))).contains("lint-line");
        assertThat(onFx(() -> dropCell.lookupAll(".source-text").stream().map(n -> ((Label) n).getText()).toList()))
                .singleElement().asString().contains("DROP CONSTRAINT user_personalization_user_id_fkey");
        Node finding = onFx(() -> robot.lookup("#source-finding-" + dropLine + "-lock-without-timeout").match(MigrationsViewFixture::shown).query());
        List<String> findingText = onFx(() -> finding.lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList());
        assertThat(findingText).contains("lock-without-timeout", "lock: ACCESS EXCLUSIVE")
                .anyMatch(t -> t.startsWith("Why: ") && t.contains("incident 2"))
                .anyMatch(t -> t.startsWith("Instead: ") && t.contains("lock_timeout"));
        // The line right above is not flagged.
        assertThat(onFx(() -> robot.lookup("#source-line-" + (dropLine - 1)).match(MigrationsViewFixture::shown).query().getStyleClass()))
                .doesNotContain("lint-line");
    }

    @Test
    void pendingOnlyShowsThePendingRowsAndALintFindingOpensItsRevision(FxRobot robot) throws Exception {
        waitUntil(() -> row(robot, "1a2b3c4d5e6f") != null);
        robot.clickOn("#filter-pending");
        ListView<RevisionRow> list = robot.lookup("#revision-list").queryListView();
        waitUntil(() -> list.getItems().size() == 2);
        assertThat(onFx(() -> list.getItems().stream().map(RevisionRow::id).toList())).containsExactly("a3b4c5d6e7f8", RISKY);
        assertThat(onFx(() -> row(robot, "1a2b3c4d5e6f"))).isNull();

        robot.clickOn("#filter-all");
        waitUntil(() -> list.getItems().size() == 10);
        robot.clickOn(onFx(() -> row(robot, "1a2b3c4d5e6f")));
        waitUntil(() -> copyableValues(robot, "#revision-detail").contains("1a2b3c4d5e6f"));
        robot.clickOn("#tab-lint");
        ListView<LintFinding> lint = robot.lookup("#lint-findings").queryListView();
        waitUntil(() -> !lint.getItems().isEmpty());
        LintFinding finding = onFx(() -> lint.getItems().get(lint.getItems().size() - 1));
        robot.interact(() -> lint.getSelectionModel().select(finding));
        waitUntil(() -> copyableValues(robot, "#revision-detail").contains(finding.revision())
                && text(robot, "#revision-source-title").startsWith(finding.revision()));
        assertThat(onFx(() -> list.getSelectionModel().getSelectedItem().id())).isEqualTo(finding.revision());
        waitUntil(() -> robot.lookup("#source-line-" + finding.line()).match(MigrationsViewFixture::shown).tryQuery().isPresent());
    }

    @Test
    void aFailingCheckSaysWhatFailedAndKeepsTheLastGoodGraph(FxRobot robot) throws Exception {
        waitUntil(() -> text(robot, "#migration-status-title").equals("2 pending revisions"));
        Path ini = Path.of(sandbox.profile().profile().migrations().location());
        Path moved = ini.resolveSibling("alembic.ini.moved");
        Files.move(ini, moved);
        try {
            robot.clickOn("#migrations-refresh");
            waitUntil(() -> robot.lookup("#migration-part-message").query().isVisible());
            String message = text(robot, "#migration-part-message");
            assertThat(message).startsWith("The migrations check failed").contains(ini + " does not exist")
                    .contains("Showing the last good result, from");
            assertThat(text(robot, "#migration-freshness")).startsWith("last updated ");
            assertThat(text(robot, "#migration-status-title")).isEqualTo("2 pending revisions");
            assertThat(onFx(() -> markOf(robot, RISKY))).isEqualTo("pending");
        } finally {
            Files.move(moved, ini);
        }
        robot.clickOn("#migrations-refresh");
        waitUntil(() -> !robot.lookup("#migration-part-message").query().isVisible());
        assertThat(text(robot, "#migration-freshness")).startsWith("updated ");
    }
}
