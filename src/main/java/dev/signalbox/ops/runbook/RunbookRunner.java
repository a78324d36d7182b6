package dev.signalbox.ops.runbook;

import dev.signalbox.ops.Outcome;
import dev.signalbox.ops.RunbookClaimedException;
import dev.signalbox.ops.runbook.RunbookProgress.Effect;
import dev.signalbox.ops.runbook.RunbookProgress.Status;
import dev.signalbox.ops.runbook.RunbookProgress.StepProgress;
import dev.signalbox.ops.runbook.RunbookProgress.StepStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Runs a runbook step by step: preconditions, action, verification by observation within the step's timeout.
 * Progress is saved after every change. A resumed step whose verification already holds is marked done without
 * doing its action again (a crash between "set the bypass" and saving must not set it twice), and a redeploy
 * step that already started a deployment follows that one instead of starting another. A redeploy step after a
 * variable change that made Railway deploy (a delete always does) follows that deployment too, as
 * {@link DeploymentPlan} tells the operator before the run.
 * <p>
 * Blocking: call {@link #run()} on a background thread. {@link #pause()} takes effect between steps;
 * {@link #abort()} also stops a running command or wait.
 */
public final class RunbookRunner {
    private static final Set<String> TERMINAL_FAILURES = Set.of("FAILED", "CRASHED", "REMOVED", "SKIPPED");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final Runbook runbook;
    private final RunbookServices services;
    private final RunbookProgressStore store;
    private final Clock clock;
    private final Duration pollInterval;
    private final List<Consumer<RunbookProgress>> listeners = new CopyOnWriteArrayList<>();
    private final Object waitLock = new Object();
    private volatile RunbookProgress progress;
    private volatile boolean pauseRequested;
    private volatile boolean abortRequested;
    private volatile LocalCommand runningCommand;
    private final String profile;
    private volatile RunbookLock lock;

    public RunbookRunner(Runbook runbook, String profile, RunbookServices services, RunbookProgressStore store,
                         Clock clock, Duration pollInterval) {
        this.runbook = runbook;
        this.profile = profile;
        this.services = services;
        this.store = store;
        this.clock = clock;
        this.pollInterval = pollInterval;
        this.progress = initial(store.load(profile, runbook.name()).orElse(null), true);
    }

    /**
     * Where a run starts from. Saved as RUNNING while no live console holds the lock: the console died mid-step.
     * {@code unlocked}: read without holding the lock (for display), where a live holder means it really runs.
     */
    private RunbookProgress initial(RunbookProgress saved, boolean unlocked) {
        if (saved != null && saved.status() == Status.RUNNING) {
            boolean heldElsewhere = unlocked && store.holder(profile, runbook.name()).map(RunbookLock.Holder::alive).orElse(false);
            if (!heldElsewhere) {
                saved = saved.withStatus(Status.INTERRUPTED, clock.instant())
                        .withLog(stamp() + " console stopped while this runbook ran; resume continues at the current step", clock.instant());
            }
        }
        return saved != null && !saved.isFinished() ? saved : RunbookProgress.fresh(runbook, profile, clock.instant());
    }

    public Runbook runbook() {
        return runbook;
    }

    public RunbookProgress progress() {
        return progress;
    }

    public void addListener(Consumer<RunbookProgress> listener) {
        listeners.add(listener);
    }

    public void pause() {
        pauseRequested = true;
    }

    public void abort() {
        abortRequested = true;
        LocalCommand command = runningCommand;
        if (command != null) {
            command.cancel();
        }
        synchronized (waitLock) {
            waitLock.notifyAll();
        }
    }

    /**
     * Runs from the current step until the end, a failure, a pause or an abort; returns the final progress.
     * Holds the runbook's lock on this machine and its claim on the service's database for the whole run.
     *
     * @throws RunbookClaimedException when another console (here or elsewhere) runs it: nothing was done
     * @throws RunbookRefusedException when the preflight finds what the remaining steps need missing: nothing was done
     */
    public RunbookProgress run() throws RunbookClaimedException, RunbookRefusedException {
        return run((from, preflight) -> true);
    }

    /** Asked once the preflight passed, before the first step: the Runbook view's one question for the whole run. */
    @FunctionalInterface
    public interface Approval {
        /**
         * @param from where the run starts (the saved progress, read under the lock)
         * @return false to stop here: nothing is done and the progress is left as it was
         */
        boolean approve(RunbookProgress from, RunbookPreflight.Result preflight);
    }

    /**
     * As {@link #run()}, asking {@code approval} after the preflight passed and before anything is done.
     *
     * @return the final progress, or null when {@code approval} said no (nothing was done)
     */
    public RunbookProgress run(Approval approval) throws RunbookClaimedException, RunbookRefusedException {
        try (RunbookLock held = store.lock(profile, runbook.name())) {
            lock = held;
            // Reloaded under the lock: another console may have moved it on since this runner was made.
            progress = initial(store.load(profile, runbook.name()).orElse(null), false);
            String interrupted = held.previous().filter(previous -> previous.commandPid() != null)
                    .map(this::auditInterruptedCommand).orElse(null);
            RunbookPreflight.Result preflight = services.preflight(runbook, progress);
            if (!preflight.passed()) {
                // Before the first step, so no variable was set and nothing redeployed; the saved progress stays as it was.
                services.audit("runbook.preflight", runbook.name(), Outcome.REFUSED, preflight.auditDetail());
                throw new RunbookRefusedException(preflight);
            }
            if (!approval.approve(progress, preflight)) {
                return null;
            }
            try (RunbookServices.Claim claim = services.claim(runbook.name())) {
                if (interrupted != null) {
                    log(stamp() + " " + interrupted);
                }
                if (claim.note() != null) {
                    log(stamp() + " " + claim.note());
                }
                return runSteps(preflight);
            }
        } finally {
            lock = null;
        }
    }

    /**
     * The console that held the lock died while its command ran: the command's record after never came. Audited at
     * once (the lock file forgets it when this run ends, even a refused one); returns the line for the run's log.
     */
    private String auditInterruptedCommand(RunbookLock.Holder previous) {
        String detail = "interrupted: the console holding it (" + previous.describe() + ") is gone; the command (pid "
                + previous.commandPid() + ") no longer runs and its outcome is unknown, so the step is checked again by observation";
        services.audit("runbook.command", previous.command(), Outcome.UNVERIFIED, detail);
        return detail;
    }

    private RunbookProgress runSteps(RunbookPreflight.Result preflight) {
        pauseRequested = false;
        abortRequested = false;
        update(progress.withStatus(Status.RUNNING, clock.instant()).withLog(stamp() + " runbook '" + runbook.title() + "' running", clock.instant()));
        log(stamp() + " " + preflight.headline());
        for (RunbookStep step : runbook.steps()) {
            StepProgress state = progress.step(step.id());
            if (state.status() == StepStatus.DONE || state.status() == StepStatus.SKIPPED) {
                continue;
            }
            if (abortRequested) {
                return finish(Status.ABORTED, "aborted before step '" + step.title() + "'");
            }
            if (pauseRequested) {
                return finish(Status.PAUSED, "paused before step '" + step.title() + "'");
            }
            if (!runStep(step)) {
                return abortRequested ? finish(Status.ABORTED, "aborted during step '" + step.title() + "'")
                        : finish(Status.FAILED, "stopped at step '" + step.title() + "'");
            }
        }
        return finish(Status.COMPLETED, "all steps done and verified");
    }

    /**
     * Marks the runbook aborted without running anything (e.g. the operator gives up after a failure).
     *
     * @throws RunbookClaimedException when a console runs it right now: abort it there
     */
    public RunbookProgress abandon() throws RunbookClaimedException {
        try (RunbookLock held = store.lock(profile, runbook.name())) {
            progress = initial(store.load(profile, runbook.name()).orElse(null), false);
            return finish(Status.ABORTED, "aborted by the operator");
        }
    }

    private RunbookProgress finish(Status status, String message) {
        update(progress.withStatus(status, clock.instant()).withLog(stamp() + " " + message, clock.instant()));
        return progress;
    }

    private boolean runStep(RunbookStep step) {
        StepProgress state = progress.step(step.id());
        update(progress.withStep(state.with(StepStatus.RUNNING, clock.instant(), "checking"), clock.instant())
                .withLog(stamp() + " step '" + step.title() + "'", clock.instant()));
        try {
            // A step resumed after a crash may have been done already: observe before acting again.
            if (!step.verify().isEmpty() && state.status() != StepStatus.PENDING && allHold(step.verify(), step)) {
                return done(step, "already done (verified: " + describe(step.verify()) + ")");
            }
            for (Observation pre : step.preconditions()) {
                Check check = observe(pre, step);
                if (!check.holds()) {
                    return failed(step, "precondition not met: " + pre.describe() + " (" + check.detail() + ")");
                }
            }
            String actionResult = perform(step);
            if (abortRequested) {
                return failed(step, "aborted");
            }
            if (actionResult != null && actionResult.startsWith("FAILED:")) {
                return failed(step, actionResult.substring(7).strip());
            }
            log(actionResult);
            Instant deadline = clock.instant().plusSeconds(step.timeoutSeconds());
            while (true) {
                Map<Observation, Check> results = new HashMap<>();
                for (Observation observation : step.verify()) {
                    results.put(observation, observe(observation, step));
                }
                Optional<Map.Entry<Observation, Check>> failing = results.entrySet().stream()
                        .filter(e -> !e.getValue().holds()).findFirst();
                if (failing.isEmpty()) {
                    return done(step, (actionResult == null ? "" : actionResult + "; ") + "verified: " + describe(step.verify()));
                }
                Check check = failing.get().getValue();
                if (check.fatal()) {
                    return failed(step, failing.get().getKey().describe() + " will not happen: " + check.detail());
                }
                if (!clock.instant().isBefore(deadline)) {
                    return failed(step, "not verified within " + step.timeoutSeconds() + " s: "
                            + failing.get().getKey().describe() + " (" + check.detail() + ")");
                }
                update(progress.withStep(progress.step(step.id()).with(StepStatus.RUNNING, clock.instant(),
                        "waiting: " + failing.get().getKey().describe() + " (" + check.detail() + ")"), clock.instant()));
                if (!pauseFor(pollInterval)) {
                    return failed(step, "aborted");
                }
            }
        } catch (Exception e) {
            return failed(step, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** Performs the action; returns a sentence, or "FAILED: why". */
    private String perform(RunbookStep step) throws Exception {
        StepAction action = step.action();
        if (action instanceof StepAction.SetToggle toggle) {
            boolean skip = toggle.skipDeploys() == null || toggle.skipDeploys();
            // Railway's variable mutations return no deployment id: the one a change starts is the new one in the list.
            List<String> before = services.toggleWriteDeploys(toggle.toggle(), toggle.on(), skip) ? services.latestDeploymentIds() : null;
            RunbookServices.ToggleWrite write = services.setToggle(toggle.toggle(), toggle.on(), skip);
            update(progress.withEffect(new Effect("toggle:" + toggle.toggle(), toggle.toggle() + " is ON", clock.instant()),
                    toggle.on(), clock.instant()));
            if (!write.deploymentStarted() || before == null) {
                return write.sentence();
            }
            Optional<String> started = awaitNewDeployment(before, clock.instant().plusSeconds(step.timeoutSeconds()));
            if (started.isEmpty()) {
                return write.sentence() + "; Railway shows no deployment for this change yet, so a later redeploy step starts one";
            }
            update(progress.withStep(progress.step(step.id()).withDeployment(started.get()), clock.instant()));
            return write.sentence() + "; Railway started deployment " + started.get() + " for it";
        }
        if (action instanceof StepAction.Redeploy) {
            String deploymentId = progress.step(step.id()).deploymentId();
            if (deploymentId != null) {
                return "following deployment " + deploymentId + " started before the restart";
            }
            Optional<Map.Entry<RunbookStep, String>> earlier = deploymentStartedBefore(step);
            if (earlier.isPresent()) {
                String id = earlier.get().getValue();
                update(progress.withStep(progress.step(step.id()).withDeployment(id), clock.instant()));
                return "following deployment " + id + " that step '" + earlier.get().getKey().title()
                        + "' started (it carries the change): no second deployment";
            }
            deploymentId = services.redeploy();
            update(progress.withStep(progress.step(step.id()).withDeployment(deploymentId), clock.instant()));
            return "redeploy started: deployment " + deploymentId;
        }
        if (action instanceof StepAction.RunCommand run) {
            return runCommand(step, run);
        }
        return null;
    }

    /** The first deployment id in Railway's list that was not there before the change, polled until the deadline. */
    private Optional<String> awaitNewDeployment(List<String> before, Instant deadline) throws Exception {
        while (true) {
            for (String id : services.latestDeploymentIds()) {
                if (!before.contains(id)) {
                    return Optional.of(id);
                }
            }
            if (!clock.instant().isBefore(deadline) || !pauseFor(pollInterval)) {
                return Optional.empty();
            }
        }
    }

    /**
     * The deployment an earlier step's variable change started, when no redeploy came after it: a redeploy now would
     * start a second deployment of the same variables. Not one that a newer deployment already superseded.
     */
    private Optional<Map.Entry<RunbookStep, String>> deploymentStartedBefore(RunbookStep redeploy) throws Exception {
        for (int i = runbook.indexOf(redeploy.id()) - 1; i >= 0; i--) {
            RunbookStep earlier = runbook.steps().get(i);
            if (earlier.action() instanceof StepAction.Redeploy) {
                return Optional.empty();
            }
            String id = progress.step(earlier.id()).deploymentId();
            if (earlier.action() instanceof StepAction.SetToggle && id != null) {
                String status = services.deploymentStatus(id);
                if (status.equals("SKIPPED") || status.equals("REMOVED")) {
                    log(stamp() + " deployment " + id + " of step '" + earlier.title() + "' is " + status
                            + " (superseded): a new one is started");
                    return Optional.empty();
                }
                return Optional.of(Map.entry(earlier, id));
            }
        }
        return Optional.empty();
    }

    private String runCommand(RunbookStep step, StepAction.RunCommand run) throws Exception {
        Map<String, String> environment = new HashMap<>(services.commandEnvironment());
        String options = timeoutOptions(run);
        if (!options.isEmpty()) {
            // libpq reads PGOPTIONS at connect time; on the direct connection the server applies it. Also in the
            // URL's options for drivers that ignore PGOPTIONS. (Through a transaction pooler neither would work.)
            environment.merge("PGOPTIONS", options, (old, add) -> old + " " + add);
            String url = environment.get("DATABASE_URL");
            if (url != null && !url.contains("options=")) {
                environment.put("DATABASE_URL", url + (url.contains("?") ? "&" : "?") + "options="
                        + java.net.URLEncoder.encode(options, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
            }
        }
        Path directory = run.workingDirectory() == null ? services.migrationsDirectory()
                : services.migrationsDirectory().resolve(run.workingDirectory());
        LocalCommand command = new LocalCommand(run.command(), directory, environment);
        runningCommand = command;
        String shown = command.describe();
        log("$ " + shown + (options.isEmpty() ? "" : "   (PGOPTIONS=" + options + ")"));
        RunbookLock held = lock;
        try {
            LocalCommand.Result result = command.run(Duration.ofSeconds(step.timeoutSeconds()), line -> log("  " + line), gate -> {
                // Recorded before the command may run: a console killed from here on leaves a trace of it.
                if (held != null) {
                    held.command(gate.pid(), shown);
                }
                services.audit("runbook.command", shown, Outcome.STARTED, "started: pid " + gate.pid()
                        + (gate.ownProcessGroup() ? " (its own process group, ended with the console)" : "")
                        + " in " + directory);
                gate.open();
            });
            String outcome = result.succeeded() ? "exit 0" : result.cancelled() ? "cancelled" : result.timedOut()
                    ? "timed out after " + step.timeoutSeconds() + " s" : "exit " + result.exitCode();
            services.audit("runbook.command", shown, result.succeeded() ? Outcome.SUCCEEDED : Outcome.FAILED, outcome);
            return result.succeeded() ? "command finished: " + outcome : "FAILED: command " + outcome;
        } finally {
            runningCommand = null;
            if (held != null) {
                held.command(null, null);
            }
        }
    }

    static String timeoutOptions(StepAction.RunCommand run) {
        StringBuilder options = new StringBuilder();
        if (run.lockTimeout() != null) {
            options.append("-c lock_timeout=").append(run.lockTimeout());
        }
        if (run.statementTimeout() != null) {
            if (options.length() > 0) {
                options.append(' ');
            }
            options.append("-c statement_timeout=").append(run.statementTimeout());
        }
        return options.toString();
    }

    private record Check(boolean holds, boolean fatal, String detail) {
    }

    private Check observe(Observation observation, RunbookStep step) throws Exception {
        if (observation instanceof Observation.ToggleIs toggle) {
            Optional<Boolean> state = services.toggleState(toggle.toggle());
            return new Check(state.isPresent() && state.get() == toggle.on(), false,
                    state.map(on -> on ? "reads on" : "reads off").orElse("cannot be read"));
        }
        if (observation instanceof Observation.DeploymentSucceeded) {
            String deploymentId = progress.step(step.id()).deploymentId();
            if (deploymentId == null) {
                return new Check(false, true, "no deployment was started by this step");
            }
            String status = services.deploymentStatus(deploymentId);
            if (TERMINAL_FAILURES.contains(status)) {
                String reason = services.deploymentFailureReason(deploymentId).orElse("see its logs");
                return new Check(false, true, "deployment " + deploymentId + " is " + status + ": " + reason);
            }
            return new Check("SUCCESS".equals(status), false, "deployment " + status);
        }
        if (observation instanceof Observation.HealthIs health) {
            String verdict = services.healthVerdict(health.endpoint());
            return new Check(health.verdict().equalsIgnoreCase(verdict), false, health.endpoint() + " is " + verdict);
        }
        if (observation instanceof Observation.MigrationsAtHead) {
            RunbookServices.MigrationState state = services.migrationState();
            return new Check(state.atHead(), false, state.summary());
        }
        if (observation instanceof Observation.MigrationsPending) {
            RunbookServices.MigrationState state = services.migrationState();
            return new Check(state.pending(), false, state.summary());
        }
        if (observation instanceof Observation.NoBlockedSessions) {
            int blocked = services.blockedSessions();
            return new Check(blocked == 0, false, blocked + " session(s) waiting on a lock");
        }
        throw new IllegalStateException(observation.getClass().getSimpleName());
    }

    private boolean allHold(List<Observation> observations, RunbookStep step) throws Exception {
        for (Observation observation : observations) {
            if (observation instanceof Observation.DeploymentSucceeded && progress.step(step.id()).deploymentId() == null) {
                return false;
            }
            if (!observe(observation, step).holds()) {
                return false;
            }
        }
        return true;
    }

    private boolean pauseFor(Duration duration) {
        synchronized (waitLock) {
            try {
                waitLock.wait(Math.max(1, duration.toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !abortRequested;
    }

    private boolean done(RunbookStep step, String detail) {
        update(progress.withStep(progress.step(step.id()).with(StepStatus.DONE, clock.instant(), detail), clock.instant())
                .withLog(stamp() + " done: " + step.title() + " - " + detail, clock.instant()));
        return true;
    }

    private boolean failed(RunbookStep step, String detail) {
        String wayOut = step.ifItFails() == null ? "" : " What to do: " + step.ifItFails();
        update(progress.withStep(progress.step(step.id()).with(StepStatus.FAILED, clock.instant(), detail + wayOut), clock.instant())
                .withLog(stamp() + " FAILED: " + step.title() + " - " + detail + wayOut, clock.instant()));
        return false;
    }

    private void log(String line) {
        if (line != null) {
            update(progress.withLog(line, clock.instant()));
        }
    }

    private String stamp() {
        return TIME.format(clock.instant());
    }

    private static String describe(List<Observation> observations) {
        return String.join(", ", observations.stream().map(Observation::describe).toList());
    }

    private synchronized void update(RunbookProgress next) {
        progress = next;
        store.save(next);
        for (Consumer<RunbookProgress> listener : listeners) {
            listener.accept(next);
        }
    }
}
