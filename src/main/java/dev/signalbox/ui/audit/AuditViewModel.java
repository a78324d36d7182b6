package dev.signalbox.ui.audit;

import dev.signalbox.ops.AuditLog;
import dev.signalbox.ops.AuditRecord;
import dev.signalbox.ops.Outcome;
import dev.signalbox.ui.common.Background;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The audit log as the audit view shows it: every record newest first, filtered by free text, action, outcome and
 * profile, with the selected record's before/after. The file is read off the FX thread ({@link #refresh()}).
 */
public final class AuditViewModel {
    public static final String ALL_ACTIONS = "All actions";
    public static final String ALL_PROFILES = "All profiles";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    /** The outcome choices; "problems" is what an on-call engineer looks for first. */
    public enum OutcomeFilter {
        ALL("All outcomes", EnumSet.allOf(Outcome.class)),
        PROBLEMS("Failed, refused or unverified", EnumSet.of(Outcome.FAILED, Outcome.REFUSED, Outcome.UNVERIFIED)),
        SUCCEEDED("Succeeded", EnumSet.of(Outcome.SUCCEEDED)),
        FAILED("Failed", EnumSet.of(Outcome.FAILED)),
        UNVERIFIED("Unverified", EnumSet.of(Outcome.UNVERIFIED)),
        REFUSED("Refused", EnumSet.of(Outcome.REFUSED)),
        DECLINED("Declined", EnumSet.of(Outcome.DECLINED));

        private final String label;
        private final Set<Outcome> outcomes;

        OutcomeFilter(String label, Set<Outcome> outcomes) {
            this.label = label;
            this.outcomes = outcomes;
        }

        public boolean accepts(Outcome outcome) {
            return this == ALL || outcomes.contains(outcome);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** One line of the before/after comparison. */
    public record Change(String name, String before, String after) {
        public boolean changed() {
            return before == null ? after != null : !before.equals(after);
        }
    }

    private final AuditLog log;
    private final ZoneId zone;
    private final ObservableList<AuditRecord> records = FXCollections.observableArrayList();
    private final ObservableList<AuditRecord> recordsView = FXCollections.unmodifiableObservableList(records);
    private final FilteredList<AuditRecord> visible = new FilteredList<>(records);
    private final ObservableList<String> actions = FXCollections.observableArrayList(ALL_ACTIONS);
    private final ObservableList<String> actionsView = FXCollections.unmodifiableObservableList(actions);
    private final ObservableList<String> profiles = FXCollections.observableArrayList(ALL_PROFILES);
    private final ObservableList<String> profilesView = FXCollections.unmodifiableObservableList(profiles);
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ObjectProperty<String> action = new SimpleObjectProperty<>(ALL_ACTIONS);
    private final ObjectProperty<OutcomeFilter> outcome = new SimpleObjectProperty<>(OutcomeFilter.ALL);
    private final ObjectProperty<String> profile = new SimpleObjectProperty<>(ALL_PROFILES);
    private final ObjectProperty<AuditRecord> selected = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("Not read yet");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty count = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private boolean refreshAgain;

    public AuditViewModel(AuditLog log) {
        this(log, ZoneId.systemDefault());
    }

    AuditViewModel(AuditLog log, ZoneId zone) {
        this.log = log;
        this.zone = zone;
        filterText.addListener((obs, old, now) -> applyFilter());
        action.addListener((obs, old, now) -> applyFilter());
        outcome.addListener((obs, old, now) -> applyFilter());
        profile.addListener((obs, old, now) -> applyFilter());
        applyFilter();
    }

    public AuditLog log() {
        return log;
    }

    /** Reads the log file off the FX thread; a refresh asked for while one runs runs once more after it. */
    public void refresh() {
        if (loading.get()) {
            refreshAgain = true;
            return;
        }
        loading.set(true);
        status.set("Reading " + log.file() + "...");
        Background.run(log::read).onSuccess(entries -> {
            loading.set(false);
            show(entries, Instant.now());
            again();
        }).onError(failure -> {
            loading.set(false);
            failed(failure);
            again();
        }).start();
    }

    private void again() {
        if (refreshAgain) {
            refreshAgain = false;
            refresh();
        }
    }

    /** Shows what was read, newest first, keeping the filters and, when it is still there, the selection. */
    void show(AuditLog.Entries entries, Instant readAt) {
        AuditRecord keep = selected.get();
        List<AuditRecord> newestFirst = new ArrayList<>(entries.records());
        Collections.reverse(newestFirst);
        Set<String> actionNames = new TreeSet<>();
        Set<String> profileNames = new TreeSet<>();
        for (AuditRecord record : newestFirst) {
            if (record.action() != null) {
                actionNames.add(record.action());
            }
            if (record.profile() != null) {
                profileNames.add(record.profile());
            }
        }
        String chosenAction = action.get();
        String chosenProfile = profile.get();
        List<String> actionChoices = new ArrayList<>(List.of(ALL_ACTIONS));
        actionChoices.addAll(actionNames);
        List<String> profileChoices = new ArrayList<>(new LinkedHashSet<>(List.of(ALL_PROFILES)));
        profileChoices.addAll(profileNames);
        // A filter on a value the new read no longer has is kept, so the person sees "0 of N" rather than a surprise.
        if (!actionChoices.contains(chosenAction)) {
            actionChoices.add(chosenAction);
        }
        if (!profileChoices.contains(chosenProfile)) {
            profileChoices.add(chosenProfile);
        }
        actions.setAll(actionChoices);
        profiles.setAll(profileChoices);
        action.set(chosenAction);
        profile.set(chosenProfile);
        records.setAll(newestFirst);
        problems.setAll(entries.problems());
        error.set("");
        status.set(entries.records().isEmpty() && entries.problems().isEmpty()
                ? "No action recorded yet (read " + clock(readAt) + ")"
                : entries.records().size() + " record(s), read " + clock(readAt));
        selected.set(keep != null && records.contains(keep) ? keep : null);
        updateCount();
    }

    void failed(Throwable failure) {
        String why;
        if (failure instanceof AccessDeniedException) {
            why = "permission denied; check that your user can read it";
        } else if (failure instanceof IOException io) {
            why = io.getClass().getSimpleName() + (io.getMessage() == null ? "" : ": " + io.getMessage());
        } else {
            why = failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        }
        error.set("Cannot read the audit log " + log.file() + " (" + why + ")."
                + (records.isEmpty() ? "" : " Showing what was read before."));
        status.set("Read failed at " + clock(Instant.now()));
    }

    private void applyFilter() {
        String text = filterText.get() == null ? "" : filterText.get().strip().toLowerCase(Locale.ROOT);
        String actionChoice = action.get();
        String profileChoice = profile.get();
        OutcomeFilter outcomeChoice = outcome.get() == null ? OutcomeFilter.ALL : outcome.get();
        Predicate<AuditRecord> predicate = record ->
                (actionChoice == null || ALL_ACTIONS.equals(actionChoice) || actionChoice.equals(record.action()))
                && (profileChoice == null || ALL_PROFILES.equals(profileChoice) || profileChoice.equals(record.profile()))
                && (record.outcome() == null ? outcomeChoice == OutcomeFilter.ALL : outcomeChoice.accepts(record.outcome()))
                && (text.isEmpty() || searchText(record).contains(text));
        visible.setPredicate(predicate);
        if (selected.get() != null && !visible.contains(selected.get())) {
            selected.set(null);
        }
        updateCount();
    }

    private void updateCount() {
        count.set(visible.size() == records.size() ? records.size() + " record(s)"
                : visible.size() + " of " + records.size() + " record(s)");
    }

    /** Everything a person could be searching for in one record, lower case. */
    private String searchText(AuditRecord record) {
        StringBuilder text = new StringBuilder();
        for (Object part : new Object[] {time(record.time()), record.user(), record.profile(), record.environment(),
                record.action(), record.target(), record.summary(), record.outcome(), record.message()}) {
            if (part != null) {
                text.append(part).append('\n');
            }
        }
        record.before().forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        record.after().forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        return text.toString().toLowerCase(Locale.ROOT);
    }

    /** Before and after side by side, keys in the order the action wrote them. */
    public static List<Change> changes(AuditRecord record) {
        if (record == null) {
            return List.of();
        }
        Set<String> keys = new LinkedHashSet<>(record.before().keySet());
        keys.addAll(record.after().keySet());
        List<Change> changes = new ArrayList<>();
        for (String key : keys) {
            changes.add(new Change(key, record.before().get(key), record.after().get(key)));
        }
        return changes;
    }

    /** Local time, to the second. */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    private String clock(Instant instant) {
        return DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT).format(instant.atZone(zone));
    }

    public ObservableList<AuditRecord> visibleRecords() {
        return visible;
    }

    public ObservableList<AuditRecord> allRecords() {
        return recordsView;
    }

    public ObservableList<String> actions() {
        return actionsView;
    }

    public ObservableList<String> profiles() {
        return profilesView;
    }

    public ObservableList<String> problems() {
        return problemsView;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<String> actionProperty() {
        return action;
    }

    public ObjectProperty<OutcomeFilter> outcomeProperty() {
        return outcome;
    }

    public ObjectProperty<String> profileProperty() {
        return profile;
    }

    public ObjectProperty<AuditRecord> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyStringProperty countProperty() {
        return count;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }
}
