package dev.signalbox.ui.migrations;

import atlantafx.base.theme.PrimerLight;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.ProfileStore;
import dev.signalbox.ui.ConsoleApplication;
import dev.signalbox.ui.ConsoleViews;
import dev.signalbox.ui.common.FxThread;
import dev.signalbox.ui.shell.ConsoleSection;
import dev.signalbox.ui.shell.ShellView;
import dev.signalbox.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/** The real console shell on the Migrations section, watching a real profile, and what a person sees in it. */
final class MigrationsViewFixture {
    static final long TIMEOUT_SECONDS = 30;

    private MigrationsViewFixture() {
    }

    static ShellViewModel show(Stage stage, Path profiles, LoadedProfile profile) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ShellViewModel shell = new ShellViewModel(new ProfileStore(profiles), profile, false);
        shell.sectionProperty().set(ConsoleSection.MIGRATIONS);
        ShellView view = new ShellView(shell, section -> ConsoleViews.create(section, shell));
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().add(ConsoleApplication.class.getResource("/css/signalbox.css").toExternalForm());
        stage.setScene(scene);
        // The one primary stage TestFX keeps per JVM may have been resized by an earlier test: the scene's size.
        stage.sizeToScene();
        stage.show();
        shell.watchChosenProfile();
        return shell;
    }

    static void waitUntil(Callable<Boolean> condition) throws Exception {
        FxThread.waitFor((int) TIMEOUT_SECONDS, condition);
    }

    static <T> T onFx(Callable<T> read) throws Exception {
        return FxThread.call(read);
    }

    /** A label's text, read on the FX thread (inside a {@link #waitUntil} condition or after it). */
    static String text(FxRobot robot, String query) throws Exception {
        return FxThread.call(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    /** The row of a revision as drawn (not the list's invisible measuring cell), or null when not on screen. */
    @SuppressWarnings("unchecked")
    static ListCell<RevisionRow> row(FxRobot robot, String revision) {
        return robot.lookup("#revision-row-" + revision).match(MigrationsViewFixture::shown).queryAll().stream()
                .map(node -> (ListCell<RevisionRow>) node).findFirst().orElse(null);
    }

    static String markOf(FxRobot robot, String revision) {
        ListCell<RevisionRow> cell = row(robot, revision);
        return cell == null ? null : ((Label) cell.lookup(".mark-badge")).getText();
    }

    static List<String> copyableValues(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Parent.class).lookupAll(".copyable").stream()
                .map(node -> ((TextField) node).getText()).toList();
    }

    static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
