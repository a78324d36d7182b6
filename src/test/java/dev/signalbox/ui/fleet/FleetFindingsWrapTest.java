package dev.signalbox.ui.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.app.AppContext;
import dev.signalbox.config.ProfileStore;
import dev.signalbox.monitor.FleetRow;
import dev.signalbox.monitor.ProjectComparison;
import dev.signalbox.ui.ConsoleApplication;
import dev.signalbox.ui.common.FxThread;
import dev.signalbox.ui.common.Theme;
import dev.signalbox.ui.shell.ConsoleSection;
import dev.signalbox.ui.shell.ProfileChoice;
import dev.signalbox.ui.shell.ShellView;
import dev.signalbox.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The findings across members below the Fleet's table, in a small desktop's window (1280x800) and a laptop's
 * (1024x700) with the window's theme and stylesheet: each finding's summary and fix are read whole, wrapped to the
 * width of the box below the table, never cut with "..." (a list cell of the theme's fixed height cut the fix's
 * second line).
 */
@ExtendWith(ApplicationExtension.class)
class FleetFindingsWrapTest {
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
        stage.setScene(new Scene(shell, 1280, 800));
        stage.getScene().getStylesheets().add(ConsoleApplication.class.getResource("/css/signalbox.css").toExternalForm());
        stage.show();
        model.watchChosenProfile();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> model.shutdown()).get(30, TimeUnit.SECONDS);
    }

    private static List<ProjectComparison.Finding> findings(FxRobot robot) {
        return robot.lookup("#fleet-view").queryAs(FleetView.class).model().findings();
    }

    /** Waits until every member has been read and the sandbox's two findings (a missing variable, a differing secret) are listed. */
    private void awaitFindings(FxRobot robot) throws Exception {
        FxThread.waitFor(90, () -> model.sectionProperty().get() == ConsoleSection.FLEET
                && robot.lookup("#fleet-table").tryQuery().isPresent()
                && robot.lookup("#fleet-table").queryAs(TableView.class).getItems().size() == 6
                && robot.lookup("#fleet-table").queryAs(TableView.class).getItems().stream()
                        .allMatch(r -> ((FleetRow) r).level() != FleetRow.Level.LOADING)
                && findings(robot).size() >= 2);
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
    void eachFindingShowsItsWholeSummaryAndFixWrappedToTheBoxsWidth(FxRobot robot) throws Exception {
        awaitFindings(robot);
        // 1280 first, as the window opens; then a laptop's width, and back: the wrapping follows the box's width.
        for (double[] size : new double[][]{{1280, 800}, {1024, 700}, {1280, 800}}) {
            resize(robot, size[0], size[1]);
            String where = (int) size[0] + "x" + (int) size[1];
            int count = FxThread.call(() -> findings(robot).size());
            for (int i = 0; i < count; i++) {
                // Where the box holds fewer findings than it has, the user scrolls to each.
                int index = i;
                robot.interact(() -> scrollTo(robot, index));
                String[] problem = {null};
                try {
                    FxThread.waitForAfterEvents(5, () -> (problem[0] = cutFinding(robot, index)) == null);
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new AssertionError(where + ", the findings " + FxThread.call(() -> box(robot).getWidth())
                            + " px wide: finding " + index + " not shown whole: " + problem[0], e);
                }
            }
        }
    }

    @Test
    void aFindingIsCopiedWithItsFix(FxRobot robot) throws Exception {
        awaitFindings(robot);
        ProjectComparison.Finding first = FxThread.call(() -> findings(robot).get(0));
        javafx.scene.control.Label summary = FxThread.call(() -> robot.lookup(".fleet-finding .label").queryAllAs(javafx.scene.control.Label.class)
                .stream().filter(label -> first.summary().equals(label.getText())).findFirst().orElseThrow());
        // Monocle's mouse sends no menu request on the right button (DatabaseViewWrongFkTest): send what a desktop sends.
        robot.interact(() -> {
            javafx.geometry.Bounds local = summary.getBoundsInLocal();
            javafx.geometry.Point2D scene = summary.localToScene(local.getCenterX(), local.getCenterY());
            javafx.geometry.Point2D screen = summary.localToScreen(local.getCenterX(), local.getCenterY());
            javafx.event.Event.fireEvent(summary, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getX(), scene.getY(), screen.getX(),
                    screen.getY(), false, null));
        });
        FxThread.waitFor(10, () -> robot.lookup(".context-menu .menu-item").tryQuery().isPresent());
        robot.clickOn(FxThread.call(() -> robot.lookup(".context-menu .menu-item .label").queryAllAs(javafx.scene.control.Label.class)
                .stream().filter(label -> "Copy".equals(label.getText())).findFirst().orElseThrow()));
        String expected = first.summary() + "\nFix: " + first.fix();
        FxThread.waitFor(10, () -> expected.equals(javafx.scene.input.Clipboard.getSystemClipboard().getString()));
    }

    private static Region box(FxRobot robot) {
        return robot.lookup("#fleet-findings").queryAs(Region.class);
    }

    /** Scrolls the findings' box so that the row of the finding at {@code index} starts at its top (as far as it goes). */
    private static void scrollTo(FxRobot robot, int index) {
        if (!(box(robot) instanceof ScrollPane scroll)) {
            return;
        }
        List<Node> rows = new ArrayList<>(scroll.lookupAll(".fleet-finding"));
        rows.sort(java.util.Comparator.comparingDouble(n -> n.localToScene(n.getLayoutBounds()).getMinY()));
        double content = scroll.getContent().getLayoutBounds().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        double top = rows.get(index).localToScene(rows.get(index).getLayoutBounds()).getMinY()
                - scroll.getContent().localToScene(scroll.getContent().getLayoutBounds()).getMinY();
        scroll.setVvalue(content <= viewport ? 0 : Math.min(1, top / (content - viewport)));
    }

    /**
     * Null when the box shows the finding at {@code index} whole: its summary and fix in the text drawn inside the box's
     * visible area, no line of it ending in an ellipsis; otherwise what is shown instead.
     */
    private static String cutFinding(FxRobot robot, int index) {
        Region box = box(robot);
        ProjectComparison.Finding finding = findings(robot).get(index);
        // What the box shows of its content: inside its border, left of its vertical scroll bar when it has one.
        Node viewport = box.lookup(".viewport") != null ? box.lookup(".viewport") : box.lookup(".clipped-container");
        Bounds visible = viewport.localToScene(viewport.getLayoutBounds());
        List<Text> texts = new ArrayList<>();
        collectTexts(box, texts);
        List<Text> inView = texts.stream().filter(t -> {
            Bounds b = t.localToScene(t.getBoundsInLocal());
            return b.getMinY() >= visible.getMinY() - 0.5 && b.getMaxY() <= visible.getMaxY() + 0.5
                    && b.getMinX() >= visible.getMinX() - 0.5 && b.getMaxX() <= visible.getMaxX() + 0.5;
        }).sorted(java.util.Comparator.comparingDouble(t -> t.localToScene(t.getBoundsInLocal()).getMinY())).toList();
        String shown = String.join(" ", inView.stream().map(Text::getText).toList());
        boolean whole = flat(shown).contains(flat(finding.summary())) && flat(shown).contains(flat(finding.fix()));
        List<String> ellipsized = texts.stream().map(Text::getText).filter(t -> t.endsWith("...") || t.endsWith("\u2026")).toList();
        if (!whole || !ellipsized.isEmpty()) {
            return "whole in view: " + whole + ", lines ending in an ellipsis: " + ellipsized + ", text in view: '" + shown
                    + "', the box shows " + visible;
        }
        return null;
    }

    private static void collectTexts(Node node, List<Text> texts) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Text text && text.getText() != null && !text.getText().isEmpty()) {
            texts.add(text);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectTexts(child, texts);
            }
        }
    }

    /** The text with its line breaks and runs of spaces as single spaces: wrapping moves where the lines break. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
