package dev.signalbox.ui.migrations;

import static dev.signalbox.ui.migrations.MigrationsViewFixture.onFx;
import static dev.signalbox.ui.migrations.MigrationsViewFixture.shown;
import static dev.signalbox.ui.migrations.MigrationsViewFixture.text;
import static dev.signalbox.ui.migrations.MigrationsViewFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.sandbox.Sandbox;
import dev.signalbox.sandbox.Scenario;
import dev.signalbox.ui.common.FxThread;
import dev.signalbox.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
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
 * The Rehearse action on the sandbox's blocked migration (incident 2): a session idle in transaction holds a lock on
 * user_personalization, so the pending FK swap would wait behind it now, and the view names that session's pid.
 */
@ExtendWith(ApplicationExtension.class)
class MigrationsRehearsalViewTest {
    private static final String FK_SWAP = "92a3b4c5d6e7";
    private static final String ADD_SUBSCRIPTIONS = "a3b4c5d6e7f8";
    /** A rehearsal starts a PostgreSQL and three child JVMs: seconds on an idle machine, more on a busy one. */
    private static final long REHEARSAL_SECONDS = 180;
    private static Sandbox sandbox;

    @TempDir
    static Path profiles;

    private ShellViewModel shell;

    @BeforeAll
    static void startSandbox() throws Exception {
        sandbox = Sandbox.start(Scenario.BLOCKED_MIGRATION, line -> { });
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

    private static int idleInTransactionPid() throws Exception {
        try (Connection c = sandbox.database().connect(Sandbox.DATABASE, "test"); Statement statement = c.createStatement();
             ResultSet rs = statement.executeQuery("SELECT pid FROM pg_stat_activity WHERE state = 'idle in transaction'"
                     + " AND datname = current_database()")) {
            assertThat(rs.next()).as("the scenario's idle-in-transaction session").isTrue();
            return rs.getInt(1);
        }
    }

    @Test
    void rehearseShowsItsStepsThenAVerdictThatNamesTheBlockingPid(FxRobot robot) throws Exception {
        int idle = idleInTransactionPid();
        waitUntil(() -> text(robot, "#migration-status-title").equals("2 pending revisions"));
        waitUntil(() -> !robot.lookup("#migrations-rehearse").queryAs(Button.class).isDisabled());

        robot.clickOn("#migrations-rehearse");

        // The Rehearsal tab comes forward and says what the rehearsal is doing while it runs.
        waitUntil(() -> robot.lookup("#migration-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId()
                .equals("tab-rehearsal"));
        FxThread.waitFor((int) REHEARSAL_SECONDS, () -> robot.lookup("#rehearsal-verdict-" + FK_SWAP).tryQuery().isPresent());

        assertThat(text(robot, "#rehearsal-verdict-" + FK_SWAP)).startsWith("Would block now: behind pid")
                .contains(Integer.toString(idle));
        assertThat(text(robot, "#rehearsal-detail-" + FK_SWAP)).contains("would wait behind pid " + idle)
                .contains("idle in transaction").contains("public.user_personalization");
        assertThat(text(robot, "#rehearsal-verdict-" + ADD_SUBSCRIPTIONS)).isEqualTo("Safe to run now");
        assertThat(text(robot, "#rehearsal-summary")).startsWith("Rehearsed 2 pending revisions on a PostgreSQL ")
                .endsWith("Production was only read.");
        assertThat(onFx(() -> shown(robot.lookup("#rehearsal-progress").query()))).isFalse();
        assertThat(onFx(() -> robot.lookup("#migrations-rehearse").queryAs(Button.class).getText())).isEqualTo("Rehearse");
        assertThat(onFx(() -> robot.lookup("#migration-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getText()))
                .isEqualTo("Rehearsal");
        // The steps it went through are the engine's, in order.
        MigrationsView view = robot.lookup("#migrations-view").queryAs(MigrationsView.class);
        assertThat(onFx(() -> java.util.List.copyOf(view.model().rehearsalSteps()))).first().asString()
                .isEqualTo("Reading production's alembic_version (read-only)");
    }

    @Test
    void cancelEndsTheRunningRehearsalRemovesTheCopyAndSaysSoWithoutAlarm(FxRobot robot) throws Exception {
        waitUntil(() -> text(robot, "#migration-status-title").equals("2 pending revisions"));
        waitUntil(() -> !robot.lookup("#migrations-rehearse").queryAs(Button.class).isDisabled());
        MigrationsView view = FxThread.call(() -> robot.lookup("#migrations-view").queryAs(MigrationsView.class));

        robot.clickOn("#migrations-rehearse");
        // Cancel while a command runs against the copy (the migrations replayed to production's revision, or a
        // pending revision): the case that needs a child process ended, not just a flag read between steps.
        FxThread.waitFor((int) REHEARSAL_SECONDS, () -> view.model().rehearsalSteps().stream()
                .anyMatch(step -> step.startsWith("Replaying") || step.startsWith("Rehearsing")));
        assertThat(onFx(() -> shown(robot.lookup("#rehearsal-cancel").query()))).isTrue();
        robot.clickOn("#rehearsal-cancel");

        FxThread.waitFor((int) REHEARSAL_SECONDS, () -> !view.model().rehearsingProperty().get());
        assertThat(text(robot, "#rehearsal-error")).isEqualTo("The rehearsal of " + sandbox.profile().name()
                + " was cancelled. Production was only read; the copy is removed.");
        assertThat(onFx(() -> robot.lookup("#rehearsal-error").query().getStyleClass())).contains("tone-neutral")
                .doesNotContain("tone-danger");
        assertThat(onFx(() -> view.model().rehearsalVerdicts().isEmpty())).isTrue();
        assertThat(onFx(() -> shown(robot.lookup("#rehearsal-progress").query()))).isFalse();
        assertThat(onFx(() -> robot.lookup("#migrations-rehearse").queryAs(Button.class).isDisabled())).isFalse();
        assertThat(dev.signalbox.migrations.MigrationRehearsalTest.copiesLeft()).isEmpty();
        // Production is where it was: the pending revisions are still pending.
        try (Connection c = sandbox.database().connect(Sandbox.DATABASE, "test"); Statement statement = c.createStatement();
             ResultSet rs = statement.executeQuery("SELECT version_num FROM alembic_version")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(Sandbox.BEHIND_REVISION);
        }
    }
}
