package dev.signalbox.ui.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.config.ProfileStore;
import dev.signalbox.database.Constraint;
import dev.signalbox.database.ConstraintFix;
import dev.signalbox.database.DatabaseSnapshot;
import dev.signalbox.database.ExpectationResult;
import dev.signalbox.database.Verdict;
import dev.signalbox.monitor.Part;
import dev.signalbox.sandbox.Sandbox;
import dev.signalbox.sandbox.Scenario;
import dev.signalbox.ui.ConsoleViews;
import dev.signalbox.ui.common.FxThread;
import dev.signalbox.ui.shell.ConsoleSection;
import dev.signalbox.ui.shell.ShellView;
import dev.signalbox.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;
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
 * Incident 5 on the wrong-fk sandbox: the FK references user_profiles where users is expected, and is NOT VALID.
 * VALIDATE would validate the wrong FK: it must not be offered. The fix offered (orphan-rows query, replacing migration)
 * must be right, which the test proves by running it; and Migrations must not say a bare "Up to date".
 */
@ExtendWith(ApplicationExtension.class)
class WrongFkAdviceTest {
    private static final String FK = "user_personalization_user_id_fkey";
    static Sandbox sandbox;
    @TempDir
    static Path profiles;
    ShellViewModel shell;

    @BeforeAll
    static void startSandbox() throws Exception {
        sandbox = Sandbox.start(Scenario.WRONG_FK, line -> { });
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    /** A watch left running polls its closed sandbox for the rest of the test JVM (seen: load that timed out later tests). */
    @AfterEach
    void stopWatching() {
        if (shell != null) {
            shell.shutdown();
        }
    }

    @Start
    void start(Stage stage) {
        shell = new ShellViewModel(new ProfileStore(profiles), sandbox.profile(), false);
        ShellView view = new ShellView(shell, section -> ConsoleViews.create(section, shell));
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
        shell.watchChosenProfile();
    }

    /** The watch's database snapshot, read on the FX thread where the watch publishes it. */
    private DatabaseSnapshot snapshot() throws Exception {
        return FxThread.call(() -> {
            var watch = shell.watchProperty().get();
            if (watch == null) {
                return null;
            }
            var state = watch.part(Part.DATABASE).get();
            return state != null && state.value() instanceof DatabaseSnapshot snapshot ? snapshot : null;
        });
    }

    @Test
    void aWrongTargetIsOfferedTheOrphanQueryAndAReplacingMigrationNeverValidate(FxRobot robot) throws Exception {
        FxThread.waitFor(30, () -> snapshot() != null && !snapshot().expectations().isEmpty());
        DatabaseSnapshot snapshot = snapshot();
        ExpectationResult expectation = snapshot.expectations().stream().filter(e -> e.expectation().contains("user_personalization"))
                .findFirst().orElseThrow();
        ConstraintFix fix = expectation.fix();
        assertThat(fix.kind()).isEqualTo(ConstraintFix.Kind.REPLACE_FOREIGN_KEY);
        assertThat(String.join(" ", expectation.problems())).doesNotContain("VALIDATE CONSTRAINT");
        assertThat(snapshot.verdicts()).extracting(Verdict::advice).noneSatisfy(advice ->
                assertThat(advice).contains("VALIDATE CONSTRAINT " + FK));

        // Migrations: up to date with the code, but not silent about the schema.
        robot.interact(() -> shell.sectionProperty().set(ConsoleSection.MIGRATIONS));
        try {
            FxThread.waitFor(20, () -> robot.lookup("#migration-schema-hint").tryQueryAs(Label.class)
                    .map(label -> label.isVisible() && label.getText().contains("references public.user_profiles(id)")).orElse(false));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the Migrations view's schema hint: " + FxThread.call(() -> robot.lookup("#migration-schema-hint").tryQueryAs(Label.class)
                    .map(label -> "visible=" + label.isVisible() + " text=" + label.getText()).orElse("no such label"))
                    + "; expectations: " + snapshot().expectations().stream().map(x -> x.status() + " " + x.problems()).toList(), e);
        }

        robot.interact(() -> shell.sectionProperty().set(ConsoleSection.DATABASE));
        robot.interact(() -> robot.lookup("#database").queryAs(DatabaseView.class).showTab("constraints"));
        FxThread.waitFor(10, () -> robot.lookup("#expectation-copy-migration").tryQuery().isPresent());
        assertThat(FxThread.call(() -> robot.lookup("#expectation-copy-migration").queryAs(Button.class).getTooltip().getText())).isEqualTo(fix.script());
        assertThat(FxThread.call(() -> robot.lookup(".expectation-fix").queryAs(Label.class).getText())).contains("do not VALIDATE it");
        // The constraint's row menu: no VALIDATE, the orphan query and the migration instead. The table only makes rows
        // for what is in view: bring the FK's row into view first, as a user scrolling to it would.
        robot.interact(() -> {
            for (javafx.scene.Node node : robot.lookup(".table-view").queryAll()) {
                if (node instanceof javafx.scene.control.TableView<?> table) {
                    for (Object item : table.getItems()) {
                        if (item instanceof Constraint c && c.name().equals(FK)) {
                            scrollTo(table, item);
                        }
                    }
                }
            }
        });
        FxThread.waitFor(10, () -> robot.lookup(".table-row-cell").queryAll().stream()
                .anyMatch(node -> node instanceof TableRow<?> row && row.getItem() instanceof Constraint c && c.name().equals(FK)));
        List<String> rowMenu = FxThread.call(() -> robot.lookup(".table-row-cell").queryAll().stream()
                .filter(node -> node instanceof TableRow<?> r && r.getItem() instanceof Constraint c && c.name().equals(FK))
                .map(node -> (TableRow<?>) node).findFirst().orElseThrow()
                .getContextMenu().getItems().stream().map(MenuItem::getText).toList());
        assertThat(rowMenu)
                .noneSatisfy(text -> assertThat(text).containsIgnoringCase("VALIDATE statement"))
                .anySatisfy(text -> assertThat(text).startsWith("Copy orphan-rows query"))
                .anySatisfy(text -> assertThat(text).startsWith("Copy fix migration"));

        // The advice is right: the orphan query runs against users, and the migration repoints the FK and validates it.
        assertThat(fix.orphanQuery()).contains("public.users p");
        try (Connection connection = sandbox.database().connect(Sandbox.DATABASE, "test"); Statement statement = connection.createStatement()) {
            try (ResultSet orphans = statement.executeQuery(fix.orphanQuery())) {
                assertThat(orphans.next()).as("orphan rows against users").isFalse();
            }
            for (String sql : fix.statements()) {
                if (!sql.startsWith("--")) {
                    statement.execute(sql);
                }
            }
        }
        robot.interact(() -> shell.refreshAll());
        FxThread.waitFor(20, () -> snapshot() != null && snapshot().expectations().stream()
                .filter(e -> e.expectation().contains("user_personalization")).allMatch(ExpectationResult::ok));
        assertThat(snapshot().constraints()).filteredOn(c -> c.name().equals(FK)).singleElement()
                .satisfies(c -> assertThat(c.referencedTable()).isEqualTo("public.users"))
                .satisfies(c -> assertThat(c.validated()).isTrue());
    }

    @SuppressWarnings("unchecked")
    private static <T> void scrollTo(javafx.scene.control.TableView<T> table, Object item) {
        table.scrollTo((T) item);
    }
}
