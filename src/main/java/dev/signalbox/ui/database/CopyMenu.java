package dev.signalbox.ui.database;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.TreeTableRow;

/** Values on the Database view are meant to be pasted into psql or a ticket: every row and fact has "Copy ...". */
final class CopyMenu {
    private CopyMenu() {
    }

    static void copy(String text) {
        dev.signalbox.ui.common.CopyableText.copy(null, text);
    }

    static void copy(String what, String text) {
        dev.signalbox.ui.common.CopyableText.copy(what, text);
    }

    /** A context menu on a label-like node copying what {@code value} returns at the time of the click. */
    static void install(Node node, Supplier<String> value) {
        MenuItem item = new MenuItem("Copy");
        item.setOnAction(e -> copy(value.get()));
        ContextMenu menu = new ContextMenu(item);
        node.setOnContextMenuRequested(e -> menu.show(node, e.getScreenX(), e.getScreenY()));
    }

    /** Named copy items for a table row, e.g. "Copy pid", "Copy query", built from the row's item. */
    static <T> ContextMenu forRow(TableRow<T> row, Map<String, Function<T, String>> items) {
        return menu(items, row::getItem);
    }

    static <T> ContextMenu forTreeRow(TreeTableRow<T> row, Map<String, Function<T, String>> items) {
        return menu(items, row::getItem);
    }

    private static <T> ContextMenu menu(Map<String, Function<T, String>> items, Supplier<T> item) {
        ContextMenu menu = new ContextMenu();
        // What the row showed when its menu opened: rows are reused and the sessions list is replaced at every
        // snapshot, so while the menu is open the row can come to show another session, and "Copy pid" copied that
        // one's pid (seen under load in OverviewBlockedMigrationLinksTest: expected 4602, copied 5806).
        AtomicReference<T> openedOn = new AtomicReference<>();
        menu.setOnShowing(e -> openedOn.set(item.get()));
        for (Map.Entry<String, Function<T, String>> entry : new LinkedHashMap<>(items).entrySet()) {
            MenuItem copy = new MenuItem("Copy " + entry.getKey());
            copy.setOnAction(e -> {
                T value = openedOn.get();
                if (value != null) {
                    copy(entry.getKey(), entry.getValue().apply(value));
                }
            });
            menu.getItems().add(copy);
        }
        return menu;
    }
}
