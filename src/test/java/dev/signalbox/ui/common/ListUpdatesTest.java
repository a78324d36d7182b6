package dev.signalbox.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

class ListUpdatesTest {
    private static List<Integer> randomList(Random random) {
        List<Integer> list = new ArrayList<>();
        for (int i = random.nextInt(8); i > 0; i--) {
            list.add(random.nextInt(5));
        }
        return list;
    }

    @Test
    void theListEndsEqualToTheSourceAndRowsThatStayAreNeverRemoved() {
        Random random = new Random(20261201);
        for (int run = 0; run < 2_000; run++) {
            List<Integer> before = randomList(random);
            List<Integer> after = randomList(random);
            ObservableList<Integer> shown = FXCollections.observableArrayList(before);
            List<int[]> removedRanges = new ArrayList<>();
            shown.addListener((ListChangeListener<Integer>) change -> {
                while (change.next()) {
                    if (change.wasRemoved() && !change.wasReplaced()) {
                        removedRanges.add(new int[] {change.getFrom(), change.getRemovedSize()});
                    }
                }
            });

            ListUpdates.replaceInPlace(shown, after);

            assertThat(shown).as("%s -> %s", before, after).containsExactlyElementsOf(after);
            // Only a shorter list removes, and only its tail: a row at a position both lists have is kept.
            for (int[] range : removedRanges) {
                assertThat(range[0]).as("%s -> %s", before, after).isEqualTo(after.size());
            }
        }
    }
}
