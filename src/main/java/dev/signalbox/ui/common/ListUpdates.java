package dev.signalbox.ui.common;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableView;

/** Updates of the lists tables show, shaped so that the table keeps its rows. */
public final class ListUpdates {
    private ListUpdates() {
    }

    /**
     * Makes {@code target} equal to {@code source}, row by row as {@code key} identifies them (a session's pid, a
     * constraint's table and name): a row whose key stays is set in place when its values differ and left alone when
     * they do not, a row whose key is gone is removed where it is, a new one is inserted where it goes. {@code setAll}
     * replaces the whole list at every snapshot: the table rebuilt its rows, so a context menu open on a row closed
     * under the pointer (the sessions table, every 2 s in the sandbox) and the selection was cleared; and an update
     * by position alone moved the selection to a neighbour when a row above it came or went.
     */
    public static <T> void replaceInPlace(ObservableList<T> target, List<? extends T> source, Function<? super T, ?> key) {
        Set<Object> wanted = new HashSet<>();
        for (T row : source) {
            wanted.add(key.apply(row));
        }
        for (int i = target.size() - 1; i >= 0; i--) {
            if (!wanted.contains(key.apply(target.get(i)))) {
                target.remove(i);
            }
        }
        for (int i = 0; i < source.size(); i++) {
            T row = source.get(i);
            Object rowKey = key.apply(row);
            if (i < target.size() && Objects.equals(key.apply(target.get(i)), rowKey)) {
                if (!Objects.equals(target.get(i), row)) {
                    target.set(i, row);
                }
                continue;
            }
            // A row that moved up (the order changed): taken from where it was.
            for (int later = i + 1; later < target.size(); later++) {
                if (Objects.equals(key.apply(target.get(later)), rowKey)) {
                    target.remove(later);
                    break;
                }
            }
            target.add(i, row);
        }
        if (target.size() > source.size()) {
            target.remove(source.size(), target.size());
        }
    }

    /**
     * Keeps the selected row selected when {@link #replaceInPlace} sets it with new values. After a replace, the
     * table selects again the row object it had, found by equality (TableView's updateDefaultSelection, JavaFX 21):
     * a row whose values changed (a constraint validated) was no longer found and the selection was cleared. The key
     * of the row the table let go of inside that change is selected again; a selection the user clears stays clear.
     */
    public static <T> void keepSelection(TableView<T> table, Function<? super T, ?> key) {
        Object[] dropped = {null};
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                dropped[0] = key.apply(old);
                // Only a drop inside the list change that follows in the same event counts; a user's drop is past.
                Platform.runLater(() -> dropped[0] = null);
            }
        });
        // Added after the table's own listener, so it runs once the table has dropped the row.
        table.getItems().addListener((ListChangeListener<T>) change -> {
            Object wanted = dropped[0];
            dropped[0] = null;
            if (wanted == null || !table.getSelectionModel().isEmpty()) {
                return;
            }
            List<T> items = table.getItems();
            for (int i = 0; i < items.size(); i++) {
                if (Objects.equals(key.apply(items.get(i)), wanted)) {
                    table.getSelectionModel().select(i);
                    return;
                }
            }
        });
    }
}
