package dev.signalbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signalbox.Signalbox;
import dev.signalbox.common.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthCommandTest {
    @TempDir
    Path home;

    private final MockWebServer server = new MockWebServer();
    private volatile String readinessBody = "{\"database\":\"connected\",\"environment\":\"production\"}";
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void start() throws Exception {
        System.setProperty("signalbox.home", home.toString());
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getUrl().encodedPath();
                String body = switch (path) {
                    case "/api/health", "/healthz" -> "{\"status\":\"ok\"}";
                    case "/api/health/ready" -> readinessBody;
                    default -> null;
                };
                return body == null ? new MockResponse.Builder().code(404).build()
                        : new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body).build();
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
        System.clearProperty("signalbox.home");
    }

    private String base() {
        String url = server.url("/").toString();
        return url.substring(0, url.length() - 1);
    }

    private int run(String... args) {
        return Signalbox.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path profile(String environment) throws Exception {
        Path file = home.resolve("svc.json");
        Files.writeString(file, "{\"name\":\"svc\",\"environment\":\"" + environment + "\",\"api\":{\"baseUrl\":\"" + base() + "\"}}");
        return file;
    }

    @Test
    void aHealthyUrlExitsZeroWithOneLinePerEndpoint() {
        assertThat(run("health", "--url", base())).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).startsWith(base() + ": UP")
                .containsPattern("liveness +UP +200 .* ms +" + base() + "/api/health")
                .containsPattern("readiness +UP +200 .* ms +" + base() + "/api/health/ready");
    }

    @Test
    void jsonHasTheDocumentedKeysAndExitsOneWhenReadinessLies() throws Exception {
        readinessBody = "{\"database\":\"connecting\"}";
        assertThat(run("health", "--profile", profile("production").toString(), "--json")).isEqualTo(ExitCode.ATTENTION);

        JsonNode json = Json.mapper().readTree(out.toString());
        assertThat(json.get("service").asText()).isEqualTo("svc");
        assertThat(json.get("verdict").asText()).isEqualTo("DOWN");
        assertThat(json.get("reasons").get(0).asText()).startsWith("readiness lies");
        JsonNode readiness = json.get("endpoints").get(1);
        assertThat(readiness.get("name").asText()).isEqualTo("readiness");
        assertThat(readiness.get("url").asText()).isEqualTo(base() + "/api/health/ready");
        assertThat(readiness.get("verdict").asText()).isEqualTo("DOWN");
        assertThat(readiness.get("httpStatus").asInt()).isEqualTo(200);
        assertThat(readiness.get("latencyMs").isNumber()).isTrue();
        assertThat(readiness.get("failure").isNull()).isTrue();
        assertThat(readiness.get("fields").get("/database").asText()).isEqualTo("connecting");
        assertThat(readiness.get("timings").get("totalMs").asDouble()).isEqualTo(readiness.get("latencyMs").asDouble());
    }

    @Test
    void pathsCanBeOverriddenAndARefusedServiceExitsOne() {
        assertThat(run("health", "--url", base(), "--liveness", "/healthz", "--readiness", "/healthz")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains(base() + "/healthz");
        server.close();
        assertThat(run("health", "--url", base(), "--json")).isEqualTo(ExitCode.ATTENTION);
        assertThat(out.toString()).contains("\"failure\" : \"CONNECTION_REFUSED\"");
    }

    @Test
    void anEnvironmentMismatchGivenOnTheCommandLineIsDegraded() {
        readinessBody = "{\"database\":\"connected\",\"environment\":\"development\"}";
        assertThat(run("health", "--url", base(), "--environment", "production")).isEqualTo(ExitCode.ATTENTION);
        assertThat(out.toString()).contains(": DEGRADED", "misconfigured");
    }

    @Test
    void usageErrorsExitTwoWithAMessage() throws Exception {
        assertThat(run("health")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("--profile P", "--url BASE");
        assertThat(run("health", "--url", base(), "--profile", profile("production").toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("either --profile or --url");
        assertThat(run("health", "--url", "ftp://example.com")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("--url: 'ftp://example.com' uses scheme 'ftp'");
        assertThat(run("health", "--url", base(), "--liveness", "health")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("--liveness: a path starts with '/'");
        Path noApi = home.resolve("noapi.json");
        Files.writeString(noApi, "{\"name\":\"svc\",\"environment\":\"staging\"}");
        assertThat(run("health", "--profile", noApi.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("has no 'api' section");
    }

    @Test
    void watchPrintsOneJsonObjectPerSnapshot() throws Exception {
        assertThat(run("health", "--url", base(), "--watch", "--json", "--watch-updates", "2")).isEqualTo(ExitCode.OK);
        String[] lines = out.toString().strip().split("\n");
        assertThat(lines).hasSize(2);
        for (String line : lines) {
            assertThat(Json.mapper().readTree(line).has("verdict")).isTrue();
        }
    }

    @Test
    void checkIncludesAHealthItemWhenTheProfileHasAnApi() throws Exception {
        assertThat(run("check", "--profile", profile("production").toString())).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).containsPattern("OK +health +UP: all 2 endpoints answer as expected");

        readinessBody = "{\"database\":\"connecting\"}";
        assertThat(run("check", "--profile", profile("production").toString(), "--json")).isEqualTo(ExitCode.ATTENTION);
        assertThat(out.toString()).contains("\"part\" : \"health\"", "\"status\" : \"ATTENTION\"", "DOWN: readiness lies");
    }
}
