package dev.signalbox.ui.database;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.signalbox.database.Constraint;
import dev.signalbox.database.ConstraintFix;
import dev.signalbox.database.ExpectationResult;
import dev.signalbox.database.InvalidIndex;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Incidents 2 and 5 on screen: the profile's expectations first (an FK to the wrong table is the thing to see),
 * then every constraint with filters, then the invalid indexes.
 */
final class ConstraintsPane extends VBox {
    private static final PseudoClass MISMATCH = PseudoClass.getPseudoClass("mismatch");
    private static final PseudoClass NOT_VALID = PseudoClass.getPseudoClass("not-valid");

    private final DatabaseViewModel model;
    private final VBox expectations = new VBox(4);

    ConstraintsPane(DatabaseViewModel model) {
        this.model = model;
        getStyleClass().add("database-constraints");
        setSpacing(8);
        setPadding(new Insets(12));

        expectations.setId("expectations");
        expectations.getStyleClass().add("expectations");
        model.expectations().addListener((ListChangeListener<ExpectationResult>) this::updateExpectations);
        renderExpectations();

        VBox constraintsBox = new VBox(6, filterBar(), DatabaseView.partError("constraints-error", model, "constraints"), constraintsTable());
        VBox indexesBox = new VBox(6, LocksPane.sectionTitle("Invalid indexes",
                "indisvalid = false: a CREATE INDEX CONCURRENTLY still building, or the leftover of one that failed"),
                DatabaseView.partError("indexes-error", model, "indexes"), indexesTable());
        SplitPane split = new SplitPane(constraintsBox, indexesBox);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.72);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(LocksPane.sectionTitle("Expectations", "what the profile says must be true (database.expectations)"),
                expectations, split);
    }

    private void renderExpectations() {
        expectations.getChildren().clear();
        if (model.expectations().isEmpty()) {
            Label none = new Label(model.snapshotProperty().get() == null ? "" : "No expectations in this profile. Add"
                    + " database.expectations to check, for example, that an FK references public.users(id) and is validated.");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            none.setWrapText(true);
            expectations.getChildren().add(none);
            return;
        }
        for (ExpectationResult result : model.expectations()) {
            expectations.getChildren().add(card(result));
        }
    }

    /**
     * Card by card as the list changes (set in place when one changes, see {@link DatabaseViewModel}): the cards were
     * all built again at every snapshot, and a card's "Copy" menu closed under the pointer.
     */
    private void updateExpectations(ListChangeListener.Change<? extends ExpectationResult> change) {
        boolean cardsShown = expectations.getChildren().stream().allMatch(node -> node.getStyleClass().contains("expectation"));
        if (model.expectations().isEmpty() || !cardsShown) {
            renderExpectations();
            return;
        }
        while (change.next()) {
            if (change.wasPermutated()) {
                renderExpectations();
                return;
            }
            int from = change.getFrom();
            if (change.wasRemoved()) {
                expectations.getChildren().remove(from, from + change.getRemovedSize());
            }
            if (change.wasAdded()) {
                expectations.getChildren().addAll(from, change.getAddedSubList().stream().map(this::card).toList());
            }
        }
    }

    private Node card(ExpectationResult result) {
        FontIcon icon = new FontIcon(result.ok() ? Feather.CHECK_CIRCLE : Feather.X_OCTAGON);
        icon.getStyleClass().add(result.ok() ? "icon-ok" : "icon-bad");
        Label status = new Label(result.status().json().toUpperCase());
        status.getStyleClass().addAll("badge", result.ok() ? "badge-ok" : "badge-bad");
        Label what = new Label(result.expectation());
        what.getStyleClass().add("expectation-text");
        what.setWrapText(true);
        wrapWhole(what);
        status.setMinWidth(Region.USE_PREF_SIZE);
        HBox head = new HBox(8, icon, status, what);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(3, head);
        for (String problem : result.problems()) {
            Label line = new Label(problem);
            line.getStyleClass().addAll("expectation-problem", Styles.DANGER);
            line.setWrapText(true);
            wrapWhole(line);
            card.getChildren().add(line);
        }
        ConstraintFix fix = result.fix();
        if (fix != null && fix.kind() == ConstraintFix.Kind.REPLACE_FOREIGN_KEY) {
            Label advice = new Label("fix: " + fix.summary());
            advice.getStyleClass().add("expectation-fix");
            advice.setWrapText(true);
            wrapWhole(advice);
            Button orphans = new Button("Copy orphan-rows query");
            orphans.setId("expectation-copy-orphans");
            orphans.setTooltip(new Tooltip(fix.orphanQuery()));
            orphans.setOnAction(e -> CopyMenu.copy("the orphan-rows query", fix.orphanQuery()));
            Button migration = new Button("Copy fix migration");
            migration.setId("expectation-copy-migration");
            migration.setTooltip(new Tooltip(fix.script()));
            migration.setOnAction(e -> CopyMenu.copy("the migration's statements", fix.script()));
            orphans.getStyleClass().add(Styles.SMALL);
            migration.getStyleClass().add(Styles.SMALL);
            orphans.setMinWidth(Region.USE_PREF_SIZE);
            migration.setMinWidth(Region.USE_PREF_SIZE);
            card.getChildren().addAll(advice, new HBox(8, orphans, migration));
        }
        if (result.constraint() != null) {
            Label found = new Label("found: " + result.constraint());
            found.getStyleClass().add(Styles.TEXT_MUTED);
            found.setWrapText(true);
            wrapWhole(found);
            card.getChildren().add(found);
        }
        card.getStyleClass().addAll("expectation", result.ok() ? "expectation-ok" : "expectation-bad");
        card.setPadding(new Insets(6, 10, 6, 10));
        CopyMenu.install(card, () -> result.expectation() + ": " + result.status().json()
                + (result.problems().isEmpty() ? "" : "\n" + String.join("\n", result.problems()))
                + (result.constraint() != null ? "\nfound: " + result.constraint() : ""));
        return card;
    }

    private Node filterBar() {
        Label title = new Label("Constraints");
        title.getStyleClass().add(Styles.TITLE_4);
        ToggleButton notValid = filter("filter-not-valid", "NOT VALID only",
                "Constraints added NOT VALID and not validated yet: existing rows are unchecked (incident 2's safe pattern, half done).");
        notValid.selectedProperty().bindBidirectional(model.notValidOnlyProperty());
        ToggleButton fk = filter("filter-fk", "Foreign keys only", "FOREIGN KEY constraints with the table they really reference.");
        fk.selectedProperty().bindBidirectional(model.foreignKeysOnlyProperty());
        ToggleButton mismatch = filter("filter-mismatch", "Mismatches only",
                "Constraints that a profile expectation found and that are not what the team expects (incident 5).");
        mismatch.selectedProperty().bindBidirectional(model.mismatchesOnlyProperty());
        notValid.getStyleClass().add(Styles.LEFT_PILL);
        fk.getStyleClass().add(Styles.CENTER_PILL);
        mismatch.getStyleClass().add(Styles.RIGHT_PILL);
        HBox filters = new HBox(0, notValid, fk, mismatch);

        TextField search = new TextField();
        search.setId("constraint-search");
        search.setPromptText("table, name, column...");
        search.setPrefColumnCount(18);
        search.textProperty().bindBidirectional(model.constraintSearchProperty());
        Label count = new Label();
        count.setId("constraint-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(Bindings.createStringBinding(
                () -> model.constraints().size() + " of " + model.allConstraints().size(),
                model.constraints(), model.allConstraints()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // At 1024 px the search field gives way; the title, the filters and the count keep their words.
        for (javafx.scene.control.Control keep : List.of(title, notValid, fk, mismatch, count)) {
            dev.signalbox.ui.common.FullText.whole(keep);
        }
        search.setMinWidth(90);
        HBox bar = new HBox(10, title, filters, spacer, count, search);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** A wrapped line as tall as its lines (a VBox in a scroll pane would give it one) and its tooltip as backup. */
    private static void wrapWhole(Label label) {
        label.setMinHeight(Region.USE_PREF_SIZE);
        dev.signalbox.ui.common.FullText.carried(label);
    }

    private static ToggleButton filter(String id, String text, String tooltip) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        return button;
    }

    private Node constraintsTable() {
        TableView<Constraint> table = new TableView<>(model.constraints());
        table.setId("constraints-table");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(LocksPane.placeholder("No constraint matches the filters."));
        TableColumn<Constraint, Constraint> flags = new TableColumn<>("");
        // Wide enough for both badges in full: a badge cut to "MISM..." says nothing.
        flags.setPrefWidth(175);
        flags.setMinWidth(175);
        flags.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
        flags.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Constraint constraint, boolean empty) {
                super.updateItem(constraint, empty);
                if (empty || constraint == null) {
                    setGraphic(null);
                    return;
                }
                HBox badges = new HBox(4);
                List<String> meaning = new java.util.ArrayList<>();
                if (model.isMismatch(constraint)) {
                    Label badge = new Label("MISMATCH");
                    badge.getStyleClass().addAll("badge", "badge-bad");
                    badge.setMinWidth(Region.USE_PREF_SIZE);
                    badges.getChildren().add(badge);
                    meaning.add("MISMATCH: not what the profile's expectations say");
                }
                if (!constraint.validated()) {
                    Label badge = new Label("NOT VALID");
                    badge.getStyleClass().addAll("badge", "badge-warn");
                    badge.setMinWidth(Region.USE_PREF_SIZE);
                    badges.getChildren().add(badge);
                    meaning.add("NOT VALID: existing rows are not checked");
                }
                setGraphic(badges);
                setTooltip(meaning.isEmpty() ? null : new Tooltip(String.join("\n", meaning)));
            }
        });
        TableColumn<Constraint, String> definition = column("definition", 320, c -> c.definition() != null ? c.definition()
                : c.definitionSkipped() != null ? "(not read: " + c.definitionSkipped() + ")" : "");
        table.getColumns().setAll(List.of(
                flags,
                column("table", 180, Constraint::qualifiedTable),
                column("name", 230, Constraint::name),
                column("type", 115, Constraint::type),
                column("columns", 130, c -> Format.list(c.columns())),
                column("references", 200, c -> c.referencedTable() == null ? ""
                        : c.referencedTable() + "(" + Format.list(c.referencedColumns()) + ")"),
                column("validated", 88, c -> c.validated() ? "yes" : "NOT VALID"),
                column("deferrable", 88, c -> !c.deferrable() ? "no" : c.initiallyDeferred() ? "deferred" : "immediate"),
                column("on delete", 90, c -> c.onDelete() == null ? "" : c.onDelete()),
                definition));
        dev.signalbox.ui.common.FullText.headers(table);
        dev.signalbox.ui.common.ListUpdates.keepSelection(table, DatabaseViewModel::constraintKey);
        table.setRowFactory(view -> {
            TableRow<Constraint> row = new TableRow<>() {
                @Override
                protected void updateItem(Constraint constraint, boolean empty) {
                    super.updateItem(constraint, empty);
                    boolean present = !empty && constraint != null;
                    pseudoClassStateChanged(MISMATCH, present && model.isMismatch(constraint));
                    pseudoClassStateChanged(NOT_VALID, present && !constraint.validated());
                    // Built per constraint: the fix differs (a wrong target is never offered VALIDATE).
                    setContextMenu(present ? CopyMenu.forRow(this, copies(model.fixFor(constraint))) : null);
                }
            };
            return row;
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        return table;
    }

    private static Map<String, Function<Constraint, String>> copies(ConstraintFix fix) {
        Map<String, Function<Constraint, String>> copies = new LinkedHashMap<>();
        copies.put("name", Constraint::name);
        copies.put("description", Constraint::describe);
        copies.put("definition", c -> c.definition() != null ? c.definition() : c.describe());
        if (fix != null && fix.kind() == ConstraintFix.Kind.REPLACE_FOREIGN_KEY) {
            copies.put("orphan-rows query (against the right table)", c -> fix.orphanQuery());
            copies.put("fix migration (add the right FK NOT VALID, drop, rename, validate)", c -> fix.script());
        } else if (fix != null) {
            copies.put("VALIDATE statement", c -> fix.script());
        }
        return copies;
    }

    private Node indexesTable() {
        TableView<InvalidIndex> table = new TableView<>(model.invalidIndexes());
        table.setId("invalid-indexes");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(LocksPane.placeholder("No invalid index."));
        TableColumn<InvalidIndex, String> state = indexColumn("state", 150, i -> switch (i.state()) {
            case BUILDING -> "building (pid " + i.buildPid() + ")";
            case FAILED -> "failed build";
            case UNKNOWN -> "unknown (progress hidden)";
        });
        state.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : value);
                getStyleClass().removeAll("index-building", "index-failed");
                if (!empty && value != null) {
                    getStyleClass().add(value.startsWith("failed") ? "index-failed" : "index-building");
                }
            }
        });
        table.getColumns().setAll(List.of(
                indexColumn("index", 220, i -> i.schema() + "." + i.name()),
                indexColumn("table", 170, InvalidIndex::table),
                state,
                indexColumn("phase", 150, i -> Format.orDash(i.phase())),
                indexColumn("definition", 320, i -> i.definition() != null ? i.definition()
                        : i.definitionSkipped() != null ? "(not read: " + i.definitionSkipped() + ")" : ""),
                indexColumn("advice", 380, i -> Format.orDash(i.advice()))));
        dev.signalbox.ui.common.ListUpdates.keepSelection(table, DatabaseViewModel::indexKey);
        table.setRowFactory(view -> {
            TableRow<InvalidIndex> row = new TableRow<>();
            Map<String, Function<InvalidIndex, String>> copies = new LinkedHashMap<>();
            copies.put("name", i -> i.schema() + "." + i.name());
            copies.put("definition", InvalidIndex::definition);
            copies.put("advice", InvalidIndex::advice);
            row.contextMenuProperty().bind(Bindings.when(row.emptyProperty()).then((ContextMenu) null)
                    .otherwise(CopyMenu.forRow(row, copies)));
            return row;
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        return table;
    }

    private static <T> TableColumn<T, String> genericColumn(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setCellFactory(c -> new dev.signalbox.ui.common.FullText.Cell<>());
        return column;
    }

    private static TableColumn<Constraint, String> column(String title, double width, Function<Constraint, String> value) {
        return genericColumn(title, width, value);
    }

    private static TableColumn<InvalidIndex, String> indexColumn(String title, double width, Function<InvalidIndex, String> value) {
        return genericColumn(title, width, value);
    }
}
