package dev.signalbox.ui.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.app.AppContext;
import dev.signalbox.config.ProfileStore;
import dev.signalbox.monitor.FleetRow;
import dev.signalbox.ui.common.FxThread;
import dev.signalbox.ui.shell.ConsoleSection;
import dev.signalbox.ui.shell.ProfileChoice;
import dev.signalbox.ui.shell.ShellView;
import dev.signalbox.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Fleet view on the project sandbox: worst first, the filter, and Enter opening a member in every view. */
@ExtendWith(ApplicationExtension.class)
class FleetViewTest {
    @TempDir
    static Path profiles;

    private ShellViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new ShellViewModel(AppContext.withProfiles(new ProfileStore(profiles)), new ProfileChoice.ProjectSandbox(), false);
        ShellView shell = new ShellView(model, section -> dev.signalbox.ui.ConsoleViews.create(section, model));
        stage.titleProperty().bind(model.titleProperty());
        stage.setScene(new Scene(shell, 1200, 760));
        stage.show();
        model.watchChosenProfile();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> model.shutdown()).get(30, TimeUnit.SECONDS);
    }

    @SuppressWarnings("unchecked")
    private static TableView<FleetRow> table(FxRobot robot) {
        return robot.lookup("#fleet-table").queryAs(TableView.class);
    }

    /** The findings across members the view shows below its table. */
    private static javafx.collections.ObservableList<dev.signalbox.monitor.ProjectComparison.Finding> findings(FxRobot robot) {
        return robot.lookup("#fleet-view").queryAs(FleetView.class).model().findings();
    }

    /** Waits until every member has been read and the crashed worker is known, then returns the rows' table. */
    private TableView<FleetRow> awaitFleet(FxRobot robot) throws Exception {
        // Evaluated on the FX thread: a lookup while the fleet's rows are being replaced reads a changing child list.
        FxThread.waitFor(90, () -> model.sectionProperty().get() == ConsoleSection.FLEET
                && robot.lookup("#fleet-table").tryQuery().isPresent()
                && table(robot).getItems().size() == 6
                && table(robot).getItems().stream().allMatch(r -> r.deployment() != null && r.level() != FleetRow.Level.LOADING));
        return table(robot);
    }

    @Test
    void theWorstMemberComesFirstAndTheTitleCountsWhatNeedsAttention(FxRobot robot) throws Exception {
        TableView<FleetRow> table = awaitFleet(robot);
        assertThat(FxThread.call(() -> table.getItems().get(0).member())).isEqualTo("facteur-worker");
        assertThat(FxThread.call(() -> table.getItems().get(0).level())).isEqualTo(FleetRow.Level.DOWN);
        assertThat(FxThread.call(() -> List.copyOf(table.getItems()))).extracting(FleetRow::level).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        FxThread.waitFor(10, () -> stage.getTitle().contains("need attention"));
        assertThat(FxThread.call(() -> stage.getTitle())).startsWith("Signalbox - facteur: ").contains("of 6 need attention");
        // The dock/tray badge counts the same members the title does.
        assertThat(FxThread.call(() -> stage.getTitle())).contains(FxThread.call(() -> model.attentionProperty().get()) + " of 6 need attention");
        assertThat(FxThread.call(() -> model.attentionProperty().get())).isPositive();
        FxThread.waitFor(30, () -> findings(robot).stream()
                .anyMatch(f -> f.toString().contains("NEXTAUTH_SECRET differs between facteur-frontend and facteur-api")));
        assertThat(FxThread.call(() -> List.copyOf(findings(robot)))).hasSizeGreaterThanOrEqualTo(2);
        // The project's Railway budget, from the X-RateLimit headers of the batched reads (the sandbox: Hobby's 1,000).
        FxThread.waitFor(10, () -> robot.lookup("#fleet-summary").queryLabeled().getText().matches(
                ".*Railway API: \\d+ of 1000 requests left this hour.*"));
    }

    @Test
    void theFilterNarrowsTheRowsToWhatMatches(FxRobot robot) throws Exception {
        awaitFleet(robot);
        robot.clickOn("#fleet-filter").write("staging");
        FxThread.waitFor(5, () -> table(robot).getItems().size() == 3);
        assertThat(FxThread.call(() -> List.copyOf(table(robot).getItems()))).allSatisfy(r -> assertThat(r.environment()).isEqualTo("staging"));
    }

    @Test
    void enterOnARowOpensThatMemberInEveryView(FxRobot robot) throws Exception {
        awaitFleet(robot);
        robot.clickOn("#fleet-filter").write("worker");
        FxThread.waitFor(5, () -> table(robot).getItems().size() == 2);
        robot.type(KeyCode.DOWN);
        FxThread.waitFor(5, () -> table(robot).getSelectionModel().getSelectedItem() != null);
        String chosen = FxThread.call(() -> table(robot).getSelectionModel().getSelectedItem().member());
        robot.type(KeyCode.ENTER);
        FxThread.waitFor(5, () -> model.sectionProperty().get() == ConsoleSection.OVERVIEW
                && model.watchProperty().get() != null && model.watchProperty().get().watch().profile().name().equals(chosen));
        assertThat(chosen).isEqualTo("facteur-worker");
        assertThat(FxThread.call(() -> model.projectProperty().get())).as("the project keeps being watched").isNotNull();
    }

    /** The table's cells that show a column's text, on the FX thread. */
    private static java.util.Map<javafx.scene.control.TableCell<?, ?>, String> cells(FxRobot robot, String column) {
        java.util.Map<javafx.scene.control.TableCell<?, ?>, String> cells = new java.util.IdentityHashMap<>();
        for (javafx.scene.Node node : table(robot).lookupAll(".table-cell")) {
            if (node instanceof javafx.scene.control.TableCell<?, ?> cell && cell.getTableColumn() != null
                    && cell.getTableColumn().getText().equals(column) && !cell.isEmpty()) {
                cells.put(cell, cell.getText());
            }
        }
        return cells;
    }

    /**
     * The ages ("12 s ago") move on every 5 s by rewriting the cells that show them: the rows and cells on screen stay
     * the ones they were. Before, the tick called table.refresh(), which threw every row and cell away and built them
     * again (with their tooltips and CSS) every 5 s.
     */
    @Test
    void agesMoveOnWithoutRebuildingTheCells(FxRobot robot) throws Exception {
        awaitFleet(robot);
        java.util.Set<javafx.scene.Node> before = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Map<javafx.scene.control.TableCell<?, ?>, String> readBefore = FxThread.call(() -> {
            before.addAll(table(robot).lookupAll(".table-cell"));
            return cells(robot, "Read");
        });
        assertThat(readBefore).isNotEmpty();
        // Two changes of the ages on screen: at least one of them is the ticker's.
        java.util.List<java.util.Map<javafx.scene.control.TableCell<?, ?>, String>> seen = new java.util.ArrayList<>(List.of(readBefore));
        FxThread.waitFor(60, () -> {
            java.util.Map<javafx.scene.control.TableCell<?, ?>, String> now = cells(robot, "Read");
            if (!now.equals(seen.get(seen.size() - 1))) {
                seen.add(now);
            }
            return seen.size() >= 3;
        });
        FxThread.run(() -> {
            java.util.Set<javafx.scene.Node> after = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            after.addAll(table(robot).lookupAll(".table-cell"));
            assertThat(after).as("the table's cells after the ages moved on").isEqualTo(before);
            cells(robot, "Read").forEach((cell, text) ->
                    assertThat(cell.getTooltip().getText()).as("the tooltip of an age").isEqualTo(text));
        });
    }

    /**
     * A snapshot that changes a row leaves the findings alone when they are the same: their list is not refilled and
     * the rows showing them are not built again (each refill redrew every finding's wrapped text, most of the window's
     * allocation with nothing new).
     */
    @Test
    void unchangedFindingsAreNotRefilledWhenRowsChange(FxRobot robot) throws Exception {
        awaitFleet(robot);
        FxThread.waitFor(60, () -> findings(robot).size() >= 2);
        java.util.concurrent.atomic.AtomicInteger refills = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger snapshots = new java.util.concurrent.atomic.AtomicInteger();
        List<javafx.scene.Node> rowsBefore = FxThread.call(() -> List.copyOf(robot.lookup("#fleet-findings").query().lookup(".fleet-finding")
                .getParent().getChildrenUnmodifiable()));
        List<Object> findings = FxThread.call(() -> {
            javafx.collections.ObservableList<?> shown = findings(robot);
            shown.addListener((javafx.collections.ListChangeListener<Object>) change -> refills.incrementAndGet());
            model.projectProperty().get().snapshotProperty().addListener((obs, old, now) -> snapshots.incrementAndGet());
            return List.copyOf(shown);
        });
        FxThread.waitFor(90, () -> snapshots.get() >= 3);
        List<Object> now = FxThread.call(() -> List.copyOf(findings(robot)));
        assertThat(now).as("the sandbox's findings, every member read").isEqualTo(findings);
        assertThat(refills.get()).as("refills of the unchanged findings over %d snapshots", snapshots.get()).isZero();
        assertThat(FxThread.call(() -> List.copyOf(robot.lookup("#fleet-findings").query().lookup(".fleet-finding").getParent()
                .getChildrenUnmodifiable()))).as("the rows showing the findings").containsExactlyElementsOf(rowsBefore);
    }
}
