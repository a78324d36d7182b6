package dev.signalbox.ui.common;

import java.util.List;
import java.util.Objects;
import javafx.collections.ObservableList;

/** Updates of the lists tables show, shaped so that the table keeps its rows. */
public final class ListUpdates {
    private ListUpdates() {
    }

    /**
     * Makes {@code target} equal to {@code source} by setting the positions that differ and adding or removing only
     * at the end. {@code setAll} replaces the whole list, and a table given a whole new list of another length
     * rebuilds its rows: a context menu open on a row closed under the pointer at the next snapshot (the sessions
     * table, every 2 s in the sandbox), and equal rows were repainted for nothing.
     */
    public static <T> void replaceInPlace(ObservableList<T> target, List<? extends T> source) {
        int common = Math.min(target.size(), source.size());
        for (int i = 0; i < common; i++) {
            if (!Objects.equals(target.get(i), source.get(i))) {
                target.set(i, source.get(i));
            }
        }
        if (target.size() > source.size()) {
            target.remove(source.size(), target.size());
        } else if (source.size() > common) {
            target.addAll(source.subList(common, source.size()));
        }
    }
}
