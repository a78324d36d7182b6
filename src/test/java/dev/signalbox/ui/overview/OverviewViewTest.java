package dev.signalbox.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.common.BlockingCallGuard;
import dev.signalbox.common.Http;
import dev.signalbox.config.ProfileStore;
import dev.signalbox.sandbox.Sandbox;
import dev.signalbox.sandbox.Scenario;
import dev.signalbox.ui.ConsoleViews;
import dev.signalbox.ui.common.FxThread;
import dev.signalbox.ui.shell.ConsoleSection;
import dev.signalbox.ui.shell.ShellView;
import dev.signalbox.ui.shell.ShellViewModel;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Overview against the death-loop sandbox: what an on-call engineer sees in the first seconds. */
@ExtendWith(ApplicationExtension.class)
class OverviewViewTest {
    static Sandbox sandbox;
    @TempDir
    static Path profiles;
    ShellViewModel model;
    Stage stage;

    @BeforeAll
    static void startSandbox() throws Exception {
        sandbox = Sandbox.start(Scenario.DEATH_LOOP, line -> { });
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    /** A watch left running polls its closed sandbox for the rest of the test JVM (seen: load that timed out later tests). */
    @AfterEach
    void stopWatching() {
        if (model != null) {
            model.shutdown();
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        BlockingCallGuard.reset();
        model = new ShellViewModel(new ProfileStore(profiles), sandbox.profile(), false);
        ShellView shell = new ShellView(model, section -> ConsoleViews.create(section, model));
        stage.setScene(new Scene(shell, 1300, 850));
        stage.show();
        model.watchChosenProfile();
    }

    private static String text(FxRobot robot, String query) throws Exception {
        return FxThread.call(() -> robot.lookup(query).tryQueryAs(Label.class).map(Label::getText).orElse(""));
    }

    @Test
    void tilesSayTheServiceIsDownTheDeploymentCrashedAndTwoMigrationsArePending(FxRobot robot) throws Exception {
        FxThread.waitFor(20, () -> text(robot, "#tile-migrations-headline").equals("2 pending")
                && text(robot, "#tile-deployment-headline").startsWith("CRASHED")
                && text(robot, "#tile-liveness-headline").startsWith("DOWN")
                && text(robot, "#tile-liveness-headline").contains("HTTP 502")
                && robot.lookup("#tile-deployment .tile-detail").queryAllAs(Label.class).stream()
                        .anyMatch(line -> line.getText().contains("Database schema is not at head")));
        assertThat(text(robot, "#tile-liveness-headline")).contains("HTTP 502");
        assertThat(FxThread.call(() -> robot.lookup("#tile-deployment .tile-detail").queryAllAs(Label.class).stream()
                .map(Label::getText).toList())).anySatisfy(line -> assertThat(line).contains("Database schema is not at head"));
        FxThread.waitFor(10, () -> text(robot, "#tile-locks-headline").equals("nobody waits on a lock")
                && text(robot, "#overview-headline").contains("failing"));
        assertThat(text(robot, "#overview-headline")).contains("failing");

        robot.clickOn("#tile-migrations");
        assertThat(FxThread.call(() -> model.sectionProperty().get())).isEqualTo(ConsoleSection.MIGRATIONS);
    }

    @Test
    void noNetworkOrJdbcCallRunsOnTheFxThread(FxRobot robot) throws Exception {
        FxThread.waitFor(20, () -> text(robot, "#tile-migrations-headline").equals("2 pending"));
        for (ConsoleSection section : ConsoleSection.values()) {
            robot.interact(() -> model.sectionProperty().set(section));
            WaitForAsyncUtils.waitForFxEvents();
        }
        robot.interact(() -> model.sectionProperty().set(ConsoleSection.OVERVIEW));
        robot.clickOn("#tile-deployment");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(BlockingCallGuard.violations()).as("blocking calls made on the FX thread").isEmpty();

        // The guard itself notices a call on the FX thread: this is what the assertion above would catch.
        robot.interact(() -> {
            try {
                Http.client().newCall(new Request.Builder().url(sandbox.service().baseUrl() + "/api/health").build()).execute().close();
            } catch (Exception ignored) {
                // only the guard's record matters here
            }
        });
        assertThat(BlockingCallGuard.violations()).anySatisfy(v -> assertThat(v).contains("HTTP GET").containsIgnoringCase("JavaFX application thread"));
        BlockingCallGuard.reset();
    }

    /**
     * No deployment serves the domain in death-loop: real traffic cannot be judged, so the tile is UNKNOWN and says
     * why, never a green OK (it was), and its headline is whole at 1440x900 and at 1024x700.
     */
    @Test
    void realTrafficIsUnknownWhenNoDeploymentServesTheDomain(FxRobot robot) throws Exception {
        FxThread.waitFor(30, () -> trafficTile() != null
                && "no deployment serves the domain".equals(labelText("#tile-traffic-headline"))
                && "UNKNOWN".equals(labelText("#tile-traffic .tile-status")));
        FxThread.run(() -> {
            Node tile = trafficTile();
            assertThat(tile.getStyleClass()).contains("tile-unknown").doesNotContain("tile-ok");
            assertThat(tile.lookup(".tile-status").getStyleClass()).contains("tile-status-unknown").doesNotContain("tile-status-ok");
            assertThat(tile.lookupAll(".tile-detail")).extracting(line -> ((Label) line).getText())
                    .containsExactly("no deployment is SUCCESS, so no request reaches the service");
        });
        double[] before = FxThread.call(() -> new double[] {stage.getWidth(), stage.getHeight()});
        try {
            for (double[] size : new double[][] {{1440, 900}, {1024, 700}}) {
                robot.interact(() -> {
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                });
                // The headline as drawn (its Text node) is the whole headline: no ellipsis, no line cut at the tile's bottom.
                FxThread.waitFor(10, () -> stage.getWidth() == size[0] && stage.getHeight() == size[1]
                        && "no deployment serves the domain".equals(drawnText("#tile-traffic-headline")));
            }
        } finally {
            // TestFX keeps one primary stage for the whole JVM: a stage left at 1024x700 gave the next test classes'
            // scenes (MigrationsViewTest's 1280x800) a smaller window, and rows they look for were not drawn.
            robot.interact(() -> {
                stage.setWidth(before[0]);
                stage.setHeight(before[1]);
            });
        }
    }

    private Node trafficTile() {
        return stage.getScene().lookup("#tile-traffic");
    }

    private String labelText(String query) {
        Node node = stage.getScene().lookup(query);
        return node instanceof Label label ? label.getText() : null;
    }

    private String drawnText(String query) {
        Node node = stage.getScene().lookup(query);
        if (!(node instanceof Label label) || label.getWidth() <= 0) {
            return null;
        }
        Node text = label.lookup(".text");
        return text instanceof javafx.scene.text.Text drawn ? drawn.getText() : null;
    }
}
