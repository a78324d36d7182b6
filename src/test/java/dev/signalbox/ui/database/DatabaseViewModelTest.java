package dev.signalbox.ui.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.app.AppContext;
import dev.signalbox.config.ProfileStore;
import dev.signalbox.database.BackendSession;
import dev.signalbox.database.Constraint;
import dev.signalbox.database.ConstraintFix;
import dev.signalbox.database.LockTree;
import dev.signalbox.ops.Confirmation;
import dev.signalbox.ops.Outcome;
import dev.signalbox.sandbox.Sandbox;
import dev.signalbox.sandbox.Scenario;
import dev.signalbox.ui.common.FxThread;
import dev.signalbox.ui.shell.ProfileChoice;
import dev.signalbox.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Database view's logic without a window, on real sandboxes: the wrong-target FK of incident 5 and the migration
 * blocked by an idle transaction. The shell's background work (the guarded actions) runs on the calling thread.
 */
@Timeout(120)
class DatabaseViewModelTest {
    @TempDir
    static Path home;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxThread.start();
    }

    static ShellViewModel shellOn(Sandbox sandbox) {
        return new ShellViewModel(AppContext.withProfiles(new ProfileStore(home.resolve("profiles"))),
                new ProfileChoice.Loaded(sandbox.profile()), false, Runnable::run);
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WrongForeignKey {
        Sandbox sandbox;
        ShellViewModel shell;
        DatabaseViewModel model;

        @BeforeAll
        void start() throws Exception {
            sandbox = Sandbox.start(Scenario.WRONG_FK, line -> { });
            FxThread.run(() -> {
                shell = shellOn(sandbox);
                model = new DatabaseViewModel(shell, Confirmation.declineAll());
                shell.watchChosenProfile();
            });
            FxThread.waitFor(30, () -> model.allConstraints().stream().anyMatch(c -> c.name().equals("user_personalization_user_id_fkey"))
                    && !model.expectations().isEmpty());
        }

        @AfterAll
        void stop() throws Exception {
            FxThread.run(shell::shutdown);
            sandbox.close();
        }

        @AfterEach
        void clearFilters() throws Exception {
            FxThread.run(() -> {
                model.mismatchesOnlyProperty().set(false);
                model.notValidOnlyProperty().set(false);
                model.foreignKeysOnlyProperty().set(false);
                model.constraintSearchProperty().set("");
            });
        }

        @Test
        void theMismatchFilterShowsOnlyTheForeignKeyToTheWrongTableAndTheExpectationSaysWhatWasExpected() throws Exception {
            assertThat(FxThread.call(() -> model.expectations().get(0).ok())).as("the failed expectation comes first").isFalse();
            assertThat(FxThread.call(() -> model.expectations().get(0).problems()))
                    .anySatisfy(problem -> assertThat(problem).contains("references public.user_profiles(id), expected public.users(id)"));

            List<Constraint> shown = FxThread.call(() -> {
                model.mismatchesOnlyProperty().set(true);
                return List.copyOf(model.constraints());
            });
            assertThat(shown).singleElement().satisfies(fk -> {
                assertThat(fk.qualifiedTable()).isEqualTo("public.user_personalization");
                assertThat(fk.type()).isEqualTo("FOREIGN KEY");
                assertThat(fk.referencedTable()).isEqualTo("public.user_profiles");
                assertThat(fk.validated()).isFalse();
            });
            List<String> notValid = FxThread.call(() -> {
                model.mismatchesOnlyProperty().set(false);
                model.notValidOnlyProperty().set(true);
                return model.constraints().stream().map(Constraint::name).toList();
            });
            assertThat(notValid).containsExactlyInAnyOrder("user_personalization_user_id_fkey", "subscriptions_plan_check");
        }

        @Test
        void aForeignKeyToTheWrongTableIsNeverOfferedValidateButAReplacementToTheExpectedTable() throws Exception {
            Constraint fk = FxThread.call(() -> model.allConstraints().stream()
                    .filter(c -> c.name().equals("user_personalization_user_id_fkey")).findFirst().orElseThrow());
            assertThat(FxThread.call(() -> model.isMismatch(fk))).isTrue();
            ConstraintFix fix = FxThread.call(() -> model.fixFor(fk));
            assertThat(fix.kind()).isEqualTo(ConstraintFix.Kind.REPLACE_FOREIGN_KEY);
            assertThat(fix.summary()).contains("instead of public.users(id)", "do not VALIDATE it");
            assertThat(fix.orphanQuery()).as("orphans are checked against the expected table first").contains("public.users");
            // The wrong constraint is dropped before anything is validated: VALIDATE applies only to its replacement.
            assertThat(fix.statements()).anySatisfy(s -> assertThat(s).contains("REFERENCES public.users (id)", "NOT VALID"));
            int drop = indexOf(fix.statements(), "DROP CONSTRAINT user_personalization_user_id_fkey");
            int validate = indexOf(fix.statements(), "VALIDATE CONSTRAINT user_personalization_user_id_fkey");
            assertThat(drop).isNotNegative().isLessThan(validate);

            // A NOT VALID constraint with the right definition is the one that may simply be validated.
            Constraint check = FxThread.call(() -> model.allConstraints().stream()
                    .filter(c -> c.name().equals("subscriptions_plan_check")).findFirst().orElseThrow());
            ConstraintFix validateIt = FxThread.call(() -> model.fixFor(check));
            assertThat(validateIt.kind()).isEqualTo(ConstraintFix.Kind.VALIDATE);
            assertThat(validateIt.statements()).containsExactly(
                    "ALTER TABLE public.subscriptions VALIDATE CONSTRAINT subscriptions_plan_check;");
        }

        private static int indexOf(List<String> statements, String part) {
            for (int i = 0; i < statements.size(); i++) {
                if (statements.get(i).contains(part)) {
                    return i;
                }
            }
            return -1;
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class BlockedMigration {
        Sandbox sandbox;
        ShellViewModel shell;
        DatabaseViewModel model;
        String previousHome;
        final List<Confirmation.Request> asked = new CopyOnWriteArrayList<>();

        @BeforeAll
        void start() throws Exception {
            previousHome = System.getProperty("signalbox.home");
            System.setProperty("signalbox.home", home.toString());
            sandbox = Sandbox.start(Scenario.BLOCKED_MIGRATION, line -> { });
            FxThread.run(() -> {
                shell = shellOn(sandbox);
                model = new DatabaseViewModel(shell, request -> {
                    asked.add(request);
                    return Confirmation.Answer.no();
                });
                shell.watchChosenProfile();
            });
        }

        @AfterAll
        void stop() throws Exception {
            FxThread.run(shell::shutdown);
            sandbox.close();
            if (previousHome == null) {
                System.clearProperty("signalbox.home");
            } else {
                System.setProperty("signalbox.home", previousHome);
            }
        }

        @Test
        void terminateNamesTheRootBlockersPidAndOnlyAConfirmedOneFreesTheMigration() throws Exception {
            FxThread.waitFor(30, () -> model.lockTreeProperty().get().flat().stream().anyMatch(e -> e.role() == LockTree.Role.ROOT_BLOCKER)
                    && model.lockTreeProperty().get().flat().stream().anyMatch(LockTree.Entry::migration));
            LockTree.Entry blocker = FxThread.call(() -> model.lockTreeProperty().get().flat().stream()
                    .filter(e -> e.role() == LockTree.Role.ROOT_BLOCKER).findFirst().orElseThrow());
            int pid = blocker.pid();

            BackendSession selected = FxThread.call(() -> {
                model.selectedPidProperty().set(pid);
                return model.selectedSessionProperty().get();
            });
            assertThat(selected.state()).isEqualTo("idle in transaction");
            assertThat(FxThread.call(() -> model.cancelDisabled().get()))
                    .as("cancel does nothing to an idle transaction: only terminate releases its locks").isTrue();
            assertThat(FxThread.call(() -> model.actionsDisabled().get())).isFalse();

            FxThread.run(model::terminateSelected);
            FxThread.waitFor(20, () -> model.actionOutcomeProperty().get() != null);
            assertThat(asked).singleElement().satisfies(request -> {
                assertThat(request.action()).isEqualTo("database.backend.terminate");
                assertThat(request.summary()).isEqualTo("Terminate backend " + pid + " (pg_terminate_backend)");
                assertThat(request.target()).contains("backend pid " + pid);
            });
            assertThat(FxThread.call(() -> model.actionOutcomeProperty().get())).isEqualTo(Outcome.DECLINED);
            assertThat(FxThread.call(() -> model.actionMessageProperty().get())).startsWith("Terminate pid " + pid + ": declined");
            assertThat(FxThread.call(() -> model.lockTreeProperty().get().flat()))
                    .as("a declined terminate leaves the blocker").anySatisfy(e -> assertThat(e.pid()).isEqualTo(pid));

            FxThread.run(() -> {
                model.confirmationProperty().set(Confirmation.preapproved("sandbox"));
                model.terminateSelected();
            });
            FxThread.waitFor(30, () -> model.actionOutcomeProperty().get() == Outcome.SUCCEEDED
                    && model.lockTreeProperty().get().isEmpty()
                    && model.sessions().stream().noneMatch(s -> s.pid() == pid));
            assertThat(FxThread.call(() -> model.actionMessageProperty().get())).startsWith("Terminate pid " + pid + ": succeeded");
            assertThat(FxThread.call(() -> model.selectedSessionProperty().get())).as("the terminated session is gone").isNull();
            FxThread.waitFor(30, () -> model.afterTerminationProperty().get() != null);
            assertThat(FxThread.call(() -> model.afterTerminationProperty().get().lines())).isNotEmpty();
        }
    }
}
