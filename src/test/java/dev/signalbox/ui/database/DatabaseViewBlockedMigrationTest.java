package dev.signalbox.ui.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.common.BlockingCallGuard;
import dev.signalbox.config.PlatformDirs;
import dev.signalbox.config.ProfileStore;
import dev.signalbox.database.LockTree;
import dev.signalbox.ops.AuditLog;
import dev.signalbox.ops.AuditRecord;
import dev.signalbox.ops.Confirmation;
import dev.signalbox.ops.Outcome;
import dev.signalbox.sandbox.Sandbox;
import dev.signalbox.sandbox.Scenario;
import dev.signalbox.ui.common.FxThread;
import dev.signalbox.ui.shell.ShellViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Incident 2 in the window: A idle in transaction holds a lock, B (alembic's DROP CONSTRAINT) waits for ACCESS
 * EXCLUSIVE, C queues behind B. The tree shows it; terminating A through the view frees B and C and is audited.
 * The terminate test runs last because it changes the sandbox.
 */
@ExtendWith(ApplicationExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseViewBlockedMigrationTest {
    static Sandbox sandbox;
    static Path home;
    static String previousHome;
    ShellViewModel shell;
    DatabaseView view;

    @BeforeAll
    static void startSandbox() throws Exception {
        home = Files.createTempDirectory("signalbox-ui-database");
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

    @Start
    void start(Stage stage) {
        BlockingCallGuard.reset();
        shell = new ShellViewModel(new ProfileStore(home.resolve("profiles")), sandbox.profile(), false);
        view = new DatabaseView(shell, Confirmation.preapproved("sandbox"));
        stage.setScene(new Scene(view, 1300, 850));
        stage.show();
        shell.watchChosenProfile();
    }

    @AfterEach
    void stopWatch() {
        shell.shutdown();
    }

    @SuppressWarnings("unchecked")
    private static TreeTableView<LockTree.Entry> tree(FxRobot robot) {
        return robot.lookup("#lock-tree").queryAs(TreeTableView.class);
    }

    /** Rows of the tree as shown (depth first), with the depth of each. */
    private static List<LockTree.Entry> rows(TreeTableView<LockTree.Entry> tree) {
        List<LockTree.Entry> out = new ArrayList<>();
        for (TreeItem<LockTree.Entry> root : tree.getRoot().getChildren()) {
            walk(root, out);
        }
        return out;
    }

    private static void walk(TreeItem<LockTree.Entry> item, List<LockTree.Entry> out) {
        out.add(item.getValue());
        item.getChildren().forEach(child -> walk(child, out));
    }

    private static boolean treeShowsABC(TreeTableView<LockTree.Entry> tree) {
        List<LockTree.Entry> rows = rows(tree);
        return rows.size() == 3 && rows.get(2).role() == LockTree.Role.QUEUED;
    }

    @Test
    @Order(1)
    void lockTreeShowsTheIdleBlockerTheWaitingMigrationAndTheQueuedQuery(FxRobot robot) throws Exception {
        TreeTableView<LockTree.Entry> tree = tree(robot);
        FxThread.waitFor(20, () -> treeShowsABC(tree));

        // One look at the tree, on the FX thread: the view rebuilds its items there at every snapshot.
        List<TreeItem<LockTree.Entry>> ab = FxThread.call(() -> {
            assertThat(tree.getRoot().getChildren()).hasSize(1);
            TreeItem<LockTree.Entry> a = tree.getRoot().getChildren().get(0);
            assertThat(a.getValue().role()).isEqualTo(LockTree.Role.ROOT_BLOCKER);
            assertThat(a.getValue().state()).isEqualTo("idle in transaction");
            assertThat(a.getValue().application()).isEqualTo("facteur-api");
            assertThat(a.isExpanded()).isTrue();

            TreeItem<LockTree.Entry> b = a.getChildren().get(0);
            assertThat(b.getValue().role()).isEqualTo(LockTree.Role.WAITING);
            assertThat(b.getValue().application()).isEqualTo("alembic");
            assertThat(b.getValue().migration()).isTrue();
            assertThat(b.getValue().lockWanted()).isEqualTo("AccessExclusiveLock");
            assertThat(tree.getColumns().get(3).getText()).isEqualTo("lock wanted");
            assertThat(tree.getColumns().get(3).getCellData(b)).isEqualTo("ACCESS EXCLUSIVE");
            assertThat(b.getValue().relation()).isEqualTo("public.user_personalization");
            assertThat(b.getValue().query()).contains("DROP CONSTRAINT");

            TreeItem<LockTree.Entry> c = b.getChildren().get(0);
            assertThat(c.getValue().role()).isEqualTo(LockTree.Role.QUEUED);
            assertThat(c.getValue().query()).contains("SELECT count(*) FROM user_personalization");
            assertThat(c.getValue().blockedBy()).contains(b.getValue().pid());
            return List.of(a, b);
        });
        TreeItem<LockTree.Entry> a = ab.get(0);
        TreeItem<LockTree.Entry> b = ab.get(1);

        // Live: a collapsed node and the selection survive the next snapshots.
        int pidA = a.getValue().pid();
        robot.interact(() -> {
            b.setExpanded(false);
            tree.getSelectionModel().select(b);
        });
        var first = FxThread.call(() -> view.model().snapshotProperty().get());
        FxThread.waitFor(10, () -> view.model().snapshotProperty().get() != first);
        WaitForAsyncUtils.waitForFxEvents();
        FxThread.run(() -> {
            TreeItem<LockTree.Entry> bNow = tree.getRoot().getChildren().get(0).getChildren().get(0);
            assertThat(bNow.isExpanded()).as("collapsed node stays collapsed after a refresh").isFalse();
            assertThat(tree.getSelectionModel().getSelectedItem().getValue().pid()).isEqualTo(b.getValue().pid());
            assertThat(tree.getRoot().getChildren().get(0).getValue().pid()).isEqualTo(pidA);
        });

        // The verdicts say who blocks whom; nothing ran on the FX thread.
        assertThat(FxThread.call(() -> robot.lookup("#verdicts .verdict-message").queryAllAs(javafx.scene.control.Label.class)
                .stream().map(javafx.scene.control.Label::getText).toList()))
                .anySatisfy(text -> assertThat(text).contains("wait behind"));
        assertThat(BlockingCallGuard.violations()).isEmpty();
    }

    @Test
    @Order(2)
    void readOnlyModeDisablesCancelAndTerminate(FxRobot robot) throws Exception {
        TreeTableView<LockTree.Entry> tree = tree(robot);
        FxThread.waitFor(20, () -> treeShowsABC(tree));
        robot.interact(() -> tree.getSelectionModel().select(tree.getRoot().getChildren().get(0)));
        Button cancel = robot.lookup("#cancel-backend").queryButton();
        Button terminate = robot.lookup("#terminate-backend").queryButton();
        assertThat(FxThread.call(terminate::isDisabled)).as("a session is selected and mutations are allowed").isFalse();

        robot.interact(() -> shell.readOnlyProperty().set(true));
        assertThat(FxThread.call(cancel::isDisabled)).isTrue();
        assertThat(FxThread.call(terminate::isDisabled)).isTrue();
        assertThat(FxThread.call(() -> ((javafx.scene.control.Tooltip) robot.lookup("#backend-actions").query().getProperties()
                .get("javafx.scene.control.Tooltip")).getText()))
                .contains("Read-only");
        assertThat(FxThread.call(() -> List.copyOf(sessionsTable(robot).getItems()))).anySatisfy(s -> assertThat(s.state()).isEqualTo("idle in transaction"));
    }

    @SuppressWarnings("unchecked")
    private static TableView<dev.signalbox.database.BackendSession> sessionsTable(FxRobot robot) {
        return robot.lookup("#sessions-table").queryAs(TableView.class);
    }

    @Test
    @Order(3)
    void terminatingTheIdleBlockerLetsTheMigrationAndTheQueuedQueryThroughAndIsAudited(FxRobot robot) throws Exception {
        TreeTableView<LockTree.Entry> tree = tree(robot);
        FxThread.waitFor(20, () -> treeShowsABC(tree));
        TreeItem<LockTree.Entry> a = FxThread.call(() -> tree.getRoot().getChildren().get(0));
        int pidA = a.getValue().pid();
        robot.interact(() -> tree.getSelectionModel().select(a));
        robot.clickOn("#terminate-backend");

        FxThread.waitFor(20, () -> tree.getRoot().getChildren().isEmpty()
                && view.model().actionOutcomeProperty().get() != null
                && sessionsTable(robot).getItems().stream().noneMatch(s -> s.pid() == pidA));
        assertThat(FxThread.call(() -> view.model().actionOutcomeProperty().get())).isEqualTo(Outcome.SUCCEEDED);
        assertThat(FxThread.call(() -> view.model().actionMessageProperty().get())).contains("terminated");
        assertThat(FxThread.call(() -> List.copyOf(sessionsTable(robot).getItems()))).noneSatisfy(s -> assertThat(s.pid()).isEqualTo(pidA));

        Path auditFile = PlatformDirs.detect().auditLog();
        assertThat(auditFile).startsWith(home);
        List<AuditRecord> records = new AuditLog(auditFile).read().records();
        assertThat(records).anySatisfy(record -> {
            assertThat(record.action()).isEqualTo("database.backend.terminate");
            assertThat(record.outcome()).isEqualTo(Outcome.SUCCEEDED);
            assertThat(record.target()).contains("pid " + pidA);
            assertThat(record.before()).containsEntry("state", "idle in transaction");
            assertThat(record.after()).containsEntry("pid", "gone");
        });
        assertThat(BlockingCallGuard.violations()).isEmpty();
    }
}
