package dev.signalbox.ui.migrations;

import static dev.signalbox.ui.migrations.MigrationsViewFixture.copyableValues;
import static dev.signalbox.ui.migrations.MigrationsViewFixture.markOf;
import static dev.signalbox.ui.migrations.MigrationsViewFixture.onFx;
import static dev.signalbox.ui.migrations.MigrationsViewFixture.row;
import static dev.signalbox.ui.migrations.MigrationsViewFixture.text;
import static dev.signalbox.ui.migrations.MigrationsViewFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.sandbox.Sandbox;
import dev.signalbox.sandbox.Scenario;
import dev.signalbox.ui.shell.ShellViewModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
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

/**
 * Incident 1 in the view: the database is at a revision this code does not contain, and a revision file here
 * was never committed.
 */
@ExtendWith(ApplicationExtension.class)
class MigrationsUnknownRevisionViewTest {
    private static final String LOCAL_ONLY = "c5d6e7f8091a";
    private static Sandbox sandbox;

    @TempDir
    static Path profiles;

    private ShellViewModel shell;

    @BeforeAll
    static void startSandbox() throws Exception {
        sandbox = Sandbox.start(Scenario.MISSING_REVISION, line -> { });
        Path versions = sandbox.revisionGraph().revision("a3b4c5d6e7f8").orElseThrow().file().getParent();
        // Written after the sandbox committed its project: untracked, so it exists only on this machine.
        Files.writeString(versions.resolve(LOCAL_ONLY + "_add_invoices.py"), """
                \"\"\"add invoices

                Revision ID: c5d6e7f8091a
                Revises: a3b4c5d6e7f8
                \"\"\"
                from alembic import op

                revision = "c5d6e7f8091a"
                down_revision = "a3b4c5d6e7f8"
                branch_labels = None
                depends_on = None


                def upgrade():
                    op.execute("CREATE TABLE invoices (id bigserial PRIMARY KEY)")
                """, StandardCharsets.UTF_8);
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
    void theBannerExplainsTheUnknownRevisionAndWhatToDo(FxRobot robot) throws Exception {
        waitUntil(() -> text(robot, "#migration-status-title").startsWith("Database at an unknown revision"));

        assertThat(text(robot, "#migration-status-title")).isEqualTo("Database at an unknown revision: " + Sandbox.LAPTOP_REVISION);
        assertThat(text(robot, "#migration-status-detail"))
                .contains("Can't locate revision identified by '" + Sandbox.LAPTOP_REVISION + "'")
                .contains("Deploy the code that has " + Sandbox.LAPTOP_REVISION);
        assertThat(onFx(() -> copyableValues(robot, "#database-revisions"))).containsExactly(Sandbox.LAPTOP_REVISION);
        assertThat(onFx(() -> robot.lookup("#migration-status").query().getStyleClass())).contains("tone-danger");

        ListView<RevisionRow> list = robot.lookup("#revision-list").queryListView();
        waitUntil(() -> !list.getItems().isEmpty());
        assertThat(onFx(() -> list.getItems().get(0).id())).isEqualTo(Sandbox.LAPTOP_REVISION);
        waitUntil(() -> row(robot, Sandbox.LAPTOP_REVISION) != null);
        assertThat(onFx(() -> markOf(robot, Sandbox.LAPTOP_REVISION))).isEqualTo("unknown");
        assertThat(onFx(() -> markOf(robot, "a3b4c5d6e7f8"))).isEqualTo("?");
        // Opened first: the unknown revision, with why and what to do instead of a file.
        waitUntil(() -> copyableValues(robot, "#revision-detail").contains(Sandbox.LAPTOP_REVISION));
        assertThat(onFx(() -> robot.lookup("#revision-detail").queryParent().lookupAll(".label").stream()
                .map(n -> ((Label) n).getText()).toList()))
                .anyMatch(t -> t.contains("no file in this code defines it"));
    }

    @Test
    void aRevisionFileNeverCommittedIsCalledOutAsOnlyOnThisMachine(FxRobot robot) throws Exception {
        waitUntil(() -> row(robot, LOCAL_ONLY) != null);
        List<String> tags = onFx(() -> row(robot, LOCAL_ONLY).lookupAll(".row-tag").stream().map(n -> ((Label) n).getText()).toList());
        assertThat(tags).contains("untracked");
        assertThat(text(robot, "#migration-attention")).contains("1 revision file only on this machine");

        robot.clickOn(onFx(() -> row(robot, LOCAL_ONLY)));
        waitUntil(() -> copyableValues(robot, "#revision-detail").contains(LOCAL_ONLY));
        assertThat(text(robot, "#revision-detail-git")).startsWith("untracked: this revision exists only on this machine");

        robot.clickOn("#tab-git");
        waitUntil(() -> robot.lookup("#git-files").queryListView().getItems().size() == 1);
        assertThat(text(robot, "#git-note")).contains("has no upstream");
    }
}
