package dev.signalbox.health;

/**
 * Told of every new snapshot, on the monitor's own thread (never the UI thread): return quickly, and hop to your
 * own thread (JavaFX: {@code Platform.runLater}) before touching UI state.
 */
@FunctionalInterface
public interface HealthListener {
    void onSnapshot(HealthSnapshot snapshot);
}
