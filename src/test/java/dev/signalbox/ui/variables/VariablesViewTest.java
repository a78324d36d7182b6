package dev.signalbox.ui.variables;

import static dev.signalbox.ui.railway.RailwayConsoleFixture.BYPASS;
import static dev.signalbox.ui.railway.RailwayConsoleFixture.DB_PASSWORD;
import static dev.signalbox.ui.railway.RailwayConsoleFixture.SECRET_KEY_VALUE;
import static dev.signalbox.ui.railway.RailwayConsoleFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.ui.common.FxThread;
import dev.signalbox.ui.railway.RailwayConsoleFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Variables view against the Railway simulator over HTTP: masking, toggles through the guard, audit, read-only. */
@ExtendWith(ApplicationExtension.class)
class VariablesViewTest {
    @TempDir
    static Path folder;

    private RailwayConsoleFixture fixture;
    private Stage stage;
    private VariablesView view;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        fixture = new RailwayConsoleFixture(folder);
    }

    private void show(String environment, boolean readOnlyMode, FxRobot robot) throws Exception {
        var profile = fixture.profile(environment, false);
        robot.interact(() -> {
            var console = fixture.watch(profile, readOnlyMode);
            view = new VariablesView(new VariablesViewModel(console));
            stage.setScene(new Scene(view, 1100, 720));
            stage.show();
        });
        await(() -> robot.lookup("#value-SECRET_KEY").tryQuery().isPresent());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Map<String, String> simulatorVariables() {
        return fixture.railway.simulator.variables(fixture.railway.seeded.environmentId(), fixture.railway.seeded.serviceId());
    }

    @Test
    void secretValuesAreMaskedUntilRevealedAndMaskedAgainWhenTheViewIsLeft(FxRobot robot) throws Exception {
        show("staging", false, robot);
        Label secret = robot.lookup("#value-SECRET_KEY").queryAs(Label.class);
        assertThat(FxThread.call(() -> secret.getText())).isEqualTo(VariablesViewModel.MASK);
        assertThat(FxThread.call(() -> robot.lookup("#value-DATABASE_URL").queryAs(Label.class).getText())).isEqualTo(VariablesViewModel.MASK);
        // Not secrets: ENVIRONMENT and Railway's own RAILWAY_* names are shown as they are, with nothing to reveal.
        assertThat(FxThread.call(() -> robot.lookup("#value-ENVIRONMENT").queryAs(Label.class).getText())).isEqualTo(simulatorVariables().get("ENVIRONMENT"));
        assertThat(FxThread.call(() -> robot.lookup("#value-RAILWAY_ENVIRONMENT_NAME").queryAs(Label.class).getText()))
                .isNotEqualTo(VariablesViewModel.MASK).isNotBlank();
        assertThat(FxThread.call(() -> robot.lookup("#reveal-ENVIRONMENT").queryButton().isVisible())).isFalse();
        assertThat(FxThread.call(() -> robot.lookup("#reveal-SECRET_KEY").queryButton().isVisible())).isTrue();
        // A copy says it copied, naming what and never the value.
        robot.clickOn("#copy-ENVIRONMENT");
        await(() -> robot.lookup("#copy-confirmation").tryQueryAs(Label.class).map(l -> l.isVisible()
                && "Copied the value of ENVIRONMENT".equals(l.getText())).orElse(false));

        robot.clickOn("#reveal-SECRET_KEY");
        await(() -> SECRET_KEY_VALUE.equals(secret.getText()));
        assertThat(FxThread.call(() -> robot.lookup("#value-DATABASE_URL").queryAs(Label.class).getText())).isEqualTo(VariablesViewModel.MASK);
        // Who revealed which name is on record (written before the value was shown), the value is not.
        assertThat(fixture.audit()).contains("\"action\":\"railway.variable.reveal\"", ": SECRET_KEY\"",
                "the Variables view").doesNotContain(SECRET_KEY_VALUE);

        // Leaving the view masks it again.
        robot.interact(() -> stage.getScene().setRoot(new Pane()));
        robot.interact(() -> stage.getScene().setRoot(view));
        await(() -> VariablesViewModel.MASK.equals(robot.lookup("#value-SECRET_KEY").queryAs(Label.class).getText()));
    }

    @Test
    void requiredVariablesAreCheckedWithoutShowingValues(FxRobot robot) throws Exception {
        show("staging", false, robot);
        await(() -> robot.lookup("#required-SENTRY_DSN").tryQuery().isPresent());
        assertThat(FxThread.call(() -> text(robot.lookup("#required-SENTRY_DSN").query()))).contains("missing", "not set on Railway");
        assertThat(FxThread.call(() -> text(robot.lookup("#required-SECRET_KEY").query()))).contains("present", "at least 32 characters");
        assertThat(FxThread.call(() -> text(robot.lookup("#required-DATABASE_URL").query()))).contains("pattern mismatch", "sslmode=require");
        assertThat(FxThread.call(() -> robot.lookup("#required-summary").queryAs(Label.class).getText())).isEqualTo("2 of 3 required variables need attention.");
        assertThat(FxThread.call(() -> text(robot.lookup("#variables-view").query()))).doesNotContain(SECRET_KEY_VALUE).doesNotContain(DB_PASSWORD);
    }

    @Test
    void bypassOnInProductionNeedsTheEnvironmentTypedThenIsVerifiedAndAuditedWithoutSecrets(FxRobot robot) throws Exception {
        show("production", false, robot);
        Button toggle = robot.lookup("#toggle-" + BYPASS).queryButton();
        await(() -> "Switch bypass ON...".equals(toggle.getText()) && !toggle.isDisabled());
        assertThat(FxThread.call(() -> robot.lookup("#toggle-state-" + BYPASS).queryAs(Label.class).getText())).isEqualTo("off (absent)");
        ComboBox<ToggleControl.Choice> choice = robot.lookup("#toggle-choice-" + BYPASS).queryComboBox();
        assertThat(FxThread.call(() -> List.copyOf(choice.getItems()))).containsExactly(ToggleControl.Choice.ON_DEPLOY, ToggleControl.Choice.ON_SKIP_DEPLOY);
        robot.interact(() -> choice.setValue(ToggleControl.Choice.ON_SKIP_DEPLOY));

        robot.clickOn(toggle);
        await(() -> robot.lookup("#confirm-ok").tryQuery().isPresent());
        Button ok = robot.lookup("#confirm-ok").queryButton();
        assertThat(FxThread.call(() -> ok.isDisabled())).as("production: disabled until the environment is typed").isTrue();
        assertThat(FxThread.call(() -> text(robot.lookup("#confirm-consequences").query())))
                .contains("No deployment is started", "keeps the old value until a new deployment is live");
        assertThat(FxThread.call(() -> robot.lookup("#confirm-summary").queryAs(Label.class).getText())).contains(BYPASS, "without a deploy");

        robot.clickOn("#confirm-environment").write("productio");
        assertThat(FxThread.call(() -> ok.isDisabled())).isTrue();
        robot.write("n");
        await(() -> !ok.isDisabled());
        robot.clickOn(ok);

        Label outcome = robot.lookup("#toggle-outcome-" + BYPASS).queryAs(Label.class);
        await(() -> outcome.getText() != null && outcome.getText().startsWith("SUCCEEDED"));
        assertThat(FxThread.call(() -> outcome.getText())).contains("(read back)", "No deployment was started");
        assertThat(simulatorVariables()).containsEntry(BYPASS, "1");
        await(() -> "ON (\"1\")".equals(robot.lookup("#toggle-state-" + BYPASS).queryAs(Label.class).getText()));
        Button restore = robot.lookup("#restore-" + BYPASS).queryButton();
        assertThat(FxThread.call(() -> restore.isVisible() || restore.getParent().isVisible())).isTrue();
        assertThat(FxThread.call(() -> restore.getText())).isEqualTo("Undo: switch bypass OFF again (\"1\" -> absent)");

        String audit = fixture.audit();
        assertThat(audit).contains("\"action\":\"railway.toggle.on\"", "\"outcome\":\"SUCCEEDED\"",
                "\"" + BYPASS + "\":\"1\"", "\"environment\":\"production\"");
        assertThat(audit).doesNotContain(SECRET_KEY_VALUE).doesNotContain(DB_PASSWORD);
    }

    @Test
    void decliningChangesNothingAndIsAuditedAsDeclined(FxRobot robot) throws Exception {
        show("staging", false, robot);
        Button toggle = robot.lookup("#toggle-MAINTENANCE_MODE").queryButton();
        await(() -> "Switch maintenance ON...".equals(toggle.getText()) && !toggle.isDisabled());
        robot.clickOn(toggle);
        await(() -> robot.lookup("#confirm-cancel").tryQuery().isPresent());
        assertThat(FxThread.call(() -> robot.lookup("#confirm-environment").tryQuery())).as("no typing outside production").isEmpty();
        assertThat(FxThread.call(() -> text(robot.lookup("#confirm-consequences").query()))).contains("Railway starts a new deployment");
        robot.clickOn("#confirm-cancel");

        Label outcome = robot.lookup("#toggle-outcome-MAINTENANCE_MODE").queryAs(Label.class);
        await(() -> outcome.getText() != null && outcome.getText().startsWith("DECLINED"));
        assertThat(simulatorVariables()).doesNotContainKey("MAINTENANCE_MODE");
        assertThat(fixture.railway.simulator.mutationCount()).isZero();
        assertThat(fixture.audit()).contains("\"action\":\"railway.toggle.on\"", "\"outcome\":\"DECLINED\"");
        assertThat(FxThread.call(() -> robot.lookup("#restore-MAINTENANCE_MODE").queryButton().getParent().isVisible())).isFalse();
    }

    @Test
    void maintenanceSwitchedOnOverAnAbsentVariableGoesBackToAbsentAndEveryButtonSaysItsEffect(FxRobot robot) throws Exception {
        show("staging", false, robot);
        Button toggle = robot.lookup("#toggle-MAINTENANCE_MODE").queryButton();
        await(() -> "Switch maintenance ON...".equals(toggle.getText()) && !toggle.isDisabled());
        robot.clickOn(toggle);
        await(() -> robot.lookup("#confirm-ok").tryQuery().isPresent());
        assertThat(FxThread.call(() -> robot.lookup("#confirm-summary").queryAs(Label.class).getText()))
                .isEqualTo("Switch maintenance toggle MAINTENANCE_MODE ON: absent -> \"true\", and let Railway deploy");
        robot.clickOn("#confirm-ok");
        Label outcome = robot.lookup("#toggle-outcome-MAINTENANCE_MODE").queryAs(Label.class);
        await(() -> "Switch maintenance OFF...".equals(toggle.getText()) && !toggle.isDisabled()
                && outcome.getText() != null && outcome.getText().startsWith("SUCCEEDED"));
        assertThat(simulatorVariables()).containsEntry("MAINTENANCE_MODE", "true");

        // OFF puts back what was there before ON: no variable at all, not an offValue it never had.
        ComboBox<ToggleControl.Choice> choice = robot.lookup("#toggle-choice-MAINTENANCE_MODE").queryComboBox();
        assertThat(FxThread.call(() -> choice.getValue())).isEqualTo(ToggleControl.Choice.OFF_DELETE);
        robot.clickOn(toggle);
        await(() -> robot.lookup("#confirm-ok").tryQuery().isPresent());
        assertThat(FxThread.call(() -> robot.lookup("#confirm-summary").queryAs(Label.class).getText())).isEqualTo("Switch maintenance toggle"
                + " MAINTENANCE_MODE OFF: \"true\" -> absent (delete it), and let Railway deploy (a delete cannot skip it)");
        robot.clickOn("#confirm-ok");
        await(() -> "Switch maintenance ON...".equals(toggle.getText()) && !toggle.isDisabled()
                && outcome.getText() != null && outcome.getText().startsWith("SUCCEEDED") && outcome.getText().contains("deleted"));
        assertThat(simulatorVariables()).doesNotContainKey("MAINTENANCE_MODE");
        // The undo button says it would switch maintenance back ON.
        assertThat(FxThread.call(() -> robot.lookup("#restore-MAINTENANCE_MODE").queryButton().getText()))
                .isEqualTo("Undo: switch maintenance ON again (absent -> \"true\")");
    }

    @Test
    void readOnlyModeDisablesEveryMutatingControlAndSaysWhy(FxRobot robot) throws Exception {
        show("production", true, robot);
        Button toggle = robot.lookup("#toggle-" + BYPASS).queryButton();
        await(() -> "Switch bypass ON...".equals(toggle.getText()));
        for (String id : new String[] {"#toggle-" + BYPASS, "#toggle-MAINTENANCE_MODE", "#redeploy"}) {
            Button button = robot.lookup(id).queryButton();
            assertThat(FxThread.call(() -> button.isDisabled())).as(id).isTrue();
            assertThat(FxThread.call(() -> button.getTooltip().getText())).as(id).contains("Read-only mode");
        }
        assertThat(FxThread.call(() -> robot.lookup("#toggle-choice-" + BYPASS).queryComboBox().isDisabled())).isTrue();
        // Revealing is reading, not changing: still allowed.
        assertThat(FxThread.call(() -> robot.lookup("#reveal-SECRET_KEY").queryButton().isDisabled())).isFalse();
    }

    /** Every label's text under {@code node}, joined. */
    private static String text(Node node) {
        StringBuilder text = new StringBuilder();
        if (node instanceof Label label && label.getText() != null) {
            text.append(label.getText()).append('\n');
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                text.append(text(child));
            }
        }
        return text.toString();
    }
}
