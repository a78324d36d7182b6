package dev.signalbox.ui.railway;

import dev.signalbox.config.ConfigException;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.monitor.Part;
import dev.signalbox.monitor.PartState;
import dev.signalbox.ops.ActionGuard;
import dev.signalbox.ops.ActionOutcome;
import dev.signalbox.ops.AuditRecord;
import dev.signalbox.ops.OpsContext;
import dev.signalbox.ops.Confirmation;
import dev.signalbox.ops.GuardedAction;
import dev.signalbox.ops.RailwayActions;
import dev.signalbox.railway.Pacer;
import dev.signalbox.railway.RailwayClient;
import dev.signalbox.railway.RailwayException;
import dev.signalbox.railway.RailwayStatus;
import dev.signalbox.railway.RailwayTarget;
import dev.signalbox.ui.common.Ages;
import dev.signalbox.ui.common.Background;
import dev.signalbox.ui.common.ConfirmationDialog;
import dev.signalbox.ui.common.WatchModel;
import dev.signalbox.ui.shell.ShellViewModel;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;

/**
 * What the Deployments and Variables views share: the watched profile's latest {@link RailwayStatus}, the part's
 * error, whether mutations are allowed (and why not), the guarded actions (guard + {@link ConfirmationDialog} +
 * {@link RailwayActions}) and the one {@link RedeployFlow}. One per shell, so a redeploy started in one view shows
 * its progress in the other. Properties change on the FX thread; Railway calls run in {@link Background}.
 */
public final class RailwayConsole {

    private final ShellViewModel shell;
    private final Confirmation confirmation;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<RailwayStatus> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("Waiting for a profile to watch.");
    private final ReadOnlyBooleanWrapper configured = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper profileReadOnly = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper generation = new ReadOnlyIntegerWrapper();
    private final BooleanBinding mutationsDisabled;
    private final StringBinding disabledReason;
    private final RedeployFlow redeploy;
    private final ChangeListener<PartState<?>> partListener = (obs, old, now) -> showPart(now);
    private WatchModel watched;
    private volatile LoadedProfile profile;
    private volatile boolean readOnlyNow;
    private Connection connection;

    /** The console of this shell (created on first use); call on the FX thread. */
    public static RailwayConsole of(ShellViewModel shell) {
        return shell.shared(RailwayConsole.class, () -> new RailwayConsole(shell, ConfirmationDialog.forFocusedWindow(),
                Pacer.sleeping(), shell.app().clock()));
    }

    /**
     * @param followPacer how following a new deployment waits between polls (tests advance the simulator's clock)
     */
    public RailwayConsole(ShellViewModel shell, Confirmation confirmation, Pacer followPacer, Clock clock) {
        this.shell = shell;
        this.confirmation = confirmation;
        this.clock = clock;
        mutationsDisabled = Bindings.createBooleanBinding(() -> shell.readOnlyProperty().get() || profileReadOnly.get()
                || !configured.get(), shell.readOnlyProperty(), profileReadOnly, configured);
        disabledReason = Bindings.createStringBinding(() -> {
            if (shell.readOnlyProperty().get()) {
                return "Read-only mode (--read-only): Signalbox changes nothing on Railway.";
            }
            if (profileReadOnly.get()) {
                return "The profile is read-only (\"readOnly\": true): Signalbox changes nothing on Railway.";
            }
            if (!configured.get()) {
                return "The watched profile has no Railway section: nothing to act on.";
            }
            return null;
        }, shell.readOnlyProperty(), profileReadOnly, configured);
        readOnlyNow = mutationsDisabled.get();
        mutationsDisabled.addListener((obs, old, now) -> readOnlyNow = now);
        redeploy = new RedeployFlow(this, followPacer, clock);
        shell.watchProperty().addListener((obs, old, now) -> watch(now));
        watch(shell.watchProperty().get());
    }

    private void watch(WatchModel model) {
        if (watched != null) {
            watched.part(Part.RAILWAY).removeListener(partListener);
        }
        watched = model;
        profile = model == null ? null : model.watch().profile();
        synchronized (this) {
            connection = null;
        }
        generation.set(generation.get() + 1);
        if (redeploy != null) {
            redeploy.forget();
        }
        status.set(null);
        error.set(null);
        profileReadOnly.set(profile != null && profile.profile().isReadOnly());
        if (model == null) {
            configured.set(false);
            notice.set("No profile is being watched yet (the sandbox may still be starting).");
            return;
        }
        model.part(Part.RAILWAY).addListener(partListener);
        showPart(model.part(Part.RAILWAY).get());
    }

    private void showPart(PartState<?> state) {
        configured.set(state != null && state.configured());
        if (state == null || !state.configured()) {
            notice.set("Profile " + (profile == null ? "?" : profile.name()) + " has no \"railway\" section: add one with a"
                    + " token reference and the project, environment and service ids (signalbox railway discover).");
            status.set(null);
            error.set(null);
            return;
        }
        if (state.loading()) {
            notice.set("Reading deployments and variables from Railway...");
        } else {
            notice.set(null);
        }
        error.set(state.error() == null ? null : "Railway could not be read"
                + (state.hasValue() ? " (showing what was known " + Ages.ago(state.updatedAt(), clock.instant()) + ")" : "")
                + ": " + state.error());
        if (state.value() instanceof RailwayStatus value) {
            status.set(value);
        }
    }

    /** The latest snapshot, or null before the first successful poll. */
    public ReadOnlyObjectProperty<RailwayStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The newest poll's failure (what failed, and that older data is shown), or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Why there is nothing to show yet (loading, not configured), or null. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty configuredProperty() {
        return configured.getReadOnlyProperty();
    }

    /** Increments whenever the watched profile changes: views forget revealed values and selections. */
    public ReadOnlyIntegerProperty generationProperty() {
        return generation.getReadOnlyProperty();
    }

    /** True in read-only mode, on a read-only profile, or without Railway: every mutating button binds to this. */
    public BooleanBinding mutationsDisabled() {
        return mutationsDisabled;
    }

    /** Why mutations are disabled (for tooltips), or null. */
    public StringBinding disabledReason() {
        return disabledReason;
    }

    public RedeployFlow redeploy() {
        return redeploy;
    }

    public ShellViewModel shell() {
        return shell;
    }

    /** Asks the watch to poll Railway now (after an action), off the FX thread. */
    public void refresh() {
        WatchModel model = shell.watchProperty().get();
        if (model != null) {
            model.watch().refresh(Part.RAILWAY);
        }
    }

    /** The client, target and actions of the watched profile. */
    public record Connection(LoadedProfile profile, RailwayClient client, RailwayTarget target, RailwayActions actions) {
    }

    /** Builds (once per watched profile) the client: resolves the token reference, so call it off the FX thread. */
    public Connection connection() throws ConfigException, RailwayException {
        LoadedProfile current = profile;
        if (current == null || current.profile().railway() == null) {
            throw new RailwayException(RailwayException.Kind.CONFIGURATION, "no watched profile with a \"railway\" section");
        }
        synchronized (this) {
            if (connection != null && connection.profile() == current) {
                return connection;
            }
        }
        RailwayClient client = shell.service(current).railwayClient();
        RailwayTarget target = RailwayTarget.of(current.profile().railway());
        Connection built = new Connection(current, client, target, new RailwayActions(client, target, current.profile()));
        synchronized (this) {
            if (profile == current) {
                connection = built;
            }
        }
        return built;
    }

    /** A guard for the current profile and read-only state, writing to the platform's audit log. */
    public ActionGuard guard(Connection on) {
        return shell.service(on.profile()).guard(readOnlyNow, confirmation, clock);
    }

    /**
     * Writes the audit record of a reveal (who, which name; never the value) in the background, then calls
     * {@code onRecorded} on the FX thread: a value is shown only once its reveal is on record.
     */
    public void recordReveal(String name, Runnable onRecorded, Consumer<Throwable> onError) {
        Background.run(() -> {
            Connection on = connection();
            return shell.app().auditLog().append(AuditRecord.reveal(
                    OpsContext.of(on.profile().profile(), readOnlyNow), on.actions().variableTarget(name), name, "the Variables view"));
        }).onSuccess(record -> onRecorded.run()).onError(onError).start();
    }

    /**
     * Runs one guarded action in the background (confirmation, perform, read-back, audit), then asks the watch for a
     * fresh poll. {@code onDone} gets every outcome (DECLINED and REFUSED included) on the FX thread; {@code onError}
     * gets what stopped it before the guard could run (token unreadable, ids missing).
     */
    public <R> void runGuarded(Function<RailwayActions, GuardedAction<R>> action, Consumer<ActionOutcome<R>> onDone,
                               Consumer<Throwable> onError) {
        Background.run(() -> {
            Connection on = connection();
            return guard(on).run(action.apply(on.actions()));
        }).onSuccess(outcome -> {
            onDone.accept(outcome);
            refresh();
        }).onError(onError).start();
    }
}
