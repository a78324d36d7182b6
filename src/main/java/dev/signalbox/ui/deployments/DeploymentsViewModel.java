package dev.signalbox.ui.deployments;

import dev.signalbox.railway.Deployment;
import dev.signalbox.railway.DeploymentLogs;
import dev.signalbox.railway.DeploymentStatus;
import dev.signalbox.railway.LogFollower;
import dev.signalbox.railway.LogLine;
import dev.signalbox.railway.LogStreamStatus;
import dev.signalbox.railway.RailwayStatus;
import dev.signalbox.ui.common.Background;
import dev.signalbox.ui.common.ListUpdates;
import dev.signalbox.ui.railway.RailwayConsole;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.application.Platform;
import java.util.Objects;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
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
 * The Deployments view's state: the recent deployments from the watch's Railway snapshot, the latest failure's
 * explaining line, and the logs of the selected deployment (fetched in the background, searchable). FX thread only.
 */
public final class DeploymentsViewModel {
    private final RailwayConsole console;
    private final ObservableList<Deployment> deployments = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<RailwayStatus.FailureExplanation> failure = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Deployment> failedDeployment = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Deployment> selected = new SimpleObjectProperty<>();
    private final ObservableList<LogLine> lines = FXCollections.observableArrayList();
    private final FilteredList<LogLine> visibleLines = new FilteredList<>(lines);
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty signaturesOnly = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper logsLoading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper logsError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper logsSummary = new ReadOnlyStringWrapper();
    private DeploymentLogs.Result logs;
    private int fetches;
    private final BooleanProperty live = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<LogStreamStatus> liveStatus = new ReadOnlyObjectWrapper<>();
    private final Set<String> lineKeys = new HashSet<>();
    private LogFollower follower;
    private int liveGeneration;

    public DeploymentsViewModel(RailwayConsole console) {
        this.console = console;
        console.statusProperty().addListener((obs, old, now) -> show(now));
        console.generationProperty().addListener((obs, old, now) -> forget());
        selected.addListener((obs, old, now) -> {
            if (now == null) {
                clearLogs();
            } else if (old == null || !old.id().equals(now.id()) || old.status() != now.status()) {
                // A new selection, or the selected deployment moved on (e.g. it just crashed): its logs changed.
                fetchLogs();
            }
            if (now == null || old == null || !old.id().equals(now.id())) {
                followLive();
            }
        });
        live.addListener((obs, old, now) -> followLive());
        visibleLines.predicateProperty().bind(Bindings.createObjectBinding(() -> filter(search.get(), signaturesOnly.get()),
                search, signaturesOnly));
        search.addListener((obs, old, now) -> summarise());
        signaturesOnly.addListener((obs, old, now) -> summarise());
        show(console.statusProperty().get());
    }

    private static Predicate<LogLine> filter(String query, boolean onlySignatures) {
        return line -> line.contains(query) && (!onlySignatures || line.signature() != null);
    }

    private void show(RailwayStatus status) {
        if (status == null) {
            return;
        }
        Deployment keep = selected.get();
        // In place, by id: a poll must not close a row's menu (nor move it onto another deployment).
        ListUpdates.replaceInPlace(deployments, status.deployments(), Deployment::id);
        failure.set(status.failure());
        failedDeployment.set(status.failure() == null ? null : status.deployments().stream()
                .filter(d -> d.id().equals(status.failure().deploymentId())).findFirst().orElse(null));
        Deployment reselect = keep == null ? null
                : status.deployments().stream().filter(d -> d.id().equals(keep.id())).findFirst().orElse(null);
        if (reselect == null && !status.deployments().isEmpty()) {
            reselect = status.deployments().get(0);
        }
        selected.set(reselect);
    }

    private void forget() {
        deployments.clear();
        failure.set(null);
        failedDeployment.set(null);
        selected.set(null);
        search.set("");
    }

    /** Fetches the selected deployment's build and deploy logs again. */
    public void fetchLogs() {
        Deployment deployment = selected.get();
        if (deployment == null) {
            return;
        }
        int fetch = ++fetches;
        logsLoading.set(true);
        logsError.set(null);
        Background.run(() -> new DeploymentLogs(console.connection().client()).fetchAll(deployment))
                .onSuccess(result -> {
                    if (fetch != fetches) {
                        return;
                    }
                    logsLoading.set(false);
                    logs = result;
                    lines.setAll(result.lines());
                    lineKeys.clear();
                    result.lines().forEach(line -> lineKeys.add(line.key()));
                    appendPending();
                    summarise();
                })
                .onError(error -> {
                    if (fetch != fetches) {
                        return;
                    }
                    logsLoading.set(false);
                    logs = null;
                    lines.clear();
                    lineKeys.clear();
                    appendPending();
                    logsError.set("Could not read the logs of deployment " + deployment.shortId() + ": " + error.getMessage()
                            + ". Check the Railway connection, then press Reload logs.");
                    summarise();
                })
                .start();
    }

    private final java.util.List<LogLine> pendingLive = new java.util.ArrayList<>();

    /**
     * Follows the selected deployment's log as Railway writes it (its build log while it builds): the engine's
     * {@link LogFollower} streams over WebSocket, or polls when subscriptions are refused; lines are appended here,
     * once each. Off: the stream stops and the lines stay (pause).
     */
    private void followLive() {
        liveGeneration++;
        if (follower != null) {
            follower.close();
            follower = null;
        }
        Deployment deployment = selected.get();
        if (!live.get() || deployment == null) {
            liveStatus.set(null);
            return;
        }
        int generation = liveGeneration;
        LogLine.LogSource source = deployment.status() == DeploymentStatus.BUILDING ? LogLine.LogSource.BUILD : LogLine.LogSource.DEPLOY;
        LogFollower.Listener listener = new LogFollower.Listener() {
            @Override
            public void onLines(List<LogLine> received) {
                Platform.runLater(() -> {
                    if (generation == liveGeneration) {
                        pendingLive.addAll(received);
                        appendPending();
                    }
                });
            }

            @Override
            public void onStatus(LogStreamStatus status) {
                Platform.runLater(() -> {
                    if (generation == liveGeneration) {
                        liveStatus.set(status);
                    }
                });
            }
        };
        liveStatus.set(LogStreamStatus.of(LogStreamStatus.Mode.CONNECTING, ""));
        Background.run(() -> new LogFollower(console.connection().client(),
                        console.connection().profile().profile().railway().subscriptions(), deployment.id(), source,
                        LogFollower.Options.DEFAULT, listener).start())
                .onSuccess(started -> {
                    if (generation != liveGeneration) {
                        started.close();
                    } else {
                        follower = started;
                    }
                })
                .onError(error -> {
                    if (generation == liveGeneration) {
                        liveStatus.set(LogStreamStatus.of(LogStreamStatus.Mode.STOPPED, "cannot follow the log: " + error.getMessage()));
                    }
                })
                .start();
    }

    /** Live lines wait while the first read is loading, so they land after it, each once. */
    private void appendPending() {
        if (logsLoading.get()) {
            return;
        }
        for (LogLine line : pendingLive) {
            if (lineKeys.add(line.key())) {
                lines.add(line);
            }
        }
        pendingLive.clear();
    }

    /** Follow the selected deployment's log live (on), or pause it (off). */
    public BooleanProperty liveProperty() {
        return live;
    }

    /** The live stream's state (streaming, polling and why, reconnecting); null when not following. */
    public ReadOnlyObjectProperty<LogStreamStatus> liveStatusProperty() {
        return liveStatus.getReadOnlyProperty();
    }

    private void clearLogs() {
        fetches++;
        logs = null;
        lines.clear();
        lineKeys.clear();
        pendingLive.clear();
        logsLoading.set(false);
        logsError.set(null);
        summarise();
    }

    private void summarise() {
        if (logs == null) {
            logsSummary.set(null);
            return;
        }
        int signatures = logs.signatures().size();
        StringBuilder text = new StringBuilder();
        boolean filtered = !search.get().isBlank() || signaturesOnly.get();
        if (filtered) {
            text.append(visibleLines.size()).append(" of ");
        }
        text.append(logs.lines().size()).append(" lines");
        if (!search.get().isBlank()) {
            text.append(" match \"").append(search.get().strip()).append('"');
        }
        text.append(signatures == 0 ? "; no known failure signature" : "; " + signatures + " with a known failure signature");
        if (logs.truncated()) {
            text.append(" (cut after ").append(DeploymentLogs.MAX_PAGES * DeploymentLogs.PAGE).append(" lines per log)");
        }
        logsSummary.set(text.toString());
    }

    /** The failure signature lines of the loaded logs, in order. */
    public List<LogLine> signatureLines() {
        return logs == null ? List.of() : logs.signatures();
    }

    public RailwayConsole console() {
        return console;
    }

    public ObservableList<Deployment> deployments() {
        return deployments;
    }

    /** Why the latest deployment failed (its explaining log line and signature), or null when it did not. */
    public ReadOnlyObjectProperty<RailwayStatus.FailureExplanation> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Deployment> failedDeploymentProperty() {
        return failedDeployment.getReadOnlyProperty();
    }

    public ObjectProperty<Deployment> selectedProperty() {
        return selected;
    }

    /** All lines of the selected deployment's logs. */
    public ObservableList<LogLine> lines() {
        return lines;
    }

    /** The lines that pass the search and the "signatures only" filter. */
    public ObservableList<LogLine> visibleLines() {
        return visibleLines;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public BooleanProperty signaturesOnlyProperty() {
        return signaturesOnly;
    }

    public ReadOnlyBooleanProperty logsLoadingProperty() {
        return logsLoading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty logsErrorProperty() {
        return logsError.getReadOnlyProperty();
    }

    /** "7 of 312 lines match "alembic"; 2 with a known failure signature", or null before logs are loaded. */
    public ReadOnlyStringProperty logsSummaryProperty() {
        return logsSummary.getReadOnlyProperty();
    }

    /** Selects the deployment with this id (e.g. the failed one from the banner). */
    public void select(String deploymentId) {
        deployments.stream().filter(d -> Objects.equals(d.id(), deploymentId)).findFirst().ifPresent(selected::set);
    }
}
