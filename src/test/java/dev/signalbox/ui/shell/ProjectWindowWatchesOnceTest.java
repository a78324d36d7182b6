package dev.signalbox.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.app.AppContext;
import dev.signalbox.config.ProfileStore;
import dev.signalbox.config.ProjectLoader;
import dev.signalbox.monitor.FleetRow;
import dev.signalbox.sandbox.ProjectSandbox;
import dev.signalbox.ui.common.FxThread;
import dev.signalbox.ui.common.ProjectModel;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window opened on a project file ({@code signalbox --profile project.json}) starts as the application does: the
 * chooser is refilled from the profiles folder while the project's watch starts. Refilling re-selects the project,
 * which asked for a second watch; the first was replaced without being closed and went on polling every member
 * until the window exited. Closing the window must leave no watch of the project running.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectWindowWatchesOnceTest {
    private static final String WATCH_THREAD = "signalbox-project-watch";

    @TempDir
    static Path profiles;
    private static ProjectSandbox sandbox;

    private ShellViewModel model;
    private Set<Thread> watchThreadsBefore;

    @BeforeAll
    static void startSandbox() throws Exception {
        sandbox = ProjectSandbox.start(line -> { });
    }

    @AfterAll
    static void stopSandbox() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private static Set<Thread> watchThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().equals(WATCH_THREAD))
                .collect(Collectors.toSet());
    }

    @Start
    void start(Stage stage) throws Exception {
        watchThreadsBefore = watchThreads();
        ProfileChoice.Project chosen = new ProfileChoice.Project(new ProjectLoader().load(sandbox.projectFile()));
        model = new ShellViewModel(AppContext.withProfiles(new ProfileStore(profiles)), chosen, false);
        ShellView shell = new ShellView(model, section -> dev.signalbox.ui.ConsoleViews.create(section, model));
        stage.setScene(new Scene(shell, 1200, 760));
        stage.show();
        // As ConsoleApplication does after the first frame.
        model.reloadProfiles();
        model.watchChosenProfile();
    }

    @Test
    void openingTheChooserKeepsTheWatchRunning() throws Exception {
        waitUntilTheProjectIsWatched();
        ProjectModel watched = FxThread.call(() -> model.projectProperty().get());
        Set<Thread> watchThreads = watchThreads();
        AtomicInteger refills = new AtomicInteger();
        FxThread.call(() -> {
            model.profiles().addListener((ListChangeListener<ProfileChoice>) change -> refills.incrementAndGet());
            return null;
        });

        // What opening the chooser does (ShellView: setOnShowing): the list is read again from the profiles folder.
        FxThread.call(() -> {
            model.reloadProfiles();
            return null;
        });
        FxThread.waitFor(30, () -> refills.get() > 0);

        assertThat(FxThread.call(() -> model.projectProperty().get())).isSameAs(watched);
        assertThat(FxThread.call(() -> model.profileProperty().get())).isInstanceOf(ProfileChoice.Project.class);
        assertThat(watchThreads()).isEqualTo(watchThreads);
        WaitForAsyncUtils.asyncFx(() -> model.shutdown()).get(30, TimeUnit.SECONDS);
    }

    @Test
    void closingTheWindowLeavesNoWatchOfTheProjectRunning() throws Exception {
        waitUntilTheProjectIsWatched();
        assertThat(model.profileProperty().get()).isInstanceOf(ProfileChoice.Project.class);

        WaitForAsyncUtils.asyncFx(() -> model.shutdown()).get(30, TimeUnit.SECONDS);

        FxThread.waitFor(30, () -> watchThreads().stream().noneMatch(t -> !watchThreadsBefore.contains(t)));
    }

    private void waitUntilTheProjectIsWatched() throws Exception {
        FxThread.waitFor(90, () -> model.profiles().size() >= 3
                && model.projectProperty().get() != null
                && model.projectProperty().get().snapshotProperty().get() != null
                && model.projectProperty().get().snapshotProperty().get().rows().size() == 6
                && model.projectProperty().get().snapshotProperty().get().rows().stream()
                        .allMatch(r -> r.deployment() != null && r.level() != FleetRow.Level.LOADING));
    }
}
