package dev.signalbox.ui.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.config.ProfileStore;
import dev.signalbox.database.Constraint;
import dev.signalbox.ops.Confirmation;
import dev.signalbox.sandbox.Sandbox;
import dev.signalbox.sandbox.Scenario;
import dev.signalbox.ui.common.FxThread;
import dev.signalbox.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Incident 5 in the window: the FK of user_personalization references user_profiles where users is expected. */
@ExtendWith(ApplicationExtension.class)
class DatabaseViewWrongFkTest {
    static Sandbox sandbox;
    @TempDir
    static Path profiles;
    ShellViewModel shell;
    DatabaseView view;

    @BeforeAll
    static void startSandbox() throws Exception {
        sandbox = Sandbox.start(Scenario.WRONG_FK, line -> { });
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Start
    void start(Stage stage) {
        shell = new ShellViewModel(new ProfileStore(profiles), sandbox.profile(), false);
        view = new DatabaseView(shell, Confirmation.declineAll());
        stage.setScene(new Scene(view, 1300, 850));
        stage.show();
        shell.watchChosenProfile();
    }

    @AfterEach
    void stopWatch() {
        shell.shutdown();
    }

    @SuppressWarnings("unchecked")
    private static TableView<Constraint> table(FxRobot robot) {
        return robot.lookup("#constraints-table").queryAs(TableView.class);
    }

    @Test
    void mismatchFilterShowsTheFkToTheWrongTableAndNotValidFilterTheUnvalidatedOnes(FxRobot robot) throws Exception {
        robot.interact(() -> view.showTab("constraints"));
        TableView<Constraint> table = table(robot);
        // The expectation is on top, saying what is wrong and what was expected.
        FxThread.waitFor(20, () -> table.getItems().size() > 5
                && texts(robot, "#expectations .expectation-problem").stream()
                        .anyMatch(text -> text.contains("references public.user_profiles(id), expected public.users(id)")));
        int all = items(table).size();

        robot.clickOn("#filter-mismatch");
        assertThat(items(table)).hasSize(1);
        Constraint fk = items(table).get(0);
        assertThat(fk.qualifiedTable()).isEqualTo("public.user_personalization");
        assertThat(fk.type()).isEqualTo("FOREIGN KEY");
        assertThat(fk.referencedTable()).isEqualTo("public.user_profiles");
        robot.clickOn("#filter-mismatch");
        assertThat(items(table)).hasSize(all);

        robot.clickOn("#filter-not-valid");
        assertThat(items(table)).extracting(Constraint::name)
                .containsExactlyInAnyOrder("user_personalization_user_id_fkey", "subscriptions_plan_check");
        assertThat(items(table)).allSatisfy(c -> assertThat(c.validated()).isFalse());

        robot.clickOn("#filter-fk");
        assertThat(items(table)).extracting(Constraint::name).containsExactly("user_personalization_user_id_fkey");
        robot.clickOn("#filter-not-valid");
        assertThat(items(table)).isNotEmpty().allSatisfy(c -> assertThat(c.type()).isEqualTo("FOREIGN KEY"));
        assertThat(items(table).size()).isLessThan(all);
    }

    @Test
    void connectionFactsShowTheServerTheDirectConnectionAndTheTimeoutsWithTheirSource(FxRobot robot) throws Exception {
        robot.interact(() -> view.showTab("connection"));
        @SuppressWarnings("unchecked")
        TableView<java.util.Map.Entry<String, ?>> timeouts = robot.lookup("#timeouts-table").queryAs(TableView.class);
        // The facts arrive one by one (the server first, the pooler later): wait for the very ones asserted.
        FxThread.waitFor(20, () -> {
            List<String> facts = texts(robot, "#connection-facts .fact-value");
            List<String> names = timeouts.getItems().stream().map(java.util.Map.Entry::getKey).toList();
            return facts.stream().anyMatch(text -> text.startsWith("PostgreSQL "))
                    && facts.stream().anyMatch(text -> text.startsWith("none"))
                    && names.containsAll(List.of("statement_timeout", "lock_timeout"));
        });
        assertThat(texts(robot, "#connection-facts .fact-value"))
                .anySatisfy(text -> assertThat(text).startsWith("PostgreSQL "))
                .anySatisfy(text -> assertThat(text).startsWith("none"));
        assertThat(FxThread.call(() -> List.copyOf(timeouts.getItems()))).extracting(java.util.Map.Entry::getKey)
                .contains("statement_timeout", "lock_timeout");
    }

    private static List<String> texts(FxRobot robot, String query) throws Exception {
        return FxThread.call(() -> robot.lookup(query).queryAllAs(Label.class).stream().map(Label::getText).toList());
    }

    /** The rows the table shows, read on the FX thread, where a refresh replaces them. */
    private static <T> List<T> items(TableView<T> table) throws Exception {
        return FxThread.call(() -> List.copyOf(table.getItems()));
    }
}
