package dev.signalbox.ui.common;

import java.time.Clock;
import java.time.Instant;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.util.Duration;

/**
 * The console's one clock for ages on screen ("12 s ago"): a single one-second tick on the FX thread that every view
 * listens to, instead of a timer per view. Listeners are held weakly: a view keeps its own listener in a field, and a
 * view nobody shows any more stops ticking with it.
 */
public final class UiClock {
    private static ReadOnlyObjectWrapper<Instant> now;

    private UiClock() {
    }

    /** The current second, updated on the FX thread; call on the FX thread. */
    public static ReadOnlyObjectProperty<Instant> now() {
        if (now == null) {
            Clock clock = Clock.systemUTC();
            now = new ReadOnlyObjectWrapper<>(clock.instant());
            Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> now.set(clock.instant())));
            ticker.setCycleCount(Animation.INDEFINITE);
            ticker.play();
        }
        return now.getReadOnlyProperty();
    }

    /** Calls {@code onTick} every second for as long as the caller keeps {@code onTick} reachable. */
    public static void onTick(InvalidationListener onTick) {
        now().addListener(new WeakInvalidationListener(onTick));
    }
}
