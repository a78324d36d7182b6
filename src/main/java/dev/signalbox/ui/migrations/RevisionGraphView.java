package dev.signalbox.ui.migrations;

import atlantafx.base.theme.Styles;
import dev.signalbox.migrations.GitState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.BooleanSupplier;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The revision history drawn like {@code git log --graph}: newest first in {@code alembic history} order, one
 * row per revision with its lanes, its mark against the database (current, applied, pending, unknown), its id and
 * message, and tags (head, merge, branch point, lint findings, git state). Ctrl+C copies the selected id.
 */
public final class RevisionGraphView extends ListView<RevisionRow> {
    static final double ROW_HEIGHT = 30;

    public RevisionGraphView(IntSupplier laneCount, BooleanSupplier edges, Consumer<String> copy) {
        setId("revision-list");
        getStyleClass().add("revision-graph");
        setFixedCellSize(ROW_HEIGHT);
        setCellFactory(list -> new RowCell(laneCount, edges, copy));
        setOnKeyPressed(event -> {
            if (new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN).match(event) && getSelectionModel().getSelectedItem() != null) {
                copy.accept(getSelectionModel().getSelectedItem().id());
                event.consume();
            }
        });
    }

    private static final class RowCell extends ListCell<RevisionRow> {
        private final IntSupplier laneCount;
        private final BooleanSupplier edges;
        private final LaneGlyph glyph = new LaneGlyph();
        private final Label mark = new Label();
        private final Label id = new Label();
        private final Label message = dev.signalbox.ui.common.FullText.carried(new Label());
        private final HBox tags = new HBox(4);
        private final HBox box = new HBox(8, glyph, mark, id, message, tags);

        RowCell(IntSupplier laneCount, BooleanSupplier edges, Consumer<String> copy) {
            this.laneCount = laneCount;
            this.edges = edges;
            getStyleClass().add("revision-cell");
            // The list's width, not the content's: long messages are cut, the tags stay visible.
            setPrefWidth(0);
            box.setAlignment(Pos.CENTER_LEFT);
            mark.getStyleClass().add("mark-badge");
            mark.setMinWidth(Region.USE_PREF_SIZE);
            mark.setPrefWidth(88);
            mark.setAlignment(Pos.CENTER);
            id.getStyleClass().add("revision-id");
            id.setMinWidth(Region.USE_PREF_SIZE);
            message.setMinWidth(40);
            message.setPrefWidth(80);
            message.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(message, Priority.ALWAYS);
            tags.setAlignment(Pos.CENTER_RIGHT);
            tags.setMinWidth(Region.USE_PREF_SIZE);
            MenuItem copyId = new MenuItem("Copy revision id");
            copyId.setOnAction(e -> copy.accept(getItem().id()));
            MenuItem copyFile = new MenuItem("Copy file path");
            copyFile.setOnAction(e -> copy.accept(String.valueOf(getItem().revision().file())));
            ContextMenu menu = new ContextMenu(copyId, copyFile);
            menu.setOnShowing(e -> copyFile.setDisable(getItem() == null || getItem().revision() == null));
            setContextMenu(menu);
        }

        @Override
        protected void updateItem(RevisionRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                setId(null);
                setTooltip(null);
                return;
            }
            setId("revision-row-" + row.id());
            glyph.draw(row, laneCount.getAsInt(), edges.getAsBoolean());
            mark.setText(row.mark().label());
            mark.getStyleClass().removeIf(c -> c.startsWith("mark-") && !c.equals("mark-badge"));
            mark.getStyleClass().add("mark-" + row.mark().name().toLowerCase(Locale.ROOT));
            mark.setVisible(!row.mark().label().isEmpty());
            id.setText(row.id());
            message.setText(row.message());
            tags.getChildren().setAll(tags(row));
            setTooltip(new Tooltip(row.id() + ": " + row.mark().meaning()));
            setGraphic(box);
        }

        private static List<Label> tags(RevisionRow row) {
            List<Label> out = new ArrayList<>();
            if (row.revision() != null) {
                if (row.revision().head()) {
                    out.add(tag("head", Styles.ACCENT, null));
                }
                if (row.revision().mergePoint()) {
                    Label merge = tag("merge", null, Feather.GIT_MERGE);
                    merge.setTooltip(new Tooltip("merges " + String.join(" + ", row.parents())));
                    out.add(merge);
                }
                if (row.revision().branchPoint()) {
                    out.add(tag("branch point", null, Feather.GIT_BRANCH));
                }
                if (!row.revision().branchLabels().isEmpty()) {
                    out.add(tag(String.join(", ", row.revision().branchLabels()), null, Feather.TAG));
                }
            }
            if (!row.findings().isEmpty()) {
                Label lint = tag(row.findings().size() + " lint", Styles.WARNING, Feather.ALERT_TRIANGLE);
                lint.getStyleClass().add("lint-tag");
                out.add(lint);
            }
            if (row.gitState() != null) {
                out.add(tag(row.gitState().name().toLowerCase(Locale.ROOT), gitDanger(row.gitState()) ? Styles.DANGER : Styles.WARNING,
                        Feather.GIT_COMMIT));
            }
            if (!row.problems().isEmpty()) {
                out.add(tag(row.problems().size() + " problem" + (row.problems().size() == 1 ? "" : "s"), Styles.DANGER, Feather.X_OCTAGON));
            }
            return out;
        }

        private static boolean gitDanger(GitState.State state) {
            return state != GitState.State.MODIFIED;
        }

        private static Label tag(String text, String tone, Feather icon) {
            Label label = new Label(text);
            label.getStyleClass().add("row-tag");
            if (tone != null) {
                label.getStyleClass().add(tone);
            }
            if (icon != null) {
                label.setGraphic(new FontIcon(icon));
            }
            return label;
        }
    }
}
