package dev.signalbox.ops.runbook;

import dev.signalbox.config.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Railway deployments a run of a runbook causes, known before it starts, so the start dialog can list every one.
 * A redeploy step starts one; so does a variable write that does not skip deploys, and every variable delete
 * (Railway's {@code variableDelete} has no {@code skipDeploys}). A redeploy step that comes after such a change, with
 * no other redeploy in between, follows the deployment the change started instead of starting a second one: that
 * deployment already carries the change. {@link RunbookRunner} does exactly this, so the plan and the run agree.
 *
 * @param started the deployments the run starts, in step order
 * @param follows the redeploy steps that start nothing because they follow an earlier deployment
 */
public record DeploymentPlan(List<Started> started, List<Follows> follows) {

    public enum Cause {
        /** A redeploy step. */
        REDEPLOY,
        /** A toggle switched off by deleting its variable: Railway deploys, there is no way to skip it. */
        VARIABLE_DELETE,
        /** A variable write that lets Railway deploy (skipDeploys false). */
        VARIABLE_WRITE
    }

    /** @param step 1-based step number */
    public record Started(int step, String stepId, Cause cause) {
    }

    /**
     * @param step       the 1-based number of the redeploy step that starts nothing
     * @param startedBy  the 1-based number of the step whose deployment it follows (itself when resuming a redeploy
     *                   that already started one)
     * @param deploymentId the deployment it follows when already known (a resumed run), else null
     */
    public record Follows(int step, int startedBy, String deploymentId) {
    }

    public DeploymentPlan {
        started = List.copyOf(started);
        follows = List.copyOf(follows);
    }

    public Optional<Started> startedAt(int step) {
        return started.stream().filter(s -> s.step() == step).findFirst();
    }

    public Optional<Follows> followsAt(int step) {
        return follows.stream().filter(f -> f.step() == step).findFirst();
    }

    /**
     * The plan of a run from {@code progress}'s current step (or the first step for a fresh run).
     *
     * @param progress where the runbook stands; null for a fresh run
     */
    public static DeploymentPlan of(Runbook runbook, Profile profile, RunbookProgress progress) {
        int from = 0;
        if (progress != null && progress.current() != null && !progress.isFinished()) {
            from = Math.max(0, runbook.indexOf(progress.current().id()));
        }
        List<Started> started = new ArrayList<>();
        List<Follows> follows = new ArrayList<>();
        // The step (1-based) whose deployment a following redeploy step would follow, and that deployment's id if known.
        int pendingStep = 0;
        String pendingId = null;
        for (int i = 0; i < runbook.steps().size(); i++) {
            RunbookStep step = runbook.steps().get(i);
            String recorded = progress == null ? null : stepDeployment(progress, step.id());
            boolean planned = i >= from;
            if (step.action() instanceof StepAction.Redeploy) {
                if (planned) {
                    if (recorded != null) {
                        follows.add(new Follows(i + 1, i + 1, recorded));
                    } else if (pendingStep > 0) {
                        follows.add(new Follows(i + 1, pendingStep, pendingId));
                    } else {
                        started.add(new Started(i + 1, step.id(), Cause.REDEPLOY));
                    }
                }
                pendingStep = 0;
                pendingId = null;
            } else if (step.action() instanceof StepAction.SetToggle toggle) {
                if (!planned) {
                    if (recorded != null) {
                        pendingStep = i + 1;
                        pendingId = recorded;
                    }
                    continue;
                }
                if (recorded != null) {
                    // Resumed after the change started its deployment: nothing new, and a redeploy after it follows it.
                    pendingStep = i + 1;
                    pendingId = recorded;
                } else if (toggle.startsDeployment(variable(profile, toggle.toggle()))) {
                    started.add(new Started(i + 1, step.id(), toggle.on() || hasOffValue(profile, toggle.toggle())
                            ? Cause.VARIABLE_WRITE : Cause.VARIABLE_DELETE));
                    pendingStep = i + 1;
                    pendingId = null;
                }
            }
        }
        return new DeploymentPlan(started, follows);
    }

    private static String stepDeployment(RunbookProgress progress, String stepId) {
        return progress.steps().stream().filter(s -> s.id().equals(stepId)).findFirst()
                .map(RunbookProgress.StepProgress::deploymentId).orElse(null);
    }

    private static Profile.ToggleVariable variable(Profile profile, String name) {
        return profile.toggles().stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }

    private static boolean hasOffValue(Profile profile, String name) {
        Profile.ToggleVariable variable = variable(profile, name);
        return variable != null && variable.offValue() != null;
    }
}
