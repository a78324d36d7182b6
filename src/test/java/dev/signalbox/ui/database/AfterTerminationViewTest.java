package dev.signalbox.ui.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.config.ProfileStore;
import dev.signalbox.database.LockTree;
import dev.signalbox.ops.Confirmation;
import dev.signalbox.sandbox.Sandbox;
import dev.signalbox.sandbox.Scenario;
import dev.signalbox.ui.common.FxThread;
import dev.signalbox.ui.shell.ShellViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Incident 2 on the blocked-migration sandbox: the buttons name their target, Cancel is off for a session idle in
 * transaction, and after the blocker is terminated the view says what happened next and the one thing to do.
 */
@ExtendWith(ApplicationExtension.class)
class AfterTerminationViewTest {
    static Sandbox sandbox;
    static Path home;
    static String previousHome;
    ShellViewModel shell;
    DatabaseView view;

    @BeforeAll
    static void startSandbox() throws Exception {
        home = Files.createTempDirectory("signalbox-after-terminate");
        previousHome = System.getProperty("signalbox.home");
        System.setProperty("signalbox.home", home.toString());
        sandbox = Sandbox.start(Scenario.BLOCKED_MIGRATION, line -> { });
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
        if (previousHome == null) {
            System.clearProperty("signalbox.home");
        } else {
            System.setProperty("signalbox.home", previousHome);
        }
    }

    /** A watch left running polls its closed sandbox for the rest of the test JVM (seen: load that timed out later tests). */
    @AfterEach
    void stopWatching() {
        if (shell != null) {
            shell.shutdown();
        }
    }

    @Start
    void start(Stage stage) {
        shell = new ShellViewModel(new ProfileStore(home.resolve("profiles")), sandbox.profile(), false);
        view = new DatabaseView(shell, Confirmation.preapproved("sandbox"));
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
        shell.watchChosenProfile();
    }

    private static List<String> lines(FxRobot robot) throws Exception {
        return FxThread.call(() -> robot.lookup("#after-termination .label").queryAllAs(Label.class).stream().map(Label::getText).toList());
    }

    @Test
    void terminatingTheBlockerSaysWhatHappenedToTheMigrationTheFkTheRevisionsAndTheBypass(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TreeTableView<LockTree.Entry> tree = robot.lookup("#lock-tree").queryAs(TreeTableView.class);
        FxThread.waitFor(20, () -> !tree.getRoot().getChildren().isEmpty()
                && !tree.getRoot().getChildren().get(0).getChildren().isEmpty());
        TreeItem<LockTree.Entry> blocker = FxThread.call(() -> tree.getRoot().getChildren().get(0));
        int pid = blocker.getValue().pid();
        robot.interact(() -> tree.getSelectionModel().select(blocker));

        Button terminate = robot.lookup("#terminate-backend").queryButton();
        Button cancel = robot.lookup("#cancel-backend").queryButton();
        assertThat(FxThread.call(terminate::getText)).isEqualTo("Terminate pid " + pid);
        assertThat(FxThread.call(cancel::isDisabled)).as("cancel does nothing to a session idle in transaction").isTrue();
        assertThat(lines(robot)).isEmpty();
        // A right-click on another row (to copy its query) does not retarget Terminate.
        int waiter = FxThread.call(() -> blocker.getChildren().get(0).getValue().pid());
        // Where the row is, read in the same look that finds it: each snapshot redraws the tree's rows (new row nodes at
        // the same places), and a row node found first and clicked after had left the scene (seen under load).
        javafx.geometry.Point2D waiterRow = FxThread.call(() -> robot.lookup(".tree-table-row-cell").queryAll().stream()
                .filter(node -> node instanceof javafx.scene.control.TreeTableRow<?> row && row.getItem() instanceof LockTree.Entry e
                        && e.pid() == waiter).findFirst()
                .map(node -> node.localToScreen(node.getBoundsInLocal().getCenterX(), node.getBoundsInLocal().getCenterY()))
                .orElseThrow());
        robot.clickOn(waiterRow, javafx.scene.input.MouseButton.SECONDARY);
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        assertThat(FxThread.call(terminate::getText)).isEqualTo("Terminate pid " + pid);
        assertThat(FxThread.call(() -> view.model().selectedSessionProperty().get().pid())).isEqualTo(pid);

        double buttonY = FxThread.call(() -> terminate.localToScene(0, 0).getY());
        robot.clickOn("#terminate-backend");
        // On the FX thread: the lines are looked up while the after-termination panel is being rebuilt.
        FxThread.waitFor(30, () -> {
            var after = view.model().afterTerminationProperty().get();
            return after != null && after.settled() && lines(robot).stream().anyMatch(l -> l.contains("still pending"))
                    && lines(robot).stream().anyMatch(l -> l.contains("is still ON"));
        });
        assertThat(FxThread.call(() -> lines(robot)))
                .anySatisfy(l -> assertThat(l).isEqualTo("pid " + pid + " is gone: its transaction rolled back and its locks were released"))
                .anySatisfy(l -> assertThat(l).contains("alembic").contains("got its lock and finished its statement"))
                .anySatisfy(l -> assertThat(l).isEqualTo("user_personalization_user_id_fkey is gone (the DROP went through)"))
                .anySatisfy(l -> assertThat(l).isEqualTo("1 queued query went through"))
                .anySatisfy(l -> assertThat(l).startsWith("2 revision(s) still pending"))
                .anySatisfy(l -> assertThat(l).isEqualTo("FACTEUR_MIGRATION_IN_PROGRESS (bypass) is still ON"));
        // The findings changed (the lock findings are gone) and nothing moved under the pointer.
        assertThat(FxThread.call(() -> terminate.localToScene(0, 0).getY())).isEqualTo(buttonY);
        assertThat(FxThread.call(() -> robot.lookup("#after-termination-next").queryAs(Label.class).getText()))
                .startsWith("Next: apply the pending revisions (alembic upgrade head");
    }
}
