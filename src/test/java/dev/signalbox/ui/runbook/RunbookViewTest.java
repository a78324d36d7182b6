package dev.signalbox.ui.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.signalbox.common.BlockingCallGuard;
import dev.signalbox.common.Json;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.PlatformDirs;
import dev.signalbox.config.ProfileLoader;
import dev.signalbox.config.ProfileStore;
import dev.signalbox.ops.ActionGuard;
import dev.signalbox.ops.AuditLog;
import dev.signalbox.ops.Confirmation;
import dev.signalbox.ops.OpsContext;
import dev.signalbox.ops.runbook.BuiltInRunbooks;
import dev.signalbox.ops.runbook.EngineRunbookServices;
import dev.signalbox.ops.runbook.RunbookLoader;
import dev.signalbox.ops.runbook.RunbookProgress;
import dev.signalbox.ops.runbook.RunbookProgressStore;
import dev.signalbox.ops.runbook.RunbookRunner;
import dev.signalbox.railway.RailwayClient;
import dev.signalbox.sandbox.Sandbox;
import dev.signalbox.sandbox.Scenario;
import dev.signalbox.ui.common.FxThread;
import dev.signalbox.ui.shell.ShellViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Runbook view on the death-loop sandbox (one per test: a run changes it): incident 4's procedure started from
 * the window until every step is verified, a failure saved before the window opened, and a migration held by a lock.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(180)
class RunbookViewTest {
    private static final String BYPASS_ON = Sandbox.BYPASS + " is ON";

    @TempDir
    Path home;
    Sandbox sandbox;
    Stage stage;
    ShellViewModel shell;
    final List<Confirmation.Request> asked = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void startSandbox() throws Exception {
        System.setProperty("signalbox.home", home.toString());
        sandbox = Sandbox.start(Scenario.DEATH_LOOP, line -> { });
        BlockingCallGuard.reset();
    }

    @AfterEach
    void stopSandbox() {
        if (shell != null) {
            shell.shutdown();
        }
        sandbox.close();
        System.clearProperty("signalbox.home");
    }

    private void show(FxRobot robot, boolean readOnly) throws Exception {
        show(robot, sandbox.profile(), readOnly);
    }

    private void show(FxRobot robot, LoadedProfile profile, boolean readOnly) throws Exception {
        robot.interact(() -> {
            shell = new ShellViewModel(new ProfileStore(home.resolve("profiles")), profile, readOnly);
            Confirmation approve = request -> {
                asked.add(request);
                return Confirmation.Answer.yes();
            };
            RunbookView view = new RunbookView(new RunbookViewModel(shell, () -> approve, Clock.systemUTC(), Duration.ofMillis(250)));
            stage.setScene(new Scene(view, 1200, 760));
            stage.show();
            shell.watchChosenProfile();
        });
        await(20, () -> !list(robot).getItems().isEmpty() && status(robot).startsWith("NOT STARTED")
                || status(robot).startsWith("FAILED"));
    }

    @SuppressWarnings("unchecked")
    private static ListView<Object> list(FxRobot robot) {
        return robot.lookup("#runbook-list").queryAs(ListView.class);
    }

    private static String label(FxRobot robot, String query) throws Exception {
        return FxThread.call(() -> robot.lookup(query).tryQueryAs(Label.class).map(Label::getText).orElse(""));
    }

    private static String logText(FxRobot robot) throws Exception {
        return FxThread.call(() -> robot.lookup("#runbook-log").queryAs(TextArea.class).getText());
    }

    private static String status(FxRobot robot) throws Exception {
        String text = label(robot, "#runbook-status");
        return text == null ? "" : text;
    }

    private static String stepState(FxRobot robot, String step) throws Exception {
        return label(robot, "#runbook-step-state-" + step);
    }

    /** Waits until {@code condition}, evaluated on the FX thread (the view rebuilds its steps there), holds. */
    private static void await(int seconds, Callable<Boolean> condition) throws Exception {
        FxThread.waitForAfterEvents(seconds, condition);
    }

    private RunbookProgress runInTestHoldingALock() throws Exception {
        LoadedProfile profile = sandbox.profile();
        ActionGuard guard = new ActionGuard(OpsContext.of(profile.profile(), false), Confirmation.preapproved(null),
                new AuditLog(PlatformDirs.detect().auditLog()), Clock.systemUTC());
        try (EngineRunbookServices services = new EngineRunbookServices(profile, guard,
                RailwayClient.forProfile(profile.profile().railway()), Clock.systemUTC());
             Connection blocker = holdLock()) {
            RunbookRunner runner = new RunbookRunner(RunbookLoader.find(profile, BuiltInRunbooks.APPLY_MIGRATIONS_UNDER_BYPASS),
                    profile.name(), services, new RunbookProgressStore(PlatformDirs.detect().state()), Clock.systemUTC(),
                    Duration.ofMillis(250));
            RunbookProgress result = runner.run();
            blocker.rollback();
            return result;
        }
    }

    /** An idle-in-transaction session holding ACCESS SHARE on the table the migration alters (incident 2). */
    private Connection holdLock() throws Exception {
        Connection blocker = sandbox.database().connect(Sandbox.DATABASE, "facteur-api");
        blocker.setAutoCommit(false);
        try (Statement statement = blocker.createStatement()) {
            statement.executeQuery("SELECT id FROM user_personalization LIMIT 1").close();
        }
        return blocker;
    }

    @Test
    void startRunsIncidentFourFromCrashedToCompletedWithEveryStepVerifiedAndNothingLeftInEffect(FxRobot robot) throws Exception {
        show(robot, false);
        Button start = robot.lookup("#runbook-start").queryButton();
        assertThat(FxThread.call(() -> start.getText())).isEqualTo("Start");
        assertThat(FxThread.call(() -> start.isDisabled())).isFalse();
        assertThat(FxThread.call(() -> robot.lookup("#runbook-pause").queryButton().isDisabled())).isTrue();
        assertThat(FxThread.call(() -> robot.lookup("#runbook-effects").queryAs(Label.class).isVisible())).isFalse();
        assertThat(FxThread.call(() -> List.copyOf(robot.lookup("#runbook-steps .runbook-step").queryAll()))).hasSize(6);
        assertThat(FxThread.call(() -> text(robot.lookup("#runbook-step-migrate").query()))).contains("lock_timeout 5s", "If it fails:");

        List<String> deploymentsBefore = deploymentIds();
        assertThat(FxThread.call(() -> text(robot.lookup("#runbook-step-redeploy-without-bypass").query())))
                .contains("follows the deployment step 4 started (no second deployment)");
        assertThat(FxThread.call(() -> text(robot.lookup("#runbook-step-clear-bypass").query())))
                .contains("deletes " + Sandbox.BYPASS + ", and Railway deploys (a delete cannot skip it)");
        robot.clickOn(start);
        await(20, () -> label(robot, "#runbook-effects").contains(BYPASS_ON));
        assertThat(FxThread.call(start::isDisabled)).isTrue();
        Button pause = robot.lookup("#runbook-pause").queryButton();
        assertThat(FxThread.call(() -> pause.isDisabled())).as("pausable while it runs").isFalse();
        robot.clickOn(pause);
        await(60, () -> status(robot).startsWith("PAUSED") || status(robot).startsWith("FAILED"));
        assertThat(status(robot)).startsWith("PAUSED before step");
        assertThat(label(robot, "#runbook-effects")).as("paused with the bypass ON: it says so").contains(BYPASS_ON, "PAUSED");
        assertThat(FxThread.call(start::getText)).isEqualTo("Resume");

        robot.clickOn(start);
        await(90, () -> status(robot).startsWith("COMPLETED") || status(robot).startsWith("FAILED"));

        String log = logText(robot);
        assertThat(status(robot)).as(log).startsWith("COMPLETED").contains("all 6 steps done and verified");
        for (String step : List.of("set-bypass", "redeploy-with-bypass", "migrate", "clear-bypass", "redeploy-without-bypass", "check-probes")) {
            assertThat(stepState(robot, step)).as(step).isEqualTo("done");
            assertThat(label(robot, "#runbook-step-detail-" + step)).as(step).contains("verified");
        }
        assertThat(FxThread.call(() -> robot.lookup("#runbook-effects").queryAs(Label.class).isVisible())).as("the bypass is cleared").isFalse();
        assertThat(log).contains("$ ", "PGOPTIONS=-c lock_timeout=5s", "all steps done and verified");
        assertThat(sandbox.serviceVariables()).doesNotContainKey(Sandbox.BYPASS);

        assertThat(asked).as("one question for the whole run, one for resuming it").hasSize(2);
        assertThat(asked.get(0).action()).isEqualTo("runbook.start");
        assertThat(asked.get(1).action()).isEqualTo("runbook.resume");
        assertThat(String.join("\n", asked.get(0).consequences())).contains("Railway starts a new deployment", "direct database connection");
        // Clearing the bypass deletes the variable, and a delete always deploys: the dialog lists that deployment, and
        // step 5 follows it instead of starting a third.
        assertThat(asked.get(0).consequences()).anySatisfy(line -> assertThat(line).startsWith("4. Clear the bypass variable")
                .endsWith("deletes the variable, and Railway starts a new deployment (a delete cannot skip it)"));
        assertThat(asked.get(0).consequences()).contains("5. Redeploy so the service runs with its safety check: follows the"
                + " deployment step 4 started, no second deployment");
        assertThat(asked.get(0).consequences()).contains("Deployments this run starts: 2 (steps 2, 4); each restarts the service.");
        // What Railway (the simulator, over HTTP) saw: exactly the deployments the start dialog listed.
        List<String> startedByTheRun = deploymentIds().stream().filter(id -> !deploymentsBefore.contains(id)).toList();
        assertThat(startedByTheRun).as("deployments the whole run caused").hasSize(2);
        RunbookProgress done = new RunbookProgressStore(PlatformDirs.detect().state()).load(sandbox.profile().name(),
                BuiltInRunbooks.APPLY_MIGRATIONS_UNDER_BYPASS).orElseThrow();
        assertThat(startedByTheRun).containsExactlyInAnyOrder(done.step("redeploy-with-bypass").deploymentId(),
                done.step("clear-bypass").deploymentId());
        assertThat(done.step("redeploy-without-bypass").deploymentId()).isEqualTo(done.step("clear-bypass").deploymentId());
        assertThat(log).contains("that step 'Clear the bypass variable " + Sandbox.BYPASS + "' started (it carries the change): no second deployment");
        String audit = Files.readString(PlatformDirs.detect().auditLog());
        assertThat(audit).contains("\"action\":\"railway.redeploy\"", "\"action\":\"runbook.command\"")
                .doesNotContain("\"outcome\":\"FAILED\"");
        assertThat(BlockingCallGuard.violations()).as("blocking calls on the FX thread").isEmpty();
    }

    @Test
    void startWithAMigrationsLocationThatDoesNotExistShowsThePreflightsRefusalAsksNothingAndChangesNothing(FxRobot robot) throws Exception {
        Path absent = home.resolve("absent/alembic.ini");
        ObjectNode json = (ObjectNode) Json.mapper().readTree(sandbox.profileFile().toFile());
        ((ObjectNode) json.get("migrations")).put("location", absent.toString());
        Path file = home.resolve("no-code-here.json");
        Json.mapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), json);
        show(robot, new ProfileLoader().load(file), false);
        List<String> deploymentsBefore = deploymentIds();
        Button start = robot.lookup("#runbook-start").queryButton();

        robot.clickOn(start);
        await(30, () -> !label(robot, "#runbook-preflight-headline").isEmpty() && !start.isDisabled());

        assertThat(label(robot, "#runbook-preflight-headline")).startsWith("Not started: runbook 'Apply migrations under bypass'")
                .contains("Nothing was changed");
        assertThat(label(robot, "#runbook-preflight-problem-0")).startsWith(file + " (field migrations.location): " + absent + " does not exist");
        assertThat(label(robot, "#runbook-preflight-problem-1")).as("the only problem").isEmpty();
        assertThat(label(robot, "#runbook-preflight-checked")).contains("Railway token and ids");
        assertThat(asked).as("a run that cannot finish asks nobody to confirm it").isEmpty();
        assertThat(status(robot)).startsWith("NOT STARTED");
        assertThat(FxThread.call(start::getText)).isEqualTo("Start");
        // What Railway (the simulator, over HTTP) and the audit log saw.
        assertThat(sandbox.serviceVariables()).doesNotContainKey(Sandbox.BYPASS);
        assertThat(deploymentIds()).isEqualTo(deploymentsBefore);
        assertThat(Files.readString(PlatformDirs.detect().auditLog())).contains("\"action\":\"runbook.preflight\"", "\"outcome\":\"REFUSED\"")
                .doesNotContain("\"action\":\"railway.");
        assertThat(BlockingCallGuard.violations()).as("blocking calls on the FX thread").isEmpty();
    }

    @Test
    void aFailureSavedBeforeTheWindowOpenedShowsTheBypassStillOnThenReadOnlyBlocksResumeUntilItIsLifted(FxRobot robot) throws Exception {
        RunbookProgress failed = runInTestHoldingALock();
        assertThat(failed.status()).isEqualTo(RunbookProgress.Status.FAILED);

        show(robot, true);
        await(10, () -> label(robot, "#runbook-effects").contains(BYPASS_ON));
        assertThat(label(robot, "#runbook-effects")).contains("FAILED", "Resume", "Variables view");
        assertThat(status(robot)).startsWith("FAILED at step 3 of 6, Run the migrations on the direct connection");
        assertThat(stepState(robot, "set-bypass")).isEqualTo("done");
        assertThat(stepState(robot, "migrate")).isEqualTo("failed");
        assertThat(label(robot, "#runbook-step-detail-migrate")).contains("command exit");
        assertThat(label(robot, "#runbook-step-wayout-migrate")).contains("lock tree", "resume");
        assertThat(FxThread.call(() -> robot.lookup("#runbook-locks").tryQuery())).as("the lock tree beside the failed migration").isPresent();
        assertThat(logText(robot)).contains("lock timeout");

        Button resume = robot.lookup("#runbook-start").queryButton();
        assertThat(FxThread.call(() -> resume.getText())).isEqualTo("Resume");
        assertThat(FxThread.call(() -> resume.isDisabled())).as("read-only mode").isTrue();
        assertThat(label(robot, "#runbook-start-reason")).contains("Read-only mode");

        robot.interact(() -> shell.readOnlyProperty().set(false));
        await(5, () -> !resume.isDisabled());
        robot.clickOn(resume);
        await(90, () -> status(robot).startsWith("COMPLETED") || status(robot).startsWith("FAILED at step 4"));
        assertThat(status(robot)).as(logText(robot)).startsWith("COMPLETED");
        assertThat(asked).singleElement().satisfies(request -> {
            assertThat(request.action()).isEqualTo("runbook.resume");
            assertThat(request.consequences().get(0)).contains("Resumes at step 3 of 6");
        });
        assertThat(FxThread.call(() -> robot.lookup("#runbook-effects").queryAs(Label.class).isVisible())).isFalse();
        assertThat(sandbox.serviceVariables()).doesNotContainKey(Sandbox.BYPASS);
    }

    @Test
    void aMigrationWaitingOnALockShowsTheRootBlockerBesideTheLogThenFailsWithTheWayOut(FxRobot robot) throws Exception {
        show(robot, false);
        try (Connection blocker = holdLock()) {
            robot.clickOn("#runbook-start");
            await(60, () -> label(robot, "#runbook-locks-headline").contains("blocked") || status(robot).startsWith("FAILED"));
            assertThat(label(robot, "#runbook-locks-headline")).contains("1 session(s) blocked");
            assertThat(FxThread.call(() -> text(robot.lookup("#runbook-locks").query()))).contains("ROOT BLOCKER", "idle in transaction",
                    "user_personalization");
            assertThat(stepState(robot, "migrate")).isEqualTo("running");
            await(30, () -> status(robot).startsWith("FAILED"));
            blocker.rollback();
        }
        assertThat(status(robot)).startsWith("FAILED at step 3 of 6");
        assertThat(label(robot, "#runbook-step-wayout-migrate")).contains("lock tree");
        assertThat(FxThread.call(() -> robot.lookup("#runbook-start").queryButton().getText())).isEqualTo("Resume");
        assertThat(label(robot, "#runbook-effects")).contains(BYPASS_ON);
        assertThat(sandbox.serviceVariables()).containsKey(Sandbox.BYPASS);

        robot.clickOn("#runbook-abort");
        await(10, () -> status(robot).startsWith("ABORTED"));
        assertThat(asked).extracting(Confirmation.Request::action).containsExactly("runbook.start", "runbook.abort");
        assertThat(String.join("\n", asked.get(1).consequences())).contains("Nothing is undone", BYPASS_ON);
        assertThat(label(robot, "#runbook-effects")).as("aborting undoes nothing").contains(BYPASS_ON, "ABORTED");
        assertThat(FxThread.call(() -> robot.lookup("#runbook-start").queryButton().getText())).isEqualTo("Start");
        assertThat(new RunbookProgressStore(PlatformDirs.detect().state()).load(sandbox.profile().name(),
                BuiltInRunbooks.APPLY_MIGRATIONS_UNDER_BYPASS).orElseThrow().status()).isEqualTo(RunbookProgress.Status.ABORTED);
    }

    /** The service's deployments on the simulator, newest first. */
    private List<String> deploymentIds() {
        return sandbox.railway().deploymentIds(sandbox.railwayIds().environmentId(), sandbox.railwayIds().serviceId());
    }

    /** Every label's text under {@code node}, joined. */
    private static String text(Node node) {
        StringBuilder text = new StringBuilder();
        if (node instanceof Label label && label.getText() != null) {
            text.append(label.getText()).append('\n');
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                text.append(text(child));
            }
        }
        return text.toString();
    }
}
