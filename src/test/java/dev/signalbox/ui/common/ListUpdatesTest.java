package dev.signalbox.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;

class ListUpdatesTest {
    /** A table row: a key (a pid, a constraint's name) and a value that can change between snapshots. */
    record Row(int key, int value) {
    }

    /** Rows ordered by key, as the snapshots give them (sessions by pid, constraints by table and name). */
    private static List<Row> sortedRows(Random random) {
        List<Row> rows = new ArrayList<>();
        for (int key = 0; key < 8; key++) {
            if (random.nextBoolean()) {
                rows.add(new Row(key, random.nextInt(3)));
            }
        }
        return rows;
    }

    private static List<Row> anyRows(Random random) {
        List<Row> rows = new ArrayList<>();
        for (int i = random.nextInt(8); i > 0; i--) {
            rows.add(new Row(random.nextInt(5), random.nextInt(3)));
        }
        return rows;
    }

    private static List<Row> removedRows(ObservableList<Row> shown) {
        List<Row> removed = new ArrayList<>();
        shown.addListener((ListChangeListener<Row>) change -> {
            while (change.next()) {
                if (change.wasRemoved() && !change.wasReplaced()) {
                    removed.addAll(change.getRemoved());
                }
            }
        });
        return removed;
    }

    @Test
    void aRowWhoseKeyStaysIsNeverRemovedAndAnEqualRowIsNotTouched() {
        Random random = new Random(20261201);
        for (int run = 0; run < 2_000; run++) {
            List<Row> before = sortedRows(random);
            List<Row> after = sortedRows(random);
            ObservableList<Row> shown = FXCollections.observableArrayList(before);
            List<Row> removed = removedRows(shown);
            List<Row> replacedEqual = new ArrayList<>();
            shown.addListener((ListChangeListener<Row>) change -> {
                while (change.next()) {
                    if (change.wasReplaced() && change.getRemoved().equals(change.getAddedSubList())) {
                        replacedEqual.addAll(change.getRemoved());
                    }
                }
            });

            ListUpdates.replaceInPlace(shown, after, Row::key);

            assertThat(shown).as("%s -> %s", before, after).containsExactlyElementsOf(after);
            Set<Integer> staying = after.stream().map(Row::key).collect(Collectors.toSet());
            // A table keeps the row (its open menu, its selection) of a key that stays: it is set, never removed.
            assertThat(removed).as("%s -> %s", before, after).noneMatch(row -> staying.contains(row.key()));
            assertThat(replacedEqual).as("%s -> %s", before, after).isEmpty();
        }
    }

    @Test
    void anyOrderAndRepeatedKeysEndEqualToTheSource() {
        Random random = new Random(20261202);
        for (int run = 0; run < 2_000; run++) {
            List<Row> before = anyRows(random);
            List<Row> after = anyRows(random);
            ObservableList<Row> shown = FXCollections.observableArrayList(before);

            ListUpdates.replaceInPlace(shown, after, Row::key);

            assertThat(shown).as("%s -> %s", before, after).containsExactlyElementsOf(after);
        }
    }

    @Test
    void theSelectedRowStaysSelectedWhenItsValuesChangeAndAClearedSelectionStaysClear() throws Exception {
        FxThread.start();
        ObservableList<Row> shown = FXCollections.observableArrayList(new Row(1, 0), new Row(2, 0), new Row(3, 0));
        TableView<Row> table = FxThread.call(() -> new TableView<>(shown));
        FxThread.run(() -> {
            ListUpdates.keepSelection(table, Row::key);
            table.getSelectionModel().select(1);
            ListUpdates.replaceInPlace(shown, List.of(new Row(1, 0), new Row(2, 7), new Row(3, 0)), Row::key);
        });
        assertThat(FxThread.call(() -> table.getSelectionModel().getSelectedItem())).isEqualTo(new Row(2, 7));

        FxThread.run(() -> table.getSelectionModel().clearSelection());
        FxThread.run(() -> ListUpdates.replaceInPlace(shown, List.of(new Row(1, 0), new Row(2, 8), new Row(3, 0)), Row::key));
        assertThat(FxThread.call(() -> table.getSelectionModel().getSelectedItem())).isNull();
    }
}
