package dev.signalbox.ui.database;

import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.Profile;
import dev.signalbox.database.BackendActionResult;
import dev.signalbox.database.BackendSession;
import dev.signalbox.database.Constraint;
import dev.signalbox.database.DatabaseInspector;
import dev.signalbox.database.DatabaseSnapshot;
import dev.signalbox.database.ExpectationResult;
import dev.signalbox.database.InvalidIndex;
import dev.signalbox.database.LockTree;
import dev.signalbox.database.PoolerMode;
import dev.signalbox.database.Verdict;
import dev.signalbox.monitor.Part;
import dev.signalbox.monitor.PartState;
import dev.signalbox.monitor.WatchFactory;
import dev.signalbox.ops.ActionGuard;
import dev.signalbox.ops.ActionOutcome;
import dev.signalbox.ops.Confirmation;
import dev.signalbox.ops.DatabaseActions;
import dev.signalbox.ops.GuardedAction;
import dev.signalbox.ops.OpsContext;
import dev.signalbox.ops.Outcome;
import dev.signalbox.ui.common.Background;
import dev.signalbox.ui.common.ListUpdates;
import dev.signalbox.ui.common.WatchModel;
import dev.signalbox.ui.shell.ShellViewModel;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Database view's state, from the watch's DATABASE part: the latest snapshot split into what each pane shows,
 * the constraint filters, the selected session, and cancel/terminate through the {@link ActionGuard}. FX thread
 * only; the actions run on {@link Background}.
 */
public final class DatabaseViewModel {
    private final ShellViewModel shell;
    private final ReadOnlyObjectWrapper<DatabaseSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PartState<DatabaseSnapshot>> partState = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LockTree> lockTree = new ReadOnlyObjectWrapper<>(LockTree.EMPTY);
    private final ObservableList<Verdict> verdicts = FXCollections.observableArrayList();
    private final ObservableList<ExpectationResult> expectations = FXCollections.observableArrayList();
    private final ObservableList<Constraint> allConstraints = FXCollections.observableArrayList();
    private final FilteredList<Constraint> constraints = new FilteredList<>(allConstraints);
    private final ObservableList<InvalidIndex> invalidIndexes = FXCollections.observableArrayList();
    private final ObservableList<BackendSession> sessions = FXCollections.observableArrayList();
    private final BooleanProperty notValidOnly = new SimpleBooleanProperty();
    private final BooleanProperty foreignKeysOnly = new SimpleBooleanProperty();
    private final BooleanProperty mismatchesOnly = new SimpleBooleanProperty();
    private final StringProperty constraintSearch = new SimpleStringProperty("");
    private final ObjectProperty<Integer> selectedPid = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<BackendSession> selectedSession = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper actionRunning = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper actionMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Outcome> actionOutcome = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Confirmation> confirmation = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<dev.signalbox.ops.AfterTermination> afterTermination = new ReadOnlyObjectWrapper<>();
    /** The root blocker terminated last, the tree seen then, and when: followed until the profile changes. */
    private Integer followedPid;
    private LockTree followedTree;
    private java.time.Instant followedSince;
    private final InvalidationListener onPart = obs -> update();
    private final Object inspectorLock = new Object();
    private Set<String> mismatched = Set.of();
    private WatchModel watched;
    private DatabaseInspector actionInspector;
    private WatchModel actionInspectorWatch;

    public DatabaseViewModel(ShellViewModel shell, Confirmation confirmation) {
        this.shell = shell;
        this.confirmation.set(confirmation);
        InvalidationListener refilter = obs -> constraints.setPredicate(this::shown);
        notValidOnly.addListener(refilter);
        foreignKeysOnly.addListener(refilter);
        mismatchesOnly.addListener(refilter);
        constraintSearch.addListener(refilter);
        selectedPid.addListener(obs -> selectedSession.set(find(selectedPid.get())));
        shell.watchProperty().addListener((obs, old, now) -> follow(now));
        follow(shell.watchProperty().get());
    }

    private void follow(WatchModel watch) {
        if (watched != null) {
            watched.part(Part.DATABASE).removeListener(onPart);
        }
        watched = watch;
        followedPid = null;
        afterTermination.set(null);
        // Another profile or a restaged sandbox: the last action's result and the selected pid belong to the old one.
        actionMessage.set("");
        actionOutcome.set(null);
        selectedPid.set(null);
        if (watch != null) {
            watch.part(Part.DATABASE).addListener(onPart);
        }
        update();
    }

    private void update() {
        PartState<DatabaseSnapshot> state = watched == null ? null : watched.current(Part.DATABASE);
        DatabaseSnapshot value = state == null ? null : state.value();
        if (value == snapshot.get()) {
            partState.set(state);
            return;
        }
        snapshot.set(value);
        if (value == null) {
            verdicts.clear();
            expectations.clear();
            allConstraints.clear();
            invalidIndexes.clear();
            sessions.clear();
            lockTree.set(LockTree.EMPTY);
            mismatched = Set.of();
        } else {
            Set<String> wrong = new HashSet<>();
            for (ExpectationResult result : value.expectations()) {
                if (!result.ok() && result.constraint() != null) {
                    wrong.add(result.constraint());
                }
            }
            mismatched = wrong;
            List<ExpectationResult> sortedExpectations = value.expectations().stream()
                    .sorted((a, b) -> Boolean.compare(a.ok(), b.ok())).toList();
            boolean expectationsChanged = !expectations.equals(sortedExpectations);
            // In place, row by row: a snapshot every 2 s must not close a row's menu or clear its selection.
            ListUpdates.replaceInPlace(verdicts, value.verdicts(), verdict -> verdict);
            ListUpdates.replaceInPlace(expectations, sortedExpectations, ExpectationResult::expectation);
            ListUpdates.replaceInPlace(allConstraints, value.constraints(), DatabaseViewModel::constraintKey);
            if (expectationsChanged) {
                // The mismatch filter, the MISMATCH badges and a row's fix menu read the expectations: every row is
                // filtered and drawn again.
                constraints.setPredicate(this::shown);
            }
            ListUpdates.replaceInPlace(invalidIndexes, value.invalidIndexes(), DatabaseViewModel::indexKey);
            ListUpdates.replaceInPlace(sessions, value.sessions(), BackendSession::pid);
            lockTree.set(value.lockTree() == null ? LockTree.EMPTY : value.lockTree());
        }
        selectedSession.set(find(selectedPid.get()));
        if (value != null && followedPid != null && value.takenAt().isAfter(followedSince)) {
            afterTermination.set(dev.signalbox.ops.AfterTermination.assess(followedPid, followedTree, value,
                    valueOf(Part.MIGRATIONS, dev.signalbox.migrations.MigrationSnapshot.class),
                    valueOf(Part.RAILWAY, dev.signalbox.railway.RailwayStatus.class)));
        }
        // Last, so a listener of the part's state finds the snapshot it carries already split up.
        partState.set(state);
    }

    /** What names a constraint from one snapshot to the next: its table and its name. */
    static List<String> constraintKey(Constraint constraint) {
        return List.of(constraint.schema(), constraint.table(), constraint.name());
    }

    static List<String> indexKey(InvalidIndex index) {
        return List.of(index.schema(), index.name());
    }

    private <T> T valueOf(Part part, Class<T> type) {
        PartState<?> state = watched == null ? null : watched.part(part).get();
        return state != null && type.isInstance(state.value()) ? type.cast(state.value()) : null;
    }

    private boolean shown(Constraint constraint) {
        if (notValidOnly.get() && constraint.validated()) {
            return false;
        }
        if (foreignKeysOnly.get() && !"FOREIGN KEY".equals(constraint.type())) {
            return false;
        }
        if (mismatchesOnly.get() && !isMismatch(constraint)) {
            return false;
        }
        String search = constraintSearch.get() == null ? "" : constraintSearch.get().strip().toLowerCase(java.util.Locale.ROOT);
        return search.isEmpty() || constraint.describe().toLowerCase(java.util.Locale.ROOT).contains(search);
    }

    /** What to do about a constraint, as the engine decided it; null when nothing is to be done. */
    public dev.signalbox.database.ConstraintFix fixFor(Constraint constraint) {
        DatabaseSnapshot value = snapshot.get();
        return value == null ? null : value.fixFor(constraint);
    }

    /** True when a profile expectation found this constraint and it is not what the team expects (incident 5). */
    public boolean isMismatch(Constraint constraint) {
        return mismatched.contains(constraint.describe());
    }

    private BackendSession find(Integer pid) {
        if (pid == null) {
            return null;
        }
        return sessions.stream().filter(s -> s.pid() == pid).findFirst().orElse(null);
    }

    /** The error of a part of the snapshot (connection, sessions, locks, constraints, indexes), or null. */
    public String errorOf(String part) {
        DatabaseSnapshot value = snapshot.get();
        return value == null ? null : value.errors().get(part);
    }

    // ------------------------------------------------------------------------------------------------ actions

    /** Cancel or terminate is possible now: a live session selected, not read-only, nothing running. */
    public BooleanBinding actionsDisabled() {
        return Bindings.createBooleanBinding(() -> shell.readOnlyProperty().get() || actionRunning.get()
                        || selectedSession.get() == null,
                shell.readOnlyProperty(), actionRunning, selectedSession);
    }

    /**
     * Cancel is possible only on a session running a statement: pg_cancel_backend does nothing to an idle session, nor
     * to one idle in transaction (its locks stay held; only terminate releases them).
     */
    public BooleanBinding cancelDisabled() {
        return Bindings.createBooleanBinding(() -> shell.readOnlyProperty().get() || actionRunning.get()
                        || selectedSession.get() == null || !"active".equals(selectedSession.get().state()),
                shell.readOnlyProperty(), actionRunning, selectedSession);
    }

    public void cancelSelected() {
        act(true);
    }

    public void terminateSelected() {
        act(false);
    }

    private void act(boolean cancel) {
        BackendSession session = selectedSession.get();
        WatchModel watch = watched;
        if (session == null || watch == null || actionRunning.get() || (cancel && !"active".equals(session.state()))) {
            return;
        }
        LoadedProfile loaded = watch.watch().profile();
        Profile profile = loaded.profile();
        OpsContext context = OpsContext.of(profile, shell.readOnlyProperty().get());
        DatabaseSnapshot seen = snapshot.get();
        PoolerMode pooler = seen != null && seen.connection() != null ? seen.connection().pooler() : PoolerMode.UNKNOWN;
        String verb = cancel ? "Cancel" : "Terminate";
        LockTree treeBefore = lockTree.get();
        boolean rootBlocker = treeBefore.flat().stream()
                .anyMatch(e -> e.pid() == session.pid() && e.role() == LockTree.Role.ROOT_BLOCKER);
        actionRunning.set(true);
        actionOutcome.set(null);
        actionMessage.set(verb + " of backend " + session.pid() + ": waiting for confirmation...");
        Confirmation asked = confirmation.get();
        Background.run(() -> {
            DatabaseInspector inspector = inspectorFor(watch, loaded, context.readOnly());
            String where = profile.name() + " / " + profile.environment()
                    + (seen != null && seen.connection() != null ? " / database " + seen.connection().database() : "");
            DatabaseActions actions = new DatabaseActions(inspector, where, context.user());
            GuardedAction<BackendActionResult> action = cancel ? actions.cancel(session, pooler)
                    : actions.terminate(session, pooler);
            return shell.service(loaded).guard(context.readOnly(), asked).run(action);
        }).onSuccess(outcome -> {
            actionRunning.set(false);
            String text = verb + " pid " + session.pid() + ": " + outcome.outcome().name().toLowerCase(java.util.Locale.ROOT)
                    + " - " + outcome.message() + (outcome.auditProblem() != null ? " " + outcome.auditProblem() : "");
            if (watch == watched) {
                actionOutcome.set(outcome.outcome());
                actionMessage.set(text);
            }
            shell.setStatus(text);
            if (!cancel && rootBlocker && outcome.outcome() == Outcome.SUCCEEDED && watch == watched) {
                // What the termination led to is read from the next snapshots of every part.
                followedPid = session.pid();
                followedTree = treeBefore;
                followedSince = java.time.Instant.now();
                afterTermination.set(null);
                watch.watch().refresh(Part.MIGRATIONS);
                watch.watch().refresh(Part.RAILWAY);
            }
            watch.watch().refresh(Part.DATABASE);
        }).onError(error -> {
            actionRunning.set(false);
            String text = verb + " pid " + session.pid() + " failed: " + WatchFactory.describe(error);
            if (watch == watched) {
                actionOutcome.set(Outcome.FAILED);
                actionMessage.set(text);
            }
            shell.setStatus(text);
        }).start(shell.background());
    }

    /**
     * The inspector that sends signals: its own small pool (at most 2 connections) to the watch's database URL,
     * opened on the first action and closed with the watch. Kept apart from the poller's so an action never
     * waits behind a snapshot.
     */
    private DatabaseInspector inspectorFor(WatchModel watch, LoadedProfile loaded, boolean readOnly) throws Exception {
        synchronized (inspectorLock) {
            if (actionInspector == null || actionInspectorWatch != watch) {
                actionInspector = shell.service(loaded).openActionInspector(readOnly);
                actionInspectorWatch = watch;
                watch.watch().closeWithWatch(actionInspector);
            }
            return actionInspector;
        }
    }

    /** Asks the watch for a new database snapshot now. */
    public void refresh() {
        if (watched != null) {
            watched.watch().refresh(Part.DATABASE);
        }
    }

    // ------------------------------------------------------------------------------------------------ properties

    /** What terminating the last root blocker led to, and the next step; null before such an action. */
    public ReadOnlyObjectProperty<dev.signalbox.ops.AfterTermination> afterTerminationProperty() {
        return afterTermination.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DatabaseSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PartState<DatabaseSnapshot>> partStateProperty() {
        return partState.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LockTree> lockTreeProperty() {
        return lockTree.getReadOnlyProperty();
    }

    public ObservableList<Verdict> verdicts() {
        return verdicts;
    }

    public ObservableList<ExpectationResult> expectations() {
        return expectations;
    }

    /** The constraints that pass the filters. */
    public ObservableList<Constraint> constraints() {
        return constraints;
    }

    public int constraintCount() {
        return allConstraints.size();
    }

    public ObservableList<Constraint> allConstraints() {
        return allConstraints;
    }

    public ObservableList<InvalidIndex> invalidIndexes() {
        return invalidIndexes;
    }

    public ObservableList<BackendSession> sessions() {
        return sessions;
    }

    public BooleanProperty notValidOnlyProperty() {
        return notValidOnly;
    }

    public BooleanProperty foreignKeysOnlyProperty() {
        return foreignKeysOnly;
    }

    public BooleanProperty mismatchesOnlyProperty() {
        return mismatchesOnly;
    }

    public StringProperty constraintSearchProperty() {
        return constraintSearch;
    }

    /** The pid chosen in the lock tree or the sessions table; the session it names while it exists. */
    public ObjectProperty<Integer> selectedPidProperty() {
        return selectedPid;
    }

    public ReadOnlyObjectProperty<BackendSession> selectedSessionProperty() {
        return selectedSession.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty actionRunningProperty() {
        return actionRunning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty actionMessageProperty() {
        return actionMessage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Outcome> actionOutcomeProperty() {
        return actionOutcome.getReadOnlyProperty();
    }

    public ObjectProperty<Confirmation> confirmationProperty() {
        return confirmation;
    }

    public BooleanProperty readOnlyProperty() {
        return shell.readOnlyProperty();
    }

    /** What is being started while no profile is watched (the sandbox, with its latest step), or null. */
    public ReadOnlyStringProperty loadingProperty() {
        return shell.loadingProperty();
    }

    public ShellViewModel shell() {
        return shell;
    }

    public boolean watching() {
        return watched != null;
    }
}
