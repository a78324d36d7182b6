package dev.signalbox.ui.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.config.ProfileStore;
import dev.signalbox.database.Constraint;
import dev.signalbox.database.DatabaseSnapshot;
import dev.signalbox.ops.Confirmation;
import dev.signalbox.sandbox.Sandbox;
import dev.signalbox.sandbox.Scenario;
import dev.signalbox.ui.common.FxThread;
import dev.signalbox.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Incident 5 in the window: the FK of user_personalization references user_profiles where users is expected. */
@ExtendWith(ApplicationExtension.class)
class DatabaseViewWrongFkTest {
    private static final String CHECK = "subscriptions_plan_check";
    static Sandbox sandbox;
    @TempDir
    static Path profiles;
    ShellViewModel shell;
    DatabaseView view;

    @BeforeAll
    static void startSandbox() throws Exception {
        sandbox = Sandbox.start(Scenario.WRONG_FK, line -> { });
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Start
    void start(Stage stage) {
        shell = new ShellViewModel(new ProfileStore(profiles), sandbox.profile(), false);
        view = new DatabaseView(shell, Confirmation.declineAll());
        stage.setScene(new Scene(view, 1300, 850));
        stage.show();
        shell.watchChosenProfile();
    }

    @AfterEach
    void stopWatch() {
        shell.shutdown();
    }

    @SuppressWarnings("unchecked")
    private static TableView<Constraint> table(FxRobot robot) {
        return robot.lookup("#constraints-table").queryAs(TableView.class);
    }

    @Test
    void mismatchFilterShowsTheFkToTheWrongTableAndNotValidFilterTheUnvalidatedOnes(FxRobot robot) throws Exception {
        robot.interact(() -> view.showTab("constraints"));
        TableView<Constraint> table = table(robot);
        // The expectation is on top, saying what is wrong and what was expected.
        FxThread.waitFor(20, () -> table.getItems().size() > 5
                && texts(robot, "#expectations .expectation-problem").stream()
                        .anyMatch(text -> text.contains("references public.user_profiles(id), expected public.users(id)")));
        int all = items(table).size();

        robot.clickOn("#filter-mismatch");
        assertThat(items(table)).hasSize(1);
        Constraint fk = items(table).get(0);
        assertThat(fk.qualifiedTable()).isEqualTo("public.user_personalization");
        assertThat(fk.type()).isEqualTo("FOREIGN KEY");
        assertThat(fk.referencedTable()).isEqualTo("public.user_profiles");
        robot.clickOn("#filter-mismatch");
        assertThat(items(table)).hasSize(all);

        robot.clickOn("#filter-not-valid");
        assertThat(items(table)).extracting(Constraint::name)
                .containsExactlyInAnyOrder("user_personalization_user_id_fkey", "subscriptions_plan_check");
        assertThat(items(table)).allSatisfy(c -> assertThat(c.validated()).isFalse());

        robot.clickOn("#filter-fk");
        assertThat(items(table)).extracting(Constraint::name).containsExactly("user_personalization_user_id_fkey");
        robot.clickOn("#filter-not-valid");
        assertThat(items(table)).isNotEmpty().allSatisfy(c -> assertThat(c.type()).isEqualTo("FOREIGN KEY"));
        assertThat(items(table).size()).isLessThan(all);
    }

    @Test
    void connectionFactsShowTheServerTheDirectConnectionAndTheTimeoutsWithTheirSource(FxRobot robot) throws Exception {
        robot.interact(() -> view.showTab("connection"));
        @SuppressWarnings("unchecked")
        TableView<java.util.Map.Entry<String, ?>> timeouts = robot.lookup("#timeouts-table").queryAs(TableView.class);
        // The facts arrive one by one (the server first, the pooler later): wait for the very ones asserted.
        FxThread.waitFor(20, () -> {
            List<String> facts = texts(robot, "#connection-facts .fact-value");
            List<String> names = timeouts.getItems().stream().map(java.util.Map.Entry::getKey).toList();
            return facts.stream().anyMatch(text -> text.startsWith("PostgreSQL "))
                    && facts.stream().anyMatch(text -> text.startsWith("none"))
                    && names.containsAll(List.of("statement_timeout", "lock_timeout"));
        });
        assertThat(texts(robot, "#connection-facts .fact-value"))
                .anySatisfy(text -> assertThat(text).startsWith("PostgreSQL "))
                .anySatisfy(text -> assertThat(text).startsWith("none"));
        assertThat(FxThread.call(() -> List.copyOf(timeouts.getItems()))).extracting(java.util.Map.Entry::getKey)
                .contains("statement_timeout", "lock_timeout");
    }

    @Test
    void aNewSnapshotKeepsAnOpenMenuAndTheSelectedRowAndShowsAChangedRowsValues(FxRobot robot) throws Exception {
        robot.interact(() -> view.showTab("constraints"));
        TableView<Constraint> table = table(robot);
        FxThread.waitFor(20, () -> table.getItems().stream().anyMatch(c -> c.name().equals(CHECK) && !c.validated())
                && robot.lookup("#expectations .expectation").tryQuery().isPresent());

        // An expectation's card: its menu stays open over snapshots that change nothing, and copies that card.
        Node card = FxThread.call(() -> robot.lookup("#expectations .expectation").query());
        String expectation = FxThread.call(() -> view.model().expectations().get(0).expectation());
        openMenuOn(robot, card);
        FxThread.waitFor(10, () -> shownMenu() != null);
        ContextMenu cardMenu = FxThread.call(DatabaseViewWrongFkTest::shownMenu);
        awaitNewSnapshot(robot);
        awaitNewSnapshot(robot);
        assertThat(FxThread.call(cardMenu::isShowing)).as("the card's menu after two snapshots").isTrue();
        clickMenuItem(robot, "Copy");
        FxThread.waitFor(10, () -> Clipboard.getSystemClipboard().getString() != null
                && Clipboard.getSystemClipboard().getString().startsWith(expectation + ": "));

        // A row of the table, selected and its menu open: over a snapshot that changes nothing, then over one where
        // that very row changes (the NOT VALID check validated meanwhile, as a colleague in psql would).
        robot.interact(() -> table.scrollTo(table.getItems().stream().filter(c -> c.name().equals(CHECK)).findFirst().orElseThrow()));
        FxThread.waitFor(10, () -> row(robot, CHECK) != null);
        robot.clickOn(FxThread.call(() -> row(robot, CHECK)));
        FxThread.waitForAfterEvents(10, () -> selectedName(table).equals(CHECK));
        openMenuOn(robot, FxThread.call(() -> row(robot, CHECK)));
        FxThread.waitFor(10, () -> shownMenu() != null);
        ContextMenu rowMenu = FxThread.call(DatabaseViewWrongFkTest::shownMenu);
        awaitNewSnapshot(robot);
        assertThat(FxThread.call(rowMenu::isShowing)).as("the row's menu after a snapshot").isTrue();
        assertThat(FxThread.call(() -> selectedName(table))).isEqualTo(CHECK);
        try {
            try (Connection connection = sandbox.database().connect(Sandbox.DATABASE, "test");
                 Statement statement = connection.createStatement()) {
                statement.execute("ALTER TABLE subscriptions VALIDATE CONSTRAINT " + CHECK);
            }
            robot.interact(() -> view.model().refresh());
            FxThread.waitFor(20, () -> "yes".equals(cellText(row(robot, CHECK), "validated")));
            assertThat(FxThread.call(rowMenu::isShowing)).as("the row's menu after its row changed").isTrue();
            assertThat(FxThread.call(() -> selectedName(table))).isEqualTo(CHECK);
            clickMenuItem(robot, "Copy name");
            FxThread.waitFor(10, () -> CHECK.equals(Clipboard.getSystemClipboard().getString()));
        } finally {
            // As the sandbox staged it, for the other tests of this class.
            try (Connection connection = sandbox.database().connect(Sandbox.DATABASE, "test");
                 Statement statement = connection.createStatement()) {
                statement.execute("ALTER TABLE subscriptions DROP CONSTRAINT " + CHECK);
                statement.execute("ALTER TABLE subscriptions ADD CONSTRAINT " + CHECK
                        + " CHECK (plan IN ('free', 'pro', 'team')) NOT VALID");
            }
        }
    }

    /** Asks for a snapshot and waits until the view has it (a new object even when nothing in it changed). */
    private void awaitNewSnapshot(FxRobot robot) throws Exception {
        DatabaseSnapshot seen = FxThread.call(() -> view.model().snapshotProperty().get());
        robot.interact(() -> view.model().refresh());
        FxThread.waitFor(20, () -> view.model().snapshotProperty().get() != seen);
    }

    /**
     * A right-click's menu request on {@code node}. Monocle's mouse sends none (its MouseInput never calls notifyMenu),
     * so the test sends what a desktop sends on the right button: CONTEXT_MENU_REQUESTED at the node's centre.
     */
    private static void openMenuOn(FxRobot robot, Node node) {
        robot.interact(() -> {
            Bounds local = node.getBoundsInLocal();
            Point2D scene = node.localToScene(local.getCenterX(), local.getCenterY());
            Point2D screen = node.localToScreen(local.getCenterX(), local.getCenterY());
            Event.fireEvent(node, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getX(), scene.getY(),
                    screen.getX(), screen.getY(), false, null));
        });
    }

    private static ContextMenu shownMenu() {
        return Window.getWindows().stream().filter(window -> window instanceof ContextMenu && window.isShowing())
                .map(window -> (ContextMenu) window).findFirst().orElse(null);
    }

    private static void clickMenuItem(FxRobot robot, String text) throws Exception {
        robot.clickOn(FxThread.call(() -> robot.lookup(".context-menu .menu-item .label").queryAllAs(Label.class).stream()
                .filter(label -> text.equals(label.getText())).findFirst().orElseThrow()));
    }

    /** The table row showing the constraint of that name, if it is in view. */
    private static TableRow<?> row(FxRobot robot, String name) {
        return robot.lookup("#constraints-table .table-row-cell").queryAll().stream()
                .filter(node -> node instanceof TableRow<?> row && row.getItem() instanceof Constraint c && c.name().equals(name))
                .map(node -> (TableRow<?>) node).findFirst().orElse(null);
    }

    private static String cellText(TableRow<?> row, String column) {
        return row == null ? null : row.getChildrenUnmodifiable().stream()
                .filter(node -> node instanceof TableCell<?, ?> cell && cell.getTableColumn() != null
                        && column.equals(cell.getTableColumn().getText()))
                .map(node -> ((TableCell<?, ?>) node).getText()).findFirst().orElse(null);
    }

    private static String selectedName(TableView<Constraint> table) {
        Constraint selected = table.getSelectionModel().getSelectedItem();
        return selected == null ? "" : selected.name();
    }

    private static List<String> texts(FxRobot robot, String query) throws Exception {
        return FxThread.call(() -> robot.lookup(query).queryAllAs(Label.class).stream().map(Label::getText).toList());
    }

    /** The rows the table shows, read on the FX thread, where a refresh replaces them. */
    private static <T> List<T> items(TableView<T> table) throws Exception {
        return FxThread.call(() -> List.copyOf(table.getItems()));
    }
}
