package dev.signalbox.ui.health;

import atlantafx.base.theme.Styles;
import dev.signalbox.health.HealthTransition;
import dev.signalbox.health.HealthVerdict;
import dev.signalbox.ui.common.CopyableText;
import dev.signalbox.ui.common.ListUpdates;
import dev.signalbox.ui.shell.ShellViewModel;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Liveness and readiness as they really are: the service's verdict and why, each endpoint's last answer with its
 * latency split and body fields, latency over time, recent samples, transitions, and the rules with their outcome.
 * Renders a {@link HealthViewModel}; does no work of its own.
 */
public final class HealthView extends StackPane {
    private final HealthViewModel model;
    private final HBox endpointCards = new HBox(12);

    public HealthView(ShellViewModel shell) {
        this(HealthViewModel.following(shell));
    }

    public HealthView(HealthViewModel model) {
        this.model = model;
        setId("health-view");
        getStyleClass().add("health-view");
        Node empty = emptyState();
        Node content = content();
        Runnable showMode = () -> {
            boolean showing = model.modeProperty().get() == HealthViewModel.Mode.SHOWING;
            content.setVisible(showing);
            empty.setVisible(!showing);
        };
        model.modeProperty().addListener((obs, old, now) -> showMode.run());
        showMode.run();
        getChildren().addAll(content, empty);
    }

    public HealthViewModel model() {
        return model;
    }

    private Node emptyState() {
        FontIcon icon = new FontIcon(Feather.ACTIVITY);
        icon.setIconSize(48);
        icon.getStyleClass().add("empty-state-icon");
        Label title = new Label();
        title.setId("health-empty-title");
        title.getStyleClass().add(Styles.TITLE_3);
        title.textProperty().bind(model.emptyTitleProperty());
        Label detail = CopyableText.label("");
        detail.setId("health-empty-detail");
        detail.getStyleClass().add(Styles.TEXT_MUTED);
        detail.setWrapText(true);
        detail.setMaxWidth(560);
        detail.textProperty().bind(model.emptyDetailProperty());
        VBox box = new VBox(12, icon, title, detail);
        box.setId("health-empty");
        box.getStyleClass().add("empty-state");
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private Node content() {
        Node tables = tables();
        VBox page = new VBox(12, header(), verdictRow(), reasons(), errorBanner(), endpointCards, tables);
        VBox.setVgrow(tables, Priority.ALWAYS);
        page.setPadding(new Insets(16, 20, 16, 20));
        endpointCards.setId("health-endpoints");
        model.endpoints().addListener((ListChangeListener<HealthViewModel.EndpointCard>) change -> renderCards());
        renderCards();
        ScrollPane scroll = new ScrollPane(page);
        scroll.setId("health-content");
        scroll.setFitToWidth(true);
        // The tabs take the height left over; below their minimum the page scrolls instead.
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private Node header() {
        Label title = new Label("Health");
        title.getStyleClass().add(Styles.TITLE_3);
        Label service = CopyableText.label("");
        service.setId("health-service");
        service.getStyleClass().add(Styles.TEXT_MUTED);
        service.textProperty().bind(model.serviceProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label updated = new Label();
        updated.setId("health-updated");
        updated.getStyleClass().add(Styles.TEXT_MUTED);
        updated.textProperty().bind(model.updatedProperty());
        Button refresh = new Button("Probe now", new FontIcon(Feather.REFRESH_CW));
        refresh.setId("health-refresh");
        refresh.setTooltip(new Tooltip("Probe every endpoint now (a probe already in flight is not repeated)"));
        refresh.setOnAction(e -> model.refresh());
        HBox header = new HBox(12, title, service, spacer, updated, refresh);
        header.setAlignment(Pos.BASELINE_LEFT);
        return header;
    }

    private Node verdictRow() {
        Label verdict = new Label();
        verdict.setId("health-verdict");
        verdict.textProperty().bind(model.verdictProperty().asString());
        styleVerdict(verdict, model.verdictProperty().get());
        model.verdictProperty().addListener((obs, old, now) -> styleVerdict(verdict, now));
        CopyableText.install(verdict, verdict::getText);
        Label since = CopyableText.label("");
        since.setId("health-since");
        since.getStyleClass().add(Styles.TEXT_MUTED);
        since.textProperty().bind(model.sinceProperty());
        HBox row = new HBox(12, verdict, since);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node reasons() {
        VBox box = new VBox(4);
        box.setId("health-reasons");
        Runnable render = () -> box.getChildren().setAll(model.reasons().stream().map(reason -> {
            Label label = CopyableText.label(reason);
            label.setWrapText(true);
            label.getStyleClass().add("health-reason");
            return (Node) label;
        }).toList());
        model.reasons().addListener((ListChangeListener<String>) change -> render.run());
        render.run();
        return box;
    }

    private Node errorBanner() {
        return CopyableText.message("health-error", model.errorProperty(), "health-error", Styles.DANGER);
    }

    private void renderCards() {
        endpointCards.getChildren().setAll(model.endpoints().stream().map(this::card).toList());
    }

    private Node card(HealthViewModel.EndpointCard card) {
        String id = "health-endpoint-" + card.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        Label name = new Label(card.name());
        name.getStyleClass().add(Styles.TITLE_4);
        Label verdict = new Label(card.verdict().name());
        verdict.setId(id + "-verdict");
        styleVerdict(verdict, card.verdict());
        Label since = CopyableText.label(card.since());
        since.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        HBox title = new HBox(10, name, verdict, since);
        title.setAlignment(Pos.CENTER_LEFT);
        Label url = CopyableText.label(card.url());
        url.getStyleClass().addAll(Styles.TEXT_MUTED, "monospace");

        VBox reasons = new VBox(2);
        for (String reason : card.reasons()) {
            Label label = CopyableText.label(reason);
            label.setWrapText(true);
            reasons.getChildren().add(label);
        }

        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(4);
        facts.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints());
        facts.getColumnConstraints().get(1).setHgrow(Priority.ALWAYS);
        int row = 0;
        addFact(facts, row++, "Last answer", value(id + "-answer", card.lastAnswer()));
        addFact(facts, row++, "Latency", latency(id, card));
        Label failure = value(id + "-failure", card.failure());
        failure.setWrapText(true);
        addFact(facts, row++, "Failure", failure);
        if (!card.nextProbe().isEmpty()) {
            addFact(facts, row++, "Schedule", value(id + "-next", card.nextProbe()));
        }
        VBox windows = new VBox(2);
        windows.setId(id + "-windows");
        for (String window : card.windows()) {
            windows.getChildren().add(value(null, window));
        }
        if (!card.windows().isEmpty()) {
            addFact(facts, row++, "Uptime", windows);
        }
        addFact(facts, row, "Body fields", fields(id, card.fields()));

        VBox box = new VBox(8, title, url, reasons, facts);
        box.setId(id);
        box.getStyleClass().add("health-endpoint");
        box.setPrefWidth(400);
        box.setMinWidth(340);
        box.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private static Node latency(String id, HealthViewModel.EndpointCard card) {
        HBox phases = new HBox(14);
        phases.setId(id + "-latency");
        String[][] split = {{"DNS", card.dns()}, {"connect", card.connect()}, {"TLS", card.tls()},
                {"first byte", card.firstByte()}, {"total", card.total()}};
        for (String[] phase : split) {
            Label caption = new Label(phase[0]);
            caption.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            Label value = CopyableText.label(phase[1]);
            value.getStyleClass().add("monospace");
            phases.getChildren().add(new VBox(0, caption, value));
        }
        return phases;
    }

    private static Node fields(String id, Map<String, String> fields) {
        if (fields.isEmpty()) {
            Label none = new Label("no JSON fields in the last body");
            none.setId(id + "-fields");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            return none;
        }
        GridPane grid = new GridPane();
        grid.setId(id + "-fields");
        grid.setHgap(10);
        grid.setVgap(2);
        int row = 0;
        for (Map.Entry<String, String> field : fields.entrySet()) {
            Label key = CopyableText.label(field.getKey());
            key.getStyleClass().addAll("monospace", Styles.TEXT_MUTED);
            Label value = CopyableText.label(field.getValue());
            value.getStyleClass().add("monospace");
            grid.addRow(row++, key, value);
        }
        return grid;
    }

    private static void addFact(GridPane grid, int row, String caption, Node value) {
        Label label = new Label(caption);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        grid.addRow(row, label, value);
    }

    private static Label value(String id, String text) {
        Label label = CopyableText.label(text);
        if (id != null) {
            label.setId(id);
        }
        return label;
    }

    private Node chart() {
        NumberAxis time = new NumberAxis();
        time.setForceZeroInRange(false);
        time.setAutoRanging(true);
        time.setMinorTickVisible(false);
        time.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number seconds) {
                return HealthFormat.clock(Instant.ofEpochMilli(Math.round(seconds.doubleValue() * 1000)), model.zone());
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("the time axis is not editable");
            }
        });
        NumberAxis latency = new NumberAxis();
        latency.setLabel("total latency (ms)");
        latency.setMinorTickVisible(false);
        LineChart<Number, Number> chart = new LineChart<>(time, latency, model.latencySeries());
        chart.setId("health-chart");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendSide(javafx.geometry.Side.RIGHT);
        chart.setMinHeight(220);
        chart.getStyleClass().add("health-chart");
        return chart;
    }

    private Node tables() {
        Tab latency = new Tab("Latency", chart());
        latency.setId("health-tab-latency");
        Tab samples = new Tab("Samples", samplesTable());
        Tab transitions = new Tab("Transitions", transitionsTable());
        Tab rules = new Tab("Rules and why", rulesTable());
        samples.setId("health-tab-samples");
        transitions.setId("health-tab-transitions");
        rules.setId("health-tab-rules");
        TabPane tabs = new TabPane(latency, rules, samples, transitions);
        tabs.setId("health-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefHeight(320);
        tabs.setMinHeight(300);
        return tabs;
    }

    private Node samplesTable() {
        TableView<HealthViewModel.SampleRow> table = new TableView<>(model.samples());
        table.setId("health-samples");
        table.setPlaceholder(new Label("No probe yet"));
        table.getColumns().add(column("Time", 90, row -> HealthFormat.clock(row.time(), model.zone())));
        table.getColumns().add(column("Endpoint", 110, HealthViewModel.SampleRow::endpoint));
        table.getColumns().add(column("Status", 170, row -> HealthFormat.status(row.httpStatus())));
        TableColumn<HealthViewModel.SampleRow, String> verdict = column("Verdict", 100, row -> row.verdict().name());
        verdict.setCellFactory(col -> new VerdictCell<>());
        table.getColumns().add(verdict);
        table.getColumns().add(column("First byte", 90, row -> HealthFormat.millis(row.firstByteMillis())));
        table.getColumns().add(column("Total", 90, row -> HealthFormat.millis(row.totalMillis())));
        table.getColumns().add(column("Failure", 180, row -> row.failure() == null ? "" : row.failure().label()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        CopyableText.installOnTable(table, row -> HealthFormat.clock(row.time(), model.zone()) + " " + row.endpoint() + " "
                + HealthFormat.status(row.httpStatus()) + " " + row.verdict() + " first byte " + HealthFormat.millis(row.firstByteMillis())
                + " total " + HealthFormat.millis(row.totalMillis()) + (row.failure() == null ? "" : " " + row.failure().label()));
        return table;
    }

    private Node transitionsTable() {
        TableView<HealthTransition> table = new TableView<>(model.transitions());
        table.setId("health-transitions");
        table.setPlaceholder(new Label("No verdict change yet"));
        table.getColumns().add(column("Time", 90, t -> HealthFormat.clock(t.at(), model.zone())));
        table.getColumns().add(column("Endpoint", 110, HealthTransition::endpoint));
        table.getColumns().add(column("From", 100, t -> t.from().name()));
        TableColumn<HealthTransition, String> to = column("To", 100, t -> t.to().name());
        to.setCellFactory(col -> new VerdictCell<>());
        table.getColumns().add(to);
        table.getColumns().add(column("Why", 600, t -> String.join("; ", t.reasons())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        CopyableText.installOnTable(table, t -> t.at() + " " + t.endpoint() + " " + t.from() + " -> " + t.to() + ": "
                + String.join("; ", t.reasons()));
        return table;
    }

    private Node rulesTable() {
        TableView<HealthViewModel.RuleRow> table = new TableView<>(model.rules());
        table.setId("health-rules");
        ListUpdates.keepSelection(table, HealthViewModel.RuleRow::key);
        table.setPlaceholder(new Label("No rule checked yet"));
        table.getColumns().add(column("Where", 100, HealthViewModel.RuleRow::scope));
        table.getColumns().add(column("Rule", 420, HealthViewModel.RuleRow::rule));
        TableColumn<HealthViewModel.RuleRow, String> outcome = column("Result", 100, row -> row.outcome().label());
        outcome.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("rule-holds", "rule-broken", "rule-not-checked");
                setText(empty ? null : item);
                if (!empty && item != null) {
                    getStyleClass().add("rule-" + item.replace(' ', '-'));
                }
            }
        });
        table.getColumns().add(outcome);
        table.getColumns().add(column("Detail", 500, HealthViewModel.RuleRow::detail));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        CopyableText.installOnTable(table, row -> row.scope() + ": " + row.rule() + ": " + row.outcome().label() + " (" + row.detail() + ")");
        return table;
    }

    private static <T> TableColumn<T, String> column(String title, double width, Function<T, String> text) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setCellFactory(c -> new dev.signalbox.ui.common.FullText.Cell<>());
        column.setSortable(false);
        return column;
    }

    static void styleVerdict(Label label, HealthVerdict verdict) {
        label.getStyleClass().removeAll("verdict-badge", "verdict-up", "verdict-degraded", "verdict-unknown", "verdict-down");
        label.getStyleClass().addAll("verdict-badge", "verdict-" + verdict.name().toLowerCase(Locale.ROOT));
    }

    /** A verdict written in its colour (UP green, DEGRADED amber, DOWN red). */
    private static final class VerdictCell<T> extends TableCell<T, String> {
        private static final List<String> CLASSES = List.of("verdict-text-up", "verdict-text-degraded", "verdict-text-unknown",
                "verdict-text-down");

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll(CLASSES);
            setText(empty ? null : item);
            if (!empty && item != null) {
                getStyleClass().add("verdict-text-" + item.toLowerCase(Locale.ROOT));
            }
        }
    }
}
