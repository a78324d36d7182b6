package dev.signalbox.ui.migrations;

import dev.signalbox.config.LoadedProfile;
import dev.signalbox.migrations.GitState;
import dev.signalbox.migrations.LintFinding;
import dev.signalbox.migrations.MigrationException;
import dev.signalbox.migrations.MigrationProblem;
import dev.signalbox.migrations.MigrationSnapshot;
import dev.signalbox.migrations.MigrationRehearsal;
import dev.signalbox.migrations.RehearsalReport;
import dev.signalbox.migrations.Revision;
import dev.signalbox.monitor.Part;
import dev.signalbox.monitor.PartState;
import dev.signalbox.ui.common.Ages;
import dev.signalbox.ui.common.Background;
import dev.signalbox.ui.common.WatchModel;
import dev.signalbox.ui.migrations.MigrationsPage.RowFilter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the Migrations view, driven by the watch's MIGRATIONS part. Everything here lives on the FX thread;
 * laying out the graph and reading a revision file go through {@link Background}. A failing poll keeps the last
 * good page on screen and says what failed and how old the page is.
 */
public final class MigrationsViewModel {
    /**
     * The rehearsal engine for a profile's pending revisions, built by the composition root
     * ({@code app.ServiceContext#rehearsal}) without doing any work; this model runs it off the FX thread and may
     * cancel it. {@code progress} hears each stage.
     */
    @FunctionalInterface
    public interface Rehearser {
        MigrationRehearsal prepare(LoadedProfile profile, Consumer<String> progress);
    }

    private final Clock clock;
    private final Executor background;
    private final ObjectProperty<WatchModel> watch = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<PartState<?>> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<MigrationsPage> page = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper partMessage = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<StatusBanner.Tone> partMessageTone = new ReadOnlyObjectWrapper<>(StatusBanner.Tone.NEUTRAL);
    private final ReadOnlyStringWrapper freshness = new ReadOnlyStringWrapper("");
    private final ObservableList<RevisionRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<RowFilter> filter = new SimpleObjectProperty<>(RowFilter.ALL);
    private final ObjectProperty<RevisionRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<RevisionSource> source = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper sourceLoading = new ReadOnlyBooleanWrapper();
    private final IntegerProperty focusLine = new SimpleIntegerProperty(-1);
    private final ObservableList<LintFinding> lintFindings = FXCollections.observableArrayList();
    private final ObservableList<MigrationProblem> problems = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<GitState> git = new ReadOnlyObjectWrapper<>();
    private final ChangeListener<PartState<?>> partListener = (obs, old, now) -> onState(now);
    private final ReadOnlyStringWrapper schemaHint = new ReadOnlyStringWrapper("");
    private final ChangeListener<PartState<?>> databaseListener = (obs, old, now) -> onDatabase(now);
    private final Rehearser rehearser;
    private final ReadOnlyBooleanWrapper rehearsing = new ReadOnlyBooleanWrapper();
    private final ObservableList<String> rehearsalSteps = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<RehearsalReport> rehearsal = new ReadOnlyObjectWrapper<>();
    private final ObservableList<RehearsalVerdict> rehearsalVerdicts = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper rehearsalError = new ReadOnlyStringWrapper();
    private long pageRequest;
    private long sourceRequest;
    private long rehearsalRequest;
    private MigrationRehearsal runningRehearsal;
    private final ReadOnlyBooleanWrapper cancellingRehearsal = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper rehearsalCancelled = new ReadOnlyBooleanWrapper();

    public MigrationsViewModel(ObservableValue<WatchModel> watchSource, Clock clock) {
        this(watchSource, clock, Background.executor());
    }

    /** @param background where the graph is laid out and revision files read (a test passes a current-thread one) */
    public MigrationsViewModel(ObservableValue<WatchModel> watchSource, Clock clock, Executor background) {
        this(watchSource, clock, background, null);
    }

    /** @param rehearser the rehearsal engine, or null for a view without the Rehearse action */
    public MigrationsViewModel(ObservableValue<WatchModel> watchSource, Clock clock, Executor background, Rehearser rehearser) {
        this.clock = clock;
        this.background = background;
        this.rehearser = rehearser;
        watch.addListener((obs, old, now) -> attach(old, now));
        watch.bind(watchSource);
        if (watch.get() == null) {
            attach(null, null);
        }
        filter.addListener((obs, old, now) -> showRows());
        selected.addListener((obs, old, now) -> {
            if (now == null || old == null || !old.id().equals(now.id()) || !Objects.equals(old.revision(), now.revision())
                    || !old.findings().equals(now.findings())) {
                loadSource(now);
            }
        });
    }

    private void attach(WatchModel old, WatchModel now) {
        if (old != null) {
            old.part(Part.MIGRATIONS).removeListener(partListener);
            old.part(Part.DATABASE).removeListener(databaseListener);
        }
        schemaHint.set("");
        // Another profile: what we showed belongs to the previous one.
        pageRequest++;
        page.set(null);
        rows.clear();
        selected.set(null);
        lintFindings.clear();
        problems.clear();
        git.set(null);
        rehearsalRequest++;
        // A rehearsal of the profile no longer shown would only hold a copy and a child process: end it.
        cancelRunningRehearsal();
        rehearsing.set(false);
        cancellingRehearsal.set(false);
        rehearsalCancelled.set(false);
        rehearsalSteps.clear();
        rehearsal.set(null);
        rehearsalVerdicts.clear();
        rehearsalError.set(null);
        if (now != null) {
            now.part(Part.MIGRATIONS).addListener(partListener);
            now.part(Part.DATABASE).addListener(databaseListener);
            onState(now.part(Part.MIGRATIONS).get());
            onDatabase(now.part(Part.DATABASE).get());
        } else {
            onState(null);
        }
    }

    private void onState(PartState<?> now) {
        state.set(now);
        describe(clock.instant());
        if (now != null && now.value() instanceof MigrationSnapshot snapshot
                && (page.get() == null || page.get().snapshot() != snapshot)) {
            long request = ++pageRequest;
            WatchModel from = watch.get();
            Background.run(() -> MigrationsPage.build(snapshot))
                    .onSuccess(built -> {
                        if (request == pageRequest && from == watch.get()) {
                            showPage(built);
                        }
                    })
                    .onError(error -> {
                        if (request == pageRequest) {
                            partMessage.set("Cannot lay out the revision graph of this snapshot: " + error.getMessage());
                            partMessageTone.set(StatusBanner.Tone.DANGER);
                        }
                    })
                    .start(background);
        }
    }

    /**
     * "Up to date" is about revisions only: when the schema disagrees with the profile's expectations (incident 5: the
     * fix migration never ran, or ran elsewhere), the banner says so too.
     */
    void onDatabase(PartState<?> now) {
        if (now == null || !(now.value() instanceof dev.signalbox.database.DatabaseSnapshot database)
                || !database.disagreesWithExpectations()) {
            schemaHint.set("");
            return;
        }
        List<String> problems = database.expectations().stream().filter(e -> !e.ok()
                        && e.status() != dev.signalbox.database.ExpectationResult.Status.INVALID)
                .map(e -> e.expectation() + ": " + (e.problems().isEmpty() ? e.status().json() : e.problems().get(0))).toList();
        schemaHint.set("But the schema disagrees with the profile's expectations (" + String.join("; ", problems) + "): a"
                + " migration that should fix it has not run on this database, or none exists yet. See Database > Constraints"
                + " for the fix.");
    }

    /** Empty, or why the schema disagrees with the expectations although the revisions may be up to date. */
    public ReadOnlyStringProperty schemaHintProperty() {
        return schemaHint.getReadOnlyProperty();
    }

    /** Applies a built page; also the entry point for tests that build pages without a watch. */
    void showPage(MigrationsPage built) {
        MigrationsPage previous = page.get();
        page.set(built);
        MigrationSnapshot snapshot = built.snapshot();
        // Before the rows: selecting a row fills the details, which read the git state.
        git.set(snapshot.git());
        if (previous == null || !previous.rows().equals(built.rows())) {
            showRows();
        }
        if (!lintFindings.equals(snapshot.lint())) {
            lintFindings.setAll(snapshot.lint());
        }
        if (!problems.equals(snapshot.problems())) {
            problems.setAll(snapshot.problems());
        }
        describe(clock.instant());
    }

    private void showRows() {
        MigrationsPage current = page.get();
        if (current == null) {
            rows.clear();
            return;
        }
        String keep = selected.get() == null ? null : selected.get().id();
        rows.setAll(current.rows(filter.get()));
        RevisionRow again = keep == null ? null : current.row(keep);
        if (again == null) {
            again = interestingRow(current);
        }
        selected.set(again);
    }

    /** What a person opening the view wants to see first: the unknown revision, else the next to apply, else current. */
    private static RevisionRow interestingRow(MigrationsPage page) {
        MigrationSnapshot snapshot = page.snapshot();
        if (!snapshot.unknown().isEmpty()) {
            return page.row(snapshot.unknown().get(0).revision());
        }
        if (!snapshot.pending().isEmpty()) {
            return page.row(snapshot.pending().get(0).id());
        }
        return page.rows().stream().filter(r -> r.mark() == RevisionRow.Mark.CURRENT).findFirst()
                .orElse(page.rows().isEmpty() ? null : page.rows().get(0));
    }

    private void loadSource(RevisionRow row) {
        long request = ++sourceRequest;
        source.set(null);
        Revision revision = row == null ? null : row.revision();
        if (revision == null || revision.file() == null) {
            sourceLoading.set(false);
            return;
        }
        sourceLoading.set(true);
        Path file = revision.file();
        List<LintFinding> findings = row.findings();
        Background.run(() -> RevisionSource.read(revision.id(), file, findings))
                .onSuccess(read -> {
                    if (request == sourceRequest) {
                        source.set(read);
                        sourceLoading.set(false);
                    }
                })
                .onError(error -> {
                    if (request == sourceRequest) {
                        source.set(new RevisionSource(revision.id(), file, List.of(), "", "Cannot read " + file + ": " + error.getMessage()));
                        sourceLoading.set(false);
                    }
                })
                .start(background);
    }

    /** Selects a revision by id, showing every row again if the filter hides it. */
    public void select(String revision) {
        MigrationsPage current = page.get();
        RevisionRow row = current == null ? null : current.row(revision);
        if (row == null) {
            return;
        }
        if (!filter.get().accepts(row)) {
            filter.set(RowFilter.ALL);
        }
        selected.set(row);
    }

    /** Shows a lint finding: its revision, scrolled to its line. */
    public void show(LintFinding finding) {
        select(finding.revision());
        focusLine.set(-1);
        focusLine.set(finding.line());
    }

    /** Shows the revision whose file a problem names, when there is one. */
    public void show(MigrationProblem problem) {
        MigrationsPage current = page.get();
        if (problem.file() == null || current == null) {
            return;
        }
        String id = current.revisionsByFile().get(problem.file().toAbsolutePath().normalize());
        if (id != null) {
            select(id);
            if (problem.line() > 0) {
                focusLine.set(-1);
                focusLine.set(problem.line());
            }
        }
    }

    /** True when this view can rehearse: an engine was given, a profile is watched and no rehearsal is running. */
    public boolean canRehearse() {
        return rehearser != null && watch.get() != null && !rehearsing.get();
    }

    /**
     * Runs the watched profile's pending revisions on a throwaway copy in the background; the steps arrive in
     * {@link #rehearsalSteps()}, then the verdicts in {@link #rehearsalVerdicts()} (or {@link #rehearsalErrorProperty()}).
     * Production is only read, so there is nothing to confirm.
     */
    public void rehearse() {
        if (!canRehearse()) {
            return;
        }
        LoadedProfile profile = watch.get().watch().profile();
        long request = ++rehearsalRequest;
        rehearsing.set(true);
        rehearsalSteps.clear();
        rehearsal.set(null);
        rehearsalVerdicts.clear();
        rehearsalError.set(null);
        cancellingRehearsal.set(false);
        rehearsalCancelled.set(false);
        MigrationRehearsal engine = rehearser.prepare(profile, step -> Platform.runLater(() -> {
            if (request == rehearsalRequest) {
                rehearsalSteps.add(step);
            }
        }));
        runningRehearsal = engine;
        Background.run(engine::run)
                .onSuccess(report -> {
                    if (runningRehearsal == engine) {
                        runningRehearsal = null;
                    }
                    if (request == rehearsalRequest) {
                        cancellingRehearsal.set(false);
                        rehearsing.set(false);
                        rehearsal.set(report);
                        rehearsalVerdicts.setAll(RehearsalVerdict.of(report));
                    }
                })
                .onError(error -> {
                    if (runningRehearsal == engine) {
                        runningRehearsal = null;
                    }
                    if (request == rehearsalRequest) {
                        rehearsing.set(false);
                        cancellingRehearsal.set(false);
                        if (error instanceof MigrationRehearsal.Cancelled) {
                            rehearsalCancelled.set(true);
                            rehearsalError.set("The rehearsal of " + profile.name() + " was cancelled. Production was only"
                                    + " read; the copy is removed.");
                            return;
                        }
                        if (error instanceof MigrationException setting && setting.isConfiguration()) {
                            // Refused before anything ran: no copy was made, the profile (or its alembic.ini) needs an edit.
                            rehearsalError.set("The rehearsal of " + profile.name() + " cannot start: " + setting.getMessage()
                                    + ". Nothing was run.");
                            return;
                        }
                        rehearsalError.set("The rehearsal of " + profile.name() + " did not finish: " + (error.getMessage() == null
                                ? error.getClass().getSimpleName() : error.getMessage()) + ". Production was only read; the copy is removed.");
                    }
                })
                .start(background);
    }

    /**
     * Stops the running rehearsal: the command running on the copy is ended and the copy removed (in the background:
     * ending a process group runs {@code kill}); {@link #rehearsalErrorProperty()} then says it was cancelled.
     */
    public void cancelRehearsal() {
        if (rehearsing.get() && runningRehearsal != null && !cancellingRehearsal.get()) {
            cancellingRehearsal.set(true);
            cancelRunningRehearsal();
        }
    }

    private void cancelRunningRehearsal() {
        MigrationRehearsal engine = runningRehearsal;
        if (engine != null) {
            runningRehearsal = null;
            background.execute(engine::cancel);
        }
    }

    /** True when the last rehearsal ended because it was cancelled ({@link #rehearsalErrorProperty()} says so). */
    public ReadOnlyBooleanProperty rehearsalCancelledProperty() {
        return rehearsalCancelled.getReadOnlyProperty();
    }

    /** True from a cancel until the rehearsal has stopped. */
    public ReadOnlyBooleanProperty cancellingRehearsalProperty() {
        return cancellingRehearsal.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty rehearsingProperty() {
        return rehearsing.getReadOnlyProperty();
    }

    /** What the running (or last) rehearsal did so far, one stage a line ("Starting a throwaway PostgreSQL..."). */
    public ObservableList<String> rehearsalSteps() {
        return rehearsalSteps;
    }

    /** The last rehearsal's report, null before one finished. */
    public ReadOnlyObjectProperty<RehearsalReport> rehearsalProperty() {
        return rehearsal.getReadOnlyProperty();
    }

    /** One per pending revision of the last rehearsal, in upgrade order. */
    public ObservableList<RehearsalVerdict> rehearsalVerdicts() {
        return rehearsalVerdicts;
    }

    /** Why the last rehearsal could not run (no copy could start, the upgrade command is unusable...), else null. */
    public ReadOnlyStringProperty rehearsalErrorProperty() {
        return rehearsalError.getReadOnlyProperty();
    }

    /** Asks the watch for a new migrations check now (off the FX thread). */
    public void refresh() {
        WatchModel current = watch.get();
        if (current != null) {
            current.watch().refresh(Part.MIGRATIONS);
        }
    }

    /** Re-reads the clock for "updated N s ago"; the view calls it every second. */
    public void tick() {
        describe(clock.instant());
    }

    private void describe(Instant now) {
        PartState<?> s = state.get();
        String age = s == null || s.updatedAt() == null ? null : Ages.ago(s.updatedAt(), now);
        if (s == null) {
            partMessage.set("Not watching a profile yet: choose one in the header (the built-in sandbox takes a few seconds to start).");
            partMessageTone.set(StatusBanner.Tone.NEUTRAL);
            freshness.set("");
        } else if (!s.configured()) {
            partMessage.set("This profile has no migrations section: set migrations.location (an alembic.ini, a"
                    + " pyproject.toml or the versions folder) in the profile to see the revision graph here.");
            partMessageTone.set(StatusBanner.Tone.NEUTRAL);
            freshness.set("");
        } else if (s.isFailing()) {
            String times = s.failures() > 1 ? " (" + s.failures() + " times in a row)" : "";
            partMessage.set("The migrations check failed" + times + ": " + s.error()
                    + (s.hasValue() ? " Showing the last good result, from " + age + "." : ""));
            partMessageTone.set(StatusBanner.Tone.DANGER);
            freshness.set(s.hasValue() ? "last updated " + age : "never updated");
        } else if (!s.hasValue()) {
            partMessage.set("Reading the revision files and the database's version table...");
            partMessageTone.set(StatusBanner.Tone.NEUTRAL);
            freshness.set("");
        } else if (page.get() == null) {
            partMessage.set("Laying out the revision graph...");
            partMessageTone.set(StatusBanner.Tone.NEUTRAL);
            freshness.set("updated " + age);
        } else {
            partMessage.set(null);
            freshness.set("updated " + age);
        }
    }

    public ReadOnlyObjectProperty<PartState<?>> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MigrationsPage> pageProperty() {
        return page.getReadOnlyProperty();
    }

    /** Null when everything is fine; else what is wrong with the part (or that it is still loading). */
    public ReadOnlyStringProperty partMessageProperty() {
        return partMessage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StatusBanner.Tone> partMessageToneProperty() {
        return partMessageTone.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty freshnessProperty() {
        return freshness.getReadOnlyProperty();
    }

    /** The rows the filter lets through, in {@code alembic history} order. */
    public ObservableList<RevisionRow> rows() {
        return rows;
    }

    public ObjectProperty<RowFilter> filterProperty() {
        return filter;
    }

    public ObjectProperty<RevisionRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<RevisionSource> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sourceLoadingProperty() {
        return sourceLoading.getReadOnlyProperty();
    }

    /** The source line the view should scroll to (a lint finding or problem was opened); -1 for none. */
    public IntegerProperty focusLineProperty() {
        return focusLine;
    }

    public ObservableList<LintFinding> lintFindings() {
        return lintFindings;
    }

    public ObservableList<MigrationProblem> problems() {
        return problems;
    }

    public ReadOnlyObjectProperty<GitState> gitProperty() {
        return git.getReadOnlyProperty();
    }
}
