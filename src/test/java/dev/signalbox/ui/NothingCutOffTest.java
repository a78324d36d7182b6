package dev.signalbox.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.config.ProfileStore;
import dev.signalbox.sandbox.Scenario;
import dev.signalbox.ui.audit.AuditScreenshotData;
import dev.signalbox.ui.common.FxThread;
import dev.signalbox.ui.common.Theme;
import dev.signalbox.ui.shell.ConsoleSection;
import dev.signalbox.ui.shell.ShellView;
import dev.signalbox.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 20, "nothing cut off": every view of the console (and each tab of the Database view) on sandbox scenarios, in
 * the window sizes of a laptop (1024x700) and a desktop (1440x900), with the window's own theme and stylesheet. Fails
 * naming every visible label, button, badge or cell whose rendered text is shorter than its text (JavaFX replaced the
 * end with an ellipsis) and that has no tooltip with the whole text; every button that lost any of its text (a
 * button is a control: its words must be readable, tooltip or not); every wrapped label that broke a word
 * ("PROGRE" / "SS"); every log or code pane that scrolls sideways instead of wrapping; and a toast over the Overview.
 */
@ExtendWith(ApplicationExtension.class)
class NothingCutOffTest {
    private static final double[][] SIZES = {{1024, 700}, {1440, 900}};

    @TempDir
    static Path home;
    private static String previousHome;
    private Stage stage;

    @BeforeAll
    static void auditRecords() throws Exception {
        previousHome = System.getProperty("signalbox.home");
        System.setProperty("signalbox.home", home.toString());
        // The audit view needs records to show its columns: the screenshots' believable incident-4 recovery.
        AuditScreenshotData.main(new String[0]);
    }

    @AfterAll
    static void restoreHome() {
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
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(), SIZES[0][0], SIZES[0][1]));
        stage.getScene().getStylesheets().add(ConsoleApplication.class.getResource("/css/signalbox.css").toExternalForm());
        stage.show();
    }

    @ParameterizedTest
    @EnumSource(value = Scenario.class, names = {"DEATH_LOOP", "BLOCKED_MIGRATION", "WRONG_FK", "READINESS_LIES", "START_COMMAND_MIGRATIONS"})
    void noTextIsCutOffInAnyViewAtEitherSize(Scenario scenario, FxRobot robot) throws Exception {
        {
            // The window as shipped: the built-in sandbox chosen (its scenario controls on the Overview), started by
            // the shell itself.
            ShellViewModel[] model = new ShellViewModel[1];
            java.nio.file.Files.createDirectories(home.resolve("config/profiles"));
            robot.interact(() -> {
                model[0] = new ShellViewModel(dev.signalbox.app.AppContext.withProfiles(new ProfileStore(home.resolve("config/profiles"))),
                        (dev.signalbox.ui.shell.ProfileChoice) null, false);
                model[0].setSandboxScenario(scenario);
                ShellView shell = new ShellView(model[0], section -> ConsoleViews.create(section, model[0]));
                stage.getScene().setRoot(shell);
                model[0].watchChosenProfile();
            });
            FxThread.waitFor(90, () -> model[0].sandboxProperty().get() != null && model[0].watchProperty().get() != null);
            try {
                List<String> findings = new ArrayList<>();
                for (double[] size : SIZES) {
                    robot.interact(() -> {
                        stage.setWidth(size[0]);
                        stage.setHeight(size[1]);
                    });
                    for (ConsoleSection section : ConsoleSection.values()) {
                        if (section == ConsoleSection.FLEET) {
                            continue; // the fleet is a project's view; its own test covers it with the project sandbox
                        }
                        robot.interact(() -> model[0].sectionProperty().set(section));
                        String where = scenario.cliName() + " " + (int) size[0] + "x" + (int) size[1] + " " + section.title();
                        waitUntilSettled(section);
                        List<TabPane> tabPanes = FxThread.call(() -> robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream()
                                .filter(NothingCutOffTest::shown).toList());
                        if (section == ConsoleSection.DATABASE && !tabPanes.isEmpty()) {
                            for (Tab tab : FxThread.call(() -> List.copyOf(tabPanes.get(0).getTabs()))) {
                                robot.interact(() -> tab.getTabPane().getSelectionModel().select(tab));
                                waitUntilSettled(section);
                                findings.addAll(cutOff(stage.getScene().getRoot(), where + " / " + FxThread.call(tab::getText)));
                            }
                        } else {
                            findings.addAll(cutOff(stage.getScene().getRoot(), where));
                        }
                        if (section == ConsoleSection.OVERVIEW) {
                            findings.addAll(toastsOverControls(robot, where));
                        }
                        // Min widths that add up to more than the window clip the view at its right edge, unnoticed
                        // by the ellipsis check (a Refresh button half outside the window).
                        double needed = FxThread.call(() -> stage.getScene().getRoot().minWidth(-1));
                        double given = FxThread.call(() -> stage.getScene().getWidth());
                        if (needed > given + 0.5) {
                            findings.add(where + ": the view needs " + Math.round(needed) + " px, the window gives "
                                    + Math.round(given));
                        }
                    }
                }
                assertThat(new LinkedHashSet<>(findings)).as("text cut off without a tooltip that carries it").isEmpty();
            } finally {
                robot.interact(() -> model[0].shutdown());
            }
        }
    }

    @org.junit.jupiter.api.Test
    void aConfirmationShowsItsWholeTarget(FxRobot robot) throws Exception {
        // The target of the walkthrough's toggle (50_maint_off_done.png): a field showed its first 40 characters.
        String target = "sandbox-readiness-lies / production / service 84cafcc5-3b07-f198-313a-ef76c828c1f6: MAINTENANCE_MODE";
        var request = new dev.signalbox.ops.Confirmation.Request("sandbox-readiness-lies", "production", true,
                "railway.toggle.off", target, "Switch maintenance OFF: MAINTENANCE_MODE \"true\" -> (absent)",
                List.of("Railway starts a new deployment with the new value."), "production");
        var dialog = new dev.signalbox.ui.common.ConfirmationDialog(() -> stage);
        var answer = java.util.concurrent.CompletableFuture.supplyAsync(() -> dialog.ask(request));
        FxThread.waitFor(20, () -> robot.lookup("#confirmation-dialog").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Node pane = FxThread.call(() -> robot.lookup("#confirmation-dialog").query());
        List<String> findings = cutOff(pane, "confirmation");
        String shownTarget = FxThread.call(() -> robot.lookup("#confirm-target").queryAs(Labeled.class).getText());
        robot.interact(() -> robot.lookup("#confirm-cancel").queryButton().fire());
        answer.get(20, TimeUnit.SECONDS);
        assertThat(findings).as("text cut off in the confirmation").isEmpty();
        assertThat(shownTarget).isEqualTo(target);
    }

    /** Waits until the watch's first reads are on screen: no tile still checking, no view still reading. */
    private void waitUntilSettled(ConsoleSection section) throws Exception {
        FxThread.waitForAfterEvents(60, () -> !loading(stage.getScene().getRoot()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean loading(Node node) {
        if (!node.isVisible()) {
            return false;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            String text = labeled.getText();
            if (text.equals("CHECKING") || text.startsWith("Reading ") || text.startsWith("Starting the sandbox")
                    || text.endsWith("reading...")) {
                return true;
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                if (loading(child)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every visible text in {@code root} that is cut off and not carried whole by a tooltip, as a line per finding. */
    static List<String> cutOff(Node root, String where) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            List<String> found = new ArrayList<>();
            walk(root, where, found);
            return found;
        }).get();
    }

    private static void walk(Node node, String where, List<String> found) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled labeled) {
            check(labeled, where, found);
        }
        if (node instanceof TextArea area && !area.isWrapText() && horizontalScrollBarShown(area)) {
            found.add(where + ": " + describe(area) + " scrolls sideways instead of wrapping");
        }
        if (node instanceof ListView<?> list && horizontalScrollBarShown(list)) {
            found.add(where + ": " + describe(list) + " scrolls sideways instead of wrapping");
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, where, found);
            }
        }
    }

    private static void check(Labeled labeled, String where, List<String> found) {
        String full = labeled.getText();
        if (full == null || full.isBlank() || labeled.getWidth() <= 0) {
            return;
        }
        Text shown = labeledText(labeled);
        if (shown == null) {
            return;
        }
        String rendered = shown.getText() == null ? "" : shown.getText();
        String expected = labeled.isMnemonicParsing() ? full.replace("_", "") : full;
        // Cut means drawn with the ellipsis in place of the rest (a text that changed since the last pulse is not cut).
        String ellipsis = labeled.getEllipsisString() == null || labeled.getEllipsisString().isEmpty() ? "..." : labeled.getEllipsisString();
        boolean truncated = !rendered.equals(expected) && !rendered.equals(full) && rendered.contains(ellipsis)
                && !expected.contains(rendered);
        if (truncated) {
            if (labeled instanceof Button) {
                found.add(where + ": button " + describe(labeled) + " '" + full + "' shows only '" + rendered + "'");
            } else if (!tooltipCarries(labeled, full)) {
                found.add(where + ": " + describe(labeled) + " '" + full + "' shows '" + rendered + "' with no tooltip");
            }
            return;
        }
        if (labeled.isWrapText() && shown.getWrappingWidth() > 0) {
            for (String word : full.split("\\s+")) {
                Text measure = new Text(word);
                measure.setFont(shown.getFont());
                if (measure.getLayoutBounds().getWidth() > shown.getWrappingWidth() + 0.5) {
                    found.add(where + ": " + describe(labeled) + " breaks the word '" + word + "' of '" + full + "'");
                }
            }
        }
    }

    /** The skin's Text child (style class {@code text}): what is actually drawn. */
    private static Text labeledText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                return text;
            }
        }
        return null;
    }

    /** The label's own tooltip, or one installed on a holder close by (a cell's row, a badge's box). */
    private static boolean tooltipCarries(Labeled labeled, String full) {
        String wanted = full.replaceAll("\\s+", " ");
        Node at = labeled;
        for (int level = 0; level < 4 && at != null; level++, at = at.getParent()) {
            Object installed = at.getProperties().get("javafx.scene.control.Tooltip");
            Tooltip tooltip = at instanceof javafx.scene.control.Control control && control.getTooltip() != null ? control.getTooltip()
                    : installed instanceof Tooltip t ? t : null;
            if (tooltip != null && tooltip.getText() != null && tooltip.getText().replaceAll("\\s+", " ").contains(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static boolean horizontalScrollBarShown(javafx.scene.control.Control control) {
        for (Node bar : control.lookupAll(".scroll-bar")) {
            if (bar instanceof ScrollBar scrollBar && scrollBar.getOrientation() == Orientation.HORIZONTAL && scrollBar.isVisible()
                    && scrollBar.getVisibleAmount() < scrollBar.getMax() - scrollBar.getMin()) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Node node) {
        StringBuilder path = new StringBuilder(node.getClass().getSimpleName());
        if (node.getId() != null) {
            path.append('#').append(node.getId());
        }
        for (Node at = node.getParent(); at != null; at = at.getParent()) {
            if (at.getId() != null) {
                path.append(" in #").append(at.getId());
                break;
            }
        }
        return path.toString();
    }

    /** A toast must not lie over the Overview's tiles or its buttons. */
    private List<String> toastsOverControls(FxRobot robot, String where) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            List<String> found = new ArrayList<>();
            Set<Node> toasts = robot.lookup(".toast").queryAll();
            for (Node toast : toasts) {
                if (!shown(toast)) {
                    continue;
                }
                Bounds toastBounds = toast.localToScene(toast.getBoundsInLocal());
                for (Node control : robot.lookup(".overview-tile").queryAll()) {
                    if (shown(control) && control.localToScene(control.getBoundsInLocal()).intersects(toastBounds)) {
                        found.add(where + ": a toast covers the Overview's " + describe(control));
                    }
                }
                for (Node control : robot.lookup("#overview .button").queryAll()) {
                    if (shown(control) && control.localToScene(control.getBoundsInLocal()).intersects(toastBounds)) {
                        found.add(where + ": a toast covers the Overview's " + describe(control));
                    }
                }
            }
            return found;
        }).get();
    }

    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
