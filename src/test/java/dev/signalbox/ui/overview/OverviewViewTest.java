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
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import okhttp3.Request;
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

    @BeforeAll
    static void startSandbox() throws Exception {
        sandbox = Sandbox.start(Scenario.DEATH_LOOP, line -> { });
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Start
    void start(Stage stage) {
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
}
