package dev.signalbox.ui.common;

import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * Text that may not fit is never lost (issue 20, "nothing cut off"): where a label, badge or cell can be narrower
 * than its text (a table column at 1024 px, a badge in a squeezed row), a tooltip carries the whole text, and
 * controls that must stay readable keep the width of their text.
 */
public final class FullText {
    private FullText() {
    }

    /** A tooltip that always says what {@code labeled} says, however narrow it is drawn. */
    public static <T extends Labeled> T carried(T labeled) {
        Tooltip tooltip = tooltip();
        tooltip.textProperty().bind(labeled.textProperty());
        labeled.setTooltip(tooltip);
        return labeled;
    }

    /** Never narrower than its text: buttons and badges whose words must stay whole ("PROGRE" / "SS", "..."). */
    public static <T extends Control> T whole(T control) {
        control.setMinWidth(Region.USE_PREF_SIZE);
        return control;
    }

    /** Sets {@code text} on {@code tooltip} and shows it on {@code control} only while there is text to carry. */
    public static void carry(Control control, Tooltip tooltip, String text) {
        tooltip.setText(text == null ? "" : text);
        Tooltip wanted = text == null || text.isBlank() ? null : tooltip;
        if (control.getTooltip() != wanted) {
            control.setTooltip(wanted);
        }
    }

    /**
     * Each column at least as wide as its header's words, so a squeezed table scrolls sideways instead of showing
     * "Out..." for Outcome (the header has no tooltip; the cells do, through {@link Cell}).
     */
    public static void headers(javafx.scene.control.TableView<?> table) {
        for (javafx.scene.control.TableColumn<?, ?> column : table.getColumns()) {
            header(column);
        }
    }

    public static void header(javafx.scene.control.TableColumnBase<?, ?> column) {
        if (column.getText() == null || column.getText().isEmpty()) {
            return;
        }
        javafx.scene.text.Text measure = new javafx.scene.text.Text(column.getText());
        measure.setFont(javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(),
                javafx.scene.text.FontWeight.BOLD, 14));
        // the header's padding and the sort arrow
        double wanted = Math.ceil(measure.getLayoutBounds().getWidth()) + 34;
        column.setMinWidth(Math.max(column.getMinWidth(), wanted));
        if (column.getPrefWidth() < wanted) {
            column.setPrefWidth(wanted);
        }
    }

    public static Tooltip tooltip() {
        Tooltip tooltip = new Tooltip();
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(640);
        tooltip.setShowDelay(Duration.millis(400));
        return tooltip;
    }

    /** A plain text cell whose tooltip carries its whole text (a column squeezed by the window keeps nothing hidden). */
    public static class Cell<S> extends TableCell<S, String> {
        private final Tooltip tooltip = tooltip();

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            carry(this, tooltip, empty ? null : item);
        }
    }
}
