package dev.signalbox.ui;

import dev.signalbox.config.ConfigException;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.app.AppContext;
import dev.signalbox.config.ProfileLoader;
import dev.signalbox.config.WindowState;
import dev.signalbox.ui.common.Background;
import dev.signalbox.ui.common.Theme;
import dev.signalbox.ui.shell.ConsoleSection;
import dev.signalbox.ui.shell.ShellView;
import dev.signalbox.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The JavaFX application: builds the shell and shows the window. Closing the window ends the process. */
public final class ConsoleApplication extends Application {
    private Stage stage;
    private dev.signalbox.ui.shell.AttentionBadge badge;
    private ShellViewModel model;
    private AppContext app;
    private WindowState saved;
    private LoadedProfile profile;
    private Theme theme;
    private dev.signalbox.config.Project project;

    public static void launchConsole(String[] args) {
        dev.signalbox.app.RenderingPipeline.chooseBeforeLaunch();
        Application.launch(ConsoleApplication.class, args);
    }

    /**
     * On the launcher thread, before the FX thread exists: the composition root, the saved window and the theme
     * (asking the OS for it starts short processes, which must not run on the FX thread).
     */
    @Override
    public void init() throws ConfigException {
        app = AppContext.detect();
        saved = WindowState.load(app.windowStateFile());
        Map<String, String> named = getParameters().getNamed();
        if (named.containsKey("profile")) {
            // Already validated by the command line before launch, so this read cannot surprise anyone.
            profile = new ProfileLoader().load(Path.of(named.get("profile")));
        }
        if (named.containsKey("project")) {
            project = new dev.signalbox.config.ProjectLoader().load(Path.of(named.get("project")));
        }
        theme = Theme.parse(named.get("theme"), Theme.parse(saved.theme(), null));
        if (theme == null) {
            theme = Theme.detectFromOs();
        }
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        Map<String, String> named = getParameters().getNamed();
        boolean readOnly = Boolean.parseBoolean(named.getOrDefault("read-only", "false"));
        boolean measureStartup = Boolean.parseBoolean(named.getOrDefault("measure-startup", "false"));
        theme.apply();

        dev.signalbox.ui.shell.ProfileChoice first = project != null ? new dev.signalbox.ui.shell.ProfileChoice.Project(project)
                : dev.signalbox.sandbox.Scenario.PROJECT.equals(named.get("scenario")) ? new dev.signalbox.ui.shell.ProfileChoice.ProjectSandbox()
                : profile != null ? new dev.signalbox.ui.shell.ProfileChoice.Loaded(profile) : null;
        model = new ShellViewModel(app, first, readOnly);
        if (named.containsKey("scenario") && !dev.signalbox.sandbox.Scenario.PROJECT.equals(named.get("scenario"))) {
            model.setSandboxScenario(dev.signalbox.sandbox.Scenario.fromCliName(named.get("scenario")));
        }
        model.sectionProperty().set(sectionOrDefault(named.getOrDefault("section", saved.section())));
        ShellView shell = new ShellView(model, section -> ConsoleViews.create(section, model));
        shell.setOnToggleTheme(() -> {
            theme = theme.other();
            theme.apply();
        });
        Scene scene = new Scene(shell, saved.width(), saved.height());
        scene.getStylesheets().add(ConsoleApplication.class.getResource("/css/signalbox.css").toExternalForm());
        stage.titleProperty().bind(model.titleProperty());
        badge = new dev.signalbox.ui.shell.AttentionBadge(model.background(), app.desktopTray(),
                () -> Platform.runLater(() -> {
                    stage.setIconified(false);
                    stage.toFront();
                }));
        model.attentionProperty().addListener((obs, old, now) -> badge.show(now.intValue(), model.titleProperty().get()));
        stage.getIcons().add(new Image(ConsoleApplication.class.getResourceAsStream("/icons/signalbox.png")));
        stage.setScene(scene);
        placeWindow(saved);
        stage.setOnCloseRequest(event -> Platform.exit());
        shell.installShortcuts();
        if (measureStartup) {
            StartupTimer.reportFirstFrame(scene, "signalbox console", true);
        }
        // Nothing that touches disk or network before the first frame: profiles and the watch start after it.
        if (!measureStartup) {
            StartupTimer.afterFirstFrame(scene, () -> {
                model.reloadProfiles();
                model.watchChosenProfile();
            });
        }
        stage.show();
    }

    private static ConsoleSection sectionOrDefault(String name) {
        try {
            return name == null ? ConsoleSection.OVERVIEW : ConsoleSection.valueOf(name);
        } catch (IllegalArgumentException e) {
            return ConsoleSection.OVERVIEW;
        }
    }

    private void placeWindow(WindowState saved) {
        if (saved.x() != null && saved.y() != null) {
            // Only restore a position that is still on a screen (a monitor may have been unplugged).
            boolean visible = Screen.getScreens().stream().map(Screen::getVisualBounds)
                    .anyMatch((Rectangle2D bounds) -> bounds.intersects(saved.x(), saved.y(), 100, 100));
            if (visible) {
                stage.setX(saved.x());
                stage.setY(saved.y());
            }
        }
        stage.setMaximized(saved.maximized());
    }

    @Override
    public void stop() {
        if (stage != null && model != null) {
            boolean maximized = stage.isMaximized();
            new WindowState(stage.getX(), stage.getY(), stage.getScene().getWidth(), stage.getScene().getHeight(),
                    maximized, model.sectionProperty().get().name(), theme.name().toLowerCase()).save(app.windowStateFile());
        }
        if (badge != null) {
            badge.close();
        }
        if (model != null) {
            model.shutdown();
        }
        Background.shutdown();
    }
}
