package dev.signalbox.ui.health;

import dev.signalbox.health.EndpointHealth;
import dev.signalbox.health.FailureClass;
import dev.signalbox.health.HealthEndpoint;
import dev.signalbox.health.HealthHistory;
import dev.signalbox.health.HealthMonitor;
import dev.signalbox.health.HealthSnapshot;
import dev.signalbox.health.HealthTransition;
import dev.signalbox.health.HealthVerdict;
import dev.signalbox.health.ProbeSample;
import dev.signalbox.health.ProbeTimings;
import dev.signalbox.health.RuleResult;
import dev.signalbox.health.WindowStats;
import dev.signalbox.monitor.Part;
import dev.signalbox.monitor.PartState;
import dev.signalbox.ui.common.Background;
import dev.signalbox.ui.common.ListUpdates;
import dev.signalbox.ui.common.WatchModel;
import dev.signalbox.ui.shell.ProfileChoice;
import dev.signalbox.ui.shell.ShellViewModel;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;

/**
 * What the health view shows, as JavaFX properties: the service's verdict and why, one card per endpoint,
 * a bounded latency series per endpoint, recent samples, transitions, and the rules with their outcome.
 * Fed with {@code PartState<HealthSnapshot>} on the FX thread; testable without a window through {@link #show}.
 */
public final class HealthViewModel {
    /** Points per endpoint in the latency chart: a few minutes at deploy-time polling, and cheap to redraw. */
    static final int MAX_CHART_POINTS = 240;
    /** Rows in the samples table. */
    static final int MAX_SAMPLES = 300;
    /** How far back the chart and the table start when the view opens on a monitor that already ran. */
    static final Duration HISTORY_SEED = Duration.ofMinutes(30);

    /** What the view can show at the moment. */
    public enum Mode {
        /** No watch: no profile chosen, the sandbox is starting, or the profile is invalid. */
        NO_PROFILE,
        /** The profile has no {@code api} section. */
        NO_API,
        /** Probing, no answer yet. */
        PROBING,
        /** Health cannot be watched (an invalid base URL) and there is nothing to show. */
        FAILED,
        /** A snapshot is shown. */
        SHOWING
    }

    /** One endpoint, written for a person. */
    public record EndpointCard(String name, String url, HealthVerdict verdict, String since, List<String> reasons,
                               String lastAnswer, String dns, String connect, String tls, String firstByte, String total,
                               String failure, Map<String, String> fields, List<String> windows, String nextProbe) {
        public EndpointCard {
            reasons = List.copyOf(reasons);
            fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
            windows = List.copyOf(windows);
        }
    }

    /** One probe in the samples table. {@code -1} latencies mean "did not happen". */
    public record SampleRow(Instant time, String endpoint, int httpStatus, HealthVerdict verdict, double firstByteMillis,
                            double totalMillis, FailureClass failure) {
    }

    /** How a rule came out on the latest answers. */
    public enum RuleOutcome {
        HOLDS("holds"), BROKEN("broken"), NOT_CHECKED("not checked");

        private final String label;

        RuleOutcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One rule the verdict is judged by, with what happened on the latest answer. */
    public record RuleRow(String scope, String rule, RuleOutcome outcome, String detail) {
        /** What names a rule from one snapshot to the next, whatever its outcome. */
        public List<String> key() {
            return List.of(scope, rule);
        }
    }

    private final ZoneId zone;
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.NO_PROFILE);
    private final StringProperty emptyTitle = new SimpleStringProperty("No profile watched");
    private final StringProperty emptyDetail = new SimpleStringProperty("Choose a profile in the header.");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty service = new SimpleStringProperty("");
    private final ObjectProperty<HealthVerdict> verdict = new SimpleObjectProperty<>(HealthVerdict.UNKNOWN);
    private final StringProperty since = new SimpleStringProperty("");
    private final StringProperty updated = new SimpleStringProperty("");
    private final ObservableList<String> reasons = FXCollections.observableArrayList();
    private final ObservableList<String> reasonsView = FXCollections.unmodifiableObservableList(reasons);
    private final ObservableList<EndpointCard> endpoints = FXCollections.observableArrayList();
    private final ObservableList<EndpointCard> endpointsView = FXCollections.unmodifiableObservableList(endpoints);
    private final ObservableList<SampleRow> samples = FXCollections.observableArrayList();
    private final ObservableList<SampleRow> samplesView = FXCollections.unmodifiableObservableList(samples);
    private final ObservableList<HealthTransition> transitions = FXCollections.observableArrayList();
    private final ObservableList<HealthTransition> transitionsView = FXCollections.unmodifiableObservableList(transitions);
    private final ObservableList<RuleRow> rules = FXCollections.observableArrayList();
    private final ObservableList<RuleRow> rulesView = FXCollections.unmodifiableObservableList(rules);
    private final ObservableList<XYChart.Series<Number, Number>> latencySeries = FXCollections.observableArrayList();
    private final Map<String, XYChart.Series<Number, Number>> seriesByEndpoint = new LinkedHashMap<>();
    private final Map<String, Instant> newestSeen = new HashMap<>();
    private final Map<String, Instant> oldestSeen = new HashMap<>();
    private final ChangeListener<PartState<?>> partListener = (obs, old, now) -> show(now);
    private WatchModel watch;
    private int generation;

    public HealthViewModel() {
        this(ZoneId.systemDefault());
    }

    HealthViewModel(ZoneId zone) {
        this.zone = zone;
    }

    /** A view model that follows the shell's watch (it changes with the chosen profile). */
    public static HealthViewModel following(ShellViewModel shell) {
        HealthViewModel model = new HealthViewModel();
        Runnable explainNoWatch = () -> model.explainNoWatch(shell.profileProperty().get());
        shell.profileProperty().addListener((obs, old, now) -> explainNoWatch.run());
        explainNoWatch.run();
        shell.watchProperty().addListener((obs, old, now) -> model.attach(now));
        model.attach(shell.watchProperty().get());
        return model;
    }

    /** Shows the health part of {@code model} from now on; null shows the "no profile" state. FX thread. */
    public void attach(WatchModel model) {
        generation++;
        if (watch != null) {
            watch.part(Part.HEALTH).removeListener(partListener);
        }
        watch = model;
        clear();
        if (model == null) {
            mode.set(Mode.NO_PROFILE);
            return;
        }
        model.part(Part.HEALTH).addListener(partListener);
        show(model.current(Part.HEALTH));
        HealthMonitor monitor = model.watch().healthMonitor();
        if (monitor != null) {
            seedFromHistory(monitor, generation);
        }
    }

    /** Asks the watch for a probe of every endpoint now (the refresh button). */
    public void refresh() {
        if (watch != null) {
            watch.watch().refresh(Part.HEALTH);
        }
    }

    void explainNoWatch(ProfileChoice choice) {
        if (choice instanceof ProfileChoice.Broken broken) {
            emptyDetail.set("The chosen profile " + broken.file() + " is invalid: " + broken.error());
        } else if (choice instanceof ProfileChoice.Sandbox) {
            emptyDetail.set("The sandbox is starting; its health shows here as soon as it answers.");
        } else {
            emptyDetail.set("Choose a profile in the header.");
        }
        if (mode.get() == Mode.NO_PROFILE) {
            emptyTitle.set("No profile watched");
        }
    }

    /** Renders one state of the health part. FX thread (or a test without a window). */
    public void show(PartState<?> state) {
        if (state == null) {
            return;
        }
        if (!state.configured()) {
            mode.set(Mode.NO_API);
            emptyTitle.set("This profile has no API configured");
            String file = watch == null ? "the profile" : watch.watch().profile().file().toString();
            emptyDetail.set("Add an \"api\" section with a baseUrl (and liveness/readiness paths) to " + file
                    + " to watch its health.");
            return;
        }
        if (!state.hasValue()) {
            if (state.isFailing()) {
                mode.set(Mode.FAILED);
                emptyTitle.set("Health cannot be watched");
                emptyDetail.set(state.error());
            } else {
                mode.set(Mode.PROBING);
                emptyTitle.set("Probing liveness and readiness...");
                emptyDetail.set("The first answers show here within a few seconds.");
            }
            return;
        }
        error.set(state.isFailing() ? "The latest health update failed (" + state.error() + "); showing the last good one from "
                + HealthFormat.clock(state.updatedAt(), zone) + "." : "");
        show((HealthSnapshot) state.value());
        mode.set(Mode.SHOWING);
    }

    void show(HealthSnapshot snapshot) {
        Instant now = snapshot.takenAt();
        service.set(snapshot.service());
        verdict.set(snapshot.verdict());
        since.set(HealthFormat.since(snapshot.verdictSince(), now, zone));
        updated.set("updated " + HealthFormat.clock(now, zone) + (snapshot.deployInProgress() ? " - deploy in progress, probing faster" : ""));
        reasons.setAll(snapshot.reasons());
        List<EndpointCard> cards = new ArrayList<>();
        for (EndpointHealth endpoint : snapshot.endpoints()) {
            // Series in the profile's order (liveness, readiness, extras), whichever answers first.
            series(endpoint.name());
        }
        for (EndpointHealth endpoint : snapshot.endpoints()) {
            cards.add(card(endpoint, now));
            record(endpoint);
        }
        endpoints.setAll(cards);
        List<HealthTransition> newestFirst = new ArrayList<>(snapshot.transitions());
        java.util.Collections.reverse(newestFirst);
        // In place: a snapshot every few seconds must not clear the selected row that "Copy row" copies.
        ListUpdates.replaceInPlace(transitions, newestFirst, transition -> transition);
        ListUpdates.replaceInPlace(rules, rules(snapshot), RuleRow::key);
    }

    private EndpointCard card(EndpointHealth endpoint, Instant now) {
        ProbeSample sample = endpoint.lastSample();
        ProbeTimings timings = sample == null ? ProbeTimings.NONE : sample.timings();
        String lastAnswer;
        String failure;
        if (sample == null) {
            lastAnswer = "not probed yet";
            failure = "-";
        } else {
            lastAnswer = HealthFormat.status(sample.httpStatus()) + " at " + HealthFormat.clock(sample.time(), zone)
                    + (sample.bodyBytes() >= 0 ? ", " + sample.bodyBytes() + " bytes" : "")
                    + (sample.contentType() != null ? " of " + sample.contentType() : "");
            RuleResult broken = endpoint.firstBrokenRule();
            // A 200 can still be DOWN (a body saying the database is not connected): the card names the broken rule.
            failure = sample.failure() != null
                    ? sample.failure().name() + " (" + sample.failure().label() + "): " + sample.failureMessage()
                    : endpoint.verdict() != HealthVerdict.UP && broken != null ? "rule broken: " + broken.detail()
                    : endpoint.verdict() != HealthVerdict.UP && !endpoint.reasons().isEmpty() ? endpoint.reasons().get(0)
                    : "none";
        }
        List<String> windows = endpoint.windows().stream().map(HealthFormat::windowStats).toList();
        String nextProbe = endpoint.nextProbeAt() == null ? "" : "next probe " + HealthFormat.clock(endpoint.nextProbeAt(), zone);
        return new EndpointCard(endpoint.name(), endpoint.endpoint().url(), endpoint.verdict(),
                HealthFormat.since(endpoint.verdictSince(), now, zone), endpoint.reasons(), lastAnswer,
                HealthFormat.micros(timings.dnsMicros()), HealthFormat.micros(timings.connectMicros()),
                HealthFormat.micros(timings.tlsMicros()), HealthFormat.micros(timings.firstByteMicros()),
                HealthFormat.micros(timings.totalMicros()), failure, sample == null ? Map.of() : sample.fields(), windows, nextProbe);
    }

    /** Adds the endpoint's latest sample to the table and the chart once (snapshots repeat it until the next probe). */
    private void record(EndpointHealth endpoint) {
        ProbeSample sample = endpoint.lastSample();
        if (sample == null) {
            return;
        }
        Instant newest = newestSeen.get(endpoint.name());
        if (newest != null && !sample.time().isAfter(newest)) {
            return;
        }
        newestSeen.put(endpoint.name(), sample.time());
        oldestSeen.putIfAbsent(endpoint.name(), sample.time());
        samples.add(0, new SampleRow(sample.time(), endpoint.name(), sample.httpStatus(), endpoint.verdict(),
                sample.timings().firstByteMillis(), sample.timings().totalMillis(), sample.failure()));
        if (samples.size() > MAX_SAMPLES) {
            samples.remove(MAX_SAMPLES, samples.size());
        }
        if (sample.hasResponse() && sample.timings().totalMicros() >= 0) {
            ObservableList<XYChart.Data<Number, Number>> data = series(endpoint.name()).getData();
            data.add(point(sample.time(), sample.timings().totalMillis()));
            if (data.size() > MAX_CHART_POINTS) {
                data.remove(0, data.size() - MAX_CHART_POINTS);
            }
        }
    }

    private void seedFromHistory(HealthMonitor monitor, int forGeneration) {
        List<String> names = monitor.target().endpoints().stream().map(HealthEndpoint::name).toList();
        HealthHistory history = monitor.history();
        Background.run(() -> {
            Instant from = Instant.now().minus(HISTORY_SEED);
            Map<String, List<HealthHistory.Point>> points = new LinkedHashMap<>();
            for (String name : names) {
                points.put(name, history.points(name, from));
            }
            return points;
        }).onSuccess(points -> {
            if (forGeneration == generation) {
                seed(points);
            }
        }).onError(failure -> error.set("The probe history could not be read (" + failure.getMessage()
                + "); the chart and the samples table start now.")).start();
    }

    /**
     * Puts the monitor's past (read off the FX thread) before the samples already received live, so a view opened
     * late still shows the last minutes.
     */
    void seed(Map<String, List<HealthHistory.Point>> history) {
        List<SampleRow> older = new ArrayList<>();
        for (Map.Entry<String, List<HealthHistory.Point>> entry : history.entrySet()) {
            String name = entry.getKey();
            Instant oldestLive = oldestSeen.get(name);
            List<XYChart.Data<Number, Number>> chartPoints = new ArrayList<>();
            for (HealthHistory.Point point : entry.getValue()) {
                if (oldestLive != null && !point.time().isBefore(oldestLive)) {
                    continue;
                }
                older.add(new SampleRow(point.time(), name, point.httpStatus(), point.verdict(), point.firstByteMillis(),
                        point.totalMillis(), point.failure()));
                if (point.httpStatus() > 0 && point.totalMillis() >= 0) {
                    chartPoints.add(point(point.time(), point.totalMillis()));
                }
                if (oldestLive == null) {
                    newestSeen.merge(name, point.time(), (a, b) -> a.isAfter(b) ? a : b);
                }
            }
            if (!chartPoints.isEmpty()) {
                ObservableList<XYChart.Data<Number, Number>> data = series(name).getData();
                data.addAll(0, chartPoints);
                if (data.size() > MAX_CHART_POINTS) {
                    data.remove(0, data.size() - MAX_CHART_POINTS);
                }
            }
        }
        if (older.isEmpty()) {
            return;
        }
        List<SampleRow> merged = new ArrayList<>(samples);
        merged.addAll(older);
        merged.sort(Comparator.comparing(SampleRow::time).reversed());
        samples.setAll(merged.subList(0, Math.min(MAX_SAMPLES, merged.size())));
    }

    private XYChart.Series<Number, Number> series(String endpoint) {
        return seriesByEndpoint.computeIfAbsent(endpoint, name -> {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(name);
            latencySeries.add(series);
            return series;
        });
    }

    /** X is seconds since the epoch (the axis formats it as a clock), Y is total latency in milliseconds. */
    private static XYChart.Data<Number, Number> point(Instant time, double totalMillis) {
        return new XYChart.Data<>(time.toEpochMilli() / 1000.0, totalMillis);
    }

    /** The rules behind the verdict as the engine judged them; broken first, the answer to "why is it DOWN?". */
    static List<RuleRow> rules(HealthSnapshot snapshot) {
        List<RuleRow> rows = new ArrayList<>();
        for (RuleResult result : snapshot.rules()) {
            RuleOutcome outcome = switch (result.outcome()) {
                case HOLDS -> RuleOutcome.HOLDS;
                case BROKEN -> RuleOutcome.BROKEN;
                case NOT_CHECKED -> RuleOutcome.NOT_CHECKED;
            };
            rows.add(new RuleRow(result.scope(), result.rule(), outcome, result.detail()));
        }
        rows.sort(Comparator.comparing(row -> row.outcome() != RuleOutcome.BROKEN));
        return rows;
    }

    private void clear() {
        service.set("");
        verdict.set(HealthVerdict.UNKNOWN);
        since.set("");
        updated.set("");
        error.set("");
        reasons.clear();
        endpoints.clear();
        samples.clear();
        transitions.clear();
        rules.clear();
        latencySeries.clear();
        seriesByEndpoint.clear();
        newestSeen.clear();
        oldestSeen.clear();
        emptyTitle.set("No profile watched");
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public ReadOnlyStringProperty emptyTitleProperty() {
        return emptyTitle;
    }

    public ReadOnlyStringProperty emptyDetailProperty() {
        return emptyDetail;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyStringProperty serviceProperty() {
        return service;
    }

    public ReadOnlyObjectProperty<HealthVerdict> verdictProperty() {
        return verdict;
    }

    public ReadOnlyStringProperty sinceProperty() {
        return since;
    }

    public ReadOnlyStringProperty updatedProperty() {
        return updated;
    }

    public ObservableList<String> reasons() {
        return reasonsView;
    }

    public ObservableList<EndpointCard> endpoints() {
        return endpointsView;
    }

    public ObservableList<SampleRow> samples() {
        return samplesView;
    }

    public ObservableList<HealthTransition> transitions() {
        return transitionsView;
    }

    public ObservableList<RuleRow> rules() {
        return rulesView;
    }

    /** One series per endpoint; the chart shows this list itself. */
    public ObservableList<XYChart.Series<Number, Number>> latencySeries() {
        return latencySeries;
    }

    ZoneId zone() {
        return zone;
    }
}
