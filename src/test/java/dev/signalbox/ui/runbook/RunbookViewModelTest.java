package dev.signalbox.ui.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.app.AppContext;
import dev.signalbox.config.ProfileStore;
import dev.signalbox.ops.Confirmation;
import dev.signalbox.ops.runbook.BuiltInRunbooks;
import dev.signalbox.ops.runbook.RunbookProgress;
import dev.signalbox.sandbox.Sandbox;
import dev.signalbox.sandbox.Scenario;
import dev.signalbox.ui.common.FxThread;
import dev.signalbox.ui.shell.ProfileChoice;
import dev.signalbox.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Runbook view's logic without a window, on the death-loop sandbox (one per test: a run changes it). The shell's
 * background work runs on the calling thread; the run itself keeps its own thread, as in the console.
 */
@Timeout(180)
class RunbookViewModelTest {
    @TempDir
    Path home;
    Sandbox sandbox;
    ShellViewModel shell;
    RunbookViewModel model;
    final List<Confirmation.Request> asked = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxThread.start();
    }

    @BeforeEach
    void startSandbox() throws Exception {
        System.setProperty("signalbox.home", home.toString());
        sandbox = Sandbox.start(Scenario.DEATH_LOOP, line -> { });
    }

    @AfterEach
    void stopSandbox() throws Exception {
        if (shell != null) {
            FxThread.run(shell::shutdown);
        }
        sandbox.close();
        System.clearProperty("signalbox.home");
    }

    /** The view model on the sandbox's profile, answering every question with {@code answer}, its runbooks read. */
    private void open(boolean readOnly, Confirmation.Answer answer) throws Exception {
        Confirmation recording = request -> {
            asked.add(request);
            return answer;
        };
        FxThread.run(() -> {
            shell = new ShellViewModel(AppContext.withProfiles(new ProfileStore(home.resolve("profiles"))),
                    new ProfileChoice.Loaded(sandbox.profile()), readOnly, Runnable::run);
            model = new RunbookViewModel(shell, () -> recording, Clock.systemUTC(), Duration.ofMillis(250));
            shell.watchChosenProfile();
        });
        FxThread.waitFor(20, () -> model.selectedProperty().get() != null && model.statusProperty().get() != null);
    }

    @Test
    void theStartConfirmationListsEveryStepAndTheDeploymentsItCausesAndADeclineChangesNothing() throws Exception {
        open(false, Confirmation.Answer.no());
        String profile = sandbox.profile().name();
        assertThat(FxThread.call(() -> model.selectedProperty().get().name())).isEqualTo(BuiltInRunbooks.APPLY_MIGRATIONS_UNDER_BYPASS);
        assertThat(FxThread.call(() -> model.statusProperty().get())).isEqualTo("NOT STARTED: never run on profile " + profile + ".");
        assertThat(FxThread.call(() -> model.startLabel().get())).isEqualTo("Start");
        assertThat(FxThread.call(() -> model.startDisabledReason().get())).isNull();
        assertThat(FxThread.call(() -> model.effectsProperty().get())).as("nothing in effect before a run").isNull();

        CompletableFuture<String> answered = new CompletableFuture<>();
        FxThread.run(() -> {
            model.messageProperty().addListener((obs, old, now) -> {
                if (now != null && now.contains("not confirmed")) {
                    answered.complete(now);
                }
            });
            model.start();
        });
        assertThat(answered.get(20, TimeUnit.SECONDS)).isEqualTo("Start not confirmed: nothing was done.");

        assertThat(asked).hasSize(1);
        Confirmation.Request request = asked.get(0);
        assertThat(request.action()).isEqualTo("runbook.start");
        assertThat(request.profile()).isEqualTo(profile);
        assertThat(request.summary()).startsWith("Run runbook '").endsWith("' on " + profile);
        assertThat(request.consequences()).anySatisfy(line -> assertThat(line)
                .startsWith("1. Set the bypass variable " + Sandbox.BYPASS).endsWith(": no deployment (skipDeploys)"));
        assertThat(request.consequences()).anySatisfy(line -> assertThat(line)
                .startsWith("2. Redeploy so the service starts with the bypass").endsWith(": Railway starts a new deployment"));
        assertThat(request.consequences()).anySatisfy(line -> assertThat(line)
                .startsWith("3. Run the migrations on the direct connection: runs ").endsWith(" on the direct database connection"));
        // Clearing a toggle without an "off" value deletes the variable, and Railway cannot skip the deploy of a delete.
        assertThat(request.consequences()).anySatisfy(line -> assertThat(line)
                .startsWith("4. Clear the bypass variable").contains("deletes the variable", "a delete cannot skip it"));
        assertThat(request.consequences()).anySatisfy(line -> assertThat(line)
                .startsWith("5. Redeploy so the service runs").endsWith(": follows the deployment step 4 started, no second deployment"));
        assertThat(request.consequences()).contains("Deployments this run starts: 2 (steps 2, 4); each restarts the service.");

        assertThat(FxThread.call(() -> model.busyProperty().get())).isFalse();
        assertThat(FxThread.call(() -> model.progressProperty().get())).as("a declined start saves no progress").isNull();
        assertThat(FxThread.call(() -> model.statusProperty().get())).startsWith("NOT STARTED");
        assertThat(sandbox.serviceVariables()).doesNotContainKey(Sandbox.BYPASS);
    }

    @Test
    void readOnlyModeSaysWhyStartIsDisabledAndAsksNothing() throws Exception {
        open(true, Confirmation.Answer.yes());
        assertThat(FxThread.call(() -> model.startDisabled().get())).isTrue();
        assertThat(FxThread.call(() -> model.startDisabledReason().get())).startsWith("Read-only mode (--read-only)");
        FxThread.run(model::start);
        assertThat(asked).isEmpty();
        assertThat(FxThread.call(() -> model.busyProperty().get())).isFalse();
    }

    @Test
    void anApprovedRunEndsCompletedWithNothingLeftInEffectAndTheLockPanelReadsTheDatabase() throws Exception {
        open(false, Confirmation.Answer.yes());
        FxThread.waitFor(20, () -> model.locksProperty().get() != null
                && model.locksProperty().get().headline().startsWith("Nobody waits on a lock"));
        assertThat(FxThread.call(() -> model.locksProperty().get().blocked())).isFalse();

        FxThread.run(model::start);
        FxThread.waitFor(120, () -> model.progressProperty().get() != null && !model.runningProperty().get()
                && !model.busyProperty().get() && model.progressProperty().get().status() != RunbookProgress.Status.RUNNING);
        RunbookProgress done = FxThread.call(() -> model.progressProperty().get());
        assertThat(done.status()).as(String.join("\n", done.log())).isEqualTo(RunbookProgress.Status.COMPLETED);
        assertThat(FxThread.call(() -> model.statusProperty().get())).startsWith("COMPLETED at ").endsWith("all 6 steps done and verified.");
        assertThat(FxThread.call(() -> model.effectsProperty().get())).as("the bypass was cleared").isNull();
        assertThat(FxThread.call(() -> model.startLabel().get())).isEqualTo("Start");
        assertThat(FxThread.call(() -> model.errorProperty().get())).isNull();
        assertThat(sandbox.serviceVariables()).doesNotContainKey(Sandbox.BYPASS);
        assertThat(asked).as("one question for the whole run").extracting(Confirmation.Request::action).containsExactly("runbook.start");
    }
}
