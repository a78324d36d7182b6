package dev.signalbox.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.time.Duration;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;

/**
 * A view replaced by another (a profile switch, a restage) must be collectable even though its tick mentions it:
 * before, the scheduled tick held every view ever built, and with it its view model and the watch's histories.
 */
class TickerTest {

    @Test
    void aViewWhoseTickMentionsItIsCollectedOnceNothingElseHoldsIt() {
        WeakReference<Region> view = registerAViewThatTicks();
        for (int attempt = 0; attempt < 50 && view.get() != null; attempt++) {
            System.gc();
        }
        assertThat(view.get()).as("the replaced view, reachable only from its own tick").isNull();
    }

    private static WeakReference<Region> registerAViewThatTicks() {
        Region view = new Region();
        // An hour: the tick itself never runs here, only what it keeps reachable is under test.
        Ticker.every(Duration.ofHours(1), view, () -> view.setOpacity(view.getOpacity()));
        return new WeakReference<>(view);
    }
}
