package dev.signalbox.ui;

import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Measures the time from JVM start to the first frame of a scene (the first pulse after the window is shown),
 * for {@code --measure-startup}. The minimal-window baseline of the start-up benchmark uses this same class,
 * so both are measured identically.
 */
public final class StartupTimer {
    private StartupTimer() {
    }

    /** Prints {@code startup-ms=N} once the scene has produced its first frame, then exits if asked. */
    public static void reportFirstFrame(Scene scene, String label, boolean exitAfter) {
        afterFirstFrame(scene, () -> {
            Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.now());
            long millis = Duration.between(start, Instant.now()).toMillis();
            System.out.println("startup-ms=" + millis + " (" + label + ")");
            System.out.flush();
            if (exitAfter) {
                Platform.exit();
            }
        });
    }

    /** Runs {@code action} on the FX thread once the scene's first frame is on screen. */
    public static void afterFirstFrame(Scene scene, Runnable action) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // The frame is painted right after this pulse's layout; a runLater lands after that render pass.
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
