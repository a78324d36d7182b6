package dev.signalbox.ui.variables;

import dev.signalbox.config.Profile;
import dev.signalbox.config.Secret;
import dev.signalbox.ops.ActionOutcome;
import dev.signalbox.ops.GuardedAction;
import dev.signalbox.ops.Outcome;
import dev.signalbox.ops.RailwayActions;
import dev.signalbox.ops.VariableChange;
import dev.signalbox.railway.RailwayStatus;
import dev.signalbox.ui.railway.RailwayConsole;
import dev.signalbox.ui.railway.Tone;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One of the profile's toggles (bypass, maintenance) as the Variables view drives it: its state from the latest
 * snapshot, how to switch it (with or without a deploy; delete or write the off value), the outcome of the last
 * write as the guard verified it, and the previous value to restore. FX thread only.
 */
public final class ToggleControl {

    /** The ways to flip a toggle, each saying whether it triggers a deploy. */
    public enum Choice {
        ON_DEPLOY(true, true),
        ON_SKIP_DEPLOY(true, false),
        OFF_DELETE(false, true),
        OFF_VALUE_DEPLOY(false, true),
        OFF_VALUE_SKIP_DEPLOY(false, false);

        private final boolean on;
        private final boolean deploys;

        Choice(boolean on, boolean deploys) {
            this.on = on;
            this.deploys = deploys;
        }

        public boolean switchesOn() {
            return on;
        }

        public boolean triggersDeploy() {
            return deploys;
        }

        public String label(Profile.ToggleVariable toggle) {
            return switch (this) {
                case ON_DEPLOY -> "Set \"" + toggle.onValue() + "\" and let Railway deploy";
                case ON_SKIP_DEPLOY -> "Set \"" + toggle.onValue() + "\" without a deploy (seen after a redeploy)";
                case OFF_DELETE -> "Delete it (Railway deploys: a delete cannot skip it)";
                case OFF_VALUE_DEPLOY -> "Set \"" + toggle.offValue() + "\" and let Railway deploy";
                case OFF_VALUE_SKIP_DEPLOY -> "Set \"" + toggle.offValue() + "\" without a deploy (seen after a redeploy)";
            };
        }

        GuardedAction<VariableChange> action(RailwayActions actions, Profile.ToggleVariable toggle, java.util.Optional<String> current) {
            return switch (this) {
                case ON_DEPLOY -> actions.toggleOn(toggle, false, current);
                case ON_SKIP_DEPLOY -> actions.toggleOn(toggle, true, current);
                case OFF_DELETE -> actions.toggleOff(toggle, RailwayActions.OffMode.DELETE, current);
                case OFF_VALUE_DEPLOY -> actions.toggleOff(toggle, RailwayActions.OffMode.OFF_VALUE_DEPLOY, current);
                case OFF_VALUE_SKIP_DEPLOY -> actions.toggleOff(toggle, RailwayActions.OffMode.OFF_VALUE_SKIP_DEPLOY, current);
            };
        }
    }

    private final RailwayConsole console;
    private final Profile.ToggleVariable toggle;
    private final ReadOnlyObjectWrapper<RailwayStatus.ToggleState> state = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Tone> tone = new ReadOnlyObjectWrapper<>(Tone.NEUTRAL);
    private final ReadOnlyObjectWrapper<VariableChange> previous = new ReadOnlyObjectWrapper<>();

    ToggleControl(RailwayConsole console, Profile.ToggleVariable toggle) {
        this.console = console;
        this.toggle = toggle;
        updateChoices(false);
        // The default way back depends on what the last change replaced, whichever arrives first: it or the new state.
        previous.addListener((obs, old, now) -> updateChoices(state.get() != null && state.get().on()));
    }

    void show(RailwayStatus.ToggleState now) {
        boolean changed = state.get() == null || state.get().on() != now.on();
        state.set(now);
        if (changed) {
            updateChoices(now.on());
        }
    }

    private void updateChoices(boolean on) {
        List<Choice> available = new ArrayList<>();
        if (on) {
            // Switched ON here over an absent variable: OFF puts it back to absent, not to an offValue it never had.
            boolean wasAbsent = previous.get() != null && previous.get().previous().isEmpty();
            if (wasAbsent) {
                available.add(Choice.OFF_DELETE);
            }
            if (toggle.offValue() != null) {
                available.add(Choice.OFF_VALUE_DEPLOY);
                available.add(Choice.OFF_VALUE_SKIP_DEPLOY);
            }
            if (!wasAbsent) {
                available.add(Choice.OFF_DELETE);
            }
        } else {
            // Incident 4: the bypass only helps once a deployment starts with it, so deploying is the default.
            available.add(Choice.ON_DEPLOY);
            available.add(Choice.ON_SKIP_DEPLOY);
        }
        choices.setAll(available);
        choice.set(available.get(0));
    }

    /** Flips the toggle the chosen way, through the guard (confirmation, read-back, audit). */
    public void apply() {
        Choice chosen = choice.get();
        if (chosen == null || busy.get()) {
            return;
        }
        RailwayStatus.ToggleState now = state.get();
        java.util.Optional<String> current = now == null ? null : java.util.Optional.ofNullable(now.value());
        run(actions -> chosen.action(actions, toggle, current), false);
    }

    /** Puts back the value the last successful write replaced (or deletes the variable if it was absent). */
    public void restore() {
        VariableChange change = previous.get();
        if (change == null || busy.get()) {
            return;
        }
        run(actions -> actions.restore(change, !change.deployTriggered()), true);
    }

    private void run(java.util.function.Function<RailwayActions, GuardedAction<VariableChange>> action, boolean restoring) {
        busy.set(true);
        outcome.set(null);
        tone.set(Tone.NEUTRAL);
        message.set("Waiting for confirmation...");
        console.runGuarded(action, (ActionOutcome<VariableChange> result) -> {
            busy.set(false);
            outcome.set(result.outcome());
            tone.set(Tone.of(result.outcome()));
            message.set(result.outcome() + ": " + result.message()
                    + (result.auditProblem() != null ? " WARNING: " + result.auditProblem() : ""));
            if (result.succeeded()) {
                previous.set(restoring ? null : result.result());
            }
        }, error -> {
            busy.set(false);
            outcome.set(null);
            tone.set(Tone.DANGER);
            message.set("Nothing was changed: " + error.getMessage());
        });
    }

    public Profile.ToggleVariable toggle() {
        return toggle;
    }

    public String name() {
        return toggle.name();
    }

    /** The toggle as last read from Railway; null before the first snapshot. */
    public ReadOnlyObjectProperty<RailwayStatus.ToggleState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The ways to switch it from its current state, the first being the default. */
    public ObservableList<Choice> choices() {
        return choices;
    }

    public ObjectProperty<Choice> choiceProperty() {
        return choice;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The guard's outcome of the last write (SUCCEEDED, FAILED, UNVERIFIED, REFUSED, DECLINED), or null. */
    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tone> toneProperty() {
        return tone.getReadOnlyProperty();
    }

    /** The last successful write of this toggle, remembering what it replaced; null when there is nothing to restore. */
    public ReadOnlyObjectProperty<VariableChange> previousProperty() {
        return previous.getReadOnlyProperty();
    }

    /** What undoing the last change does, named by its effect ("Undo: switch maintenance ON again"), with before -> after. */
    public String restoreLabel() {
        VariableChange change = previous.get();
        if (change == null) {
            return "Undo the last change";
        }
        String back = change.previous().map(Secret::reveal).orElse(null);
        boolean backOn = back != null && back.equals(toggle.onValue());
        String now = change.requested().map(v -> "\"" + v.reveal() + "\"").orElse("absent");
        String after = back == null ? "absent" : "\"" + back + "\"";
        return "Undo: switch " + kindName(toggle) + (backOn ? " ON" : " OFF") + " again (" + now + " -> " + after + ")";
    }

    /** "maintenance", "bypass", or "toggle" for any other: what the buttons name. */
    public static String kindName(Profile.ToggleVariable toggle) {
        return toggle.kind() == Profile.ToggleKind.OTHER ? "toggle" : toggle.kind().name().toLowerCase(java.util.Locale.ROOT);
    }
}
