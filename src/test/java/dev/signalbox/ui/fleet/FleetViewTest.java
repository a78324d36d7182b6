package dev.signalbox.ui.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.app.AppContext;
import dev.signalbox.config.ProfileStore;
import dev.signalbox.monitor.FleetRow;
import dev.signalbox.ui.common.FxThread;
import dev.signalbox.ui.shell.ConsoleSection;
import dev.signalbox.ui.shell.ProfileChoice;
import dev.signalbox.ui.shell.ShellView;
import dev.signalbox.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Fleet view on the project sandbox: worst first, the filter, and Enter opening a member in every view. */
@ExtendWith(ApplicationExtension.class)
class FleetViewTest {
    @TempDir
    static Path profiles;

    private ShellViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new ShellViewModel(AppContext.withProfiles(new ProfileStore(profiles)), new ProfileChoice.ProjectSandbox(), false);
        ShellView shell = new ShellView(model, section -> dev.signalbox.ui.ConsoleViews.create(section, model));
        stage.titleProperty().bind(model.titleProperty());
        stage.setScene(new Scene(shell, 1200, 760));
        stage.show();
        model.watchChosenProfile();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> model.shutdown()).get(30, TimeUnit.SECONDS);
    }

    @SuppressWarnings("unchecked")
    private static TableView<FleetRow> table(FxRobot robot) {
        return robot.lookup("#fleet-table").queryAs(TableView.class);
    }

    /** Waits until every member has been read and the crashed worker is known, then returns the rows' table. */
    private TableView<FleetRow> awaitFleet(FxRobot robot) throws Exception {
        // Evaluated on the FX thread: a lookup while the fleet's rows are being replaced reads a changing child list.
        FxThread.waitFor(90, () -> model.sectionProperty().get() == ConsoleSection.FLEET
                && robot.lookup("#fleet-table").tryQuery().isPresent()
                && table(robot).getItems().size() == 6
                && table(robot).getItems().stream().allMatch(r -> r.deployment() != null && r.level() != FleetRow.Level.LOADING));
        return table(robot);
    }

    @Test
    void theWorstMemberComesFirstAndTheTitleCountsWhatNeedsAttention(FxRobot robot) throws Exception {
        TableView<FleetRow> table = awaitFleet(robot);
        assertThat(FxThread.call(() -> table.getItems().get(0).member())).isEqualTo("facteur-worker");
        assertThat(FxThread.call(() -> table.getItems().get(0).level())).isEqualTo(FleetRow.Level.DOWN);
        assertThat(FxThread.call(() -> List.copyOf(table.getItems()))).extracting(FleetRow::level).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        FxThread.waitFor(10, () -> stage.getTitle().contains("need attention"));
        assertThat(FxThread.call(() -> stage.getTitle())).startsWith("Signalbox - facteur: ").contains("of 6 need attention");
        // The dock/tray badge counts the same members the title does.
        assertThat(FxThread.call(() -> stage.getTitle())).contains(FxThread.call(() -> model.attentionProperty().get()) + " of 6 need attention");
        assertThat(FxThread.call(() -> model.attentionProperty().get())).isPositive();
        FxThread.waitFor(30, () -> robot.lookup("#fleet-findings").queryListView().getItems().stream()
                .anyMatch(f -> f.toString().contains("NEXTAUTH_SECRET differs between facteur-frontend and facteur-api")));
        assertThat(FxThread.call(() -> List.copyOf(robot.lookup("#fleet-findings").queryListView().getItems()))).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void theFilterNarrowsTheRowsToWhatMatches(FxRobot robot) throws Exception {
        awaitFleet(robot);
        robot.clickOn("#fleet-filter").write("staging");
        FxThread.waitFor(5, () -> table(robot).getItems().size() == 3);
        assertThat(FxThread.call(() -> List.copyOf(table(robot).getItems()))).allSatisfy(r -> assertThat(r.environment()).isEqualTo("staging"));
    }

    @Test
    void enterOnARowOpensThatMemberInEveryView(FxRobot robot) throws Exception {
        awaitFleet(robot);
        robot.clickOn("#fleet-filter").write("worker");
        FxThread.waitFor(5, () -> table(robot).getItems().size() == 2);
        robot.type(KeyCode.DOWN);
        FxThread.waitFor(5, () -> table(robot).getSelectionModel().getSelectedItem() != null);
        String chosen = FxThread.call(() -> table(robot).getSelectionModel().getSelectedItem().member());
        robot.type(KeyCode.ENTER);
        FxThread.waitFor(5, () -> model.sectionProperty().get() == ConsoleSection.OVERVIEW
                && model.watchProperty().get() != null && model.watchProperty().get().watch().profile().name().equals(chosen));
        assertThat(chosen).isEqualTo("facteur-worker");
        assertThat(FxThread.call(() -> model.projectProperty().get())).as("the project keeps being watched").isNotNull();
    }
}
