package dev.signalbox.ui.runbook;

import dev.signalbox.config.ConfigException;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.app.ServiceContext;
import dev.signalbox.database.DatabaseSnapshot;
import dev.signalbox.database.LockTree;
import dev.signalbox.monitor.Part;
import dev.signalbox.monitor.PartState;
import dev.signalbox.ops.ActionGuard;
import dev.signalbox.ops.Confirmation;
import dev.signalbox.ops.RunbookClaimedException;
import dev.signalbox.ops.runbook.DeploymentPlan;
import dev.signalbox.ops.runbook.EngineRunbookServices;
import dev.signalbox.ops.runbook.Runbook;
import dev.signalbox.ops.runbook.RunbookLoader;
import dev.signalbox.ops.runbook.RunbookPreflight;
import dev.signalbox.ops.runbook.RunbookProgress.Status;
import dev.signalbox.ops.runbook.RunbookProgress;
import dev.signalbox.ops.runbook.RunbookProgressStore;
import dev.signalbox.ops.runbook.RunbookRefusedException;
import dev.signalbox.ops.runbook.RunbookRunner;
import dev.signalbox.ops.runbook.RunbookStep;
import dev.signalbox.ops.runbook.StepAction;
import dev.signalbox.railway.RailwayStatus;
import dev.signalbox.ui.common.Background;
import dev.signalbox.ui.common.ConfirmationDialog;
import dev.signalbox.ui.common.WatchModel;
import dev.signalbox.ui.shell.ShellViewModel;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Runbook view's state: the watched profile's runbooks, the chosen one's progress (saved or live), what is
 * still in effect, and the lock tree while a command step (the migration) runs.
 * <p>
 * A run is first checked by the runner's preflight (what its remaining steps need): a refusal is shown as its typed
 * result ({@link #preflightProperty()}) and nobody is asked anything. Then it is confirmed once, for all its
 * remaining steps (typing the environment name in production); the guard applies that answer to each step's
 * change, which is still read back and audited one by one. The runner holds its
 * own daemon thread for the whole run: a runbook lasts minutes (a step may wait up to 30 minutes) and must not
 * occupy one of {@link Background}'s four workers, which the reads and the other views' actions need. Progress
 * reaches the FX thread through {@link Platform#runLater}, coalesced so a chatty command cannot flood it.
 * Properties change on the FX thread only.
 */
public final class RunbookViewModel {
    /** Between observations while a step is verified: the CLI's default, gentle on Railway's rate limit. */
    public static final Duration DEFAULT_POLL = Duration.ofSeconds(2);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** One session of the lock tree as a line, with its role (the view marks the root blocker by it, not by the text). */
    public record LockLine(String text, LockTree.Role role) {
    }

    /** The lock tree in a few lines, for the panel beside the log. */
    public record LockSummary(String headline, List<LockLine> lines, boolean blocked) {
        public LockSummary {
            lines = List.copyOf(lines);
        }
    }

    private final ShellViewModel shell;
    private final Supplier<Confirmation> confirmations;
    private final Clock clock;
    private final Duration poll;
    private final ZoneId zone;

    private final ObservableList<Runbook> runbooks = FXCollections.observableArrayList();
    private final ObjectProperty<Runbook> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<RunbookProgress> progress = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper profileReadOnly = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper effects = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("No profile is watched yet.");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<RunbookPreflight.Result> preflight = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LockSummary> locks = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper locksRelevant = new ReadOnlyBooleanWrapper();
    private final StringBinding startLabel;
    private final StringBinding startDisabledReason;
    private final BooleanBinding startDisabled;
    private final BooleanBinding abortDisabled;
    private final BooleanBinding pauseDisabled = running.not();

    /** Saved progress of the current profile's runbooks, by runbook name (FX thread only). */
    private final Map<String, RunbookProgress> saved = new LinkedHashMap<>();
    private final AtomicReference<RunbookProgress> pendingProgress = new AtomicReference<>();
    private final ChangeListener<PartState<?>> databaseListener = (obs, old, now) -> showLocks(now);
    private final ChangeListener<PartState<?>> railwayListener = (obs, old, now) -> showEffects();
    private WatchModel watched;
    private LoadedProfile profile;
    private int generation;
    /** The run started from this view, or null; read by the FX thread, set by the run's thread. */
    private volatile RunbookRunner active;
    private Runbook activeRunbook;
    private LoadedProfile activeProfile;

    /** The production wiring: questions go to the shared {@link ConfirmationDialog}. */
    public RunbookViewModel(ShellViewModel shell) {
        this(shell, ConfirmationDialog::forFocusedWindow, Clock.systemUTC(), DEFAULT_POLL);
    }

    /**
     * @param confirmations asked (off the FX thread) before a run starts and before an abort; tests pass a
     *                      preapproved one
     * @param poll          between observations while a step is verified
     */
    public RunbookViewModel(ShellViewModel shell, Supplier<Confirmation> confirmations, Clock clock, Duration poll) {
        this.shell = shell;
        this.confirmations = confirmations;
        this.clock = clock;
        this.poll = poll;
        this.zone = ZoneId.systemDefault();
        startDisabledReason = Bindings.createStringBinding(() -> {
            if (shell.readOnlyProperty().get()) {
                return "Read-only mode (--read-only): Signalbox changes nothing, so a runbook cannot start or resume.";
            }
            if (profileReadOnly.get()) {
                return "The profile is read-only (\"readOnly\": true): a runbook cannot start or resume.";
            }
            if (running.get() || busy.get()) {
                return "The runbook is running: Pause stops it before the next step, Abort stops it now.";
            }
            if (!loaded.get()) {
                return "No runbooks are loaded for a watched profile yet.";
            }
            if (selected.get() == null) {
                return "Choose a runbook in the list.";
            }
            return null;
        }, shell.readOnlyProperty(), profileReadOnly, running, busy, loaded, selected);
        startDisabled = startDisabledReason.isNotNull();
        startLabel = Bindings.createStringBinding(() -> resumable(progress.get()) ? "Resume" : "Start", progress);
        abortDisabled = Bindings.createBooleanBinding(() -> busy.get() && !running.get()
                || !running.get() && !resumable(progress.get()), running, busy, progress);
        selected.addListener((obs, old, now) -> {
            if (active == null) {
                progress.set(now == null ? null : displayed(saved.get(now.name())));
                message.set(null);
                preflight.set(null);
                refreshStatus();
            }
        });
        shell.watchProperty().addListener((obs, old, now) -> watch(now));
        watch(shell.watchProperty().get());
    }

    // ---- profile and saved progress ----------------------------------------------------------------------

    private record ProfileRunbooks(List<Runbook> runbooks, Map<String, RunbookProgress> saved, List<String> problems) {
    }

    private void watch(WatchModel model) {
        if (watched != null) {
            watched.part(Part.DATABASE).removeListener(databaseListener);
            watched.part(Part.RAILWAY).removeListener(railwayListener);
        }
        watched = model;
        int current = ++generation;
        LoadedProfile chosen = model == null ? null : model.watch().profile();
        profile = chosen;
        profileReadOnly.set(chosen != null && chosen.profile().isReadOnly());
        loaded.set(false);
        saved.clear();
        error.set(null);
        preflight.set(null);
        if (active == null) {
            runbooks.clear();
            selected.set(null);
            progress.set(null);
        }
        showEffects();
        if (chosen == null) {
            String loading = shell.loadingProperty().get();
            notice.set(loading != null ? loading : "No profile is watched yet: choose one in the header.");
            locks.set(null);
            refreshStatus();
            return;
        }
        model.part(Part.DATABASE).addListener(databaseListener);
        model.part(Part.RAILWAY).addListener(railwayListener);
        showLocks(model.part(Part.DATABASE).get());
        notice.set("Reading the runbooks of profile " + chosen.name() + "...");
        Background.run(() -> read(chosen)).onSuccess(result -> {
            if (current != generation) {
                return;
            }
            loaded.set(true);
            saved.putAll(result.saved());
            error.set(result.problems().isEmpty() ? null : String.join("\n", result.problems()));
            notice.set(result.runbooks().isEmpty() ? "Profile " + chosen.name() + " has no runbooks. The built-in one,"
                    + " \"apply migrations under bypass\", needs a bypass toggle (\"toggles\" with \"kind\": \"bypass\"),"
                    + " a \"railway\" section and a \"migrations\" section; more can be listed in \"runbooksFile\"." : null);
            if (active == null) {
                runbooks.setAll(result.runbooks());
                selected.set(runbooks.isEmpty() ? null : mostRecent(runbooks));
            }
            showEffects();
            refreshStatus();
        }).onError(failure -> {
            if (current == generation) {
                notice.set(null);
                error.set("The runbooks of profile " + chosen.name() + " could not be read: " + describe(failure));
            }
        }).start(shell.background());
    }

    private ProfileRunbooks read(LoadedProfile on) throws ConfigException {
        List<Runbook> found = RunbookLoader.forProfile(on);
        RunbookProgressStore store = store();
        Map<String, RunbookProgress> progressByName = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Runbook runbook : found) {
            try {
                store.load(on.name(), runbook.name()).ifPresent(p -> progressByName.put(runbook.name(), p));
            } catch (UncheckedIOException e) {
                problems.add("The saved progress of runbook '" + runbook.title() + "' cannot be read, so what it left"
                        + " in effect is unknown: " + e.getMessage() + ". Check the file, or delete it to start afresh.");
            }
        }
        return new ProfileRunbooks(found, progressByName, problems);
    }

    private RunbookProgressStore store() {
        return shell.app().runbookProgress();
    }

    /** The runbook left unfinished, else the first one: reopening the console lands where the work is. */
    private Runbook mostRecent(List<Runbook> list) {
        return list.stream().filter(r -> resumable(displayed(saved.get(r.name())))).findFirst().orElse(list.get(0));
    }

    /**
     * Saved as RUNNING while nobody runs it here means the console stopped mid-step: shown as INTERRUPTED, as the
     * runner will treat it.
     */
    private RunbookProgress displayed(RunbookProgress stored) {
        if (stored == null || stored.status() != Status.RUNNING) {
            return stored;
        }
        return new RunbookProgress(stored.runbook(), stored.profile(), Status.INTERRUPTED, stored.startedAt(),
                stored.updatedAt(), stored.steps(), stored.effects(), stored.log());
    }

    static boolean resumable(RunbookProgress p) {
        return p != null && switch (p.status()) {
            case PAUSED, FAILED, INTERRUPTED -> true;
            // RUNNING is only ever shown for the run of this view (a saved one is shown as INTERRUPTED).
            case RUNNING, NOT_STARTED, COMPLETED, ABORTED -> false;
        };
    }

    // ---- start, pause, abort -----------------------------------------------------------------------------

    /** Asks once for the whole run, then runs it on its own thread. */
    public void start() {
        Runbook runbook = selected.get();
        LoadedProfile on = profile;
        if (startDisabled.get() || runbook == null || on == null) {
            return;
        }
        boolean readOnlyNow = shell.readOnlyProperty().get();
        busy.set(true);
        error.set(null);
        preflight.set(null);
        message.set("Checking what the steps need, then asking for confirmation...");
        activeRunbook = runbook;
        activeProfile = on;
        shell.app().runbookExecutor().execute(() -> execute(runbook, on, readOnlyNow));
    }

    private void execute(Runbook runbook, LoadedProfile on, boolean readOnlyNow) {
        ServiceContext service = shell.service(on);
        // The one answer for the whole run, given in the dialog below; the guard applies it to each step's change.
        AtomicReference<String> typed = new AtomicReference<>();
        ActionGuard guard = service.guard(readOnlyNow, request -> new Confirmation.Answer(true, typed.get()), clock);
        AtomicReference<Runnable> declined = new AtomicReference<>();
        RunbookProgress result;
        try (EngineRunbookServices services = service.runbookServices(guard, clock)) {
            RunbookRunner runner = new RunbookRunner(runbook, on.name(), services, store(), clock, poll);
            runner.addListener(this::publish);
            // Asked by the runner once its preflight passed: a run that would be refused asks nobody anything.
            result = runner.run((from, preflight) -> {
                Runnable refusal = confirm(runbook, on, from, typed);
                if (refusal != null) {
                    declined.set(refusal);
                    return false;
                }
                active = runner;
                Platform.runLater(() -> {
                    running.set(true);
                    message.set(null);
                });
                return true;
            });
        } catch (RunbookRefusedException e) {
            Platform.runLater(() -> refused(e.preflight()));
            return;
        } catch (RunbookClaimedException e) {
            Platform.runLater(() -> notStarted(null, "Runbook '" + runbook.title() + "' was not started: " + e.getMessage()));
            return;
        } catch (RuntimeException e) {
            // The runner turns a step's failure into FAILED; what lands here is the progress store or the audit log.
            Platform.runLater(() -> finished(null, runbook, "Runbook '" + runbook.title() + "' stopped: " + describe(e)
                    + ". Its last saved progress is shown; Resume continues from there."));
            return;
        }
        if (result == null) {
            Platform.runLater(declined.get());
            return;
        }
        RunbookProgress done = result;
        Platform.runLater(() -> finished(done, runbook, null));
    }

    /**
     * Asks the one question for the run; null when approved (what was typed goes to {@code typed}), else what to
     * show on the FX thread.
     */
    private Runnable confirm(Runbook runbook, LoadedProfile on, RunbookProgress from, AtomicReference<String> typed) {
        String verb = resumable(from) ? "Resume" : "Start";
        Confirmation.Answer answer;
        try {
            answer = confirmations.get().ask(startRequest(runbook, on, from));
        } catch (RuntimeException e) {
            return () -> notStarted(null, "The confirmation could not be shown: " + describe(e));
        }
        if (answer == null || !answer.approved()) {
            return () -> notStarted(verb + " not confirmed: nothing was done.", null);
        }
        if (on.profile().isProduction() && (answer.typedText() == null || !on.profile().environment().equals(answer.typedText().strip()))) {
            return () -> notStarted(null, "Refused: " + on.profile().environment()
                    + " is production and its name was not typed exactly; nothing was done.");
        }
        typed.set(answer.typedText());
        return null;
    }

    /** The preflight refused the run: shown as it is (its kinds decide the wording, in the engine), nothing was changed. */
    private void refused(RunbookPreflight.Result result) {
        busy.set(false);
        activeRunbook = null;
        activeProfile = null;
        message.set(null);
        error.set(null);
        preflight.set(result);
        refreshStatus();
    }

    private Confirmation.Request startRequest(Runbook runbook, LoadedProfile on, RunbookProgress before) {
        boolean resume = resumable(before);
        List<String> consequences = new ArrayList<>();
        int from = 0;
        if (resume && before.current() != null) {
            from = Math.max(0, runbook.indexOf(before.current().id()));
            consequences.add("Resumes at step " + (from + 1) + " of " + runbook.steps().size() + "; a step that already"
                    + " happened is verified by observation, not done twice.");
        }
        DeploymentPlan plan = DeploymentPlan.of(runbook, on.profile(), resume ? before : null);
        for (int i = from; i < runbook.steps().size(); i++) {
            RunbookStep step = runbook.steps().get(i);
            int number = i + 1;
            String effect = "";
            var started = plan.startedAt(number);
            var follows = plan.followsAt(number);
            if (step.action() instanceof StepAction.RunCommand command) {
                effect = ": runs " + commandLine(command.command()) + " on the direct database connection";
            } else if (started.isPresent()) {
                effect = switch (started.get().cause()) {
                    case REDEPLOY -> ": Railway starts a new deployment";
                    case VARIABLE_DELETE -> ": deletes the variable, and Railway starts a new deployment (a delete cannot skip it)";
                    case VARIABLE_WRITE -> ": Railway starts a new deployment";
                };
            } else if (follows.isPresent()) {
                effect = follows.get().startedBy() == number
                        ? ": follows the deployment it already started" + (follows.get().deploymentId() == null ? "" : " (" + follows.get().deploymentId() + ")")
                        : ": follows the deployment step " + follows.get().startedBy() + " started, no second deployment";
            } else if (step.action() instanceof StepAction.SetToggle) {
                effect = ": no deployment (skipDeploys)";
            }
            consequences.add(number + ". " + step.title() + effect);
        }
        List<Integer> deploying = plan.started().stream().map(DeploymentPlan.Started::step).toList();
        consequences.add(deploying.isEmpty() ? "Deployments this run starts: none."
                : "Deployments this run starts: " + deploying.size() + " (step" + (deploying.size() == 1 ? " " : "s ")
                + String.join(", ", deploying.stream().map(String::valueOf).toList()) + "); each restarts the service.");
        consequences.add("Each change is read back and audited; the run stops at the first step it cannot verify.");
        String summary = (resume ? "Resume" : "Run") + " runbook '" + runbook.title() + "' on " + on.name();
        return new Confirmation.Request(on.name(), on.profile().environment(), on.profile().isProduction(),
                resume ? "runbook.resume" : "runbook.start", runbook.name(), summary, consequences,
                on.profile().isProduction() ? on.profile().environment() : null);
    }

    private void notStarted(String info, String failure) {
        busy.set(false);
        activeRunbook = null;
        activeProfile = null;
        message.set(info);
        error.set(failure);
        refreshStatus();
    }

    /** Stops the run before its next step; the current step finishes (or fails) first. */
    public void pause() {
        RunbookRunner runner = active;
        if (runner != null) {
            runner.pause();
            message.set("Pause requested: the runbook stops before the next step; the current step finishes first.");
        }
    }

    /**
     * After a confirmation: stops the running runbook now (a running command is cancelled), or marks a stopped one
     * aborted. Nothing is undone either way; the effects banner keeps saying what is still in effect.
     */
    public void abort() {
        if (abortDisabled.get()) {
            return;
        }
        Runbook runbook = active != null ? activeRunbook : selected.get();
        LoadedProfile on = active != null ? activeProfile : profile;
        RunbookProgress now = progress.get();
        if (runbook == null || on == null) {
            return;
        }
        boolean wasBusy = busy.get();
        boolean wasRunning = active != null;
        busy.set(true);
        Background.run(() -> {
            Confirmation.Answer answer = confirmations.get().ask(abortRequest(runbook, on, now));
            boolean approved = answer != null && answer.approved() && (!on.profile().isProduction()
                    || answer.typedText() != null && on.profile().environment().equals(answer.typedText().strip()));
            if (!approved) {
                return "Abort not confirmed: the runbook goes on as it was.";
            }
            RunbookRunner runner = active;
            if (runner != null) {
                runner.abort();
                return "Aborting: the current step is stopped (a running command is cancelled).";
            }
            if (wasRunning) {
                return "The runbook had already stopped while the question was open: nothing to abort.";
            }
            RunbookProgress aborted = new RunbookRunner(runbook, on.name(), null, store(), clock, poll).abandon();
            pendingProgress.set(null);
            Platform.runLater(() -> {
                if (on == profile) {
                    saved.put(runbook.name(), aborted);
                    if (runbook.equals(selected.get())) {
                        progress.set(aborted);
                    }
                    showEffects();
                }
            });
            return "Runbook aborted; nothing was undone.";
        }).onSuccess(text -> {
            busy.set(wasBusy && active != null);
            message.set(text);
            refreshStatus();
        }).onError(failure -> {
            busy.set(wasBusy && active != null);
            error.set("Runbook '" + runbook.title() + "' could not be aborted: " + describe(failure));
        }).start(shell.background());
    }

    private Confirmation.Request abortRequest(Runbook runbook, LoadedProfile on, RunbookProgress now) {
        List<String> consequences = new ArrayList<>();
        if (active != null) {
            consequences.add("The current step stops now; a running command (the migration) is cancelled.");
        }
        consequences.add("Nothing is undone: what the runbook changed stays as it is.");
        if (now != null) {
            for (RunbookProgress.Effect effect : now.effects()) {
                consequences.add("Still in effect afterwards: " + effect.description() + " since " + time(effect.since()));
            }
        }
        return new Confirmation.Request(on.name(), on.profile().environment(), on.profile().isProduction(),
                "runbook.abort", runbook.name(), "Abort runbook '" + runbook.title() + "' on " + on.name(), consequences,
                on.profile().isProduction() ? on.profile().environment() : null);
    }

    /** Called by the runner on its thread for every change; only the newest change waiting for the FX thread is kept. */
    private void publish(RunbookProgress next) {
        if (pendingProgress.getAndSet(next) == null) {
            Platform.runLater(() -> {
                RunbookProgress latest = pendingProgress.getAndSet(null);
                if (latest != null) {
                    show(latest);
                }
            });
        }
    }

    private void show(RunbookProgress latest) {
        if (profile != null && latest.profile().equals(profile.name())) {
            saved.put(latest.runbook(), latest);
        }
        progress.set(latest);
        refreshStatus();
        showEffects();
    }

    private void finished(RunbookProgress result, Runbook runbook, String failure) {
        active = null;
        pendingProgress.set(null);
        running.set(false);
        busy.set(false);
        if (result != null) {
            show(result);
            shell.setStatus("Runbook '" + runbook.title() + "': " + result.status());
        }
        if (failure != null) {
            error.set(failure);
        }
        message.set(null);
        activeRunbook = null;
        activeProfile = null;
        if (!runbooks.contains(runbook) || profile == null || result != null && !result.profile().equals(profile.name())) {
            // The watched profile changed during the run: show the new profile's runbooks now.
            watch(watched);
        }
        refreshStatus();
    }

    // ---- status, effects, locks --------------------------------------------------------------------------

    private void refreshStatus() {
        Runbook runbook = active != null ? activeRunbook : selected.get();
        status.set(runbook == null ? null : statusText(runbook, progress.get()));
        RunbookProgress p = progress.get();
        RunbookProgress.StepProgress current = p == null ? null : p.current();
        boolean commandStep = runbook != null && current != null
                && runbook.step(current.id()).action() instanceof StepAction.RunCommand
                && (current.status() == RunbookProgress.StepStatus.RUNNING || current.status() == RunbookProgress.StepStatus.FAILED);
        locksRelevant.set(commandStep);
    }

    String statusText(Runbook runbook, RunbookProgress p) {
        int total = runbook.steps().size();
        if (p == null) {
            return "NOT STARTED: never run on profile " + (profile == null ? "?" : profile.name()) + ".";
        }
        RunbookProgress.StepProgress current = p.current();
        String where = current == null ? "" : "step " + (runbook.indexOf(current.id()) + 1) + " of " + total + ", "
                + runbook.step(current.id()).title();
        return switch (p.status()) {
            case NOT_STARTED -> "NOT STARTED";
            case RUNNING -> "RUNNING " + where;
            case COMPLETED -> "COMPLETED at " + time(p.updatedAt()) + ": all " + total + " steps done and verified.";
            case FAILED -> "FAILED at " + where + " (" + time(p.updatedAt()) + "). The way out is under the step;"
                    + " Resume retries it.";
            case PAUSED -> "PAUSED before " + where + " (" + time(p.updatedAt()) + "). Resume continues there.";
            case INTERRUPTED -> "INTERRUPTED at " + where + ": the console stopped while it ran (last saved "
                    + time(p.updatedAt()) + "). Resume continues there; a step already done is verified, not redone.";
            case ABORTED -> "ABORTED at " + time(p.updatedAt()) + (current == null ? "" : " (" + where + ")")
                    + "; nothing was undone. Start runs it again from the first step.";
        };
    }

    private void showEffects() {
        List<String> lines = new ArrayList<>();
        RailwayStatus railway = watched == null ? null
                : watched.part(Part.RAILWAY).get() != null && watched.part(Part.RAILWAY).get().value() instanceof RailwayStatus s ? s : null;
        for (RunbookProgress p : saved.values()) {
            String title = runbooks.stream().filter(r -> r.name().equals(p.runbook())).map(Runbook::title).findFirst()
                    .orElse(p.runbook());
            for (RunbookProgress.Effect effect : p.effects()) {
                boolean live = active != null && activeRunbook != null && activeRunbook.name().equals(p.runbook());
                lines.add(effect.description() + " since " + time(effect.since()) + " (runbook '" + title + "', "
                        + (live ? p.status() : displayed(p).status()) + ")" + platformNote(effect, railway));
            }
        }
        if (lines.isEmpty()) {
            effects.set(null);
            return;
        }
        boolean runningNow = active != null;
        effects.set("Still in effect: " + String.join("; ", lines) + (runningNow
                ? ". The runbook undoes it in a later step."
                : ". Finish the runbook (Resume) or clear it yourself in the Variables view."));
    }

    /** What Railway says about a toggle the runbook believes is on (someone may have cleared it by hand). */
    private static String platformNote(RunbookProgress.Effect effect, RailwayStatus railway) {
        if (railway == null || !effect.key().startsWith("toggle:")) {
            return "";
        }
        String name = effect.key().substring("toggle:".length());
        return railway.toggles().stream().filter(t -> t.toggle().name().equals(name)).findFirst()
                .map(t -> t.on() ? "; Railway reads it ON" : "; Railway now reads it off (changed outside the runbook)")
                .orElse("");
    }

    private void showLocks(PartState<?> state) {
        if (state == null || !state.configured()) {
            locks.set(new LockSummary("No database in this profile: the lock tree cannot be watched.", List.of(), false));
            return;
        }
        if (!(state.value() instanceof DatabaseSnapshot snapshot)) {
            locks.set(new LockSummary(state.error() != null ? "The database could not be read: " + state.error()
                    : "Reading the lock tree...", List.of(), false));
            return;
        }
        List<LockTree.Entry> entries = snapshot.locks();
        List<LockTree.Entry> waiting = entries.stream().filter(e -> e.role() != LockTree.Role.ROOT_BLOCKER).toList();
        String age = " (read " + time(snapshot.takenAt()) + (state.error() != null ? "; the latest read failed: "
                + state.error() : "") + ")";
        if (waiting.isEmpty()) {
            locks.set(new LockSummary("Nobody waits on a lock" + age, List.of(), false));
            return;
        }
        double longest = waiting.stream().map(LockTree.Entry::waitingSeconds).filter(s -> s != null)
                .mapToDouble(Double::doubleValue).max().orElse(0);
        List<LockLine> lines = new ArrayList<>();
        for (LockTree.Entry entry : entries) {
            String indent = "  ".repeat(entry.depth());
            if (entry.role() == LockTree.Role.ROOT_BLOCKER) {
                lines.add(new LockLine(indent + "ROOT BLOCKER pid " + entry.pid() + " (" + entry.state() + ", " + entry.application()
                        + (entry.transactionSeconds() == null ? "" : ", in transaction " + seconds(entry.transactionSeconds()))
                        + ") holds " + entry.lockHeld() + " on " + entry.relation() + ": " + abbreviate(entry.query()), entry.role()));
            } else {
                lines.add(new LockLine(indent + (entry.migration() ? "MIGRATION " : "") + "pid " + entry.pid() + " " + entry.role().json()
                        + " for " + entry.lockWanted() + " on " + entry.relation()
                        + (entry.waitingSeconds() == null ? "" : " for " + seconds(entry.waitingSeconds()))
                        + (entry.migration() ? "" : " (" + entry.application() + ")"), entry.role()));
            }
        }
        locks.set(new LockSummary(waiting.size() + " session(s) blocked, longest " + seconds(longest) + age, lines, true));
    }

    /** A command as a person reads it: a class path or another very long argument is shortened in the middle. */
    static String commandLine(List<String> command) {
        List<String> shown = new ArrayList<>();
        for (String argument : command) {
            if (argument.length() <= 60) {
                shown.add(argument);
            } else if (argument.contains(java.io.File.pathSeparator) && argument.contains("/")) {
                shown.add("<" + argument.split(java.io.File.pathSeparator).length + " class path entries>");
            } else {
                shown.add(argument.substring(0, 28) + "…" + argument.substring(argument.length() - 28));
            }
        }
        return String.join(" ", shown);
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, "%.1f s", value);
    }

    private static String abbreviate(String query) {
        if (query == null) {
            return "(query not visible)";
        }
        String flat = query.replaceAll("\\s+", " ").strip();
        return flat.length() > 80 ? flat.substring(0, 79) + "…" : flat;
    }

    String time(Instant instant) {
        if (instant == null) {
            return "?";
        }
        var local = instant.atZone(zone);
        return local.toLocalDate().equals(LocalDate.now(clock.withZone(zone))) ? TIME.format(local) : DATE_TIME.format(local);
    }

    private static String describe(Throwable failure) {
        return failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
    }

    // ---- properties --------------------------------------------------------------------------------------

    public ShellViewModel shell() {
        return shell;
    }

    public ObservableList<Runbook> runbooks() {
        return runbooks;
    }

    /** The runbook shown; the view's list selection writes it (ignored while a run is active). */
    /** The deployments a fresh run of {@code runbook} causes on the watched profile; null without a profile. */
    public DeploymentPlan deploymentPlan(Runbook runbook) {
        return profile == null || runbook == null ? null : DeploymentPlan.of(runbook, profile.profile(), null);
    }

    public ObjectProperty<Runbook> selectedProperty() {
        return selected;
    }

    /** Progress of the runbook shown: live while it runs, else as saved (null when it never ran on this profile). */
    public ReadOnlyObjectProperty<RunbookProgress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True while a run or an abort is being confirmed, started or is running. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** "RUNNING step 3 of 6, ...", "FAILED at ...", "COMPLETED at ..."; null with no runbook chosen. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What the profile's runbooks left in effect (the bypass ON since ...), or null when nothing is. */
    public ReadOnlyStringProperty effectsProperty() {
        return effects.getReadOnlyProperty();
    }

    /** The latest failure to read, start or abort, or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Why there is nothing to show (no profile, loading, no runbooks), or null. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /**
     * The preflight that refused the last Start or Resume (what the steps need and the profile lacks, or what did not
     * answer), or null. Cleared by the next start, another runbook or another profile.
     */
    public ReadOnlyObjectProperty<RunbookPreflight.Result> preflightProperty() {
        return preflight.getReadOnlyProperty();
    }

    /** What the last button did ("Pause requested ...", "not confirmed"), or null. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LockSummary> locksProperty() {
        return locks.getReadOnlyProperty();
    }

    /** True while a command step (the migration) runs or has just failed: the lock tree explains what it waits on. */
    public ReadOnlyBooleanProperty locksRelevantProperty() {
        return locksRelevant.getReadOnlyProperty();
    }

    /** "Resume" when the shown progress stopped part-way, else "Start". */
    public StringBinding startLabel() {
        return startLabel;
    }

    public BooleanBinding startDisabled() {
        return startDisabled;
    }

    /** Why Start is disabled (read-only mode first), or null. */
    public StringBinding startDisabledReason() {
        return startDisabledReason;
    }

    public BooleanBinding pauseDisabled() {
        return pauseDisabled;
    }

    public BooleanBinding abortDisabled() {
        return abortDisabled;
    }
}
