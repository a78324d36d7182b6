package dev.signalbox.ui.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.app.AppContext;
import dev.signalbox.config.ProfileStore;
import dev.signalbox.monitor.FleetRow;
import dev.signalbox.ui.ConsoleApplication;
import dev.signalbox.ui.common.FxThread;
import dev.signalbox.ui.common.Theme;
import dev.signalbox.ui.shell.ConsoleSection;
import dev.signalbox.ui.shell.ProfileChoice;
import dev.signalbox.ui.shell.ShellView;
import dev.signalbox.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Fleet's columns in a laptop's window (1024x700) and a small desktop's (1280x800), with the window's theme and
 * stylesheet: the columns an on-call engineer reads on every row (status, service, environment, deployment, health,
 * migrations, how fresh the row is) show their whole text; Locks and Toggles ON, which the headline repeats, are the
 * ones that give up their place, and the column menu brings them back.
 */
@ExtendWith(ApplicationExtension.class)
class FleetColumnWidthTest {
    /** The columns read on every row: none of their cells or titles may be cut at the sizes below. */
    private static final List<String> READ_ON_EVERY_ROW = List.of("Status", "Service", "Env", "Deployment", "Live / ready",
            "Migrations", "Read");

    @TempDir
    static Path profiles;

    private ShellViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.LIGHT.apply();
        model = new ShellViewModel(AppContext.withProfiles(new ProfileStore(profiles)), new ProfileChoice.ProjectSandbox(), false);
        ShellView shell = new ShellView(model, section -> dev.signalbox.ui.ConsoleViews.create(section, model));
        stage.setScene(new Scene(shell, 1024, 700));
        stage.getScene().getStylesheets().add(ConsoleApplication.class.getResource("/css/signalbox.css").toExternalForm());
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

    /** Waits until every member has been read (each row has its deployment, health, migrations and age). */
    private void awaitFleet(FxRobot robot) throws Exception {
        FxThread.waitFor(90, () -> model.sectionProperty().get() == ConsoleSection.FLEET
                && robot.lookup("#fleet-table").tryQuery().isPresent()
                && table(robot).getItems().size() == 6
                && table(robot).getItems().stream().allMatch(r -> r.deployment() != null && r.liveness() != null
                        && r.freshAt() != null && r.level() != FleetRow.Level.LOADING));
    }

    private void resize(FxRobot robot, double width, double height) throws Exception {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        FxThread.waitForAfterEvents(10, () -> Math.abs(stage.getScene().getWidth() - width) < 1);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theColumnsReadOnEveryRowShowTheirWholeTextInALaptopsWindow(FxRobot robot) throws Exception {
        awaitFleet(robot);
        List<String> cut = new ArrayList<>();
        for (double[] size : new double[][]{{1024, 700}, {1280, 800}}) {
            resize(robot, size[0], size[1]);
            String where = (int) size[0] + "x" + (int) size[1] + " " + FxThread.call(() -> widths(robot));
            FxThread.run(() -> {
                boolean othersAtMinimum = READ_ON_EVERY_ROW.stream().filter(t -> !t.equals("Service"))
                        .allMatch(t -> column(robot, t).getWidth() <= column(robot, t).getMinWidth() + 1);
                for (String title : READ_ON_EVERY_ROW) {
                    TableColumn<FleetRow, ?> column = column(robot, title);
                    assertThat(column.isVisible()).as(where + ": the column " + title + " is shown").isTrue();
                    for (Labeled shown : shownTexts(robot, column)) {
                        double needed = needed(shown);
                        boolean fits = needed <= column.getWidth() + 0.5;
                        // The one exception: a member's name longer than the service column can be at 1024 px
                        // ("facteur-frontend-staging") is cut only with the other columns read on every row at their
                        // minimum (the service has all the rest), and its tooltip carries it whole.
                        boolean givenWay = title.equals("Service") && size[0] < 1280 && othersAtMinimum
                                && column.getWidth() >= column.getMinWidth()
                                && shown.getTooltip() != null && shown.getText().equals(shown.getTooltip().getText());
                        if (!fits && !givenWay) {
                            cut.add(where + ": " + title + " '" + shown.getText() + "' needs " + Math.ceil(needed) + " px, the column has "
                                    + column.getWidth());
                        }
                    }
                }
            });
        }
        assertThat(cut).as("texts of the columns read on every row that are cut").isEmpty();
        // The widths in a 1280 px window do not depend on the size the window had before.
        Map<String, Double> from1024 = FxThread.call(() -> widths(robot));
        resize(robot, 1600, 900);
        resize(robot, 1280, 800);
        assertThat(FxThread.call(() -> widths(robot))).as("1280x800 after 1600x900, and after 1024x700").isEqualTo(from1024);
    }

    /**
     * Locks and Toggles ON, which the headline repeats, go first as the window narrows, then the headline (its text is
     * the Status cell's tooltip); from a wide window on, every column is back.
     */
    @Test
    void theColumnsThatGiveWayAreTheOnesTheHeadlineRepeats(FxRobot robot) throws Exception {
        awaitFleet(robot);
        resize(robot, 1024, 700);
        assertThat(FxThread.call(() -> shown(robot))).as("1024x700").doesNotContain("Locks", "Toggles ON", "What is wrong")
                .containsAll(READ_ON_EVERY_ROW);
        resize(robot, 1280, 800);
        assertThat(FxThread.call(() -> shown(robot))).as("1280x800").doesNotContain("Locks", "Toggles ON")
                .contains("What is wrong").containsAll(READ_ON_EVERY_ROW);
        resize(robot, 1600, 900);
        assertThat(FxThread.call(() -> shown(robot))).as("1600x900").containsExactly("Service", "Env", "Status", "What is wrong",
                "Deployment", "Live / ready", "Migrations", "Locks", "Toggles ON", "Read");
        // Every other column at its preferred width, the headline widest: the room a wide window gives goes to it.
        Map<String, Double> wide = FxThread.call(() -> widths(robot));
        for (String title : wide.keySet()) {
            if (!title.equals("What is wrong")) {
                assertThat(wide.get(title)).as("1600x900 %s: %s", title, wide)
                        .isCloseTo(FxThread.call(() -> column(robot, title).getPrefWidth()), org.assertj.core.data.Offset.offset(1.0));
            }
        }
        assertThat(wide.get("What is wrong")).as("1600x900: %s", wide).isEqualTo(wide.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow());
        // The Status cell of the crashed member carries the headline while the headline's column is hidden.
        resize(robot, 1024, 700);
        String crashedHeadline = FxThread.call(() -> table(robot).getItems().get(0).headline());
        assertThat(FxThread.call(() -> shownTexts(robot, column(robot, "Status")).stream()
                .filter(l -> l.getTooltip() != null).map(l -> l.getTooltip().getText()).toList())).contains(crashedHeadline);
    }

    /** The column menu ("+" at the right of the header) brings back a column that gave way, and it stays. */
    @Test
    void theColumnMenuBringsBackAColumnThatGaveWay(FxRobot robot) throws Exception {
        awaitFleet(robot);
        resize(robot, 1024, 700);
        assertThat(FxThread.call(() -> column(robot, "Toggles ON").isVisible())).isFalse();
        robot.clickOn(".show-hide-columns-button");
        FxThread.waitForAfterEvents(10, () -> robot.lookup("Toggles ON").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        robot.clickOn(robot.lookup("Toggles ON").match(NodeQueryUtils.isVisible()).<Node>query());
        FxThread.waitForAfterEvents(10, () -> column(robot, "Toggles ON").isVisible());
        // The user's choice outlives a change of the window's size across the width where it would come and go.
        resize(robot, 1600, 900);
        resize(robot, 1024, 700);
        assertThat(FxThread.call(() -> shown(robot))).contains("Toggles ON").doesNotContain("Locks", "What is wrong");
    }

    /** Each visible column's width, in the table's order. */
    private static Map<String, Double> widths(FxRobot robot) {
        Map<String, Double> widths = new LinkedHashMap<>();
        for (TableColumn<FleetRow, ?> column : table(robot).getVisibleLeafColumns()) {
            widths.put(column.getText(), column.getWidth());
        }
        return widths;
    }

    private static TableColumn<FleetRow, ?> column(FxRobot robot, String title) {
        return table(robot).getColumns().stream().filter(c -> c.getText().equals(title)).findFirst().orElseThrow();
    }

    /** The column's title and the non-empty cells on screen that show its values. */
    private static List<Labeled> shownTexts(FxRobot robot, TableColumn<FleetRow, ?> column) {
        List<Labeled> shown = new ArrayList<>();
        for (Node node : table(robot).lookupAll(".column-header .label")) {
            if (node instanceof Labeled label && column.getText().equals(label.getText()) && label.isVisible()) {
                shown.add(label);
            }
        }
        for (Node node : table(robot).lookupAll(".table-cell")) {
            if (node instanceof TableCell<?, ?> cell && cell.getTableColumn() == column && !cell.isEmpty()
                    && cell.getText() != null && !cell.getText().isEmpty()) {
                shown.add(cell);
            }
        }
        return shown;
    }

    /** The width a labeled needs to show its whole text in its font: the text and the padding around it. */
    private static double needed(Labeled labeled) {
        Text text = new Text(labeled.getText());
        text.setFont(labeled.getFont());
        double padding = labeled.snappedLeftInset() + labeled.snappedRightInset();
        if (!(labeled instanceof TableCell<?, ?>)) {
            // A header's label sits in its column header, which pads it too.
            padding += ((javafx.scene.layout.Region) labeled.getParent()).snappedLeftInset()
                    + ((javafx.scene.layout.Region) labeled.getParent()).snappedRightInset();
        }
        return text.getLayoutBounds().getWidth() + padding;
    }

    /** The titles of the columns shown, in the table's order. */
    private static List<String> shown(FxRobot robot) {
        return table(robot).getVisibleLeafColumns().stream().map(TableColumn::getText).toList();
    }
}
