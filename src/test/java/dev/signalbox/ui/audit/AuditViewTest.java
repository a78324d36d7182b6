package dev.signalbox.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.config.ProfileStore;
import dev.signalbox.config.Secret;
import dev.signalbox.ops.AuditLog;
import dev.signalbox.ops.AuditRecord;
import dev.signalbox.ops.AuditState;
import dev.signalbox.ops.Outcome;
import dev.signalbox.ui.common.FxThread;
import dev.signalbox.ui.shell.ShellViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The audit view over a real audit log file written by {@link AuditLog}. */
@ExtendWith(ApplicationExtension.class)
class AuditViewTest {
    private static final String SECRET_BEFORE = "old-signing-key-9f8e7d6c5b4a39281706";
    private static final String SECRET_AFTER = "new-signing-key-0a1b2c3d4e5f60718293";

    @TempDir
    Path folder;

    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        stage.setScene(new Scene(root, 1200, 760));
        stage.show();
    }

    @Test
    void showsRecordsNewestFirstFiltersThemAndNeverShowsASecret(FxRobot robot) throws Exception {
        AuditLog log = new AuditLog(folder.resolve("state/audit.jsonl"));
        log.append(record("2025-03-01T10:00:00Z", "facteur-api", "production", "railway.variable.set", "SECRET_KEY",
                AuditState.builder().secret("SECRET_KEY", Secret.of(SECRET_BEFORE)).build().values(),
                AuditState.builder().secret("SECRET_KEY", Secret.of(SECRET_AFTER)).build().values(), Outcome.SUCCEEDED,
                "SECRET_KEY is set"));
        log.append(record("2025-03-01T10:05:00Z", "facteur-api", "production", "railway.redeploy", "deployment d-42",
                Map.of("status", "CRASHED"), Map.of("status", "FAILED"), Outcome.FAILED, "Verification failed: the new deployment FAILED"));
        log.append(record("2025-03-01T10:06:00Z", "facteur-api", "production", "railway.variable.set", "FACTEUR_MIGRATION_IN_PROGRESS",
                Map.of(), Map.of(), Outcome.REFUSED, "Refused: the environment name was not typed exactly; nothing was changed."));
        log.append(record("2025-03-01T10:07:00Z", "staging-api", "staging", "database.cancel", "pid 4242",
                Map.of("state", "active"), Map.of(), Outcome.DECLINED, "Not confirmed; nothing was changed."));
        Files.writeString(log.file(), "this line is not JSON\n", StandardOpenOption.APPEND);

        AuditViewModel model = show(robot, log);
        TableView<AuditRecord> table = robot.lookup("#audit-table").queryTableView();
        waitFor(() -> table.getItems().size() == 4);
        assertThat(items(table)).extracting(AuditRecord::action)
                .containsExactly("database.cancel", "railway.variable.set", "railway.redeploy", "railway.variable.set");
        assertThat(text(robot, "#audit-count")).isEqualTo("4 record(s)");
        assertThat(text(robot, "#audit-problems")).contains("1 line(s)").contains("audit.jsonl:5");

        robot.clickOn("#audit-filter").write("redeploy");
        waitFor(() -> table.getItems().size() == 1);
        assertThat(items(table).get(0).target()).isEqualTo("deployment d-42");
        assertThat(text(robot, "#audit-count")).isEqualTo("1 of 4 record(s)");
        robot.interact(() -> robot.lookup("#audit-filter").queryAs(TextInputControl.class).clear());

        chooseOutcome(robot, AuditViewModel.OutcomeFilter.PROBLEMS);
        waitFor(() -> table.getItems().size() == 2);
        assertThat(items(table)).extracting(AuditRecord::outcome).containsExactly(Outcome.REFUSED, Outcome.FAILED);
        assertThat(cellTexts(robot, "#audit-table")).contains("FAILED", "REFUSED").doesNotContain("SUCCEEDED");

        robot.interact(() -> {
            model.outcomeProperty().set(AuditViewModel.OutcomeFilter.ALL);
            model.profileProperty().set("staging-api");
        });
        assertThat(items(table)).extracting(AuditRecord::action).containsExactly("database.cancel");
        robot.interact(() -> model.profileProperty().set(AuditViewModel.ALL_PROFILES));

        // The secret rotation: before and after are shown masked, and the values appear nowhere on screen.
        robot.interact(() -> table.getSelectionModel().select(3));
        waitFor(() -> robot.lookup("#audit-changes").tryQuery().isPresent());
        TableView<AuditViewModel.Change> changes = robot.lookup("#audit-changes").queryTableView();
        assertThat(items(changes)).containsExactly(new AuditViewModel.Change("SECRET_KEY",
                Secret.REDACTED, Secret.REDACTED));
        assertThat(text(robot, "#audit-detail-outcome")).isEqualTo("SUCCEEDED");
        assertThat(cellTexts(robot, "#audit-changes")).contains("SECRET_KEY");
        List<String> everything = FxThread.call(() -> allTexts(robot.lookup("#audit-view").query()));
        assertThat(everything).isNotEmpty().noneMatch(text -> text.contains(SECRET_BEFORE) || text.contains(SECRET_AFTER));

        // A record written while the view is open shows after a refresh.
        log.append(record("2025-03-01T11:00:00Z", "facteur-api", "production", "railway.variable.delete",
                "FACTEUR_MIGRATION_IN_PROGRESS", Map.of("FACTEUR_MIGRATION_IN_PROGRESS", "1"), Map.of(), Outcome.UNVERIFIED,
                "Outcome unknown: the connection to Railway broke"));
        robot.clickOn("#audit-refresh");
        // Away from the button, so its tooltip does not open past the edge of the headless screen.
        robot.moveTo("#audit-filter");
        waitFor(() -> table.getItems().size() == 5);
        assertThat(items(table).get(0).action()).isEqualTo("railway.variable.delete");
    }

    @Test
    void anUnreadableLogShowsWhatFailedAndWhere(FxRobot robot) throws Exception {
        // A folder where the file should be: the read fails with an I/O error the view must explain.
        Path file = Files.createDirectories(folder.resolve("audit.jsonl"));
        show(robot, new AuditLog(file));
        waitFor(() -> !text(robot, "#audit-error").isEmpty());
        assertThat(text(robot, "#audit-error")).startsWith("Cannot read the audit log " + file);
        assertThat(FxThread.call(() -> robot.lookup("#audit-error").query().isVisible())).isTrue();
    }

    @Test
    void anEmptyLogSaysNothingWasRecordedYet(FxRobot robot) throws Exception {
        Path file = folder.resolve("never-written.jsonl");
        show(robot, new AuditLog(file));
        waitFor(() -> text(robot, "#audit-status").startsWith("No action recorded yet"));
        TableView<AuditRecord> table = robot.lookup("#audit-table").queryTableView();
        assertThat(FxThread.call(() -> ((Label) table.getPlaceholder()).getText())).contains("No action recorded yet").contains(file.toString());
    }

    private AuditViewModel show(FxRobot robot, AuditLog log) {
        AuditViewModel model = new AuditViewModel(log);
        robot.interact(() -> {
            ShellViewModel shell = new ShellViewModel(new ProfileStore(folder.resolve("profiles")), null, false);
            root.getChildren().setAll(new AuditView(shell, model));
        });
        return model;
    }

    private static void chooseOutcome(FxRobot robot, AuditViewModel.OutcomeFilter choice) throws Exception {
        robot.clickOn("#audit-outcome");
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = FxThread.call(() -> robot.listWindows().stream().filter(Window::isShowing).map(window -> window.getScene().getRoot())
                .flatMap(rootNode -> robot.from(rootNode).lookup(".list-cell").queryAllAs(ListCell.class).stream())
                .filter(listCell -> choice.toString().equals(listCell.getText()))
                .findFirst().orElseThrow());
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(FxThread.call(() -> robot.lookup("#audit-outcome").queryAs(ComboBox.class).getValue())).isEqualTo(choice);
    }

    private static AuditRecord record(String time, String profile, String environment, String action, String target,
                                      Map<String, String> before, Map<String, String> after, Outcome outcome, String message) {
        return new AuditRecord(Instant.parse(time), "oncall", profile, environment, action, target,
                action + " on " + target, before, after, outcome, message);
    }

    /** Waits until {@code condition}, evaluated on the FX thread (the table refills there), holds. */
    private static void waitFor(Callable<Boolean> condition) throws Exception {
        FxThread.waitForAfterEvents(10, condition);
    }

    private static String text(FxRobot robot, String query) throws Exception {
        return FxThread.call(() -> robot.lookup(query).tryQueryAs(Label.class).map(Label::getText).orElse(""));
    }

    private static List<String> cellTexts(FxRobot robot, String table) throws Exception {
        return FxThread.call(() -> robot.lookup(table + " .table-cell").queryAll().stream().map(node -> ((Labeled) node).getText())
                .filter(text -> text != null).toList());
    }

    private static <T> List<T> items(TableView<T> table) throws Exception {
        return FxThread.call(() -> List.copyOf(table.getItems()));
    }

    /** Every text a person could read in a node tree: labels, cells, fields. */
    private static List<String> allTexts(Node node) {
        List<String> texts = new java.util.ArrayList<>();
        collect(node, texts);
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            texts.add(labeled.getText());
        }
        if (node instanceof TextInputControl input && input.getText() != null) {
            texts.add(input.getText());
        }
        if (node instanceof javafx.scene.text.Text text && text.getText() != null) {
            texts.add(text.getText());
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, texts);
            }
        }
    }
}
