package dev.signalbox.ui.database;

import dev.signalbox.ui.common.CopyableText;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.signalbox.database.BackendAction;
import dev.signalbox.database.BackendSession;
import dev.signalbox.database.LockTree;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Incident 2 on screen: the lock tree (root blocker -> waiting -> queued), live, keeping what the person expanded
 * and selected; the sessions; cancel and terminate of the selected one.
 */
final class LocksPane extends VBox {
    private static final PseudoClass ROOT_BLOCKER = PseudoClass.getPseudoClass("root-blocker");
    private static final PseudoClass MIGRATION = PseudoClass.getPseudoClass("migration");
    private static final PseudoClass LONG_TRANSACTION = PseudoClass.getPseudoClass("long-transaction");
    private static final PseudoClass IDLE_IN_TRANSACTION = PseudoClass.getPseudoClass("idle-in-transaction");

    private final DatabaseViewModel model;
    private final TreeTableView<LockTree.Entry> tree = new TreeTableView<>();
    private final TreeItem<LockTree.Entry> hiddenRoot = new TreeItem<>();
    private final TableView<BackendSession> sessions = new TableView<>();
    /** Tree items by pid, reused across snapshots so expansion survives a refresh. */
    private Map<Integer, TreeItem<LockTree.Entry>> items = new HashMap<>();
    private boolean syncingSelection;

    LocksPane(DatabaseViewModel model) {
        this.model = model;
        getStyleClass().add("database-locks");
        setSpacing(8);
        setPadding(new Insets(12));

        VBox treeBox = new VBox(6, sectionTitle("Lock tree", "root blocker, the sessions waiting on it, the sessions queued behind a waiter"),
                DatabaseView.partError("locks-error", model, "locks"), buildTree());
        VBox.setVgrow(tree, Priority.ALWAYS);
        VBox sessionsBox = new VBox(6, actionBar(), DatabaseView.partError("sessions-error", model, "sessions"), buildSessions());
        VBox.setVgrow(sessions, Priority.ALWAYS);
        SplitPane split = new SplitPane(treeBox, sessionsBox);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().add(split);

        model.lockTreeProperty().addListener((obs, old, now) -> showTree(now));
        showTree(model.lockTreeProperty().get());
        model.selectedPidProperty().addListener((obs, old, now) -> selectPid(now));
    }

    static Node sectionTitle(String title, String hint) {
        Label name = new Label(title);
        name.getStyleClass().add(Styles.TITLE_4);
        name.setMinWidth(Region.USE_PREF_SIZE);
        Label muted = dev.signalbox.ui.common.FullText.carried(new Label(hint));
        muted.getStyleClass().add(Styles.TEXT_MUTED);
        HBox box = new HBox(10, name, muted);
        box.setAlignment(Pos.BASELINE_LEFT);
        return box;
    }

    // ------------------------------------------------------------------------------------------------ lock tree

    private Node buildTree() {
        tree.setId("lock-tree");
        tree.setRoot(hiddenRoot);
        tree.setShowRoot(false);
        tree.getStyleClass().addAll(Styles.DENSE, "lock-tree");
        tree.setPlaceholder(placeholder("Nobody waits on a lock."));
        tree.getColumns().setAll(List.of(
                treeColumn("pid", 118, e -> Integer.toString(e.pid())),
                roleColumn(),
                stateColumn(),
                treeColumn("lock wanted", 152, e -> Format.orDash(Format.lockModes(e.lockWanted()))),
                treeColumn("lock held", 140, e -> Format.orDash(Format.lockModes(e.lockHeld()))),
                treeColumn("relation", 222, e -> Format.orDash(e.relation())),
                treeColumn("waiting", 78, e -> Format.seconds(e.waitingSeconds())),
                treeColumn("tx age", 65, e -> Format.seconds(e.transactionSeconds())),
                treeColumn("application / user", 165, e -> Format.orDash(e.application()) + " / " + Format.orDash(e.user())),
                queryTreeColumn()));
        // The query takes what is left; the full text is in the selected session's details below.
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tree.setRowFactory(view -> {
            TreeTableRow<LockTree.Entry> row = new TreeTableRow<>() {
                @Override
                protected void updateItem(LockTree.Entry entry, boolean empty) {
                    super.updateItem(entry, empty);
                    boolean present = !empty && entry != null;
                    pseudoClassStateChanged(ROOT_BLOCKER, present && entry.role() == LockTree.Role.ROOT_BLOCKER);
                    pseudoClassStateChanged(MIGRATION, present && entry.migration());
                    pseudoClassStateChanged(LONG_TRANSACTION, present && entry.longTransaction());
                }
            };
            Map<String, Function<LockTree.Entry, String>> copies = new LinkedHashMap<>();
            copies.put("pid", e -> Integer.toString(e.pid()));
            copies.put("query", LockTree.Entry::query);
            copies.put("row", LocksPane::describe);
            row.contextMenuProperty().bind(javafx.beans.binding.Bindings.when(row.emptyProperty())
                    .then((javafx.scene.control.ContextMenu) null).otherwise(CopyMenu.forTreeRow(row, copies)));
            keepSelectionOnSecondaryClick(row);
            return row;
        });
        keyboard(tree, () -> tree.lookupAll(".tree-table-row-cell").stream()
                .filter(node -> node instanceof TreeTableRow<?> row && !row.isEmpty() && row.getTreeItem() != null
                        && row.getTreeItem() == tree.getSelectionModel().getSelectedItem())
                .findFirst().orElse(null));
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncingSelection && now != null && now.getValue() != null) {
                model.selectedPidProperty().set(now.getValue().pid());
            }
        });
        return tree;
    }

    private void showTree(LockTree lockTree) {
        Integer selected = model.selectedPidProperty().get();
        Map<Integer, TreeItem<LockTree.Entry>> next = new HashMap<>();
        List<TreeItem<LockTree.Entry>> roots = lockTree.roots().stream().map(node -> item(node, next)).toList();
        syncingSelection = true;
        try {
            if (!sameItems(hiddenRoot.getChildren(), roots)) {
                hiddenRoot.getChildren().setAll(roots);
            }
            items = next;
            selectIn(selected);
        } finally {
            syncingSelection = false;
        }
        tree.refresh();
    }

    private TreeItem<LockTree.Entry> item(LockTree.Node node, Map<Integer, TreeItem<LockTree.Entry>> next) {
        TreeItem<LockTree.Entry> item = items.get(node.entry().pid());
        if (item == null) {
            item = new TreeItem<>();
            item.setExpanded(true);
        }
        item.setValue(node.entry());
        next.put(node.entry().pid(), item);
        List<TreeItem<LockTree.Entry>> children = node.children().stream().map(child -> item(child, next)).toList();
        if (!sameItems(item.getChildren(), children)) {
            item.getChildren().setAll(children);
        }
        return item;
    }

    private static boolean sameItems(List<TreeItem<LockTree.Entry>> a, List<TreeItem<LockTree.Entry>> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    private void selectIn(Integer pid) {
        TreeItem<LockTree.Entry> item = pid == null ? null : items.get(pid);
        if (item == null) {
            tree.getSelectionModel().clearSelection();
        } else if (tree.getSelectionModel().getSelectedItem() != item) {
            tree.getSelectionModel().select(item);
        }
        BackendSession session = pid == null ? null
                : sessions.getItems().stream().filter(s -> s.pid() == pid).findFirst().orElse(null);
        if (session == null) {
            sessions.getSelectionModel().clearSelection();
        } else if (sessions.getSelectionModel().getSelectedItem() == null
                || sessions.getSelectionModel().getSelectedItem().pid() != pid) {
            sessions.getSelectionModel().select(session);
        }
    }

    private void selectPid(Integer pid) {
        if (syncingSelection) {
            return;
        }
        syncingSelection = true;
        try {
            selectIn(pid);
        } finally {
            syncingSelection = false;
        }
    }

    private static TreeTableColumn<LockTree.Entry, String> treeColumn(String title, double width,
                                                                      Function<LockTree.Entry, String> value) {
        TreeTableColumn<LockTree.Entry, String> column = new TreeTableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                cell.getValue().getValue() == null ? "" : value.apply(cell.getValue().getValue())));
        return column;
    }

    private static TreeTableColumn<LockTree.Entry, LockTree.Entry> roleColumn() {
        TreeTableColumn<LockTree.Entry, LockTree.Entry> column = new TreeTableColumn<>("role");
        column.setPrefWidth(140);
        column.setMinWidth(140);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().getValue()));
        column.setCellFactory(c -> new TreeTableCell<>() {
            @Override
            protected void updateItem(LockTree.Entry entry, boolean empty) {
                super.updateItem(entry, empty);
                getStyleClass().removeAll("role-root-blocker", "role-waiting", "role-queued");
                if (empty || entry == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                String role = entry.role().json();
                setText(role);
                setTooltip(entry.migration() ? new Tooltip("A migration session (alembic in application_name, or a query on"
                        + " the version table)") : null);
                getStyleClass().add("role-" + role.replace(' ', '-'));
                setGraphic(new FontIcon(switch (entry.role()) {
                    case ROOT_BLOCKER -> Feather.OCTAGON;
                    case WAITING -> Feather.CLOCK;
                    case QUEUED -> Feather.MORE_HORIZONTAL;
                }));
            }
        });
        return column;
    }

    private static TreeTableColumn<LockTree.Entry, String> stateColumn() {
        TreeTableColumn<LockTree.Entry, String> column = treeColumn("state", 165, e -> Format.orDash(e.state()));
        column.setCellFactory(c -> new TreeTableCell<>() {
            @Override
            protected void updateItem(String state, boolean empty) {
                super.updateItem(state, empty);
                setText(empty ? null : state);
                pseudoClassStateChanged(IDLE_IN_TRANSACTION, !empty && state != null && state.startsWith("idle in transaction"));
            }
        });
        column.getStyleClass().add("state-column");
        return column;
    }

    private static TreeTableColumn<LockTree.Entry, String> queryTreeColumn() {
        TreeTableColumn<LockTree.Entry, String> column = treeColumn("query", 300, e -> Format.oneLine(e.query()));
        column.setMinWidth(150);
        column.setCellFactory(c -> new TreeTableCell<>() {
            @Override
            protected void updateItem(String query, boolean empty) {
                super.updateItem(query, empty);
                setText(empty ? null : query);
                LockTree.Entry entry = getTableRow() == null ? null : getTableRow().getItem();
                setTooltip(empty || entry == null || entry.query() == null ? null : new Tooltip(entry.query()));
            }
        });
        column.getStyleClass().add("query-column");
        return column;
    }

    static String describe(LockTree.Entry e) {
        return "pid " + e.pid() + " (" + e.role().json() + ", " + e.state() + ")"
                + (e.lockWanted() != null ? " wants " + e.lockWanted() : "")
                + (e.lockHeld() != null ? " holds " + e.lockHeld() : "")
                + (e.relation() != null ? " on " + e.relation() : "")
                + (e.waitingSeconds() != null ? ", waiting " + Format.seconds(e.waitingSeconds()) : "")
                + (e.blockedBy().isEmpty() ? "" : ", blocked by " + e.blockedBy())
                + ", application " + Format.orDash(e.application()) + ", user " + Format.orDash(e.user())
                + "\n" + Format.orDash(e.query());
    }

    // ------------------------------------------------------------------------------------------------ sessions

    private Node actionBar() {
        Label title = new Label("Sessions");
        title.getStyleClass().add(Styles.TITLE_4);
        Label selected = new Label();
        selected.setId("selected-session");
        selected.getStyleClass().add(Styles.TEXT_MUTED);
        selected.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            BackendSession s = model.selectedSessionProperty().get();
            return s == null ? "select a session in the tree or the table to act on it"
                    : "selected: pid " + s.pid() + " · " + Format.orDash(s.application()) + " · " + Format.orDash(s.state())
                    + (s.transactionSeconds() != null ? " · transaction open " + Format.seconds(s.transactionSeconds()) : "");
        }, model.selectedSessionProperty()));

        Button cancel = new Button("Cancel query", new FontIcon(Feather.X_CIRCLE));
        cancel.setId("cancel-backend");
        cancel.setOnAction(e -> model.cancelSelected());
        Button terminate = new Button("Terminate session", new FontIcon(Feather.POWER));
        terminate.setId("terminate-backend");
        terminate.getStyleClass().add(Styles.DANGER);
        terminate.setOnAction(e -> model.terminateSelected());
        var disabled = model.actionsDisabled();
        cancel.disableProperty().bind(model.cancelDisabled());
        terminate.disableProperty().bind(disabled);
        // The target of a destructive action is named on its button: no guessing which row it will hit.
        terminate.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            BackendSession s = model.selectedSessionProperty().get();
            return s == null ? "Terminate session" : "Terminate pid " + s.pid();
        }, model.selectedSessionProperty()));
        cancel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            BackendSession s = model.selectedSessionProperty().get();
            return s == null ? "Cancel query" : "Cancel query of pid " + s.pid();
        }, model.selectedSessionProperty()));
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        terminate.setMinWidth(Region.USE_PREF_SIZE);
        // A disabled control shows no tooltip, so the reason sits on a wrapper around the buttons.
        HBox buttons = new HBox(8, cancel, terminate);
        buttons.setId("backend-actions");
        Tooltip why = new Tooltip();
        why.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            if (model.readOnlyProperty().get()) {
                return "Read-only mode (profile setting or --read-only): cancel and terminate are disabled.";
            }
            if (model.actionRunningProperty().get()) {
                return "An action is running.";
            }
            if (model.selectedSessionProperty().get() == null) {
                return "Select a session first.";
            }
            BackendSession s = model.selectedSessionProperty().get();
            return BackendAction.choice(s.pid(), s.idleInTransaction(), s.state());
        }, model.readOnlyProperty(), model.actionRunningProperty(), model.selectedSessionProperty()));
        Tooltip.install(buttons, why);
        Tooltip.install(cancel, why);
        Tooltip.install(terminate, why);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, title, selected, spacer, buttons);
        bar.setAlignment(Pos.CENTER_LEFT);

        Label message = CopyableText.message("action-message", model.actionMessageProperty());
        model.actionOutcomeProperty().addListener((obs, old, now) -> {
            message.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, Styles.WARNING);
            if (now != null) {
                message.getStyleClass().add(switch (now) {
                    case SUCCEEDED, STARTED -> Styles.SUCCESS;
                    case DECLINED, REFUSED -> Styles.WARNING;
                    case FAILED, UNVERIFIED -> Styles.DANGER;
                });
            }
        });
        CopyMenu.install(message, message::getText);

        Label query = new Label();
        query.setId("selected-query");
        query.getStyleClass().add("selected-query");
        query.setWrapText(true);
        query.setMaxHeight(64);
        query.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            BackendSession s = model.selectedSessionProperty().get();
            return s == null || s.query() == null ? "" : s.query().strip();
        }, model.selectedSessionProperty()));
        query.visibleProperty().bind(query.textProperty().isNotEmpty());
        query.managedProperty().bind(query.visibleProperty());
        CopyMenu.install(query, query::getText);
        return new VBox(4, bar, query, message, afterTermination());
    }

    /**
     * A right-click copies from the row under the pointer but must not change the session Terminate acts on: the
     * target of a destructive action is what the user last selected (left click or keyboard), named on the button.
     */
    /**
     * The keyboard on a session row: Delete asks to terminate the selected session (the confirmation names its pid;
     * nothing happens when Terminate is disabled), the context-menu key or Shift+F10 opens the selected row's menu.
     */
    private void keyboard(javafx.scene.control.Control table, java.util.function.Supplier<javafx.scene.Node> selectedRow) {
        table.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.DELETE && !event.isShortcutDown()) {
                if (!model.actionsDisabled().get()) {
                    model.terminateSelected();
                }
                event.consume();
            } else if (event.getCode() == javafx.scene.input.KeyCode.CONTEXT_MENU
                    || event.getCode() == javafx.scene.input.KeyCode.F10 && event.isShiftDown()) {
                showRowMenu(selectedRow.get());
                event.consume();
            }
        });
        // Some platforms turn the menu key into a keyboard-triggered context menu request on the focused control.
        table.addEventHandler(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, event -> {
            if (event.isKeyboardTrigger()) {
                showRowMenu(selectedRow.get());
                event.consume();
            }
        });
    }

    private static void showRowMenu(javafx.scene.Node row) {
        if (!(row instanceof javafx.scene.control.Control control) || control.getContextMenu() == null
                || control.getContextMenu().isShowing()) {
            return;
        }
        javafx.geometry.Bounds bounds = row.localToScreen(row.getBoundsInLocal());
        if (bounds != null) {
            control.getContextMenu().show(row, bounds.getMinX() + 24, bounds.getMaxY());
        }
    }

    private static void keepSelectionOnSecondaryClick(javafx.scene.Node row) {
        row.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, event -> {
            if (event.getButton() == javafx.scene.input.MouseButton.SECONDARY) {
                event.consume();
            }
        });
    }

    /** After terminating a root blocker: what happened to the waiters, the constraints, the revisions, the bypass. */
    private Node afterTermination() {
        VBox box = new VBox(2);
        box.setId("after-termination");
        box.getStyleClass().add("after-termination");
        Runnable update = () -> {
            var assessment = model.afterTerminationProperty().get();
            box.getChildren().clear();
            box.setVisible(assessment != null);
            box.setManaged(assessment != null);
            if (assessment == null) {
                return;
            }
            for (var line : assessment.lines()) {
                Label label = new Label(line.text(), new FontIcon(switch (line.tone()) {
                    case DONE -> Feather.CHECK;
                    case WAITING -> Feather.CLOCK;
                    case ATTENTION -> Feather.ALERT_TRIANGLE;
                }));
                label.setWrapText(true);
                label.getStyleClass().add(switch (line.tone()) {
                    case DONE -> Styles.SUCCESS;
                    case WAITING -> Styles.TEXT_MUTED;
                    case ATTENTION -> Styles.WARNING;
                });
                CopyMenu.install(label, label::getText);
                box.getChildren().add(label);
            }
            Label next = new Label("Next: " + assessment.nextStep(), new FontIcon(Feather.ARROW_RIGHT));
            next.setId("after-termination-next");
            next.setWrapText(true);
            next.getStyleClass().add(Styles.TEXT_BOLD);
            CopyMenu.install(next, next::getText);
            box.getChildren().add(next);
        };
        model.afterTerminationProperty().addListener((obs, old, now) -> update.run());
        update.run();
        return box;
    }

    private Node buildSessions() {
        sessions.setId("sessions-table");
        sessions.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        sessions.setItems(model.sessions());
        sessions.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        sessions.setPlaceholder(placeholder("No other client sessions."));
        TableColumn<BackendSession, String> state = column("state", 165, s -> Format.orDash(s.state()));
        state.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : value);
                pseudoClassStateChanged(IDLE_IN_TRANSACTION, !empty && value != null && value.startsWith("idle in transaction"));
            }
        });
        state.getStyleClass().add("state-column");
        TableColumn<BackendSession, String> query = column("query", 300, s -> Format.oneLine(s.query()));
        query.setMinWidth(150);
        query.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : value);
                BackendSession session = getTableRow() == null ? null : getTableRow().getItem();
                setTooltip(empty || session == null || session.query() == null ? null : new Tooltip(session.query()));
            }
        });
        sessions.getColumns().setAll(List.of(
                column("pid", 70, s -> Integer.toString(s.pid())),
                state,
                column("waits on", 82, s -> s.blockedBy().isEmpty() ? "" : Format.list(s.blockedBy())),
                column("wait event", 150, s -> s.waitEventType() == null ? "" : s.waitEventType() + ": " + s.waitEvent()),
                column("tx age", 65, s -> Format.seconds(s.transactionSeconds())),
                column("in state", 78, s -> Format.seconds(s.stateSeconds())),
                column("application", 110, s -> Format.orDash(s.application())),
                column("user", 90, s -> Format.orDash(s.user())),
                column("client", 90, s -> Format.orDash(s.clientAddress())),
                query));
        sessions.setRowFactory(view -> {
            TableRow<BackendSession> row = new TableRow<>() {
                @Override
                protected void updateItem(BackendSession session, boolean empty) {
                    super.updateItem(session, empty);
                    boolean present = !empty && session != null;
                    pseudoClassStateChanged(MIGRATION, present && session.migration());
                    pseudoClassStateChanged(LONG_TRANSACTION, present && session.longTransaction());
                }
            };
            Map<String, Function<BackendSession, String>> copies = new LinkedHashMap<>();
            copies.put("pid", s -> Integer.toString(s.pid()));
            copies.put("query", BackendSession::query);
            copies.put("row", s -> "pid " + s.pid() + " " + s.state() + " " + s.application() + " " + s.user() + "\n" + s.query());
            row.contextMenuProperty().bind(javafx.beans.binding.Bindings.when(row.emptyProperty())
                    .then((javafx.scene.control.ContextMenu) null).otherwise(CopyMenu.forRow(row, copies)));
            keepSelectionOnSecondaryClick(row);
            return row;
        });
        keyboard(sessions, () -> sessions.lookupAll(".table-row-cell").stream()
                .filter(node -> node instanceof TableRow<?> row && !row.isEmpty() && row.getItem() != null
                        && row.getItem() == sessions.getSelectionModel().getSelectedItem())
                .findFirst().orElse(null));
        sessions.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncingSelection && now != null) {
                model.selectedPidProperty().set(now.pid());
            }
        });
        // The list is replaced on each snapshot: keep the selected pid selected.
        model.sessions().addListener((javafx.collections.ListChangeListener<BackendSession>) change -> {
            Integer pid = model.selectedPidProperty().get();
            if (pid != null && !Objects.equals(pid, selectedSessionPid())) {
                selectPid(pid);
            }
        });
        return sessions;
    }

    private Integer selectedSessionPid() {
        BackendSession s = sessions.getSelectionModel().getSelectedItem();
        return s == null ? null : s.pid();
    }

    private static TableColumn<BackendSession, String> column(String title, double width, Function<BackendSession, String> value) {
        TableColumn<BackendSession, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setCellFactory(c -> new dev.signalbox.ui.common.FullText.Cell<>());
        return column;
    }

    static Node placeholder(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return new StackPane(label);
    }
}
