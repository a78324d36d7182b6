package dev.signalbox.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.config.ProfileStore;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ShellViewTest {
    @TempDir
    static Path profiles;

    private ShellViewModel model;

    /** A watch left running polls its closed sandbox for the rest of the test JVM (seen: load that timed out later tests). */
    @AfterEach
    void stopWatching() {
        if (model != null) {
            model.shutdown();
        }
    }

    @Start
    void start(Stage stage) {
        model = new ShellViewModel(new ProfileStore(profiles), null, false);
        ShellView shell = new ShellView(model, ShellViewTest::placeholder);
        stage.setScene(new Scene(shell, 1000, 700));
        stage.show();
    }

    /** A stand-in view per section: this test is about the shell's navigation, not the views. */
    static javafx.scene.Node placeholder(ConsoleSection section) {
        Label label = new Label(section.title() + " view");
        label.setId("view-" + section.name().toLowerCase());
        return label;
    }

    @Test
    void navigationListsEveryViewAndStartsOnOverview(FxRobot robot) {
        ListView<?> navigation = robot.lookup("#navigation").queryListView();
        assertThat(navigation.getItems()).hasSize(ConsoleSection.values().length);
        assertThat(robot.lookup("#view-overview").tryQuery()).isPresent();
        assertThat(robot.lookup("#environment-badge").queryAs(Label.class).getText()).isEqualTo("SANDBOX");
    }

    @Test
    void clickingANavigationEntryShowsThatView(FxRobot robot) {
        robot.clickOn("#nav-migrations");
        assertThat(model.sectionProperty().get()).isEqualTo(ConsoleSection.MIGRATIONS);
        assertThat(robot.lookup("#view-migrations").queryAs(Label.class).getText()).isEqualTo("Migrations view");
        assertThat(robot.lookup("#view-overview").tryQuery()).isEmpty();
    }
}
