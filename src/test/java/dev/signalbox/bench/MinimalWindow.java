package dev.signalbox.bench;

import dev.signalbox.ui.StartupTimer;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline of the start-up benchmark (packaging/startup-benchmark.sh): the smallest JavaFX window, started
 * from the same class path and measured by the same {@link StartupTimer} as the console.
 */
public final class MinimalWindow extends Application {
    public static void main(String[] args) {
        launch(MinimalWindow.class, args);
    }

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label("minimal")), 1280, 800);
        stage.setScene(scene);
        StartupTimer.reportFirstFrame(scene, "minimal window", true);
        stage.show();
    }
}
