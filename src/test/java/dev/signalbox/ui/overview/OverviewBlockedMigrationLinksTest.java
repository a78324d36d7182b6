package dev.signalbox.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.config.ProfileStore;
import dev.signalbox.database.LockTree;
import dev.signalbox.sandbox.Sandbox;
import dev.signalbox.sandbox.Scenario;
import dev.signalbox.ui.ConsoleApplication;
import dev.signalbox.ui.ConsoleViews;
import dev.signalbox.ui.common.FxThread;
import dev.signalbox.ui.common.Theme;
import dev.signalbox.ui.database.DatabaseView;
import dev.signalbox.ui.database.SessionRows;
import dev.signalbox.ui.shell.ConsoleSection;
import dev.signalbox.ui.shell.ShellView;
import dev.signalbox.ui.shell.ShellViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole window on the blocked-migration sandbox (incident 2): the Overview's first line says what blocks the
 * migration and links to the lock tree; the Constraints card opens the Constraints tab, and a plain visit to the
 * Database view during the lock incident opens on the lock tree whatever tab was used last; the keyboard reaches a
 * session (Delete asks to terminate that pid, the menu key opens its row's menu), copies say they copied, the sidebar
 * tells each view's shortcut, and a keyboard focus shows a ring in both themes without moving anything.
 */
@ExtendWith(ApplicationExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(120)
class OverviewBlockedMigrationLinksTest {
    static Sandbox sandbox;
    static Path home;
    static String previousHome;
    ShellViewModel model;
    Stage stage;

    @BeforeAll
    static void startSandbox() throws Exception {
        home = Files.createTempDirectory("signalbox-ui-links");
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
        this.stage = stage;
        Theme.LIGHT.apply();
        model = new ShellViewModel(new ProfileStore(home.resolve("profiles")), sandbox.profile(), false);
        ShellView shell = new ShellView(model, section -> ConsoleViews.create(section, model));
        Scene scene = new Scene(shell, 1280, 800);
        scene.getStylesheets().add(ConsoleApplication.class.getResource("/css/signalbox.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        shell.installShortcuts();
        model.watchChosenProfile();
    }

    @AfterEach
    void stopWatch() {
        model.shutdown();
        Theme.LIGHT.apply();
    }

    /** Waits until {@code condition}, evaluated on the FX thread (the views rebuild their rows there), holds. */
    private static void await(Callable<Boolean> condition) throws Exception {
        FxThread.waitForAfterEvents(30, condition);
    }

    private static String text(FxRobot robot, String query) throws Exception {
        return FxThread.call(() -> robot.lookup(query).tryQueryAs(Label.class).map(Label::getText).orElse(""));
    }

    private static String selectedTab(FxRobot robot) throws Exception {
        return FxThread.call(() -> robot.lookup("#database-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId());
    }

    private LockTree rootBlockerTree() throws Exception {
        return FxThread.call(() -> ((DatabaseView) stage.getScene().lookup("#database")).model().lockTreeProperty().get());
    }

    @Test
    @Order(1)
    void theFirstLineNamesTheBlockerAndLinksToTheLockTreeAndTheConstraintsCardOpensConstraints(FxRobot robot) throws Exception {
        await(() -> text(robot, "#overview-next-step").contains("blocks"));
        String line = text(robot, "#overview-next-step");
        assertThat(line).matches("Session pid \\d+ \\(idle in transaction\\) blocks \\d+ session\\(s\\), the migration among them: "
                + "terminate pid \\d+ \\(its transaction rolls back\\) or end its transaction\\.");
        assertThat(FxThread.call(() -> robot.lookup("#overview-next-step-link").queryAs(Hyperlink.class).getText())).isEqualTo("Open the lock tree");
        // The line sits above the tiles: the first thing read.
        assertThat(FxThread.call(() -> robot.lookup("#overview-next-step").query().localToScene(0, 0).getY()))
                .isLessThan(FxThread.call(() -> robot.lookup("#overview-tiles").query().localToScene(0, 0).getY()));

        robot.clickOn("#tile-constraints");
        assertThat(FxThread.call(() -> model.sectionProperty().get())).isEqualTo(ConsoleSection.DATABASE);
        await(() -> "tab-constraints".equals(selectedTab(robot)));

        robot.interact(() -> model.sectionProperty().set(ConsoleSection.OVERVIEW));
        robot.clickOn("#overview-next-step-link");
        await(() -> model.sectionProperty().get() == ConsoleSection.DATABASE && "tab-locks".equals(selectedTab(robot)));
        int root = rootBlockerTree().roots().get(0).entry().pid();
        assertThat(line).startsWith("Session pid " + root + " ");

        // The Constraints tab used last; a plain visit during the lock incident opens on the lock tree.
        robot.interact(() -> robot.lookup("#database-tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        assertThat(selectedTab(robot)).isEqualTo("tab-constraints");
        robot.interact(() -> model.sectionProperty().set(ConsoleSection.OVERVIEW));
        robot.clickOn("#nav-database");
        await(() -> model.sectionProperty().get() == ConsoleSection.DATABASE);
        assertThat(selectedTab(robot)).isEqualTo("tab-locks");
    }

    @Test
    @Order(2)
    void deleteOnASessionRowAsksToTerminateThatPidAndTheMenuKeyOpensItsRowMenuWhoseCopySaysItCopied(FxRobot robot) throws Exception {
        await(() -> text(robot, "#overview-next-step").contains("blocks"));
        robot.clickOn("#overview-next-step-link");
        @SuppressWarnings("unchecked")
        TableView<dev.signalbox.database.BackendSession> sessions = robot.lookup("#sessions-table").queryAs(TableView.class);
        await(() -> sessions.getItems().stream().anyMatch(s -> "idle in transaction".equals(s.state())));
        int pid = FxThread.call(() -> sessions.getItems().stream().filter(s -> "idle in transaction".equals(s.state())).findFirst().orElseThrow().pid());
        SessionRows.click(robot, pid);

        robot.type(KeyCode.DELETE);
        await(() -> robot.lookup("#confirm-summary").tryQuery().isPresent());
        assertThat(FxThread.call(() -> robot.lookup("#confirm-summary").queryAs(Label.class).getText())).startsWith("Terminate").contains(" " + pid + " ");
        robot.clickOn("#confirm-cancel");
        DatabaseView view = (DatabaseView) stage.getScene().lookup("#database");
        await(() -> view.model().actionMessageProperty().get().startsWith("Terminate pid " + pid + ": declined"));

        SessionRows.click(robot, pid);
        robot.type(KeyCode.CONTEXT_MENU);
        await(() -> robot.lookup(".context-menu .menu-item").tryQuery().isPresent());
        robot.clickOn(FxThread.call(() -> robot.lookup(".context-menu .menu-item .label").queryAllAs(Label.class).stream()
                .filter(label -> "Copy pid".equals(label.getText())).findFirst().orElseThrow()));
        // The toast hides after 2 s: it is placed in the same look on the FX thread that sees it (no event flush
        // between polls), not in reads after the wait, which a loaded machine can start after it is gone.
        AtomicReference<List<Bounds>> placed = new AtomicReference<>();
        try {
            FxThread.waitFor(30, () -> {
                Label shown = robot.lookup("#copy-confirmation").tryQueryAs(Label.class).orElse(null);
                if (shown == null || !shown.isVisible() || !"Copied pid".equals(shown.getText())) {
                    return false;
                }
                Node terminate = robot.lookup("#terminate-backend").query();
                Node table = robot.lookup("#sessions-table").query();
                placed.set(List.of(shown.localToScreen(shown.getBoundsInLocal()), terminate.localToScreen(terminate.getBoundsInLocal()),
                        table.localToScreen(table.getBoundsInLocal())));
                return true;
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no 'Copied pid' toast; the clipboard holds "
                    + FxThread.call(() -> Clipboard.getSystemClipboard().getString()) + ", a row menu is "
                    + (FxThread.call(() -> robot.lookup(".context-menu").tryQuery().isPresent()) ? "open" : "closed"), e);
        }
        assertThat(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get()).isEqualTo(Integer.toString(pid));
        // Over the status bar, below every control of the view.
        Bounds toast = placed.get().get(0);
        Bounds terminate = placed.get().get(1);
        assertThat(toast.getMinY()).isGreaterThan(placed.get().get(2).getMaxY());
        assertThat(toast.intersects(terminate)).isFalse();
    }

    @Test
    @Order(3)
    void theSidebarTellsEachShortcutAndAKeyboardFocusShowsARingInBothThemesWithoutMovingAnything(FxRobot robot) throws Exception {
        ListCell<?> database = robot.lookup("#nav-database").queryAs(ListCell.class);
        assertThat(FxThread.call(() -> database.getTooltip().getText())).startsWith("Database (Ctrl+5): ");
        assertThat(FxThread.call(() -> robot.lookup("#nav-overview").queryAs(ListCell.class).getTooltip().getText())).startsWith("Overview (Ctrl+1): ");

        Button refresh = robot.lookup("#theme-toggle").queryButton();
        double width = FxThread.call(() -> refresh.getLayoutBounds().getWidth());
        double x = FxThread.call(() -> refresh.localToScene(0, 0).getX());
        assertThat(FxThread.call(() -> refresh.getBorder() == null || refresh.getBorder().getStrokes().isEmpty())).as("no ring before").isTrue();
        robot.interact(refresh::requestFocus);
        // Focus reached by the keyboard: Tab away and back.
        robot.type(KeyCode.TAB);
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        await(() -> refresh.isFocused() && refresh.isFocusVisible());
        await(() -> refresh.getBorder() != null && !refresh.getBorder().getStrokes().isEmpty());
        assertThat(FxThread.call(() -> refresh.getLayoutBounds().getWidth())).isEqualTo(width);
        assertThat(FxThread.call(() -> refresh.localToScene(0, 0).getX())).isEqualTo(x);
        javafx.scene.paint.Paint light = FxThread.call(() -> refresh.getBorder().getStrokes().get(0).getTopStroke());

        robot.interact(Theme.DARK::apply);
        await(() -> refresh.getBorder() != null && !refresh.getBorder().getStrokes().isEmpty()
                && !refresh.getBorder().getStrokes().get(0).getTopStroke().equals(light));
        assertThat(FxThread.call(() -> refresh.getLayoutBounds().getWidth())).isEqualTo(width);
    }
}
