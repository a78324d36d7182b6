package dev.signalbox.ui.railway;

import dev.signalbox.ops.ActionOutcome;
import dev.signalbox.railway.Deployment;
import dev.signalbox.railway.DeploymentFollower;
import dev.signalbox.railway.Pacer;
import dev.signalbox.ui.common.Background;
import java.time.Clock;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Redeploy as one workflow: guard (read-only check, confirmation, perform, read-back, audit) with
 * {@code RailwayActions.redeploy()}, then follow the new deployment to SUCCESS, FAILED or CRASHED within the Hobby
 * request budget, showing each status, then a fresh Railway poll. One at a time per console.
 */
public final class RedeployFlow {
    private final RailwayConsole console;
    private final Pacer pacer;
    private final Clock clock;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Tone> tone = new ReadOnlyObjectWrapper<>(Tone.NEUTRAL);
    private final ReadOnlyObjectWrapper<Deployment> following = new ReadOnlyObjectWrapper<>();

    RedeployFlow(RailwayConsole console, Pacer pacer, Clock clock) {
        this.console = console;
        this.pacer = pacer;
        this.clock = clock;
    }

    private record Result(ActionOutcome<Deployment> outcome, DeploymentFollower.Result followed) {
    }

    /** Starts the workflow unless one is running or mutations are disabled. Call on the FX thread. */
    public void start() {
        if (running.get() || console.mutationsDisabled().get()) {
            return;
        }
        running.set(true);
        following.set(null);
        show(Tone.NEUTRAL, "Waiting for confirmation of the redeploy...");
        Background.run(() -> {
            RailwayConsole.Connection on = console.connection();
            ActionOutcome<Deployment> outcome = console.guard(on).run(on.actions().redeploy());
            if (outcome.result() == null) {
                return new Result(outcome, null);
            }
            Platform.runLater(() -> {
                console.refresh();
                following.set(outcome.result());
                show(Tone.ACCENT, describe(outcome.result()));
            });
            DeploymentFollower.Result followed = new DeploymentFollower(on.client(), pacer, clock)
                    .follow(outcome.result().id(), DeploymentFollower.Budget.HOBBY, seen -> Platform.runLater(() -> {
                        following.set(seen);
                        show(Tone.ACCENT, describe(seen));
                    }));
            return new Result(outcome, followed);
        }).onSuccess(result -> {
            running.set(false);
            finished(result);
            console.refresh();
        }).onError(error -> {
            running.set(false);
            show(Tone.DANGER, "Redeploy stopped: " + error.getMessage() + ". Check the Railway error above and the audit"
                    + " log before trying again (a redeploy is not idempotent).");
            console.refresh();
        }).start();
    }

    private void finished(Result result) {
        ActionOutcome<Deployment> outcome = result.outcome();
        String audit = outcome.auditProblem() != null ? " WARNING: " + outcome.auditProblem() : "";
        if (result.followed() == null) {
            show(Tone.of(outcome.outcome()), "Redeploy " + outcome.outcome() + ": " + outcome.message() + audit);
            return;
        }
        DeploymentFollower.Result followed = result.followed();
        Deployment deployment = followed.deployment();
        following.set(deployment);
        if (!followed.terminal()) {
            show(Tone.WARNING, "Deployment " + deployment.shortId() + ": " + followed.stopReason()
                    + ". Railway goes on without Signalbox; the table shows where it stands." + audit);
        } else if (followed.succeeded()) {
            show(Tone.SUCCESS, "Deployment " + deployment.shortId() + " is live (SUCCESS) after "
                    + followed.elapsed().toSeconds() + " s." + audit);
        } else {
            show(Tone.of(deployment.status()), "Deployment " + deployment.shortId() + " ended " + deployment.rawStatus()
                    + ": " + deployment.status().meaning() + ". Its logs are in Deployments." + audit);
        }
    }

    /** Another profile is watched: how the last redeploy of the old one ended is not news about this one. */
    void forget() {
        if (!running.get()) {
            following.set(null);
            show(Tone.NEUTRAL, null);
        }
    }

    private static String describe(Deployment deployment) {
        return "Deployment " + deployment.shortId() + " " + deployment.rawStatus() + ": " + deployment.status().meaning();
    }

    private void show(Tone newTone, String text) {
        tone.set(newTone);
        message.set(text);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** What is happening now, or how the last redeploy ended; null before the first. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tone> toneProperty() {
        return tone.getReadOnlyProperty();
    }

    /** The new deployment as last seen while following it. */
    public ReadOnlyObjectProperty<Deployment> followingProperty() {
        return following.getReadOnlyProperty();
    }
}
