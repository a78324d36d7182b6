package dev.signalbox.ui.deployments;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.signalbox.railway.Deployment;
import dev.signalbox.railway.LogLine;
import dev.signalbox.railway.RailwayStatus;
import dev.signalbox.ui.common.Ages;
import dev.signalbox.ui.railway.RailwayViewParts;
import dev.signalbox.ui.railway.Tone;
import java.time.Instant;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Which deployment is running, why the last one failed, and the logs that say so: the deployments table, the
 * failure's explaining line, the selected deployment's logs (searchable, failure signatures highlighted with their
 * explanation), and Redeploy.
 */
public final class DeploymentsView extends VBox {
    private final DeploymentsViewModel model;
    private final TableView<Deployment> table = new TableView<>();
    private final ListView<LogLine> logLines = new ListView<>();
    private boolean syncingSelection;

    public DeploymentsView(DeploymentsViewModel model) {
        this.model = model;
        setId("deployments-view");
        getStyleClass().add("railway-view");
        setSpacing(10);
        setPadding(new Insets(16));

        Button refresh = RailwayViewParts.iconButton(Feather.ROTATE_CW, "Read deployments from Railway now");
        refresh.setId("deployments-refresh");
        refresh.setOnAction(e -> model.console().refresh());
        Node header = RailwayViewParts.header("Deployments",
                "Which deployment is running, why the last one failed, and its logs.",
                refresh, RailwayViewParts.redeployBar(model.console()));

        Label notice = RailwayViewParts.banner("deployments-notice", Tone.NEUTRAL, Feather.INFO, model.console().noticeProperty());
        Label error = RailwayViewParts.banner("deployments-error", Tone.DANGER, Feather.WIFI_OFF, model.console().errorProperty());

        SplitPane split = new SplitPane(deploymentsTable(), logsPane());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.38);
        VBox.setVgrow(split, Priority.ALWAYS);

        getChildren().addAll(header, RailwayViewParts.redeployProgress(model.console()), notice, error, failurePanel(), split);
    }

    private Node failurePanel() {
        Label title = new Label();
        title.setId("failure-title");
        title.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.DANGER);
        title.setGraphic(new FontIcon(Feather.ALERT_OCTAGON));
        Label line = new Label();
        line.setId("failure-line");
        line.getStyleClass().addAll("mono", "failure-line");
        line.setWrapText(true);
        line.setMaxWidth(Double.MAX_VALUE);
        line.setMinHeight(Region.USE_PREF_SIZE);
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        dev.signalbox.ui.common.FullText.carried(title);
        Label explanation = new Label();
        explanation.setId("failure-explanation");
        explanation.getStyleClass().add("failure-explanation");
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        Hyperlink showLogs = new Hyperlink("Show its logs");
        showLogs.setId("failure-show-logs");
        showLogs.setMinWidth(Region.USE_PREF_SIZE);
        showLogs.setOnAction(e -> {
            RailwayStatus.FailureExplanation failure = model.failureProperty().get();
            if (failure != null) {
                model.select(failure.deploymentId());
            }
        });
        Button copy = RailwayViewParts.iconButton(Feather.COPY, "Copy the log line");
        copy.setOnAction(e -> RailwayViewParts.copy(line.getText()));
        HBox top = new HBox(8, title, spacer(), showLogs, copy);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox panel = new VBox(6, top, line, explanation);
        panel.setId("failure-panel");
        panel.getStyleClass().add("failure-panel");

        Runnable update = () -> {
            RailwayStatus.FailureExplanation failure = model.failureProperty().get();
            Deployment failed = model.failedDeploymentProperty().get();
            panel.setVisible(failure != null);
            if (failure == null) {
                return;
            }
            title.setText("Latest deployment " + (failed != null ? failed.shortId() + " " + failed.rawStatus() + ": "
                    + failed.status().meaning() : failure.deploymentId() + " failed"));
            line.setText(failure.line() != null ? failure.line() : "(no error line found in its build or deploy logs)");
            explanation.setText(failure.explanation());
        };
        model.failureProperty().addListener((obs, old, now) -> update.run());
        model.failedDeploymentProperty().addListener((obs, old, now) -> update.run());
        panel.managedProperty().bind(panel.visibleProperty());
        update.run();
        return panel;
    }

    private Node deploymentsTable() {
        table.setId("deployments-table");
        table.setItems(model.deployments());
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(placeholder());

        TableColumn<Deployment, Deployment> status = new TableColumn<>("Status");
        status.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        status.setCellFactory(column -> new StatusCell());
        status.setPrefWidth(420);
        TableColumn<Deployment, String> age = new TableColumn<>("Age");
        age.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(Ages.ago(cell.getValue().createdAt(), Instant.now())));
        age.setPrefWidth(90);
        age.setMinWidth(90);
        age.setCellFactory(column -> new dev.signalbox.ui.common.FullText.Cell<>());
        TableColumn<Deployment, String> commit = new TableColumn<>("Commit");
        commit.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(commitText(cell.getValue())));
        commit.setPrefWidth(260);
        commit.setCellFactory(column -> new dev.signalbox.ui.common.FullText.Cell<>());
        TableColumn<Deployment, String> id = new TableColumn<>("Deployment id");
        id.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().id()));
        id.setCellFactory(column -> {
            TableCell<Deployment, String> cell = new dev.signalbox.ui.common.FullText.Cell<>();
            cell.getStyleClass().add("mono");
            return cell;
        });
        id.setPrefWidth(330);
        table.getColumns().setAll(java.util.List.of(status, age, commit, id));

        table.setRowFactory(view -> {
            TableRow<Deployment> row = new TableRow<>();
            // The deployment the menu opened on: a new deployment arriving while the menu is open moves every row
            // down one, and this row comes to show the one below.
            java.util.concurrent.atomic.AtomicReference<Deployment> openedOn = new java.util.concurrent.atomic.AtomicReference<>();
            MenuItem copyId = new MenuItem("Copy deployment id", new FontIcon(Feather.COPY));
            copyId.setOnAction(e -> RailwayViewParts.copy(openedOn.get().id()));
            MenuItem copyCommit = new MenuItem("Copy commit");
            copyCommit.setOnAction(e -> RailwayViewParts.copy(commitText(openedOn.get())));
            ContextMenu menu = new ContextMenu(copyId, copyCommit);
            menu.setOnShowing(e -> openedOn.set(row.getItem()));
            row.contextMenuProperty().bind(Bindings.when(row.emptyProperty()).then((ContextMenu) null).otherwise(menu));
            return row;
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && !syncingSelection) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> selectInTable(now));
        model.deployments().addListener((ListChangeListener<Deployment>) change -> selectInTable(model.selectedProperty().get()));
        table.setOnKeyPressed(event -> {
            if (new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN).match(event)
                    && table.getSelectionModel().getSelectedItem() != null) {
                RailwayViewParts.copy(table.getSelectionModel().getSelectedItem().id());
            }
        });
        selectInTable(model.selectedProperty().get());
        return table;
    }

    private void selectInTable(Deployment deployment) {
        syncingSelection = true;
        try {
            if (deployment == null) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(deployment);
            }
        } finally {
            syncingSelection = false;
        }
    }

    private Node placeholder() {
        Label text = new Label();
        text.getStyleClass().add(Styles.TEXT_MUTED);
        text.setWrapText(true);
        text.textProperty().bind(Bindings.createStringBinding(() -> {
            if (model.console().noticeProperty().get() != null) {
                return model.console().noticeProperty().get();
            }
            if (model.console().errorProperty().get() != null) {
                return "No deployments to show: Railway could not be read (see above).";
            }
            return "This service has no deployments yet.";
        }, model.console().noticeProperty(), model.console().errorProperty()));
        return text;
    }

    private static String commitText(Deployment deployment) {
        String message = deployment.commitMessage() != null ? deployment.commitMessage() : "";
        String hash = deployment.commitHash() != null ? deployment.commitHash().substring(0, Math.min(7, deployment.commitHash().length())) : null;
        return hash == null ? message : hash + "  " + message;
    }

    /** The live stream's state in a few words; the detail (why polling) goes to the tooltip-free status line. */
    static String liveText(dev.signalbox.railway.LogStreamStatus status) {
        if (status == null) {
            return "";
        }
        return switch (status.mode()) {
            case CONNECTING -> "connecting...";
            case STREAMING -> "live";
            case RECONNECTING -> "stream dropped, reconnecting (attempt " + status.attempt() + ")";
            case POLLING -> "live by polling: " + status.detail();
            case ENDED -> "the stream ended";
            case STOPPED -> status.detail();
        };
    }

    private Node logsPane() {
        Label title = new Label();
        title.setId("logs-title");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setMinWidth(Region.USE_PREF_SIZE);
        TextField selectedId = new TextField();
        selectedId.setId("selected-deployment-id");
        selectedId.setEditable(false);
        selectedId.getStyleClass().addAll("mono", "copyable-value");
        selectedId.setPrefColumnCount(31);
        selectedId.setMinWidth(120);
        model.selectedProperty().addListener((obs, old, now) -> showSelected(title, selectedId, now));
        showSelected(title, selectedId, model.selectedProperty().get());

        CustomTextField search = new CustomTextField();
        search.setId("log-search");
        search.setPromptText("Search the logs (Ctrl+F)");
        search.setLeft(new FontIcon(Feather.SEARCH));
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setPrefColumnCount(22);
        CheckBox onlySignatures = new CheckBox("Failure signatures only");
        onlySignatures.setId("log-signatures-only");
        onlySignatures.setMinWidth(Region.USE_PREF_SIZE);
        onlySignatures.selectedProperty().bindBidirectional(model.signaturesOnlyProperty());
        Button reload = RailwayViewParts.iconButton(Feather.ROTATE_CW, "Read these logs from Railway again");
        reload.setId("logs-reload");
        reload.setOnAction(e -> model.fetchLogs());
        ProgressIndicator loading = new ProgressIndicator();
        loading.setMaxSize(16, 16);
        loading.visibleProperty().bind(model.logsLoadingProperty());
        loading.managedProperty().bind(model.logsLoadingProperty());
        ToggleButton follow = new ToggleButton("Follow live", new FontIcon(Feather.RADIO));
        follow.setId("logs-follow");
        follow.setMinWidth(Region.USE_PREF_SIZE);
        follow.selectedProperty().bindBidirectional(model.liveProperty());
        Label liveState = new Label();
        liveState.setId("logs-live-status");
        liveState.getStyleClass().add(Styles.TEXT_MUTED);
        liveState.textProperty().bind(Bindings.createStringBinding(() -> liveText(model.liveStatusProperty().get()),
                model.liveStatusProperty()));
        HBox bar = new HBox(8, title, selectedId, spacer(), loading, liveState, follow, onlySignatures, search, reload);
        bar.setAlignment(Pos.CENTER_LEFT);

        Label summary = new Label();
        summary.setId("logs-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(model.logsSummaryProperty());
        Label error = RailwayViewParts.banner("logs-error", Tone.DANGER, Feather.ALERT_TRIANGLE, model.logsErrorProperty());

        logLines.setId("log-lines");
        logLines.setItems(model.visibleLines());
        logLines.getStyleClass().addAll("log-lines", Styles.DENSE);
        logLines.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        logLines.setCellFactory(list -> new LogLineCell(list));
        Label empty = new Label();
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.textProperty().bind(Bindings.createStringBinding(() -> model.logsLoadingProperty().get() ? "Reading logs..."
                : model.lines().isEmpty() ? "No log lines." : "No line matches the search.",
                model.logsLoadingProperty(), model.lines()));
        logLines.setPlaceholder(empty);
        MenuItem copyLines = new MenuItem("Copy selected lines", new FontIcon(Feather.COPY));
        copyLines.setOnAction(e -> copySelectedLines());
        logLines.setContextMenu(new ContextMenu(copyLines));
        logLines.setOnKeyPressed(event -> {
            if (new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN).match(event)) {
                copySelectedLines();
            }
        });
        VBox.setVgrow(logLines, Priority.ALWAYS);
        model.lines().addListener((javafx.collections.ListChangeListener<LogLine>) change -> {
            if (model.liveProperty().get() && !logLines.getItems().isEmpty()) {
                logLines.scrollTo(logLines.getItems().size() - 1);
            }
        });

        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().putIfAbsent(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
                    if (getScene() != null && isVisible()) {
                        search.requestFocus();
                    }
                });
            }
        });

        VBox pane = new VBox(6, bar, summary, error, logLines);
        pane.setPadding(new Insets(8, 0, 0, 0));
        return pane;
    }

    private void copySelectedLines() {
        RailwayViewParts.copy(logLines.getSelectionModel().getSelectedItems().stream()
                .map(line -> line.timestamp() + "  " + line.message()).collect(Collectors.joining("\n")));
    }

    private static void showSelected(Label title, TextField id, Deployment deployment) {
        if (deployment == null) {
            title.setText("Logs");
            id.setText("");
            id.setVisible(false);
            return;
        }
        title.setText("Logs of " + deployment.shortId() + " (" + deployment.rawStatus() + ")");
        id.setText(deployment.id());
        id.setVisible(true);
    }

    private static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    /** Status in colour with what it means. */
    private static final class StatusCell extends TableCell<Deployment, Deployment> {
        private final javafx.scene.control.Tooltip tooltip = dev.signalbox.ui.common.FullText.tooltip();

        @Override
        protected void updateItem(Deployment deployment, boolean empty) {
            super.updateItem(deployment, empty);
            if (empty || deployment == null) {
                setGraphic(null);
                setText(null);
                dev.signalbox.ui.common.FullText.carry(this, tooltip, null);
                return;
            }
            Label status = new Label(deployment.rawStatus());
            status.setMinWidth(Region.USE_PREF_SIZE);
            status.getStyleClass().addAll("status-pill", "status-" + Tone.of(deployment.status()).name().toLowerCase(Locale.ROOT));
            Label meaning = new Label(deployment.status().meaning());
            meaning.getStyleClass().add(Styles.TEXT_MUTED);
            // The column is squeezed at 1024 px: the pill keeps its word, the meaning gives way to the tooltip.
            dev.signalbox.ui.common.FullText.carry(this, tooltip, deployment.rawStatus() + ": " + deployment.status().meaning());
            HBox box = new HBox(8, status, meaning);
            box.setAlignment(Pos.CENTER_LEFT);
            setGraphic(box);
            setText(null);
        }
    }

    /** A log line: source, time, message; a failure signature line is highlighted with its explanation below. */
    private static final class LogLineCell extends ListCell<LogLine> {
        private final javafx.beans.binding.NumberBinding messageWidth;
        private final javafx.beans.binding.NumberBinding explanationWidth;

        LogLineCell(ListView<LogLine> list) {
            messageWidth = list.widthProperty().subtract(48 + 96 + 20 + 40);
            explanationWidth = list.widthProperty().subtract(40);
            // The cell is as wide as the list, never its text: long lines wrap instead of scrolling sideways.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(LogLine line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().remove("signature-line");
            if (empty || line == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label source = new Label(line.source().name().toLowerCase(Locale.ROOT));
            source.getStyleClass().addAll("log-source", Styles.TEXT_MUTED);
            source.setMinWidth(48);
            Label time = new Label(shortTime(line.timestamp()));
            time.getStyleClass().addAll("mono", Styles.TEXT_MUTED);
            time.setMinWidth(96);
            Label message = new Label(line.message());
            message.getStyleClass().add("mono");
            // The label carries the width itself: a cell asks its graphic for a height without a width.
            message.setWrapText(true);
            message.setMinWidth(0);
            message.prefWidthProperty().bind(messageWidth);
            message.setMinHeight(Region.USE_PREF_SIZE);
            HBox row = new HBox(10, source, time, message);
            row.setAlignment(Pos.CENTER_LEFT);
            if (line.signature() == null) {
                setGraphic(row);
            } else {
                getStyleClass().add("signature-line");
                FontIcon mark = new FontIcon(Feather.ALERT_OCTAGON);
                Label explanation = new Label(line.signature().explanation(), mark);
                explanation.getStyleClass().add("signature-explanation");
                explanation.setWrapText(true);
                explanation.prefWidthProperty().bind(explanationWidth);
                explanation.setMinHeight(Region.USE_PREF_SIZE);
                VBox box = new VBox(2, row, explanation);
                setGraphic(box);
            }
            setText(null);
        }

        private static String shortTime(String timestamp) {
            // 2025-06-02T09:00:41.123456789Z -> 09:00:41.123
            int t = timestamp.indexOf('T');
            return t < 0 || timestamp.length() < t + 13 ? timestamp : timestamp.substring(t + 1, t + 13);
        }
    }
}
