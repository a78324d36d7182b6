package dev.signalbox.ui.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.app.AppContext;
import dev.signalbox.config.ProfileStore;
import dev.signalbox.migrations.RehearsalReport;
import dev.signalbox.sandbox.Sandbox;
import dev.signalbox.sandbox.Scenario;
import dev.signalbox.ui.common.FxThread;
import dev.signalbox.ui.migrations.MigrationsPage.RowFilter;
import dev.signalbox.ui.shell.ProfileChoice;
import dev.signalbox.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Migrations view's logic without a window, on the sandboxes of incident 4 (the database two revisions behind)
 * and incident 1 (the database at a revision this code does not have). Laying out the graph and reading a revision
 * file run on the calling thread.
 */
@Timeout(120)
class MigrationsViewModelTest {
    private static final String RISKY = "92a3b4c5d6e7";

    @TempDir
    Path profiles;
    Sandbox sandbox;
    ShellViewModel shell;
    MigrationsViewModel model;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxThread.start();
    }

    @AfterEach
    void stop() throws Exception {
        if (shell != null) {
            FxThread.run(shell::shutdown);
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private void open(Scenario scenario) throws Exception {
        sandbox = Sandbox.start(scenario, line -> { });
        FxThread.run(() -> {
            shell = new ShellViewModel(AppContext.withProfiles(new ProfileStore(profiles)),
                    new ProfileChoice.Loaded(sandbox.profile()), false, Runnable::run);
            model = new MigrationsViewModel(shell.watchProperty(), Clock.systemUTC(), Runnable::run);
            shell.watchChosenProfile();
        });
        FxThread.waitFor(30, () -> model.pageProperty().get() != null && !model.rows().isEmpty());
    }

    @Test
    void behindTheCodeItSaysTwoPendingRevisionsMarksEachRowAndFiltersThePendingOnes() throws Exception {
        open(Scenario.DEATH_LOOP);
        StatusBanner banner = FxThread.call(() -> model.pageProperty().get().banner());
        assertThat(banner.title()).isEqualTo("2 pending revisions");
        assertThat(banner.detail()).contains("will apply " + RISKY + ", a3b4c5d6e7f8");
        assertThat(banner.databaseRevisions()).containsExactly("8192a3b4c5d6");
        assertThat(banner.tone()).isNotEqualTo(StatusBanner.Tone.SUCCESS);
        assertThat(FxThread.call(() -> model.pageProperty().get().row(RISKY).mark())).isEqualTo(RevisionRow.Mark.PENDING);
        assertThat(FxThread.call(() -> model.pageProperty().get().row("a3b4c5d6e7f8").mark())).isEqualTo(RevisionRow.Mark.PENDING);
        assertThat(FxThread.call(() -> model.pageProperty().get().row("8192a3b4c5d6").mark())).isEqualTo(RevisionRow.Mark.CURRENT);
        assertThat(FxThread.call(() -> model.pageProperty().get().row("1a2b3c4d5e6f").mark())).isEqualTo(RevisionRow.Mark.APPLIED);
        assertThat(FxThread.call(() -> model.freshnessProperty().get())).startsWith("updated ");

        int all = FxThread.call(() -> model.rows().size());
        assertThat(FxThread.call(() -> {
            model.filterProperty().set(RowFilter.PENDING);
            return model.rows().stream().map(RevisionRow::id).toList();
        })).containsExactly("a3b4c5d6e7f8", RISKY);
        assertThat(FxThread.call(() -> {
            model.filterProperty().set(RowFilter.ALL);
            return model.rows().size();
        })).isEqualTo(all);

        // The risky revision's file opens with its lint finding on the line that drops the constraint.
        FxThread.run(() -> model.select(RISKY));
        FxThread.waitFor(20, () -> model.sourceProperty().get() != null && RISKY.equals(model.sourceProperty().get().revision()));
        RevisionSource source = FxThread.call(() -> model.sourceProperty().get());
        assertThat(source.error()).isNull();
        assertThat(source.items()).anySatisfy(item -> assertThat(item).isInstanceOf(RevisionSource.Finding.class));
        assertThat(source.items()).anySatisfy(item -> {
            assertThat(item).isInstanceOfSatisfying(RevisionSource.Line.class, line -> {
                assertThat(line.flagged()).isTrue();
                assertThat(line.text()).contains("DROP CONSTRAINT user_personalization_user_id_fkey");
            });
        });
    }

    @Test
    void atARevisionThisCodeDoesNotHaveItNamesTheUnknownRevisionAndWhatToDo() throws Exception {
        open(Scenario.MISSING_REVISION);
        StatusBanner banner = FxThread.call(() -> model.pageProperty().get().banner());
        assertThat(banner.title()).isEqualTo("Database at an unknown revision: " + Sandbox.LAPTOP_REVISION);
        assertThat(banner.detail()).contains("Can't locate revision identified by '" + Sandbox.LAPTOP_REVISION + "'")
                .contains("Deploy the code that has " + Sandbox.LAPTOP_REVISION);
        assertThat(banner.tone()).isEqualTo(StatusBanner.Tone.DANGER);
        assertThat(banner.databaseRevisions()).containsExactly(Sandbox.LAPTOP_REVISION);

        RevisionRow first = FxThread.call(() -> model.rows().get(0));
        assertThat(first.id()).isEqualTo(Sandbox.LAPTOP_REVISION);
        assertThat(first.mark()).isEqualTo(RevisionRow.Mark.UNKNOWN);
        assertThat(first.message()).isEqualTo("in the database only: no file in this code defines it");
        // Whether a revision of this code is applied cannot be told while the database is elsewhere.
        assertThat(FxThread.call(() -> model.pageProperty().get().row("a3b4c5d6e7f8").mark())).isEqualTo(RevisionRow.Mark.UNDETERMINED);
        assertThat(FxThread.call(() -> {
            model.filterProperty().set(RowFilter.PENDING);
            return model.rows().stream().map(RevisionRow::id).toList();
        })).as("the unknown revision is what needs attention").containsExactly(Sandbox.LAPTOP_REVISION);
    }

    @Test
    void rehearsingTheDeathLoopShowsEachStepThenBothPendingRevisionsSafeToRunNow() throws Exception {
        open(Scenario.DEATH_LOOP);
        MigrationsViewModel rehearsing = FxThread.call(() -> new MigrationsViewModel(shell.watchProperty(), Clock.systemUTC(),
                dev.signalbox.ui.common.Background.executor(), (profile, progress) -> shell.service(profile).rehearsal(progress)));
        assertThat(FxThread.call(rehearsing::canRehearse)).isTrue();

        FxThread.run(rehearsing::rehearse);
        assertThat(FxThread.call(() -> rehearsing.rehearsingProperty().get() && !rehearsing.canRehearse()))
                .as("running, and a second click does nothing").isTrue();
        FxThread.waitFor(180, () -> !rehearsing.rehearsingProperty().get());

        assertThat(FxThread.call(() -> rehearsing.rehearsalErrorProperty().get())).isNull();
        assertThat(FxThread.call(() -> List.copyOf(rehearsing.rehearsalSteps())))
                .contains("Starting a throwaway PostgreSQL for the copy")
                .anyMatch(step -> step.startsWith("Rehearsing " + RISKY + " "));
        List<RehearsalVerdict> verdicts = FxThread.call(() -> List.copyOf(rehearsing.rehearsalVerdicts()));
        assertThat(verdicts).extracting(RehearsalVerdict::revision).containsExactly(RISKY, "a3b4c5d6e7f8");
        assertThat(verdicts).allSatisfy(v -> {
            assertThat(v.verdict()).isEqualTo(RehearsalReport.Verdict.SAFE_NOW);
            assertThat(v.headline()).isEqualTo("Safe to run now");
            assertThat(v.tone()).isEqualTo(StatusBanner.Tone.SUCCESS);
        });
        assertThat(verdicts.get(0).tables()).anySatisfy(t -> assertThat(t)
                .startsWith("public.user_personalization: AccessExclusiveLock, ").endsWith(" on production"));
        assertThat(verdicts.get(0).statements()).isEqualTo(2);
        assertThat(FxThread.call(() -> RehearsalVerdict.summary(rehearsing.rehearsalProperty().get())))
                .startsWith("Rehearsed 2 pending revisions on a PostgreSQL ").contains("at 8192a3b4c5d6")
                .endsWith("Production was only read.");
    }

    @Test
    void aRehearsalThatCannotReachProductionSaysWhatFailedAndLeavesNoVerdicts() throws Exception {
        open(Scenario.DEATH_LOOP);
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        com.fasterxml.jackson.databind.node.ObjectNode json = (com.fasterxml.jackson.databind.node.ObjectNode)
                dev.signalbox.common.Json.mapper().readTree(java.nio.file.Files.readString(sandbox.profileFile()));
        String unreachable = "postgresql://postgres@127.0.0.1:" + closed + "/facteur?sslmode=disable";
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("database")).put("url", unreachable).put("directUrl", unreachable);
        Path file = profiles.resolve("unreachable.json");
        java.nio.file.Files.writeString(file, dev.signalbox.common.Json.mapper().writeValueAsString(json));
        dev.signalbox.config.LoadedProfile broken = new dev.signalbox.config.ProfileLoader().load(file);
        MigrationsViewModel rehearsing = FxThread.call(() -> new MigrationsViewModel(shell.watchProperty(), Clock.systemUTC(),
                dev.signalbox.ui.common.Background.executor(), (profile, progress) -> shell.service(broken).rehearsal(progress)));

        FxThread.run(rehearsing::rehearse);
        FxThread.waitFor(60, () -> !rehearsing.rehearsingProperty().get());

        assertThat(FxThread.call(() -> rehearsing.rehearsalErrorProperty().get()))
                .startsWith("The rehearsal of " + sandbox.profile().name() + " did not finish: ")
                .contains(Integer.toString(closed))
                .endsWith("Production was only read; the copy is removed.");
        assertThat(FxThread.call(() -> rehearsing.rehearsalVerdicts().isEmpty() && rehearsing.rehearsalProperty().get() == null)).isTrue();
        assertThat(FxThread.call(rehearsing::canRehearse)).as("it can be tried again").isTrue();
    }

    @Test
    void aRehearsalOfAProfileWithoutMigrationsSaysItCannotStartAndWhatToAddNotThatItFailed() throws Exception {
        open(Scenario.DEATH_LOOP);
        com.fasterxml.jackson.databind.node.ObjectNode json = (com.fasterxml.jackson.databind.node.ObjectNode)
                dev.signalbox.common.Json.mapper().readTree(java.nio.file.Files.readString(sandbox.profileFile()));
        json.remove("migrations");
        Path file = profiles.resolve("no-migrations.json");
        java.nio.file.Files.writeString(file, dev.signalbox.common.Json.mapper().writeValueAsString(json));
        dev.signalbox.config.LoadedProfile lacking = new dev.signalbox.config.ProfileLoader().load(file);
        MigrationsViewModel rehearsing = FxThread.call(() -> new MigrationsViewModel(shell.watchProperty(), Clock.systemUTC(),
                dev.signalbox.ui.common.Background.executor(), (profile, progress) -> shell.service(lacking).rehearsal(progress)));

        FxThread.run(rehearsing::rehearse);
        FxThread.waitFor(60, () -> !rehearsing.rehearsingProperty().get());

        assertThat(FxThread.call(() -> rehearsing.rehearsalErrorProperty().get()))
                .startsWith("The rehearsal of " + sandbox.profile().name() + " cannot start: " + file + " (field migrations): ")
                .contains("\"upgradeCommand\"")
                .endsWith("Nothing was run.");
        assertThat(FxThread.call(() -> rehearsing.rehearsalSteps().isEmpty())).as("no step began").isTrue();
    }
}
