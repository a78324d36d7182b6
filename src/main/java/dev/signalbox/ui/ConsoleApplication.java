package dev.signalbox.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.signalbox.config.ConfigException;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.PlatformDirs;
import dev.signalbox.config.ProfileLoader;
import dev.signalbox.config.ProfileStore;
import dev.signalbox.ui.common.Background;
import dev.signalbox.ui.shell.NotBuiltView;
import dev.signalbox.ui.shell.ShellView;
import dev.signalbox.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: builds the shell and shows the window. Closing the window ends the process. */
public final class ConsoleApplication extends Application {

    public static void launchConsole(String[] args) {
        Application.launch(ConsoleApplication.class, args);
    }

    @Override
    public void start(Stage stage) throws ConfigException {
        Map<String, String> named = getParameters().getNamed();
        LoadedProfile profile = null;
        if (named.containsKey("profile")) {
            // Already validated by the command line before launch; a second read keeps one source of truth.
            profile = new ProfileLoader().load(Path.of(named.get("profile")));
        }
        boolean readOnly = Boolean.parseBoolean(named.getOrDefault("read-only", "false"));
        boolean dark = "dark".equals(named.getOrDefault("theme", System.getProperty("signalbox.theme", "light")));
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());

        ShellViewModel model = new ShellViewModel(new ProfileStore(PlatformDirs.detect()), profile, readOnly);
        ShellView shell = new ShellView(model, NotBuiltView::new);
        Scene scene = new Scene(shell, 1280, 800);
        scene.getStylesheets().add(ConsoleApplication.class.getResource("/css/signalbox.css").toExternalForm());
        stage.setTitle("Signalbox");
        stage.setScene(scene);
        stage.setOnCloseRequest(event -> Platform.exit());
        shell.installShortcuts();
        stage.show();
        model.reloadProfiles();
    }

    @Override
    public void stop() {
        Background.shutdown();
    }
}
