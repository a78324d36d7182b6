package dev.signalbox.ui.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.ProfileLoader;
import dev.signalbox.config.ProfileStore;
import dev.signalbox.health.HealthTransition;
import dev.signalbox.ui.common.FxThread;
import dev.signalbox.ui.shell.ShellViewModel;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
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
 * The health view driven end to end: a real loopback service, a profile file pointing at it, the shell's real
 * watch (ServiceWatch + HealthMonitor), and assertions on what a person reads in the window.
 */
@ExtendWith(ApplicationExtension.class)
class HealthViewTest {
    private static final String READY = "{\"status\":\"ready\",\"database\":\"connected\",\"environment\":\"staging\"}";
    private static final String NOT_READY = "{\"status\":\"not_ready\",\"database\":\"unavailable\",\"environment\":\"staging\"}";
    private static final String LYING = "{\"status\":\"ok\",\"database\":\"connecting\",\"environment\":\"staging\"}";

    @TempDir
    Path folder;

    private HttpServer server;
    private final AtomicReference<Answer> readiness = new AtomicReference<>(new Answer(200, READY));
    private ShellViewModel shell;
    private StackPane root;

    private record Answer(int status, String body) {
    }

    @Start
    void start(Stage stage) {
        root = new StackPane();
        stage.setScene(new Scene(root, 1200, 760));
        stage.show();
    }

    @AfterEach
    void stop() {
        if (shell != null) {
            shell.shutdown();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void showsVerdictsLatencySamplesTransitionsAndTheRulesOfARealService(FxRobot robot) throws Exception {
        startService();
        LoadedProfile profile = writeProfile("{\"name\": \"loopback-api\", \"environment\": \"staging\", \"api\": {\"baseUrl\": \""
                + baseUrl() + "\"}, \"polling\": {\"healthSeconds\": 1}}");
        showHealthOf(robot, profile);

        waitFor(() -> text(robot, "#health-verdict").equals("UP"));
        waitFor(() -> text(robot, "#health-endpoint-readiness-answer").startsWith("200 OK"));
        assertThat(text(robot, "#health-endpoint-liveness-verdict")).isEqualTo("UP");
        assertThat(text(robot, "#health-service")).isEqualTo("loopback-api");
        assertThat(text(robot, "#health-since")).startsWith("since ");
        assertThat(fieldTexts(robot, "#health-endpoint-readiness-fields")).contains("/database", "connected");
        // Plain HTTP on loopback: no TLS phase, but a total and a first byte time.
        List<String> latency = latencyTexts(robot, "#health-endpoint-readiness-latency");
        assertThat(latency.get(4)).isEqualTo("TLS");
        assertThat(latency.get(5)).isEqualTo("-");
        assertThat(latency.get(8)).isEqualTo("total");
        assertThat(latency.get(9)).endsWith("ms");

        readiness.set(new Answer(503, NOT_READY));
        probeNow(robot);
        waitFor(() -> text(robot, "#health-verdict").equals("DOWN"));
        assertThat(text(robot, "#health-endpoint-readiness-verdict")).isEqualTo("DOWN");
        assertThat(text(robot, "#health-endpoint-liveness-verdict")).isEqualTo("UP");
        assertThat(text(robot, "#health-endpoint-readiness-answer")).startsWith("503 Service Unavailable");
        assertThat(text(robot, "#health-endpoint-readiness-failure")).startsWith("HTTP_ERROR");
        assertThat(reasons(robot)).anyMatch(r -> r.startsWith("readiness answered HTTP 503 where 200 was expected"))
                .anyMatch(r -> r.startsWith("alive but not ready"));

        TableView<HealthViewModel.SampleRow> samples = robot.lookup("#health-samples").queryTableView();
        waitFor(() -> samples.getItems().stream().anyMatch(s -> s.endpoint().equals("readiness") && s.httpStatus() == 503));
        List<HealthViewModel.SampleRow> shownSamples = items(samples);
        assertThat(shownSamples).anyMatch(s -> s.endpoint().equals("readiness") && s.httpStatus() == 200);
        assertThat(shownSamples.get(0).time()).isAfterOrEqualTo(shownSamples.get(shownSamples.size() - 1).time());
        selectTab(robot, "Samples");
        assertThat(cellTexts(robot, "#health-samples")).contains("503 Service Unavailable", "DOWN");

        TableView<HealthTransition> transitions = robot.lookup("#health-transitions").queryTableView();
        assertThat(items(transitions)).anyMatch(t -> t.endpoint().equals("readiness") && t.to().name().equals("DOWN"));

        // Incident 7: the service says 200 while its body says the database is still connecting.
        readiness.set(new Answer(200, LYING));
        probeNow(robot);
        waitFor(() -> text(robot, "#health-endpoint-readiness-answer").startsWith("200 OK"));
        assertThat(text(robot, "#health-verdict")).isEqualTo("DOWN");
        assertThat(reasons(robot).get(0)).startsWith("readiness lies: readiness answers 200 but its body says /database = \"connecting\"");
        assertThat(fieldTexts(robot, "#health-endpoint-readiness-fields")).contains("/database", "connecting");

        selectTab(robot, "Rules and why");
        TableView<HealthViewModel.RuleRow> rules = robot.lookup("#health-rules").queryTableView();
        assertThat(items(rules)).anyMatch(r -> r.scope().equals("readiness") && r.rule().startsWith("answers HTTP 200")
                && r.outcome() == HealthViewModel.RuleOutcome.HOLDS);
        assertThat(items(rules)).anyMatch(r -> r.scope().equals("readiness") && r.rule().contains("readiness lies")
                && r.outcome() == HealthViewModel.RuleOutcome.BROKEN && r.detail().contains("connecting"));
        assertThat(cellTexts(robot, "#health-rules")).contains("broken");

        LineChart<?, ?> chart = robot.lookup("#health-chart").queryAs(LineChart.class);
        assertThat(FxThread.call(() -> chart.getData().stream().map(series -> series.getName()).toList())).contains("liveness", "readiness");
        assertThat(FxThread.call(() -> List.copyOf(chart.getData().get(0).getData()))).isNotEmpty();
    }

    @Test
    void aProfileWithoutApiSaysSoInsteadOfShowingNothing(FxRobot robot) throws Exception {
        LoadedProfile profile = writeProfile("{\"name\": \"db-only\", \"environment\": \"staging\"}");
        showHealthOf(robot, profile);
        waitFor(() -> text(robot, "#health-empty-title").equals("This profile has no API configured"));
        assertThat(text(robot, "#health-empty-detail")).contains(profile.file().toString()).contains("baseUrl");
        assertThat(FxThread.call(() -> robot.lookup("#health-empty").query().isVisible())).isTrue();
        assertThat(FxThread.call(() -> robot.lookup("#health-content").query().isVisible())).isFalse();
    }

    @Test
    void withoutAWatchTheViewSaysNoProfileIsWatched(FxRobot robot) throws Exception {
        // The sandbox is chosen but not started (watchChosenProfile is never called): no watch yet.
        robot.interact(() -> {
            shell = new ShellViewModel(new ProfileStore(folder), null, false);
            root.getChildren().setAll(new HealthView(shell));
        });
        assertThat(text(robot, "#health-empty-title")).isEqualTo("No profile watched");
        assertThat(text(robot, "#health-empty-detail")).contains("sandbox is starting");
    }

    @Test
    void aServiceThatDoesNotListenIsDownWithTheReason(FxRobot robot) throws Exception {
        startService();
        String url = baseUrl();
        server.stop(0);
        server = null;
        LoadedProfile profile = writeProfile("{\"name\": \"stopped-api\", \"environment\": \"staging\", \"api\": {\"baseUrl\": \""
                + url + "\"}, \"polling\": {\"healthSeconds\": 1}}");
        showHealthOf(robot, profile);
        waitFor(() -> text(robot, "#health-endpoint-liveness-answer").startsWith("no answer"));
        waitFor(() -> text(robot, "#health-verdict").equals("DOWN"));
        assertThat(text(robot, "#health-endpoint-liveness-failure")).startsWith("CONNECTION_REFUSED");
        assertThat(reasons(robot)).anyMatch(r -> r.startsWith("liveness: connection refused"));
    }

    private void showHealthOf(FxRobot robot, LoadedProfile profile) {
        robot.interact(() -> {
            shell = new ShellViewModel(new ProfileStore(folder.resolve("profiles")), profile, false);
            root.getChildren().setAll(new HealthView(shell));
            shell.watchChosenProfile();
        });
    }

    private LoadedProfile writeProfile(String json) throws Exception {
        Path file = folder.resolve("profile.json");
        Files.writeString(file, json);
        return new ProfileLoader().load(file);
    }

    private void startService() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/health/ready", exchange -> {
            Answer answer = readiness.get();
            respond(exchange, answer.status(), answer.body());
        });
        server.createContext("/api/health", exchange -> respond(exchange, 200, "{\"status\":\"ok\"}"));
        server.start();
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /**
     * Waits until {@code condition}, evaluated on the FX thread, holds: the view redraws at every probe (each second),
     * so its labels and rows are read there, never while being replaced.
     */
    private static void waitFor(Callable<Boolean> condition) throws Exception {
        FxThread.waitForAfterEvents(15, condition);
    }

    private static String text(FxRobot robot, String query) throws Exception {
        return FxThread.call(() -> robot.lookup(query).tryQueryAs(Label.class).map(Label::getText).orElse(""));
    }

    private static List<String> reasons(FxRobot robot) throws Exception {
        return FxThread.call(() -> robot.lookup("#health-reasons .label").queryAllAs(Label.class).stream().map(Label::getText).toList());
    }

    private static List<String> fieldTexts(FxRobot robot, String query) throws Exception {
        return FxThread.call(() -> robot.lookup(query).queryAs(GridPane.class).getChildren().stream()
                .map(node -> ((Label) node).getText()).toList());
    }

    private static List<String> latencyTexts(FxRobot robot, String query) throws Exception {
        return FxThread.call(() -> robot.lookup(query + " .label").queryAllAs(Label.class).stream().map(Label::getText).toList());
    }

    private static List<String> cellTexts(FxRobot robot, String table) throws Exception {
        return FxThread.call(() -> robot.lookup(table + " .table-cell").queryAll().stream()
                .map(node -> ((javafx.scene.control.Labeled) node).getText())
                .filter(text -> text != null)
                .toList());
    }

    private static <T> List<T> items(TableView<T> table) throws Exception {
        return FxThread.call(() -> List.copyOf(table.getItems()));
    }

    /** Clicks "Probe now", then moves away so its tooltip does not open past the edge of the headless screen. */
    private static void probeNow(FxRobot robot) {
        robot.clickOn("#health-refresh");
        robot.moveTo("#health-verdict");
    }

    private static void selectTab(FxRobot robot, String title) throws Exception {
        Node tab = FxThread.call(() -> robot.lookup("#health-tabs .tab-label").queryAllAs(Label.class).stream()
                .filter(label -> label.getText().equals(title)).findFirst().orElseThrow());
        robot.clickOn(tab);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
