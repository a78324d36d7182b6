package dev.signalbox.ui.audit;

import atlantafx.base.theme.Styles;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.signalbox.common.Json;
import dev.signalbox.ops.AuditRecord;
import dev.signalbox.ops.Outcome;
import dev.signalbox.ui.common.CopyableText;
import dev.signalbox.ui.shell.ConsoleSection;
import dev.signalbox.ui.shell.ShellViewModel;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Every action taken from Signalbox (window or CLI): who, what, where, before, after and how it ended, newest first,
 * filterable. Values in the records were masked when written; this view shows them as they are.
 */
public final class AuditView extends BorderPane {
    private final AuditViewModel model;
    private final TableView<AuditRecord> table = new TableView<>();
    private final VBox details = new VBox(10);

    public AuditView(ShellViewModel shell) {
        this(shell, new AuditViewModel(shell.app().auditLog()));
    }

    public AuditView(ShellViewModel shell, AuditViewModel model) {
        this.model = model;
        setId("audit-view");
        getStyleClass().add("audit-view");
        setTop(new VBox(10, header(), filters(), messages()));
        SplitPane split = new SplitPane(table(), detailsPane());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.52);
        setCenter(split);
        BorderPane.setMargin(split, new Insets(10, 0, 0, 0));
        setPadding(new Insets(16, 20, 16, 20));
        // Actions are recorded by other views and by the CLI: read again whenever the view is opened.
        shell.sectionProperty().addListener((obs, old, now) -> {
            if (now == ConsoleSection.AUDIT) {
                model.refresh();
            }
        });
        model.refresh();
    }

    public AuditViewModel model() {
        return model;
    }

    private Node header() {
        Label title = new Label("Audit");
        title.getStyleClass().add(Styles.TITLE_3);
        Label file = CopyableText.label(model.log().file().toString());
        file.setId("audit-file");
        file.getStyleClass().addAll(Styles.TEXT_MUTED, "monospace");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label status = new Label();
        status.setId("audit-status");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(model.statusProperty());
        Button refresh = new Button("Refresh", new FontIcon(Feather.REFRESH_CW));
        refresh.setId("audit-refresh");
        refresh.setTooltip(new Tooltip("Read the audit log again"));
        refresh.setOnAction(e -> model.refresh());
        refresh.disableProperty().bind(model.loadingProperty());
        HBox header = new HBox(12, title, file, spacer, status, refresh);
        file.setMinWidth(0);
        header.setAlignment(Pos.BASELINE_LEFT);
        return header;
    }

    private Node filters() {
        TextField text = new TextField();
        text.setId("audit-filter");
        text.setPromptText("Search action, target, user, message, values...");
        text.textProperty().bindBidirectional(model.filterTextProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(420);
        ComboBox<String> action = new ComboBox<>(model.actions());
        action.setId("audit-action");
        action.valueProperty().bindBidirectional(model.actionProperty());
        ComboBox<AuditViewModel.OutcomeFilter> outcome = new ComboBox<>();
        outcome.getItems().setAll(AuditViewModel.OutcomeFilter.values());
        outcome.setId("audit-outcome");
        outcome.valueProperty().bindBidirectional(model.outcomeProperty());
        ComboBox<String> profile = new ComboBox<>(model.profiles());
        profile.setId("audit-profile");
        profile.valueProperty().bindBidirectional(model.profileProperty());
        Label count = new Label();
        count.setId("audit-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(model.countProperty());
        // At 1024 px the search field gives way; the filters and the count keep their words.
        text.setMinWidth(140);
        // Sized for their "All ..." entries, not their longest item: whole at that width, the row fits 1024 px.
        for (ComboBox<?> filter : List.of(action, outcome, profile)) {
            filter.setPrefWidth(165);
            dev.signalbox.ui.common.FullText.whole(filter);
        }
        dev.signalbox.ui.common.FullText.whole(count);
        HBox row = new HBox(10, text, action, outcome, profile, count);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node messages() {
        Label error = CopyableText.message("audit-error", model.errorProperty(), "audit-error", Styles.DANGER);
        Label problems = CopyableText.label("");
        problems.setId("audit-problems");
        problems.setWrapText(true);
        problems.getStyleClass().add(Styles.WARNING);
        Runnable render = () -> {
            List<String> lines = model.problems();
            problems.setText(lines.isEmpty() ? "" : lines.size() + " line(s) of the log could not be read and are not shown: "
                    + String.join("; ", lines.subList(0, Math.min(3, lines.size()))) + (lines.size() > 3 ? "; ..." : ""));
            problems.setVisible(!lines.isEmpty());
            problems.setManaged(!lines.isEmpty());
        };
        model.problems().addListener((ListChangeListener<String>) change -> render.run());
        render.run();
        VBox box = new VBox(4, error, problems);
        box.managedProperty().bind(error.visibleProperty().or(problems.visibleProperty()));
        return box;
    }

    private Node table() {
        table.setId("audit-table");
        // Unsorted, the table keeps the model's order (newest first); a click on a header sorts a copy.
        SortedList<AuditRecord> sorted = new SortedList<>(model.visibleRecords());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        Label placeholder = new Label();
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                model.allRecords().isEmpty() ? "No action recorded yet. Every change made from Signalbox (window or CLI)"
                        + " is written to " + model.log().file() : "No record matches the filters",
                model.allRecords()));
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        table.getColumns().add(column("Time", 185, record -> model.time(record.time())));
        TableColumn<AuditRecord, String> outcome = column("Outcome", 110, record -> record.outcome() == null ? "" : record.outcome().name());
        outcome.setCellFactory(col -> new OutcomeCell());
        table.getColumns().add(outcome);
        table.getColumns().add(column("Action", 180, AuditRecord::action));
        table.getColumns().add(column("Target", 240, AuditRecord::target));
        table.getColumns().add(column("Profile", 100, AuditRecord::profile));
        table.getColumns().add(column("Environment", 130, AuditRecord::environment));
        table.getColumns().add(column("User", 80, AuditRecord::user));
        table.getColumns().add(column("Summary", 260, AuditRecord::summary));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        dev.signalbox.ui.common.FullText.headers(table);
        // The time and the outcome are what a person scans the log by: never squeezed below their text.
        table.getColumns().get(0).setMinWidth(170);
        table.getColumns().get(1).setMinWidth(120);
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(AuditRecord item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("problem"), !empty && item != null
                        && item.outcome() != null && item.outcome() != Outcome.SUCCEEDED && item.outcome() != Outcome.DECLINED);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty().set(now));
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
            renderDetails(now);
        });
        CopyableText.installOnTable(table, this::json);
        return table;
    }

    private Node detailsPane() {
        details.setId("audit-details");
        details.setPadding(new Insets(12, 4, 4, 4));
        renderDetails(null);
        ScrollPane scroll = new ScrollPane(details);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private void renderDetails(AuditRecord record) {
        if (record == null) {
            Label hint = new Label("Select a record to see what it changed: the values before and after"
                    + " (secret values were masked when the record was written).");
            hint.setWrapText(true);
            hint.getStyleClass().add(Styles.TEXT_MUTED);
            details.getChildren().setAll(hint);
            return;
        }
        Label title = CopyableText.label(record.action() + (record.target() == null ? "" : " on " + record.target()));
        title.setId("audit-detail-title");
        title.setWrapText(true);
        title.getStyleClass().add(Styles.TITLE_4);
        Label outcome = new Label(record.outcome() == null ? "no outcome recorded" : record.outcome().name());
        outcome.setId("audit-detail-outcome");
        outcome.getStyleClass().addAll("outcome-badge", outcomeClass(record.outcome()));
        dev.signalbox.ui.common.FullText.whole(outcome);

        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(4);
        int row = 0;
        row = fact(facts, row, "Time", model.time(record.time()) + (record.time() == null ? "" : "  (" + record.time() + ")"));
        row = fact(facts, row, "User", record.user());
        row = fact(facts, row, "Profile", record.profile());
        row = fact(facts, row, "Environment", record.environment());
        row = fact(facts, row, "Summary", record.summary());
        fact(facts, row, "Message", record.message());

        Label changesTitle = new Label("Before and after");
        changesTitle.getStyleClass().add(Styles.TEXT_BOLD);
        TableView<AuditViewModel.Change> changes = new TableView<>();
        changes.setId("audit-changes");
        changes.getItems().setAll(AuditViewModel.changes(record));
        changes.setPlaceholder(new Label("Nothing recorded (the action did not get as far as reading its target)"));
        changes.getColumns().add(changeColumn("Name", 150, AuditViewModel.Change::name));
        changes.getColumns().add(changeColumn("Before", 150, change -> change.before() == null ? "(not recorded)" : change.before()));
        changes.getColumns().add(changeColumn("After", 150, change -> change.after() == null ? "(not recorded)" : change.after()));
        changes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        changes.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(AuditViewModel.Change item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("changed"), !empty && item != null && item.changed());
            }
        });
        changes.setPrefHeight(Math.min(300, 50 + 40 * Math.max(1, changes.getItems().size())));
        changes.setMinHeight(Region.USE_PREF_SIZE);
        CopyableText.installOnTable(changes, change -> change.name() + ": " + change.before() + " -> " + change.after());

        Button copy = new Button("Copy record as JSON", new FontIcon(Feather.COPY));
        copy.setId("audit-copy-json");
        copy.getStyleClass().add(Styles.SMALL);
        copy.setOnAction(e -> CopyableText.copy(json(record)));
        facts.setMinWidth(360);
        facts.setPrefWidth(520);
        VBox changesBox = new VBox(6, changesTitle, changes);
        HBox.setHgrow(changesBox, Priority.ALWAYS);
        HBox body = new HBox(24, facts, changesBox);
        HBox top = new HBox(10, outcome, title, copy);
        top.setAlignment(Pos.CENTER_LEFT);
        details.getChildren().setAll(top, body);
    }

    private static int fact(GridPane grid, int row, String caption, String value) {
        if (value == null || value.isBlank()) {
            return row;
        }
        Label label = new Label(caption);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setValignment(label, VPos.TOP);
        Label text = CopyableText.label(value);
        text.setWrapText(true);
        text.setId("audit-detail-" + caption.toLowerCase(Locale.ROOT));
        grid.addRow(row, label, text);
        return row + 1;
    }

    private String json(AuditRecord record) {
        try {
            return Json.mapper().writeValueAsString(record);
        } catch (JsonProcessingException e) {
            return record.toString();
        }
    }

    private static <T> TableColumn<T, String> column(String title, double width, Function<T, String> text) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setCellFactory(col -> new dev.signalbox.ui.common.FullText.Cell<>());
        return column;
    }

    private static TableColumn<AuditViewModel.Change, String> changeColumn(String title, double width,
                                                                          Function<AuditViewModel.Change, String> text) {
        TableColumn<AuditViewModel.Change, String> column = column(title, width, text);
        column.setSortable(false);
        return column;
    }

    static String outcomeClass(Outcome outcome) {
        if (outcome == null) {
            return "outcome-unknown";
        }
        return "outcome-" + outcome.name().toLowerCase(Locale.ROOT);
    }

    /** The outcome in its colour: succeeded green, failed red, unverified and refused amber, declined muted. */
    private static final class OutcomeCell extends dev.signalbox.ui.common.FullText.Cell<AuditRecord> {
        private static final List<String> CLASSES = List.of("outcome-succeeded", "outcome-failed", "outcome-unverified",
                "outcome-refused", "outcome-declined", "outcome-unknown");

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll(CLASSES);
            if (!empty && item != null) {
                getStyleClass().add(item.isEmpty() ? "outcome-unknown" : "outcome-" + item.toLowerCase(Locale.ROOT));
            }
        }
    }
}
