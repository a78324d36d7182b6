package dev.signalbox.ui.deployments;

import static dev.signalbox.ui.railway.RailwayConsoleFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.railway.Deployment;
import dev.signalbox.railway.DeploymentStatus;
import dev.signalbox.railway.LogLine;
import dev.signalbox.railway.LogSignature;
import dev.signalbox.ui.common.FxThread;
import dev.signalbox.ui.railway.RailwayConsoleFixture;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Deployments view against the Railway simulator over HTTP, driven through a real shell and watch. */
@ExtendWith(ApplicationExtension.class)
class DeploymentsViewTest {
    @TempDir
    static Path folder;

    private RailwayConsoleFixture fixture;
    private Stage stage;
    private String crashedId;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        fixture = new RailwayConsoleFixture(folder);
        // Incident 1: the image lacks the revision the database is at; alembic dies at start-up.
        fixture.railway.runner.crashNextStart(
                "Starting Container",
                "INFO  [alembic.runtime.migration] Context impl PostgresqlImpl.",
                "INFO  [alembic.runtime.migration] Will assume transactional DDL.",
                "ERROR [alembic.util.messaging] Can't locate revision identified by 'x'",
                "FAILED: Can't locate revision identified by 'x'");
        crashedId = fixture.railway.simulator.deploy(fixture.railway.seeded.environmentId(),
                fixture.railway.seeded.serviceId(), "Add user_personalization table");
        fixture.railway.simulator.runUntilIdle();
    }

    private void show(String environment, boolean readOnly, FxRobot robot) throws Exception {
        var profile = fixture.profile(environment, readOnly);
        robot.interact(() -> {
            var console = fixture.watch(profile, false);
            stage.setScene(new Scene(new DeploymentsView(new DeploymentsViewModel(console)), 1200, 800));
            stage.show();
        });
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void tableShowsTheSimulatorsDeploymentsAndTheCrashWithItsExplanation(FxRobot robot) throws Exception {
        show("staging", false, robot);
        TableView<Deployment> table = robot.lookup("#deployments-table").queryTableView();
        await(() -> table.getItems().size() == 2);
        assertThat(FxThread.call(() -> List.copyOf(table.getItems()))).extracting(Deployment::id).containsExactly(crashedId, fixture.railway.seeded.firstDeploymentId());
        assertThat(FxThread.call(() -> List.copyOf(table.getItems()))).extracting(Deployment::status).containsExactly(DeploymentStatus.CRASHED, DeploymentStatus.SUCCESS);

        Label explanation = robot.lookup("#failure-explanation").queryAs(Label.class);
        await(() -> explanation.isVisible() && !explanation.getText().isEmpty());
        assertThat(FxThread.call(() -> explanation.getText())).isEqualTo(LogSignature.ALEMBIC_UNKNOWN_REVISION.explanation());
        assertThat(FxThread.call(() -> robot.lookup("#failure-line").queryAs(Label.class).getText())).contains("Can't locate revision identified by 'x'");
        assertThat(FxThread.call(() -> robot.lookup("#failure-title").queryAs(Label.class).getText())).contains(crashedId.substring(0, 8), "CRASHED");

        // The crashed (latest) deployment is selected; its logs arrive with the signature lines highlighted.
        ListView<LogLine> lines = robot.lookup("#log-lines").queryListView();
        await(() -> lines.getItems().size() > 5);
        assertThat(FxThread.call(() -> List.copyOf(lines.getItems()))).extracting(LogLine::source).contains(LogLine.LogSource.BUILD, LogLine.LogSource.DEPLOY);
        await(() -> !robot.lookup(".signature-line").queryAll().isEmpty());
        assertThat(FxThread.call(() -> robot.lookup(".signature-explanation").queryAllAs(Label.class).stream().map(Label::getText).toList()))
                .isNotEmpty().allMatch(text -> text.equals(LogSignature.ALEMBIC_UNKNOWN_REVISION.explanation()));
    }

    @Test
    void followLiveAppendsEachLineAsTheServiceWritesItWithItsSignatureMarked(FxRobot robot) throws Exception {
        show("staging", false, robot);
        ListView<LogLine> lines = robot.lookup("#log-lines").queryListView();
        await(() -> !lines.getItems().isEmpty());
        Label state = robot.lookup("#logs-live-status").queryAs(Label.class);
        robot.clickOn("#logs-follow");
        await(() -> "live".equals(state.getText()));

        fixture.railway.simulator.advance(java.time.Duration.ofMillis(1));
        fixture.railway.simulator.appendDeployLog(crashedId, "sqlalchemy.exc.OperationalError: SSL SYSCALL error: EOF detected", "error");
        await(() -> lines.getItems().stream().anyMatch(l -> l.message().contains("SSL SYSCALL")));
        LogLine last = FxThread.call(() -> lines.getItems().get(lines.getItems().size() - 1));
        assertThat(last.signature()).isEqualTo(LogSignature.SSL_ERROR);
        assertThat(FxThread.call(() -> lines.getItems().stream().map(LogLine::key).toList())).as("each line once").doesNotHaveDuplicates();

        robot.clickOn("#logs-follow");
        await(() -> state.getText().isEmpty());
        assertThat(FxThread.call(() -> List.copyOf(lines.getItems()))).as("pausing keeps the lines").contains(last);
    }

    @Test
    void searchFiltersTheLogLinesAndSaysHowManyMatch(FxRobot robot) throws Exception {
        show("staging", false, robot);
        ListView<LogLine> lines = robot.lookup("#log-lines").queryListView();
        await(() -> lines.getItems().size() > 5);
        int all = FxThread.call(() -> lines.getItems().size());

        robot.clickOn("#log-search").write("revision");
        await(() -> lines.getItems().size() == 2);
        assertThat(FxThread.call(() -> List.copyOf(lines.getItems()))).allMatch(line -> line.message().contains("Can't locate revision"));
        assertThat(FxThread.call(() -> robot.lookup("#logs-summary").queryAs(Label.class).getText()))
                .isEqualTo("2 of " + all + " lines match \"revision\"; 2 with a known failure signature");

        robot.interact(() -> robot.lookup("#log-search").queryTextInputControl().clear());
        await(() -> lines.getItems().size() == all);
        robot.clickOn("#log-signatures-only");
        await(() -> lines.getItems().size() == 2);
    }

    @Test
    void selectingAnotherDeploymentShowsItsLogs(FxRobot robot) throws Exception {
        show("staging", false, robot);
        TableView<Deployment> table = robot.lookup("#deployments-table").queryTableView();
        ListView<LogLine> lines = robot.lookup("#log-lines").queryListView();
        await(() -> table.getItems().size() == 2 && lines.getItems().size() > 5);
        robot.interact(() -> table.getSelectionModel().select(1));
        await(() -> lines.getItems().stream().anyMatch(line -> line.message().contains("Application startup complete")));
        assertThat(FxThread.call(() -> List.copyOf(lines.getItems()))).noneMatch(line -> line.signature() != null);
        assertThat(FxThread.call(() -> robot.lookup("#selected-deployment-id").queryTextInputControl().getText()))
                .isEqualTo(fixture.railway.seeded.firstDeploymentId());
    }

    @Test
    void redeployAsksThenFollowsTheNewDeploymentToSuccessAndAuditsIt(FxRobot robot) throws Exception {
        show("staging", false, robot);
        Button redeploy = robot.lookup("#redeploy").queryButton();
        await(() -> !redeploy.isDisabled() && robot.lookup("#deployments-table").queryTableView().getItems().size() == 2);
        robot.clickOn(redeploy);
        await(() -> robot.lookup("#confirm-ok").tryQuery().isPresent());
        assertThat(FxThread.call(() -> robot.lookup("#confirm-summary").queryAs(Label.class).getText())).startsWith("Redeploy the service");
        robot.clickOn("#confirm-ok");

        Label message = robot.lookup("#redeploy-message").queryAs(Label.class);
        await(() -> message.getText() != null && message.getText().contains("is live (SUCCESS)"));
        List<String> ids = fixture.railway.simulator.deploymentIds(fixture.railway.seeded.environmentId(), fixture.railway.seeded.serviceId());
        assertThat(ids).hasSize(3);
        String created = ids.stream().filter(id -> !id.equals(crashedId) && !id.equals(fixture.railway.seeded.firstDeploymentId()))
                .findFirst().orElseThrow();
        assertThat(fixture.railway.simulator.status(created)).isEqualTo("SUCCESS");
        assertThat(FxThread.call(() -> message.getText())).contains(created.substring(0, 8));
        assertThat(fixture.audit()).contains("\"action\":\"railway.redeploy\"", "\"outcome\":\"SUCCEEDED\"", created);
        // The table catches up with the new deployment after the flow's refresh.
        await(() -> robot.lookup("#deployments-table").queryTableView().getItems().size() == 3);
    }

    @Test
    void readOnlyModeDisablesRedeployAndSaysWhy(FxRobot robot) throws Exception {
        var profile = fixture.profile("production", false);
        robot.interact(() -> {
            var console = fixture.watch(profile, true);
            stage.setScene(new Scene(new DeploymentsView(new DeploymentsViewModel(console)), 1200, 800));
            stage.show();
        });
        await(() -> robot.lookup("#deployments-table").queryTableView().getItems().size() == 2);
        Button redeploy = robot.lookup("#redeploy").queryButton();
        assertThat(FxThread.call(() -> redeploy.isDisabled())).isTrue();
        assertThat(FxThread.call(() -> redeploy.getTooltip().getText())).contains("Read-only mode");
    }
}
