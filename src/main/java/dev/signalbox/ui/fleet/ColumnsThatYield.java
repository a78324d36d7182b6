package dev.signalbox.ui.fleet;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Columns that give their place to the others when the table is narrow: each is hidden while the table is narrower
 * than its own width and shown when the table is wider. The table's column menu (the "+" at the right of its header)
 * shows or hides any of them; from then on that column stays as the user left it, whatever the width.
 * <p>
 * Only the table's width is listened to: it changes when the window is resized, never on an idle frame, and a column
 * is shown or hidden only when the width crosses its threshold, so rows and cells are not rebuilt otherwise.
 */
final class ColumnsThatYield {
    private final Map<TableColumn<?, ?>, Double> shownFrom;
    private final Set<TableColumn<?, ?>> chosenByUser = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean applying;

    private ColumnsThatYield(Map<TableColumn<?, ?>, Double> shownFrom) {
        this.shownFrom = new LinkedHashMap<>(shownFrom);
    }

    /** Shows each column of {@code shownFrom} from the table width it maps to, and hides it below. */
    static void install(TableView<?> table, Map<TableColumn<?, ?>, Double> shownFrom) {
        new ColumnsThatYield(shownFrom).listenTo(table);
    }

    private void listenTo(TableView<?> table) {
        for (TableColumn<?, ?> column : shownFrom.keySet()) {
            column.visibleProperty().addListener((obs, old, now) -> {
                if (!applying) {
                    chosenByUser.add(column);
                }
            });
        }
        table.widthProperty().addListener((obs, old, now) -> apply(now.doubleValue()));
        apply(table.getWidth());
    }

    private void apply(double tableWidth) {
        applying = true;
        try {
            shownFrom.forEach((column, from) -> {
                boolean shown = tableWidth >= from;
                if (!chosenByUser.contains(column) && column.isVisible() != shown) {
                    column.setVisible(shown);
                }
            });
        } finally {
            applying = false;
        }
    }
}
