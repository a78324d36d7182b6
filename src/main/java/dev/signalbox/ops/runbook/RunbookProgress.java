package dev.signalbox.ops.runbook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a runbook is, persisted after every change so a console restarted mid-way shows where it was and what
 * is still in effect ("bypass is still ON since 02:13").
 */
public record RunbookProgress(String runbook, String profile, Status status, Instant startedAt, Instant updatedAt,
                              List<StepProgress> steps, List<Effect> effects, List<String> log) {
    public static final int MAX_LOG_LINES = 400;

    public enum Status { NOT_STARTED, RUNNING, PAUSED, FAILED, ABORTED, COMPLETED, INTERRUPTED }

    public enum StepStatus { PENDING, RUNNING, DONE, FAILED, SKIPPED }

    /**
     * @param deploymentId the deployment a redeploy step started or follows, so a resume follows it instead of
     *                     redeploying; for a variable change, the deployment Railway started for it
     */
    public record StepProgress(String id, StepStatus status, Instant startedAt, Instant finishedAt, String detail,
                               String deploymentId) {
        StepProgress with(StepStatus newStatus, Instant at, String newDetail) {
            Instant started = newStatus == StepStatus.RUNNING && startedAt == null ? at : startedAt;
            Instant finished = newStatus == StepStatus.DONE || newStatus == StepStatus.FAILED || newStatus == StepStatus.SKIPPED ? at : null;
            return new StepProgress(id, newStatus, started, finished, newDetail, deploymentId);
        }

        StepProgress withDeployment(String id2) {
            return new StepProgress(id, status, startedAt, finishedAt, detail, id2);
        }
    }

    /** Something a step turned on that a later step must undo, e.g. the bypass toggle. */
    public record Effect(String key, String description, Instant since) {
    }

    public RunbookProgress {
        steps = List.copyOf(steps);
        effects = List.copyOf(effects);
        log = List.copyOf(log);
    }

    public static RunbookProgress fresh(Runbook runbook, String profile, Instant now) {
        List<StepProgress> steps = runbook.steps().stream()
                .map(s -> new StepProgress(s.id(), StepStatus.PENDING, null, null, null, null)).toList();
        return new RunbookProgress(runbook.name(), profile, Status.NOT_STARTED, now, now, steps, List.of(), List.of());
    }

    public StepProgress step(String id) {
        return steps.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    /** The first step not done, or null when all are. */
    public StepProgress current() {
        return steps.stream().filter(s -> s.status() != StepStatus.DONE && s.status() != StepStatus.SKIPPED)
                .findFirst().orElse(null);
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isFinished() {
        return status == Status.COMPLETED || status == Status.ABORTED;
    }

    RunbookProgress withStatus(Status newStatus, Instant at) {
        return new RunbookProgress(runbook, profile, newStatus, startedAt, at, steps, effects, log);
    }

    RunbookProgress withStep(StepProgress updated, Instant at) {
        List<StepProgress> copy = new ArrayList<>(steps);
        copy.replaceAll(s -> s.id().equals(updated.id()) ? updated : s);
        return new RunbookProgress(runbook, profile, status, startedAt, at, copy, effects, log);
    }

    RunbookProgress withEffect(Effect effect, boolean inForce, Instant at) {
        List<Effect> copy = new ArrayList<>(effects);
        copy.removeIf(e -> e.key().equals(effect.key()));
        if (inForce) {
            copy.add(effect);
        }
        return new RunbookProgress(runbook, profile, status, startedAt, at, steps, copy, log);
    }

    RunbookProgress withLog(String line, Instant at) {
        List<String> copy = new ArrayList<>(log);
        copy.add(line);
        if (copy.size() > MAX_LOG_LINES) {
            copy = copy.subList(copy.size() - MAX_LOG_LINES, copy.size());
        }
        return new RunbookProgress(runbook, profile, status, startedAt, at, steps, effects, copy);
    }
}
