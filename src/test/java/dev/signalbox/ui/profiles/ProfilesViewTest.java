package dev.signalbox.ui.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.ProfileLoader;
import dev.signalbox.config.ProfileStore;
import dev.signalbox.monitor.ProfilePartTests;
import dev.signalbox.sandbox.Sandbox;
import dev.signalbox.sandbox.Scenario;
import dev.signalbox.ui.common.FxThread;
import dev.signalbox.ui.shell.ProfileChoice;
import dev.signalbox.ui.shell.ShellViewModel;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Profiles view in a window, against real components: a temporary profiles folder, the JDK HTTP server on
 * loopback, and one sandbox for the class (embedded PostgreSQL, the demo Alembic project, the Railway simulator).
 */
@ExtendWith(ApplicationExtension.class)
class ProfilesViewTest {
    private static Sandbox sandbox;
    private static HttpServer api;

    @TempDir
    Path folder;

    private StackPane root;
    private ShellViewModel shell;

    @BeforeAll
    static void startComponents() throws Exception {
        sandbox = Sandbox.start(Scenario.HEALTHY, line -> { });
        api = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        api.createContext("/", exchange -> {
            byte[] body = "{\"status\":\"ok\",\"database\":\"connected\",\"environment\":\"production\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        api.start();
    }

    @AfterAll
    static void stopComponents() {
        if (api != null) {
            api.stop(0);
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Start
    void start(Stage stage) {
        root = new StackPane();
        stage.setScene(new Scene(root, 1200, 760));
        stage.show();
    }

    @AfterEach
    void closeShell() {
        if (shell != null) {
            shell.shutdown();
        }
    }

    private ProfilesViewModel show(FxRobot robot) {
        ProfileStore store = new ProfileStore(folder.resolve("profiles"));
        robot.interact(() -> {
            shell = new ShellViewModel(store, null, false);
            // No variable is set for these tests: "env:" references fail the same way on every machine.
            ProfilesViewModel model = new ProfilesViewModel(store, shell, new ProfilePartTests(Map.of(), d -> { }, Clock.systemUTC()));
            root.getChildren().setAll(new ProfilesView(model, shell));
        });
        return model(root);
    }

    private static ProfilesViewModel model(StackPane root) {
        return ((ProfilesView) root.getChildren().get(0)).model();
    }

    @Test
    void aProfileCreatedInTheFormIsSavedValidListedAndCanBeWatched(FxRobot robot) throws Exception {
        show(robot);
        robot.clickOn("#profile-new");
        await(() -> field(robot, "#field-name").getText().equals("new-service"));

        replace(robot, "#field-name", "orders-api");
        replace(robot, "#field-baseUrl", "http://127.0.0.1:" + api.getAddress().getPort());
        assertThat(FxThread.call(() -> label(robot, "#profile-error").isVisible())).isFalse();
        assertThat(text(robot, "#profile-file")).isEqualTo("New: orders-api.json");

        click(robot, "#test-api");
        awaitText(robot, "#test-result-api", "API: UP");
        assertThat(text(robot, "#test-result-api")).contains("liveness UP, HTTP 200").contains("readiness UP, HTTP 200");

        robot.clickOn("#profile-save");
        Path file = folder.resolve("profiles/orders-api.json");
        // The file on the test thread (no disk access on the FX thread), the list on the FX thread.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(file)
                && FxThread.call(() -> !robot.lookup("#profiles-list").queryListView().getItems().isEmpty()));
        LoadedProfile loaded = new ProfileLoader().load(file);
        assertThat(loaded.name()).isEqualTo("orders-api");
        assertThat(loaded.profile().api().baseUrl()).isEqualTo("http://127.0.0.1:" + api.getAddress().getPort());
        assertThat(Files.readString(file)).doesNotContain("postgresql://").contains("env:RAILWAY_TOKEN");
        ListView<ProfileStore.Entry> list = robot.lookup("#profiles-list").queryListView();
        assertThat(FxThread.call(() -> List.copyOf(list.getItems()))).extracting(ProfileStore.Entry::displayName).containsExactly("orders-api");
        assertThat(FxThread.call(() -> robot.lookup("#profile-save").queryAs(Button.class).isDisabled())).isTrue();
        await(() -> shell.profiles().stream().anyMatch(c -> c instanceof ProfileChoice.Loaded l && l.profile().file().equals(file)));

        robot.clickOn("#profile-watch");
        await(() -> shell.profileProperty().get() instanceof ProfileChoice.Loaded l && l.profile().file().equals(file));

        // Pointing the API at a port nobody listens on says so, naming the URL.
        int closed = closedPort();
        replace(robot, "#field-baseUrl", "http://127.0.0.1:" + closed);
        click(robot, "#test-api");
        awaitText(robot, "#test-result-api", "API: liveness and readiness: connection refused by 127.0.0.1:" + closed);
        assertThat(text(robot, "#test-result-api")).contains("(http://127.0.0.1:" + closed + "/api/health, http://127.0.0.1:" + closed + "/api/health/ready)");
        assertThat(FxThread.call(() -> List.copyOf(label(robot, "#test-result-api").getStyleClass()))).contains("test-failed");
    }

    @Test
    void brokenJsonShowsLineAndColumnAndCannotBeSavedAndInvalidFilesAreListedWithTheirError(FxRobot robot) throws Exception {
        Files.createDirectories(folder.resolve("profiles"));
        Files.writeString(folder.resolve("profiles/broken.json"), "{\n  \"name\": \"broken\", \"environment\": \"staging\",\n  \"api\": {\"baseUrl\": \"ftp://orders\"}\n}\n");
        show(robot);
        ListView<ProfileStore.Entry> list = robot.lookup("#profiles-list").queryListView();
        await(() -> list.getItems().size() == 1);
        assertThat(FxThread.call(() -> list.getItems().get(0).error().getMessage())).contains("broken.json:3:").contains("(field api.baseUrl)");
        assertThat(FxThread.call(() -> robot.lookup(".profile-entry-error").queryAs(Label.class).getText())).startsWith("broken.json:3:");

        robot.clickOn("#profile-new");
        await(() -> field(robot, "#field-name").getText().equals("new-service"));
        robot.clickOn("JSON");
        TextArea json = robot.lookup("#profile-json").queryAs(TextArea.class);
        robot.interact(() -> json.setText("{\n  \"name\": \"orders\",\n  \"environment\": \"staging\",\n  \"api\": {\"baseUrl\": }\n}"));
        robot.clickOn("#profile-json").type(javafx.scene.input.KeyCode.END);
        await(() -> label(robot, "#profile-error").isVisible());
        assertThat(text(robot, "#profile-error")).contains("new-service.json:4:22 (field api.baseUrl)").contains("Unexpected character");
        assertThat(FxThread.call(() -> robot.lookup("#profile-save").queryAs(Button.class).isDisabled())).isTrue();

        robot.interact(() -> json.setText("{\"name\": \"orders\", \"environment\": \"staging\"}"));
        await(() -> !label(robot, "#profile-error").isVisible());
        assertThat(FxThread.call(() -> robot.lookup("#profile-save").queryAs(Button.class).isDisabled())).isFalse();
    }

    @Test
    void aLiteralTokenIsRefusedWithTheReasonAndNothingIsWritten(FxRobot robot) throws Exception {
        show(robot);
        robot.clickOn("#profile-new");
        await(() -> field(robot, "#field-name").getText().equals("new-service"));
        ensureVisible(robot, "#field-token");
        robot.interact(() -> field(robot, "#field-token").clear());
        robot.clickOn("#field-token").write("abcd1234literal");
        await(() -> label(robot, "#profile-error").isVisible());
        assertThat(text(robot, "#profile-error"))
                .contains("(field railway.token)").contains("secrets are never stored in a profile").doesNotContain("abcd1234literal");
        assertThat(FxThread.call(() -> robot.lookup("#profile-save").queryAs(Button.class).isDisabled())).isTrue();
        try (Stream<Path> files = Files.exists(folder.resolve("profiles")) ? Files.list(folder.resolve("profiles")) : Stream.empty()) {
            assertThat(files.toList()).isEmpty();
        }
    }

    @Test
    void eachPartIsTestedAgainstTheSandboxAndFailuresSayExactlyWhat(FxRobot robot) throws Exception {
        Files.createDirectories(folder.resolve("profiles"));
        Files.copy(sandbox.profileFile(), folder.resolve("profiles/sandbox.json"));
        show(robot);
        ListView<ProfileStore.Entry> list = robot.lookup("#profiles-list").queryListView();
        await(() -> list.getItems().size() == 1);
        robot.interact(() -> list.getSelectionModel().select(0));
        await(() -> field(robot, "#field-name").getText().equals("sandbox-healthy"));

        // One at a time: a result that arrives changes the form's layout under the pointer.
        click(robot, "#test-api");
        awaitText(robot, "#test-result-api", "API: UP");
        click(robot, "#test-database");
        awaitText(robot, "#test-result-database", "Database: PostgreSQL");
        assertThat(text(robot, "#test-result-database")).contains("on facteur").doesNotContain("password");
        click(robot, "#test-railway");
        click(robot, "#test-migrations");
        int revisions = sandbox.revisionGraph().revisions().size();
        awaitText(robot, "#test-result-migrations", "Migrations: found " + revisions + " revisions");
        awaitText(robot, "#test-result-railway", "Railway: project facteur / environment sandbox / service api; ");
        assertThat(text(robot, "#test-result-railway")).matches("(?s)Railway: project facteur / environment sandbox / service api; \\d+ deployments?.*");

        // Failures, each in its own words.
        replace(robot, "#field-databaseUrl", "env:DATABASE_URL");
        click(robot, "#test-database");
        awaitText(robot, "#test-result-database", "Database: environment variable DATABASE_URL is not set");

        replace(robot, "#field-migrations", folder.resolve("nowhere/alembic.ini").toString());
        click(robot, "#test-migrations");
        awaitText(robot, "#test-result-migrations", "Migrations: " + folder.resolve("nowhere/alembic.ini") + " does not exist");

        Path accountToken = Files.writeString(folder.resolve("account-token"), sandbox.railway().issueAccountToken());
        replace(robot, "#field-token", "file:" + accountToken);
        click(robot, "#test-railway");
        awaitText(robot, "#test-result-railway",
                "Railway: Not Authorized - this looks like an account token sent as a project token");

        // Discovery with the right kind lists what the token reaches; picking one fills the ids.
        robot.interact(() -> {
            model(root).form().tokenKind.set(dev.signalbox.config.Profile.TokenKind.ACCOUNT);
            model(root).form().serviceId.set("");
        });
        click(robot, "#railway-discover");
        ListView<ProfilePartTests.RailwayChoice> found = robot.lookup("#railway-discovered").queryListView();
        await(() -> !found.getItems().isEmpty());
        assertThat(FxThread.call(() -> List.copyOf(found.getItems()))).extracting(Object::toString).contains("facteur / sandbox / api");
        robot.interact(() -> found.getSelectionModel().select(found.getItems().stream()
                .filter(c -> c.toString().equals("facteur / sandbox / api")).findFirst().orElseThrow()));
        assertThat(FxThread.call(() -> field(robot, "#field-serviceId").getText())).isEqualTo(sandbox.railwayIds().serviceId());
        click(robot, "#test-railway");
        awaitText(robot, "#test-result-railway", "Railway: project facteur / environment sandbox / service api");
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    /** Scrolls the form so the node is on screen, then clicks it as a user would. */
    private static void click(FxRobot robot, String query) {
        ensureVisible(robot, query);
        robot.clickOn(query);
    }

    private static void replace(FxRobot robot, String query, String text) {
        ensureVisible(robot, query);
        robot.interact(() -> field(robot, query).clear());
        robot.clickOn(query).write(text);
    }

    private static void ensureVisible(FxRobot robot, String query) {
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#profile-tabs").queryAs(TabPane.class);
            tabs.getSelectionModel().select(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            Node node = robot.lookup(query).query();
            ScrollPane scroll = null;
            for (Node n = node.getParent(); n != null; n = n.getParent()) {
                if (n instanceof ScrollPane s) {
                    scroll = s;
                    break;
                }
            }
            if (scroll == null) {
                return;
            }
            Node content = scroll.getContent();
            double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double range = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(range <= 0 ? 0 : Math.max(0, Math.min(1, (y - 40) / range)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static TextField field(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextField.class);
    }

    private static Label label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class);
    }

    private static String text(FxRobot robot, String query) throws Exception {
        return FxThread.call(() -> label(robot, query).getText());
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Waits until the label's text starts with {@code prefix}; on timeout, says what it showed instead. */
    private static void awaitText(FxRobot robot, String query, String prefix) throws Exception {
        try {
            await(() -> label(robot, query).getText().startsWith(prefix));
        } catch (TimeoutException e) {
            throw new AssertionError(query + " never started with '" + prefix + "'; it shows: " + text(robot, query), e);
        }
    }

    /** Waits until {@code condition}, evaluated on the FX thread (the form rebuilds there), holds. */
    private static void await(Callable<Boolean> condition) throws Exception {
        FxThread.waitForAfterEvents(20, condition);
    }
}
