package dev.signalbox.ui.common;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Window;

/**
 * The clocks that keep ages on screen true ("Health 2 s", "12 s ago"). Not a JavaFX {@code Timeline}: while any
 * animation runs, JavaFX pulses 60 times a second (CSS, layout and a render check each time), so four indefinite
 * tickers kept the idle window at 25 % of a core (issue 20, docs/performance.md). Here one daemon thread posts a
 * single {@code runLater} per tick and the FX thread sleeps in between.
 */
public final class Ticker {
    private static final ScheduledExecutorService CLOCK = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "signalbox-ui-clock");
        thread.setDaemon(true);
        return thread;
    });

    private Ticker() {
    }

    /**
     * Runs {@code action} on the FX thread every {@code period} while {@code owner} is in a showing window; stops
     * for good once the owner has been garbage collected (a view that was replaced).
     */
    public static void every(Duration period, Node owner, Runnable action) {
        // The action usually captures its view, which holds the owner: kept by the scheduled task it would keep the
        // owner reachable for ever (every view ever built, ticking). Kept in the owner's own properties instead, it
        // lives exactly as long as the owner, and the task holds the owner weakly.
        Object key = new Object();
        owner.getProperties().put(key, action);
        WeakReference<Node> ownerRef = new WeakReference<>(owner);
        AtomicReference<ScheduledFuture<?>> self = new AtomicReference<>();
        long millis = period.toMillis();
        self.set(CLOCK.scheduleAtFixedRate(() -> {
            if (ownerRef.get() == null) {
                ScheduledFuture<?> future = self.get();
                if (future != null) {
                    future.cancel(false);
                }
                return;
            }
            Platform.runLater(() -> {
                Node node = ownerRef.get();
                if (node != null && showing(node) && node.getProperties().get(key) instanceof Runnable tick) {
                    tick.run();
                }
            });
        }, millis, millis, TimeUnit.MILLISECONDS));
    }

    private static boolean showing(Node node) {
        Window window = node.getScene() == null ? null : node.getScene().getWindow();
        return window != null && window.isShowing();
    }
}
