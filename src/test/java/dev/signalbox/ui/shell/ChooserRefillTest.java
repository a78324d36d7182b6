package dev.signalbox.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.app.AppContext;
import dev.signalbox.config.ProfileLoader;
import dev.signalbox.config.ProfileStore;
import dev.signalbox.ui.common.FxThread;
import dev.signalbox.ui.common.WatchModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chooser is read again from the profiles folder each time it opens and after the editor saves. What is watched
 * goes on as it was when the file is unchanged (its histories and connections), and restarts with the new settings
 * when the file changed.
 */
class ChooserRefillTest {
    @TempDir
    Path home;
    private ShellViewModel model;
    private final AtomicInteger refills = new AtomicInteger();

    @BeforeAll
    static void startFx() throws Exception {
        FxThread.start();
    }

    @AfterEach
    void shutdown() throws Exception {
        if (model != null) {
            FxThread.run(model::shutdown);
        }
    }

    @Test
    void anUnchangedFileKeepsTheWatchAndAnEditedOneRestartsItWithTheNewSettings() throws Exception {
        Path file = home.resolve("profiles/orders.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, profile("http://127.0.0.1:9"));
        ProfileChoice.Loaded chosen = new ProfileChoice.Loaded(new ProfileLoader().load(file));
        FxThread.run(() -> {
            model = new ShellViewModel(AppContext.withProfiles(new ProfileStore(home.resolve("profiles"))), chosen, false);
            model.profiles().addListener((ListChangeListener<ProfileChoice>) change -> refills.incrementAndGet());
            // As ConsoleApplication does after the first frame.
            model.reloadProfiles();
            model.watchChosenProfile();
        });
        FxThread.waitFor(30, () -> refills.get() == 1 && model.watchProperty().get() != null);
        WatchModel first = FxThread.call(() -> model.watchProperty().get());

        refill(2);
        assertThat(FxThread.call(() -> model.watchProperty().get())).as("the same file: the same watch").isSameAs(first);

        Files.writeString(file, profile("http://127.0.0.1:10"));
        refill(3);
        WatchModel second = FxThread.call(() -> model.watchProperty().get());
        assertThat(second).as("an edited file: a new watch").isNotSameAs(first);
        assertThat(second.watch().profile().profile().api().baseUrl()).isEqualTo("http://127.0.0.1:10");
        assertThat(FxThread.call(() -> model.profileProperty().get().label())).contains("orders");
    }

    private void refill(int count) throws Exception {
        FxThread.run(model::reloadProfiles);
        FxThread.waitFor(30, () -> refills.get() == count);
    }

    private static String profile(String baseUrl) {
        return """
                {"name": "orders", "environment": "staging", "api": {"baseUrl": "%s"}}
                """.formatted(baseUrl);
    }
}
