package dev.signalbox.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.app.AppContext;
import dev.signalbox.config.ProfileStore;
import dev.signalbox.database.BackendSession;
import dev.signalbox.sandbox.Scenario;
import dev.signalbox.ui.ConsoleApplication;
import dev.signalbox.ui.ConsoleViews;
import dev.signalbox.ui.common.FxThread;
import dev.signalbox.ui.common.Theme;
import dev.signalbox.ui.database.DatabaseView;
import dev.signalbox.ui.database.SessionRows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The built-in sandbox restaged from the Overview, blocked-migration to wrong-fk, as an on-call engineer would: while
 * it restarts the window says what is loading (never "No profile is watched"), and afterwards nothing of the old
 * sandbox is left on screen (the last action's result, the selected session, scroll positions, the chooser's label).
 * Then the wrong-fk sandbox's first line names the FK that points at the wrong table and links to the Constraints tab.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(180)
class RestageStaleStateTest {
    ShellViewModel model;
    Stage stage;
    Path home;
    final List<String> headlines = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        home = Files.createTempDirectory("signalbox-ui-restage");
        System.setProperty("signalbox.home", home.toString());
        Theme.LIGHT.apply();
        model = new ShellViewModel(AppContext.withProfiles(new ProfileStore(home.resolve("profiles"))), (ProfileChoice) null, false);
        model.setSandboxScenario(Scenario.BLOCKED_MIGRATION);
        ShellView shell = new ShellView(model, section -> ConsoleViews.create(section, model));
        Scene scene = new Scene(shell, 1280, 800);
        scene.getStylesheets().add(ConsoleApplication.class.getResource("/css/signalbox.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        shell.installShortcuts();
        Label headline = (Label) scene.lookup("#overview-headline");
        headline.textProperty().addListener((obs, old, now) -> headlines.add(now));
        headlines.add(headline.getText());
        model.watchChosenProfile();
    }

    @AfterEach
    void stop() {
        model.shutdown();
        System.clearProperty("signalbox.home");
    }

    /** Waits until {@code condition}, evaluated on the FX thread (restaging rebuilds the views there), holds. */
    private static void await(int seconds, Callable<Boolean> condition) throws Exception {
        FxThread.waitForAfterEvents(seconds, condition);
    }

    private static String text(FxRobot robot, String query) throws Exception {
        return FxThread.call(() -> robot.lookup(query).tryQueryAs(Label.class).map(Label::getText).orElse(""));
    }

    private DatabaseView database() throws Exception {
        return FxThread.call(() -> (DatabaseView) stage.getScene().lookup("#database"));
    }

    @Test
    void restagingSaysWhatLoadsThenForgetsTheOldSandboxesResultSelectionScrollAndScenario(FxRobot robot) throws Exception {
        await(90, () -> text(robot, "#overview-next-step").contains("blocks"));
        assertThat(headlines).as("what loads is said from the first frame").isNotEmpty()
                .noneSatisfy(line -> assertThat(line).startsWith("No profile is watched"))
                .anySatisfy(line -> assertThat(line).startsWith("Starting the sandbox (blocked-migration)"));
        @SuppressWarnings("unchecked")
        ComboBox<Scenario> chooser = robot.lookup("#sandbox-scenario").queryAs(ComboBox.class);
        assertThat(FxThread.call(chooser::getValue)).isEqualTo(Scenario.BLOCKED_MIGRATION);

        // An action on the blocked-migration sandbox: Delete on the blocker's row, declined.
        robot.clickOn("#overview-next-step-link");
        @SuppressWarnings("unchecked")
        TableView<BackendSession> sessions = robot.lookup("#sessions-table").queryAs(TableView.class);
        await(30, () -> sessions.getItems().stream().anyMatch(s -> "idle in transaction".equals(s.state())));
        int pid = FxThread.call(() -> sessions.getItems().stream().filter(s -> "idle in transaction".equals(s.state())).findFirst().orElseThrow().pid());
        SessionRows.click(robot, pid);
        robot.type(KeyCode.DELETE);
        await(10, () -> robot.lookup("#confirm-cancel").tryQuery().isPresent());
        robot.clickOn("#confirm-cancel");
        await(10, () -> database().model().actionMessageProperty().get().startsWith("Terminate pid " + pid + ": declined"));
        assertThat(FxThread.call(() -> database().model().selectedSessionProperty().get().pid())).isEqualTo(pid);
        DatabaseView view = database();
        ScrollPane verdicts = robot.lookup("#verdicts-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> verdicts.setVvalue(verdicts.getVmax()));

        // Restage from the Overview.
        robot.interact(() -> model.sectionProperty().set(ConsoleSection.OVERVIEW));
        headlines.clear();
        robot.interact(() -> chooser.setValue(Scenario.WRONG_FK));
        robot.clickOn("#sandbox-restage");
        await(120, () -> text(robot, "#overview-next-step").contains("references the wrong table"));

        assertThat(headlines).as("while the sandbox restarts the Overview says what loads, with progress")
                .noneSatisfy(line -> assertThat(line).startsWith("No profile is watched"))
                .anySatisfy(line -> assertThat(line).startsWith("Restaging the sandbox as wrong-fk"))
                .anySatisfy(line -> assertThat(line).startsWith("Starting the sandbox (wrong-fk): "));
        assertThat(FxThread.call(chooser::getValue)).isEqualTo(Scenario.WRONG_FK);
        assertThat(text(robot, "#status-line")).contains("wrong-fk");

        // Nothing of the old sandbox: no action result, no selected session, scrolled back to the top.
        assertThat(FxThread.call(() -> view.model().actionMessageProperty().get())).isEmpty();
        assertThat(FxThread.call(() -> view.model().selectedSessionProperty().get())).isNull();
        assertThat(FxThread.call(() -> view.model().selectedPidProperty().get())).isNull();
        assertThat(FxThread.call(verdicts::getVvalue)).isEqualTo(FxThread.call(verdicts::getVmin));
        assertThat(FxThread.call(() -> robot.lookup("#notifications").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .map(toast -> ((Label) toast.lookup(".label")).getText()).toList()))
                .as("no toast about the old sandbox's locks").allSatisfy(text -> assertThat(text).doesNotContain("locks"));

        // The wrong-fk sandbox's one thing to do, and the link to the exact place.
        assertThat(text(robot, "#overview-next-step")).startsWith("The foreign key user_personalization_user_id_fkey on public.user_personalization"
                + " references the wrong table: check for orphan rows, then replace it in a new migration (never VALIDATE it).");
        assertThat(FxThread.call(() -> robot.lookup("#overview-next-step-link").queryAs(Hyperlink.class).getText())).isEqualTo("Open Constraints");
        robot.clickOn("#overview-next-step-link");
        await(10, () -> model.sectionProperty().get() == ConsoleSection.DATABASE
                && "tab-constraints".equals(robot.lookup("#database-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId()));
    }
}
