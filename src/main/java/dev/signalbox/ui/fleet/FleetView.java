package dev.signalbox.ui.fleet;

import atlantafx.base.theme.Styles;
import dev.signalbox.health.HealthVerdict;
import dev.signalbox.monitor.FleetRow;
import dev.signalbox.monitor.ProjectComparison;
import dev.signalbox.ui.common.Ages;
import dev.signalbox.ui.common.Ticker;
import dev.signalbox.ui.shell.ShellViewModel;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import dev.signalbox.ui.common.CopyableText;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Every service x environment of the watched project, worst first: deployment, probes, migrations, locks, toggles
 * left ON and how fresh each row is. Up/Down move, Enter (or a double click) opens the service in every view, typing
 * in the filter narrows the rows. In a narrow window Locks and Toggles ON, then the headline, give way to the columns
 * read on every row (the column menu at the header's right end brings them back). Findings across members (a variable
 * production lacks, production behind staging's migrations, a database two environments share) are listed below the
 * table.
 */
public final class FleetView extends BorderPane {
    /** What the table's border and the theme's vertical scroll bar (8 px) take from the table's width. */
    private static final double BORDER_AND_SCROLL_BAR = 10;
    /** The theme's list cell padding at the sides (0.5 em at 14 px), and room between two findings. */
    private static final Insets FINDING_PADDING = new Insets(4, 7, 4, 7);
    /** The fix sits indented under its summary, its wrapped lines too. */
    private static final Insets FIX_INDENT = new Insets(0, 0, 0, 14);
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
        // The button at the right end of the header (three dots in this theme): a menu to show or hide any column,
        // those hidden to make room included.
        table.setTableMenuButtonVisible(true);
        TableColumn<FleetRow, String> service = column("Service", FleetRow::member);
        TableColumn<FleetRow, String> environment = column("Env", FleetRow::environment);
        TableColumn<FleetRow, FleetRow> level = new TableColumn<>("Status");
        level.setCellValueFactory(data -> new javafx.beans.property.ReadOnlyObjectWrapper<>(data.getValue()));
        level.setCellFactory(c -> new LevelCell());
        level.setSortable(false);
        TableColumn<FleetRow, String> headline = column("What is wrong", FleetRow::headline);
        TableColumn<FleetRow, String> deployment = agingColumn("Deployment", (row, now) -> row.deployment() == null ? ""
                : row.deployment() + (row.deployedAt() == null ? "" : ", " + Ages.ago(row.deployedAt(), now)));
        TableColumn<FleetRow, String> health = column("Live / ready", row -> row.liveness() == null && row.readiness() == null ? ""
                : verdict(row.liveness()) + " / " + verdict(row.readiness()));
        TableColumn<FleetRow, String> migrations = column("Migrations", row -> row.migrations() == null ? "" : row.migrations());
        TableColumn<FleetRow, String> locks = column("Locks", row -> row.locksWaiting() == 0 ? "" : String.valueOf(row.locksWaiting()));
        TableColumn<FleetRow, String> toggles = column("Toggles ON", row -> String.join(", ", row.togglesOn()));
        TableColumn<FleetRow, String> read = agingColumn("Read", (row, now) -> row.freshAt() == null ? "not yet" : Ages.ago(row.freshAt(), now));
        // Minimums in px: the text each column shows on most rows (in the comments), in the theme's 14 px font and
        // 0.5 em cell padding, measured with DejaVu Sans (Linux; the macOS and Windows UI fonts are narrower); a
        // longer value keeps its tooltip. The columns an on-call engineer reads on every row never go below their
        // minimum, and together they fit a 1024 px window with the sidebar and a vertical scroll bar. Preferred:
        // longer values seen often ("SUCCESS, 12 min ago", "facteur-frontend-staging", "DEGRADED / UP").
        sized(service, 148, 190, 300); // facteur-api-staging
        sized(environment, 90, 90, 120); // production
        sized(level, 79, 79, 100); // attention
        sized(headline, 150, 260, 900);
        sized(deployment, 159, 176, 240); // SUCCESS, 9 min ago
        sized(health, 120, 128, 170); // DOWN / DOWN
        sized(migrations, 100, 104, 150); // its title; up to date, 3 pending
        sized(locks, 60, 60, 80); // its title
        sized(toggles, 100, 120, 260); // its title
        sized(read, 94, 94, 110); // 59 min ago
        // The headline right after the status: what a person reads first when there is room for it.
        table.getColumns().addAll(List.of(service, environment, level, headline, deployment, health, migrations, locks, toggles, read));
        // The width left after the minimums goes first to the service's name and the columns read on every row, then
        // to the headline, then to Toggles ON and Locks; past every preferred width, to the headline.
        table.setColumnResizePolicy(new PriorityResizePolicy<>(List.of(service, deployment, health, migrations, headline, toggles, locks),
                headline));
        // What gives way when the window narrows. First Locks and Toggles ON, which the headline repeats ("2 sessions
        // wait on a lock", "MAINTENANCE_MODE left ON"): shown only when every other column has its preferred width.
        // Then the headline itself, once it would get less than its minimum: its text stays the Status cell's
        // tooltip, and Deployment, Live / ready and Migrations say most of it. The column menu brings any of them back.
        List<TableColumn<FleetRow, ?>> readOnEveryRow = List.of(service, environment, level, deployment, health, migrations, read);
        double headlineFrom = readOnEveryRow.stream().mapToDouble(TableColumn::getMinWidth).sum() + headline.getMinWidth()
                + BORDER_AND_SCROLL_BAR;
        double lowValueFrom = readOnEveryRow.stream().mapToDouble(TableColumn::getPrefWidth).sum() + headline.getPrefWidth()
                + locks.getMinWidth() + toggles.getMinWidth() + BORDER_AND_SCROLL_BAR;
        Map<TableColumn<?, ?>, Double> shownFrom = new LinkedHashMap<>();
        shownFrom.put(headline, headlineFrom);
        shownFrom.put(locks, lowValueFrom);
        shownFrom.put(toggles, lowValueFrom);
        ColumnsThatYield.install(table, shownFrom);
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

    /**
     * The findings across members, each a row showing its summary and its fix whole, wrapped to the box's width (the
     * fix is what the reader acts on). Not a ListView: AtlantaFX fixes a list cell's height (-fx-cell-size: 2.8em, two
     * lines), which cut a wrapped fix with "...", and the list's flow (JavaFX 21) keeps the cell heights it measured at
     * the previous width: with cells whose height follows the width, after a narrow window scrolled to the second
     * finding and widened, the first was drawn above the list's top at scroll position 0, out of sight. A project has
     * a handful of findings: each row is built when its finding comes and kept while the finding stays (the model
     * refills them only when they differ).
     */
    private Node findings() {
        Label title = new Label("Across services and environments");
        title.getStyleClass().add(Styles.TITLE_4);
        VBox rows = new VBox();
        Label none = new Label("Nothing differs where it should not");
        none.getStyleClass().add(Styles.TEXT_MUTED);
        none.setPadding(FINDING_PADDING);
        StackPane content = new StackPane(rows, none);
        content.setAlignment(Pos.TOP_LEFT);
        none.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.findings()));
        ScrollPane box = new ScrollPane(content);
        box.setId("fleet-findings");
        box.getStyleClass().add("fleet-findings");
        // A keyboard stop, as the list was: arrows and Page Up/Down scroll the findings.
        box.setFocusTraversable(true);
        // Rows as wide as the box: long findings wrap instead of scrolling sideways.
        box.setFitToWidth(true);
        box.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        box.setPrefHeight(150);
        for (ProjectComparison.Finding finding : model.findings()) {
            rows.getChildren().add(findingRow(finding));
        }
        model.findings().addListener((ListChangeListener<ProjectComparison.Finding>) change -> {
            while (change.next()) {
                if (change.wasPermutated()) {
                    rows.getChildren().setAll(change.getList().stream().map(FleetView::findingRow).toList());
                    continue;
                }
                if (change.wasRemoved()) {
                    rows.getChildren().remove(change.getFrom(), change.getFrom() + change.getRemovedSize());
                }
                if (change.wasAdded()) {
                    rows.getChildren().addAll(change.getFrom(), change.getAddedSubList().stream().map(FleetView::findingRow).toList());
                }
            }
        });
        return new VBox(6, title, box);
    }

    /**
     * One finding: its summary, then its fix under it, both wrapped. Either line's Copy copies both: what goes into
     * the incident channel is the finding with its fix.
     */
    private static Node findingRow(ProjectComparison.Finding finding) {
        String whole = finding.summary() + "\nFix: " + finding.fix();
        Label summary = new Label(finding.summary());
        summary.setWrapText(true);
        CopyableText.install(summary, () -> whole);
        Label fix = new Label("Fix: " + finding.fix());
        fix.setWrapText(true);
        CopyableText.install(fix, () -> whole);
        fix.setPadding(FIX_INDENT);
        VBox row = new VBox(2, summary, fix);
        row.setPadding(FINDING_PADDING);
        row.getStyleClass().add("fleet-finding");
        return row;
    }

    /**
     * UNKNOWN (not probed yet, or an answer that cannot be judged, such as a redirect) as "?": "DOWN / UNKNOWN" needs
     * 150 px, 30 more than the column's minimum at 1024 px, and the Health view says why it is not known.
     */
    private static String verdict(HealthVerdict verdict) {
        return verdict == null ? "-" : verdict == HealthVerdict.UNKNOWN ? "?" : verdict.name();
    }

    private static void sized(TableColumn<FleetRow, ?> column, double min, double pref, double max) {
        column.setMinWidth(min);
        column.setPrefWidth(pref);
        column.setMaxWidth(max);
    }

    /** A text column whose cells carry their full text as a tooltip: nothing is cut off without a way to read it. */
    private static TableColumn<FleetRow, String> column(String title, Function<FleetRow, String> text) {
        TableColumn<FleetRow, String> column = new TableColumn<>(title);
        column.setSortable(false);
        column.setCellValueFactory(data -> (ObservableValue<String>) new ReadOnlyStringWrapper(text.apply(data.getValue())));
        column.setCellFactory(c -> new TextCell());
        return column;
    }

    /** A text column that shows an age ("2 min ago"): {@link #tickAges} rewrites its cells as time passes. */
    private TableColumn<FleetRow, String> agingColumn(String title, BiFunction<FleetRow, Instant, String> text) {
        TableColumn<FleetRow, String> column = column(title, row -> text.apply(row, Instant.now()));
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
