package dev.signalbox.bench;

import dev.signalbox.ui.StartupTimer;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline of the start-up benchmark (packaging/startup-benchmark.sh): the smallest JavaFX window, started
 * from the same class path and measured by the same {@link StartupTimer} as the console. (Like the console's
 * launcher, this class does not extend Application: launching from a plain class path needs that.)
 */
public final class MinimalWindow {
    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("minimal")), 1280, 800);
            stage.setScene(scene);
            StartupTimer.reportFirstFrame(scene, "minimal window", true);
            stage.show();
        }
    }
}
