package dev.signalbox.ui.variables;

import dev.signalbox.config.Profile;
import dev.signalbox.config.Secret;
import dev.signalbox.railway.RailwayStatus;
import dev.signalbox.railway.RequiredVariableCheck;
import dev.signalbox.ui.railway.RailwayConsole;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Variables view's state: the service's variables with values masked until a person reveals one (never
 * logged; everything is masked again when the profile changes or the view is left), the profile's toggles, and the
 * required-variable findings (which never carry values). FX thread only.
 */
public final class VariablesViewModel {
    /** Fixed width, so the mask does not tell the value's length. */
    public static final String MASK = "\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022";

    private final RailwayConsole console;
    private final ObservableList<VariableRow> variables = FXCollections.observableArrayList();
    private final Set<String> revealed = new HashSet<>();
    private final ObservableList<ToggleControl> toggles = FXCollections.observableArrayList();
    private final Map<String, ToggleControl> togglesByName = new LinkedHashMap<>();
    private final ObservableList<RequiredVariableCheck.Finding> required = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper requiredSummary = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper revealProblem = new ReadOnlyStringWrapper();
    private Map<String, Secret> shownValues = Map.of();

    /** One variable: its name and its value, shown masked unless revealed. */
    public static final class VariableRow {
        private final String name;
        private final Secret value;
        private final ReadOnlyBooleanWrapper revealed = new ReadOnlyBooleanWrapper();
        private final ReadOnlyStringWrapper shown = new ReadOnlyStringWrapper();
        private final boolean plain;

        VariableRow(String name, Secret value, boolean reveal, boolean plain) {
            this.name = name;
            this.value = value;
            this.plain = plain;
            setRevealed(reveal);
        }

        void setRevealed(boolean reveal) {
            revealed.set(reveal);
            shown.set(value.isEmpty() ? "(empty)" : reveal || plain ? value.reveal() : MASK);
        }

        /** Not a secret (ENVIRONMENT, RAILWAY_*, a toggle): shown in clear, nothing to reveal. */
        public boolean plain() {
            return plain;
        }

        public String name() {
            return name;
        }

        public ReadOnlyBooleanProperty revealedProperty() {
            return revealed.getReadOnlyProperty();
        }

        /** The mask, or the value in clear once revealed. */
        public ReadOnlyStringProperty shownProperty() {
            return shown.getReadOnlyProperty();
        }

        /** The value in clear, for copying on explicit demand; never log it. */
        public String reveal() {
            return value.reveal();
        }
    }

    private final ObservableList<dev.signalbox.deploy.DeploySettingsReport.Judgement> deployJudgements = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper deploySummary = new ReadOnlyStringWrapper("Deploy settings are read every few minutes.");
    private final javafx.beans.InvalidationListener deployListener = obs -> showDeploySettings();
    private dev.signalbox.ui.common.WatchModel deployWatched;

    public VariablesViewModel(RailwayConsole console) {
        this.console = console;
        console.shell().watchProperty().addListener((obs, old, now) -> followDeploySettings(now));
        followDeploySettings(console.shell().watchProperty().get());
        console.statusProperty().addListener((obs, old, now) -> show(now));
        console.generationProperty().addListener((obs, old, now) -> forget());
        forget();
        show(console.statusProperty().get());
    }

    private void followDeploySettings(dev.signalbox.ui.common.WatchModel watch) {
        if (deployWatched != null) {
            deployWatched.part(dev.signalbox.monitor.Part.DEPLOY_SETTINGS).removeListener(deployListener);
        }
        deployWatched = watch;
        if (watch != null) {
            watch.part(dev.signalbox.monitor.Part.DEPLOY_SETTINGS).addListener(deployListener);
        }
        showDeploySettings();
    }

    private void showDeploySettings() {
        dev.signalbox.monitor.PartState<dev.signalbox.deploy.DeploySettingsReport> state =
                deployWatched == null ? null : deployWatched.current(dev.signalbox.monitor.Part.DEPLOY_SETTINGS);
        if (state == null || !state.configured()) {
            deployJudgements.clear();
            deploySummary.set("Neither Railway nor a migrations location in this profile: no deploy settings to judge.");
        } else if (!state.hasValue()) {
            deployJudgements.clear();
            deploySummary.set(state.isFailing() ? "Deploy settings could not be read: " + state.error() : "Reading the deploy settings...");
        } else {
            var report = state.value();
            deployJudgements.setAll(report.judgements());
            List<String> seen = new ArrayList<>(report.notes());
            report.unavailable().forEach(u -> seen.add("could not read " + u));
            deploySummary.set((report.needsAttention() ? report.judgements().size() + " setting(s) to look at (hover one for its fix)."
                    : "Deploy settings as expected.") + (report.needsAttention() || seen.isEmpty() ? "" : " " + String.join("; ", seen)));
        }
    }

    /** The "Deploy settings" judgements (fact and fix each; never a variable's value). */
    public ObservableList<dev.signalbox.deploy.DeploySettingsReport.Judgement> deployJudgements() {
        return deployJudgements;
    }

    public ReadOnlyStringProperty deploySummaryProperty() {
        return deploySummary.getReadOnlyProperty();
    }

    private void forget() {
        revealed.clear();
        shownValues = Map.of();
        variables.clear();
        required.clear();
        requiredSummary.set(null);
        togglesByName.clear();
        var watch = console.shell().watchProperty().get();
        if (watch != null) {
            for (Profile.ToggleVariable toggle : watch.watch().profile().profile().toggles()) {
                togglesByName.put(toggle.name(), new ToggleControl(console, toggle));
            }
        }
        toggles.setAll(togglesByName.values());
    }

    private void show(RailwayStatus status) {
        if (status == null) {
            return;
        }
        Map<String, Secret> values = status.variables().values();
        if (!values.equals(shownValues)) {
            shownValues = values;
            List<VariableRow> rows = new ArrayList<>();
            values.forEach((name, value) -> rows.add(new VariableRow(name, value, revealed.contains(name), plain(name, value))));
            variables.setAll(rows);
        }
        for (RailwayStatus.ToggleState state : status.toggles()) {
            ToggleControl control = togglesByName.get(state.toggle().name());
            if (control != null) {
                control.show(state);
            }
        }
        required.setAll(status.required());
        long problems = status.required().stream().filter(f -> !f.ok()).count();
        requiredSummary.set(status.required().isEmpty() ? "The profile lists no required variables."
                : problems == 0 ? "All " + status.required().size() + " required variables are present and well-formed."
                : problems + " of " + status.required().size() + " required variables need attention.");
    }

    /**
     * Whether a value is shown unmasked: a toggle, a required variable the profile marks not secret, or a name and
     * value that do not look like a credential ({@link dev.signalbox.railway.VariableSet#looksSecret}). A required
     * variable the profile marks secret stays masked whatever its name.
     */
    private boolean plain(String name, Secret value) {
        var watch = console.shell().watchProperty().get();
        if (watch != null) {
            Profile profile = watch.watch().profile().profile();
            if (profile.toggles().stream().anyMatch(t -> t.name().equals(name))) {
                return true;
            }
            var required = profile.requiredVariables().stream().filter(r -> r.name().equals(name)).findFirst();
            if (required.isPresent()) {
                return !required.get().secret() && !dev.signalbox.railway.VariableSet.looksSecret(name, value.reveal());
            }
        }
        return !dev.signalbox.railway.VariableSet.looksSecret(name, value.reveal());
    }

    /** Shows one value in clear (an explicit demand), once the audit log records who revealed it. */
    public void reveal(String name) {
        revealProblem.set(null);
        console.recordReveal(name, () -> {
            revealed.add(name);
            row(name).ifPresent(row -> row.setRevealed(true));
        }, failure -> revealProblem.set(name + " was not shown: the audit record of who revealed it could not be written ("
                + (failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage()) + ")."));
    }

    /** Why the last reveal was not shown, or null. */
    public ReadOnlyStringProperty revealProblemProperty() {
        return revealProblem.getReadOnlyProperty();
    }

    public void hide(String name) {
        revealed.remove(name);
        row(name).ifPresent(row -> row.setRevealed(false));
    }

    /** Masks every value again (the view was left, or the profile changed). */
    public void maskAll() {
        revealed.clear();
        variables.forEach(row -> row.setRevealed(false));
    }

    private Optional<VariableRow> row(String name) {
        return variables.stream().filter(row -> row.name().equals(name)).findFirst();
    }

    public RailwayConsole console() {
        return console;
    }

    public ObservableList<VariableRow> variables() {
        return variables;
    }

    public ObservableList<ToggleControl> toggles() {
        return toggles;
    }

    public Optional<ToggleControl> toggle(String name) {
        return Optional.ofNullable(togglesByName.get(name));
    }

    public ObservableList<RequiredVariableCheck.Finding> required() {
        return required;
    }

    public ReadOnlyStringProperty requiredSummaryProperty() {
        return requiredSummary.getReadOnlyProperty();
    }
}
