package dev.signalbox.ui.fleet;

import atlantafx.base.theme.Styles;
import dev.signalbox.health.HealthVerdict;
import dev.signalbox.monitor.FleetRow;
import dev.signalbox.monitor.ProjectComparison;
import dev.signalbox.ui.common.Ages;
import dev.signalbox.ui.common.Ticker;
import dev.signalbox.ui.shell.ShellViewModel;
import java.time.Instant;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Every service x environment of the watched project, worst first: deployment, probes, migrations, locks, toggles
 * left ON and how fresh each row is. Up/Down move, Enter (or a double click) opens the service in every view, typing
 * in the filter narrows the rows. Findings across members (a variable production lacks, production behind staging's
 * migrations, a database two environments share) are listed below the table.
 */
public final class FleetView extends BorderPane {
    private final FleetViewModel model;
    private final TableView<FleetRow> table = new TableView<>();
    /** The cells of the two columns that show ages; weakly held, the table drops and makes cells as it likes. */
    private final java.util.Set<AgingCell> agingCells = java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());
    private String selectedMember;

    public FleetView(ShellViewModel shell) {
        this(new FleetViewModel(shell));
    }

    public FleetView(FleetViewModel model) {
        this.model = model;
        setId("fleet-view");
        setPadding(new Insets(16, 20, 16, 20));
        setTop(header());
        setCenter(table());
        setBottom(findings());
        BorderPane.setMargin(table, new Insets(10, 0, 10, 0));
    }

    public FleetViewModel model() {
        return model;
    }

    private Node header() {
        Label title = new Label("Fleet");
        title.getStyleClass().add(Styles.TITLE_3);
        Label summary = new Label();
        summary.setId("fleet-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(model.summaryProperty());
        summary.tooltipProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> new Tooltip(model.summaryProperty().get()), model.summaryProperty()));
        TextField filter = new TextField();
        filter.setId("fleet-filter");
        filter.setPromptText("Filter: service, environment, status (e.g. prod, crash, worker)");
        filter.textProperty().bindBidirectional(model.filterProperty());
        filter.setPrefColumnCount(32);
        // Down from the filter goes to the rows: the keyboard never has to leave the home row.
        filter.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.ENTER) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                }
                event.consume();
            }
        });
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        filter.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox line = new HBox(12, title, filter, summary);
        HBox.setHgrow(summary, Priority.ALWAYS);
        summary.setMinWidth(0);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private Node table() {
        table.setId("fleet-table");
        table.setItems(model.visibleRows());
        table.setPlaceholder(new Label("No member to show"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Service", 170, FleetRow::member));
        table.getColumns().add(column("Env", 95, FleetRow::environment));
        TableColumn<FleetRow, FleetRow> level = new TableColumn<>("Status");
        level.setPrefWidth(70);
        level.setCellValueFactory(data -> new javafx.beans.property.ReadOnlyObjectWrapper<>(data.getValue()));
        level.setCellFactory(c -> new LevelCell());
        level.setSortable(false);
        table.getColumns().add(level);
        // The headline right after the status: what a person reads first, cut last.
        table.getColumns().add(column("What is wrong", 250, FleetRow::headline));
        table.getColumns().add(agingColumn("Deployment", 150, (row, now) -> row.deployment() == null ? "" : row.deployment()
                + (row.deployedAt() == null ? "" : ", " + Ages.ago(row.deployedAt(), now))));
        table.getColumns().add(column("Live / ready", 90, row -> row.liveness() == null && row.readiness() == null ? ""
                : verdict(row.liveness()) + " / " + verdict(row.readiness())));
        table.getColumns().add(column("Migrations", 105, row -> row.migrations() == null ? "" : row.migrations()));
        table.getColumns().add(column("Locks", 55, row -> row.locksWaiting() == 0 ? "" : String.valueOf(row.locksWaiting())));
        table.getColumns().add(column("Toggles ON", 90, row -> String.join(", ", row.togglesOn())));
        TableColumn<FleetRow, String> read = agingColumn("Read", 80, (row, now) -> row.freshAt() == null ? "not yet" : Ages.ago(row.freshAt(), now));
        read.setMinWidth(70);
        table.getColumns().add(read);
        table.setRowFactory(t -> {
            TableRow<FleetRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                model.open(table.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        // Rows move as members get worse or better: the selection follows the member, not the row index, so Enter
        // never opens a service the user did not pick.
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                selectedMember = now.member();
            }
        });
        model.visibleRows().addListener((ListChangeListener<FleetRow>) change -> reselect());
        // Ages ("3 min ago") move on without a new snapshot, every 5 s and only while the view is shown: only the cells
        // showing an age are rewritten. table.refresh() threw away every row and cell and built them again, each
        // with its tooltips and CSS, every 5 s (issue 17, docs/performance.md).
        Ticker.every(java.time.Duration.ofSeconds(5), table, this::tickAges);
        return table;
    }

    private void reselect() {
        if (selectedMember == null) {
            return;
        }
        FleetRow selected = table.getSelectionModel().getSelectedItem();
        if (selected != null && selected.member().equals(selectedMember)) {
            return;
        }
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).member().equals(selectedMember)) {
                int index = i;
                String keep = selectedMember;
                table.getSelectionModel().clearAndSelect(index);
                selectedMember = keep;
                return;
            }
        }
    }

    private Node findings() {
        Label title = new Label("Across services and environments");
        title.getStyleClass().add(Styles.TITLE_4);
        ListView<ProjectComparison.Finding> list = new ListView<>(model.findings());
        list.setId("fleet-findings");
        list.setPrefHeight(150);
        list.setPlaceholder(new Label("Nothing differs where it should not"));
        list.setCellFactory(l -> new ListCell<>() {
            private final Tooltip tooltip = new Tooltip();

            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(ProjectComparison.Finding finding, boolean empty) {
                super.updateItem(finding, empty);
                if (empty || finding == null) {
                    styleClassAmong(this, null, Styles.DANGER, Styles.WARNING);
                    setText(null);
                    setTooltip(null);
                    return;
                }
                setText(finding.summary() + "\n  Fix: " + finding.fix());
                tooltip.setText(finding.summary() + "\nFix: " + finding.fix());
                setTooltip(tooltip);
                styleClassAmong(this, finding.severity() == ProjectComparison.Severity.ERROR ? Styles.DANGER : Styles.WARNING,
                        Styles.DANGER, Styles.WARNING);
            }
        });
        return new VBox(6, title, list);
    }

    private static String verdict(HealthVerdict verdict) {
        return verdict == null ? "-" : verdict.name();
    }

    /** A text column whose cells carry their full text as a tooltip: nothing is cut off without a way to read it. */
    private static TableColumn<FleetRow, String> column(String title, double width, Function<FleetRow, String> text) {
        TableColumn<FleetRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(data -> (ObservableValue<String>) new ReadOnlyStringWrapper(text.apply(data.getValue())));
        column.setCellFactory(c -> new TextCell());
        return column;
    }

    /** A text column that shows an age ("2 min ago"): {@link #tickAges} rewrites its cells as time passes. */
    private TableColumn<FleetRow, String> agingColumn(String title, double width, BiFunction<FleetRow, Instant, String> text) {
        TableColumn<FleetRow, String> column = column(title, width, row -> text.apply(row, Instant.now()));
        column.setCellFactory(c -> {
            AgingCell cell = new AgingCell(text);
            agingCells.add(cell);
            return cell;
        });
        return column;
    }

    /** Rewrites the ages on screen; a cell whose text is unchanged ("3 min ago" for a minute) costs nothing. */
    private void tickAges() {
        Instant now = Instant.now();
        for (AgingCell cell : agingCells) {
            cell.tick(now);
        }
    }

    /**
     * A cell showing its value, with the full text as its tooltip. One tooltip per cell for its lifetime: a new
     * Tooltip is a popup control whose CSS is matched against the whole theme, and the table updates every visible
     * cell whenever one row changes (issue 17, docs/performance.md).
     */
    private static class TextCell extends TableCell<FleetRow, String> {
        private Tooltip tooltip;

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            show(empty ? null : value);
        }

        final void show(String value) {
            setText(value);
            if (value == null || value.isEmpty()) {
                setTooltip(null);
                return;
            }
            if (tooltip == null) {
                tooltip = new Tooltip();
            }
            tooltip.setText(value);
            setTooltip(tooltip);
        }
    }

    private static final class AgingCell extends TextCell {
        private final BiFunction<FleetRow, Instant, String> text;

        AgingCell(BiFunction<FleetRow, Instant, String> text) {
            this.text = text;
        }

        void tick(Instant now) {
            FleetRow row = isEmpty() || getTableRow() == null ? null : getTableRow().getItem();
            if (row != null) {
                show(text.apply(row, now));
            }
        }
    }

    private static final class LevelCell extends TableCell<FleetRow, FleetRow> {
        private final Tooltip tooltip = new Tooltip();

        @Override
        protected void updateItem(FleetRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                styleClassAmong(this, null, Styles.DANGER, Styles.WARNING, Styles.SUCCESS, Styles.TEXT_MUTED);
                setText(null);
                setTooltip(null);
                return;
            }
            setText(row.level().name().toLowerCase(Locale.ROOT));
            tooltip.setText(row.headline());
            setTooltip(tooltip);
            styleClassAmong(this, switch (row.level()) {
                case DOWN -> Styles.DANGER;
                case ATTENTION -> Styles.WARNING;
                case OK -> Styles.SUCCESS;
                case LOADING -> Styles.TEXT_MUTED;
            }, Styles.DANGER, Styles.WARNING, Styles.SUCCESS, Styles.TEXT_MUTED);
        }
    }

    /**
     * Leaves {@code wanted} (or none) of {@code choices} in the node's style classes, touching the list only when that
     * changes: each change of a style class matches the node's CSS again.
     */
    private static void styleClassAmong(Node node, String wanted, String... choices) {
        var classes = node.getStyleClass();
        boolean stale = false;
        for (String choice : choices) {
            if (!choice.equals(wanted) && classes.contains(choice)) {
                stale = true;
            }
        }
        if (stale) {
            classes.removeAll(choices);
        }
        if (wanted != null && !classes.contains(wanted)) {
            classes.add(wanted);
        }
    }
}
