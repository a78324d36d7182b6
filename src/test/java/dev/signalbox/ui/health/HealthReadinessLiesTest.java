package dev.signalbox.ui.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.config.ProfileStore;
import dev.signalbox.sandbox.Sandbox;
import dev.signalbox.sandbox.Scenario;
import dev.signalbox.ui.ConsoleViews;
import dev.signalbox.ui.common.FxThread;
import dev.signalbox.ui.shell.ConsoleSection;
import dev.signalbox.ui.shell.ShellView;
import dev.signalbox.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Incident 7 on the readiness-lies sandbox: readiness answers 200 with {@code "database": "connecting"}. The built-in
 * judgement must say so itself (field and value), the readiness card must not say "Failure: none" beside DOWN, and the
 * Overview's Connection tile must not be OK while the service says its database is not connected.
 */
@ExtendWith(ApplicationExtension.class)
class HealthReadinessLiesTest {
    static Sandbox sandbox;
    @TempDir
    static Path profiles;
    ShellViewModel model;

    @BeforeAll
    static void startSandbox() throws Exception {
        sandbox = Sandbox.start(Scenario.READINESS_LIES, line -> { });
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    /** A watch left running polls its closed sandbox for the rest of the test JVM (seen: load that timed out later tests). */
    @AfterEach
    void stopWatching() {
        if (model != null) {
            model.shutdown();
        }
    }

    @Start
    void start(Stage stage) {
        model = new ShellViewModel(new ProfileStore(profiles), sandbox.profile(), false);
        ShellView shell = new ShellView(model, section -> ConsoleViews.create(section, model));
        stage.setScene(new Scene(shell, 1280, 800));
        stage.show();
        model.watchChosenProfile();
    }

    private static String text(FxRobot robot, String query) throws Exception {
        return FxThread.call(() -> robot.lookup(query).tryQueryAs(Label.class).map(Label::getText).orElse(""));
    }

    @Test
    void theBuiltInJudgementNamesTheFieldAndTheCardsAgreeWithTheVerdict(FxRobot robot) throws Exception {
        FxThread.waitFor(30, () -> text(robot, "#tile-connection-headline").equals("service's DB down"));
        assertThat(FxThread.call(() -> robot.lookup("#tile-connection .tile-detail").queryAllAs(Label.class).stream()
                .map(Label::getText).toList()))
                .first().asString().startsWith("the service says /database = \"connecting\" (readiness)");
        assertThat(FxThread.call(() -> List.copyOf(robot.lookup("#tile-connection").query().getStyleClass()))).contains("tile-error");

        robot.interact(() -> model.sectionProperty().set(ConsoleSection.HEALTH));
        FxThread.waitFor(20, () -> text(robot, "#health-endpoint-readiness-verdict").equals("DOWN"));
        assertThat(text(robot, "#health-endpoint-readiness-failure")).isNotEqualTo("none")
                .contains("/database = \"connecting\"");
        @SuppressWarnings("unchecked")
        TableView<HealthViewModel.RuleRow> rules = robot.lookup("#health-rules").queryAs(TableView.class);
        List<HealthViewModel.RuleRow> shownRules = FxThread.call(() -> List.copyOf(rules.getItems()));
        assertThat(shownRules).anySatisfy(row -> {
            assertThat(row.scope()).isEqualTo("readiness");
            assertThat(row.rule()).startsWith("a 200 must not say the database is not connected");
            assertThat(row.outcome()).isEqualTo(HealthViewModel.RuleOutcome.BROKEN);
            assertThat(row.detail()).contains("/database = \"connecting\"");
        });
        assertThat(shownRules).noneSatisfy(row -> assertThat(row.detail()).isEqualTo("not seen in the latest answer"));
    }
}
