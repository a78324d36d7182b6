package dev.signalbox.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.PlatformDirs;
import dev.signalbox.config.ProfileLoader;
import dev.signalbox.config.ProfileStore;
import dev.signalbox.monitor.EventJournal;
import dev.signalbox.monitor.TimelineEvent;
import dev.signalbox.ui.common.FxThread;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Readiness going DOWN while the window is open: a toast says so, where it hides no banner of the view, and the
 * timeline journal keeps it.
 */
@ExtendWith(ApplicationExtension.class)
class NotificationsTest {
    @TempDir
    static Path home;
    HttpServer server;
    final AtomicInteger readiness = new AtomicInteger(200);
    ShellViewModel model;
    LoadedProfile profile;

    @Start
    void start(Stage stage) throws Exception {
        System.setProperty("signalbox.home", home.toString());
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/health/ready", exchange -> {
            byte[] body = ("{\"status\":\"x\",\"database\":\"" + (readiness.get() == 200 ? "connected" : "unavailable") + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(readiness.get(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/api/health", exchange -> {
            byte[] body = "{\"status\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        Path file = home.resolve("svc.json");
        Files.writeString(file, "{\"name\":\"svc\",\"environment\":\"staging\",\"api\":{\"baseUrl\":\"http://127.0.0.1:"
                + server.getAddress().getPort() + "\"},\"polling\":{\"healthSeconds\":1}}");
        profile = new ProfileLoader().load(file);
        model = new ShellViewModel(new ProfileStore(home), profile, false);
        stage.setScene(new Scene(new ShellView(model, NotificationsTest::viewWithBanner), 1100, 700));
        stage.show();
        model.watchChosenProfile();
    }

    /** A view as the real ones are laid out: its title, then a banner across the whole width saying what holds. */
    static javafx.scene.Node viewWithBanner(ConsoleSection section) {
        Label title = new Label(section.title());
        Label banner = new Label("Still in effect: FACTEUR_MIGRATION_IN_PROGRESS is ON since 04:54:04 (runbook 'Apply migrations"
                + " under bypass', RUNNING); Railway reads it ON. The runbook undoes it in a later step.");
        banner.setId("banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.layout.VBox view = new javafx.scene.layout.VBox(8, title, banner);
        view.setPadding(new javafx.geometry.Insets(12));
        return view;
    }

    @AfterEach
    void stop() {
        model.shutdown();
        server.stop(0);
        System.clearProperty("signalbox.home");
    }

    @Test
    void readinessGoingDownRaisesAToastAndIsJournaled(FxRobot robot) throws Exception {
        FxThread.waitFor(15, () -> robot.lookup("#status-parts").queryAs(Label.class).getText().contains("Health "));
        // Toasts are for the other views: the Overview's tiles show the same transition, and a toast hid them.
        robot.interact(() -> model.sectionProperty().set(ConsoleSection.HEALTH));
        readiness.set(503);
        FxThread.waitFor(20, () -> robot.lookup(".toast-critical .label").queryAllAs(Label.class)
                .stream().anyMatch(label -> label.getText().contains("readiness went DOWN")));
        assertThat(FxThread.call(() -> robot.lookup(".toast-critical .label").queryAllAs(Label.class).stream().map(Label::getText).toList()))
                .anySatisfy(text -> assertThat(text).contains("readiness went DOWN"));
        // The toast leaves the view's banner readable (at the top right, it hid the banner's right end).
        assertThat(FxThread.call(() -> {
            javafx.scene.Node toast = robot.lookup(".toast-critical").query();
            javafx.scene.Node banner = robot.lookup("#banner").query();
            return toast.localToScene(toast.getBoundsInLocal()).intersects(banner.localToScene(banner.getBoundsInLocal()));
        })).as("the toast over the banner").isFalse();

        var journal = new EventJournal(PlatformDirs.detect().state(), profile.name()).read(null);
        assertThat(journal).extracting(TimelineEvent::text).anySatisfy(text -> assertThat(text).contains("readiness went DOWN"));

        robot.interact(() -> model.sectionProperty().set(ConsoleSection.OVERVIEW));
        assertThat(FxThread.call(() -> robot.lookup("#notifications").query().isVisible())).as("toasts over the Overview").isFalse();
        robot.interact(() -> model.sectionProperty().set(ConsoleSection.HEALTH));
        robot.clickOn(".toast-critical");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(FxThread.call(() -> robot.lookup(".toast-critical").tryQuery())).isEmpty();
    }
}
