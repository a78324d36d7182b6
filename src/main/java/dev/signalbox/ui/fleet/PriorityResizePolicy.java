package dev.signalbox.ui.fleet;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.ConstrainedColumnResizeBase;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.Callback;

/**
 * A constrained column resize policy (the columns fill the table's width, no horizontal scroll bar) that shares the
 * width by priority instead of in proportion: every visible column gets its minimum width; what is left brings the
 * columns, in the order given, up to their preferred width; what is left then goes to the flexible column (a free
 * text that is cut otherwise) up to its maximum, and past that to all of them in proportion to their preferred
 * widths, none beyond its maximum. Narrower than the minimums together, the columns past the right edge are cut off.
 * <p>
 * JavaFX's own constrained policies share a change of width in proportion to the preferred widths starting from the
 * current ones, so the widths in a 1280 px window depended on the sizes the window had before, and a column that
 * needed its width (the service's name) could stay narrower than one that did not (a free-text headline).
 * <p>
 * The table calls a policy when the width for its columns or the visible columns change (and while a column's
 * divider is dragged), not on every layout pass; this one is a loop over a dozen columns.
 */
final class PriorityResizePolicy<S> extends ConstrainedColumnResizeBase implements Callback<TableView.ResizeFeatures, Boolean> {
    private static final PseudoClass CONSTRAINED = PseudoClass.getPseudoClass("constrained-resize");
    private final List<TableColumn<S, ?>> priority;
    private final TableColumn<S, ?> flexible;

    /**
     * {@code priority}: the columns that reach their preferred width first, most needed first; the others follow in
     * table order. {@code flexible}: the column that takes the width left past the preferred ones.
     */
    PriorityResizePolicy(List<TableColumn<S, ?>> priority, TableColumn<S, ?> flexible) {
        this.priority = List.copyOf(priority);
        this.flexible = flexible;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Boolean call(TableView.ResizeFeatures features) {
        if (features.getColumn() != null) {
            // A divider dragged by the user: the columns around it give or take, as in JavaFX's own policy; the
            // priorities come back at the next change of the window's width.
            return TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS.call(features);
        }
        TableView<S> table = features.getTable();
        double target = features.getContentWidth();
        List<TableColumn<S, ?>> visible = table.getVisibleLeafColumns();
        if (target <= 0 || visible.isEmpty()) {
            return false;
        }
        double[] width = widths(visible, target);
        // Cumulative rounding: whole pixels that add up to the target.
        double position = 0;
        double placed = 0;
        for (int i = 0; i < visible.size(); i++) {
            position += width[i];
            double edge = Math.round(position);
            features.setColumnWidth(visible.get(i), edge - placed);
            placed = edge;
        }
        // As JavaFX's own policies do: the theme leaves out the last column's right border while the columns reach the
        // table's edge.
        boolean filled = placed >= Math.floor(target);
        if (table.getPseudoClassStates().contains(CONSTRAINED) != filled) {
            table.pseudoClassStateChanged(CONSTRAINED, filled);
        }
        return false;
    }

    /** The width of each visible column for {@code target} px, before rounding. */
    private double[] widths(List<TableColumn<S, ?>> visible, double target) {
        int count = visible.size();
        double[] width = new double[count];
        double left = target;
        for (int i = 0; i < count; i++) {
            width[i] = visible.get(i).getMinWidth();
            left -= width[i];
        }
        if (left <= 0) {
            return width;
        }
        List<TableColumn<S, ?>> order = new ArrayList<>(priority);
        order.retainAll(visible);
        for (TableColumn<S, ?> column : visible) {
            if (!order.contains(column)) {
                order.add(column);
            }
        }
        for (TableColumn<S, ?> column : order) {
            int i = visible.indexOf(column);
            double more = Math.min(left, Math.max(0, prefOf(column) - width[i]));
            width[i] += more;
            left -= more;
        }
        int flex = visible.indexOf(flexible);
        if (flex >= 0 && left > 0) {
            double more = Math.min(left, Math.max(0, flexible.getMaxWidth() - width[flex]));
            width[flex] += more;
            left -= more;
        }
        // Beyond that: in proportion to them, each up to its maximum. A pass either gives all that is
        // left or brings a column to its maximum, so there are at most as many passes as columns.
        for (int pass = 0; pass <= count && left > 0.5; pass++) {
            double shares = 0;
            for (int i = 0; i < count; i++) {
                if (width[i] < visible.get(i).getMaxWidth()) {
                    shares += prefOf(visible.get(i));
                }
            }
            if (shares <= 0) {
                break;
            }
            double given = 0;
            for (int i = 0; i < count; i++) {
                TableColumn<S, ?> column = visible.get(i);
                if (width[i] < column.getMaxWidth()) {
                    double more = Math.min(left * prefOf(column) / shares, column.getMaxWidth() - width[i]);
                    width[i] += more;
                    given += more;
                }
            }
            left -= given;
        }
        return width;
    }

    private static double prefOf(TableColumn<?, ?> column) {
        return Math.max(column.getMinWidth(), Math.min(column.getPrefWidth(), column.getMaxWidth()));
    }
}
