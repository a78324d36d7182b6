package dev.signalbox.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.common.Http;
import dev.signalbox.config.Profile;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import okhttp3.OkHttpClient;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every failure class against a real server (or a real absence of one) on loopback. */
class HealthProbeTest {
    private static final HealthProbe.Settings SHORT = new HealthProbe.Settings(
            Duration.ofMillis(500), Duration.ofMillis(300), Duration.ofSeconds(3), 64 * 1024);

    private ServiceStub service;

    @BeforeEach
    void startService() throws Exception {
        service = new ServiceStub().start();
    }

    @AfterEach
    void stopService() {
        service.close();
    }

    private HealthSnapshot check(HealthTarget target) {
        return new HealthChecker(Http.client(), SHORT, Clock.systemUTC()).check(target);
    }

    private HealthSnapshot check(HealthTarget target, OkHttpClient client) {
        return new HealthChecker(client, SHORT, Clock.systemUTC()).check(target);
    }

    private static HealthTarget profileTarget(String baseUrl, String environment, Map<String, String> readinessBody) throws Exception {
        Profile profile = new Profile("facteur-api", environment, null, null,
                new Profile.ApiSettings(baseUrl, null, new Profile.Endpoint(null, "/api/health/ready", null, readinessBody), null),
                null, null, null, null, null, null);
        return HealthTarget.fromProfile(profile);
    }

    private static HealthTarget single(String url, HealthEndpoint.Role role) {
        return new HealthTarget("svc", null, false, List.of(new HealthEndpoint(role.name().toLowerCase(), role, url, 200, Map.of())), null);
    }

    private static EndpointHealth only(HealthSnapshot snapshot) {
        assertThat(snapshot.endpoints()).hasSize(1);
        return snapshot.endpoints().get(0);
    }

    @Test
    void aHealthyServiceIsUpWithEveryPhaseTimed() throws Exception {
        service.answer("/api/health", 200, "{\"status\":\"ok\"}")
                .answer("/api/health/ready", 200, "{\"status\":\"ok\",\"database\":\"connected\",\"environment\":\"production\"}");

        HealthSnapshot snapshot = check(profileTarget(service.base(), "production", Map.of()));

        assertThat(snapshot.verdict()).isEqualTo(HealthVerdict.UP);
        assertThat(snapshot.reasons()).containsExactly("all 2 endpoints answer as expected");
        EndpointHealth ready = snapshot.endpoint("readiness").orElseThrow();
        ProbeSample sample = ready.lastSample();
        assertThat(sample.httpStatus()).isEqualTo(200);
        assertThat(sample.failure()).isNull();
        assertThat(sample.fields()).containsEntry("/database", "connected").containsEntry("/environment", "production");
        ProbeTimings t = sample.timings();
        assertThat(t.connectMicros()).isGreaterThanOrEqualTo(0);
        assertThat(t.tlsMicros()).isEqualTo(-1);
        assertThat(t.firstByteMicros()).isBetween(0L, t.totalMicros());
        assertThat(ready.reasons().get(0)).startsWith("readiness answered 200 in ");
    }

    @Test
    void aRefusedPortIsDownWithConnectionRefused() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        EndpointHealth health = only(check(single("http://127.0.0.1:" + port + "/api/health", HealthEndpoint.Role.LIVENESS)));

        assertThat(health.verdict()).isEqualTo(HealthVerdict.DOWN);
        assertThat(health.lastSample().failure()).isEqualTo(FailureClass.CONNECTION_REFUSED);
        assertThat(health.lastSample().httpStatus()).isZero();
        assertThat(health.reasons().get(0)).contains("connection refused by 127.0.0.1:" + port, "nothing listens there");
    }

    @Test
    void anUnresolvableHostIsADnsFailure() {
        EndpointHealth health = only(check(single("http://signalbox-probe-test.invalid/api/health", HealthEndpoint.Role.LIVENESS)));

        assertThat(health.verdict()).isEqualTo(HealthVerdict.DOWN);
        assertThat(health.lastSample().failure()).isEqualTo(FailureClass.DNS);
        assertThat(health.reasons().get(0)).contains("cannot resolve host 'signalbox-probe-test.invalid'");
    }

    @Test
    void aServerThatNeverAnswersTimesOutWithinTheReadTimeout() throws Exception {
        // Accepted by the kernel's backlog, never read from: the connection opens and nothing ever comes back.
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            EndpointHealth health = only(check(single("http://127.0.0.1:" + silent.getLocalPort() + "/api/health/ready",
                    HealthEndpoint.Role.READINESS)));

            assertThat(health.verdict()).isEqualTo(HealthVerdict.DOWN);
            assertThat(health.lastSample().failure()).isEqualTo(FailureClass.TIMEOUT);
            assertThat(health.reasons().get(0)).contains("no answer from 127.0.0.1:" + silent.getLocalPort() + " within 300 ms after connecting");
            assertThat(health.lastSample().timings().totalMillis()).isLessThan(SHORT.callTimeout().toMillis());
        }
    }

    /** Accepts one connection, reads the request head, writes {@code head}, then closes or waits for the client. */
    private static Thread answerThenStall(ServerSocket server, String head, boolean close) {
        Thread thread = new Thread(() -> {
            try (java.net.Socket socket = server.accept()) {
                java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                        java.nio.charset.StandardCharsets.ISO_8859_1));
                for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                    // request head
                }
                socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                socket.getOutputStream().flush();
                if (!close) {
                    // Holds the connection open until the probe gives up and closes it.
                    while (socket.getInputStream().read() >= 0) {
                        // nothing more comes
                    }
                }
            } catch (java.io.IOException e) {
                // the probe closed the connection
            }
        }, "stalling-service");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    @Test
    void aBodyThatStallsAfterTheStatusIsNotCalledNoAnswer() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            answerThenStall(server, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"sta", false);
            EndpointHealth health = only(check(single("http://127.0.0.1:" + server.getLocalPort() + "/api/health/ready",
                    HealthEndpoint.Role.READINESS)));

            assertThat(health.verdict()).isEqualTo(HealthVerdict.DOWN);
            assertThat(health.lastSample().httpStatus()).isEqualTo(200);
            assertThat(health.reasons().get(0)).containsPattern("the body stalled after HTTP 200 in \\d+ ms")
                    .doesNotContain("does not respond");
        }
    }

    @Test
    void aBodyCutShortAfterTheStatusSaysTheConnectionClosed() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            answerThenStall(server, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"sta", true);
            EndpointHealth health = only(check(single("http://127.0.0.1:" + server.getLocalPort() + "/api/health",
                    HealthEndpoint.Role.LIVENESS)));

            assertThat(health.verdict()).isEqualTo(HealthVerdict.DOWN);
            assertThat(health.reasons().get(0)).contains("the connection closed after HTTP 200").doesNotContain("(IOException)");
        }
    }

    @Test
    void aSelfSignedCertificateIsAClearTlsErrorNotAPass() throws Exception {
        HeldCertificate selfSigned = new HeldCertificate.Builder().commonName("localhost")
                .addSubjectAlternativeName("localhost").addSubjectAlternativeName("127.0.0.1").build();
        HandshakeCertificates serverCertificates = new HandshakeCertificates.Builder().heldCertificate(selfSigned).build();
        try (ServiceStub tls = new ServiceStub()) {
            tls.server.useHttps(serverCertificates.sslSocketFactory());
            tls.start().answer("/api/health", 200, "{\"status\":\"ok\"}");

            EndpointHealth health = only(check(single(tls.base() + "/api/health", HealthEndpoint.Role.LIVENESS)));

            assertThat(health.verdict()).isEqualTo(HealthVerdict.DOWN);
            assertThat(health.lastSample().failure()).isEqualTo(FailureClass.TLS);
            assertThat(health.reasons().get(0)).contains("TLS handshake with", "not trusted", "never skips TLS verification");
            assertThat(tls.hits("/api/health")).isZero();
        }
    }

    @Test
    void aTrustedCertificateCloseToExpiryIsTimedAndDegraded() throws Exception {
        long now = System.currentTimeMillis();
        HeldCertificate expiringSoon = new HeldCertificate.Builder().commonName("localhost")
                .addSubjectAlternativeName("localhost").addSubjectAlternativeName("127.0.0.1")
                .validityInterval(now - 60_000, now + TimeUnit.DAYS.toMillis(3)).build();
        HandshakeCertificates serverCertificates = new HandshakeCertificates.Builder().heldCertificate(expiringSoon).build();
        // Only this test's client trusts this certificate: the product has no way to skip verification.
        HandshakeCertificates clientTrust = new HandshakeCertificates.Builder().addTrustedCertificate(expiringSoon.certificate()).build();
        OkHttpClient trusting = Http.client().newBuilder()
                .sslSocketFactory(clientTrust.sslSocketFactory(), clientTrust.trustManager()).build();
        try (ServiceStub tls = new ServiceStub()) {
            tls.server.useHttps(serverCertificates.sslSocketFactory());
            tls.start().answer("/api/health", 200, "{\"status\":\"ok\"}");

            EndpointHealth health = only(check(single(tls.base() + "/api/health", HealthEndpoint.Role.LIVENESS), trusting));

            assertThat(health.lastSample().failure()).isNull();
            assertThat(health.lastSample().timings().tlsMicros()).isGreaterThanOrEqualTo(0);
            assertThat(health.lastSample().certificateExpiresAt()).isBetween(Instant.now().plus(Duration.ofDays(2)), Instant.now().plus(Duration.ofDays(4)));
            assertThat(health.verdict()).isEqualTo(HealthVerdict.DEGRADED);
            assertThat(health.reasons()).anySatisfy(r -> assertThat(r).contains("TLS certificate expires in"));
        }
    }

    @Test
    void readinessAnswering503IsDownAndSaysWhyFromTheBody() throws Exception {
        service.answer("/api/health", 200, "{\"status\":\"ok\"}")
                .answer("/api/health/ready", 503, "{\"status\":\"not_ready\",\"database\":\"disconnected\"}");

        HealthSnapshot snapshot = check(profileTarget(service.base(), "production", Map.of()));

        EndpointHealth ready = snapshot.endpoint("readiness").orElseThrow();
        assertThat(ready.verdict()).isEqualTo(HealthVerdict.DOWN);
        assertThat(ready.lastSample().failure()).isEqualTo(FailureClass.HTTP_ERROR);
        assertThat(ready.reasons()).containsExactly(
                "readiness answered HTTP 503 where 200 was expected (not ready: the service says it cannot serve yet)",
                "readiness body says /database = \"disconnected\"");
        assertThat(snapshot.verdict()).isEqualTo(HealthVerdict.DOWN);
        assertThat(snapshot.reasons()).first().asString().startsWith("readiness answered HTTP 503");
        assertThat(snapshot.reasons()).last().asString().startsWith("alive but not ready");
    }

    @Test
    void readiness200WithDatabaseConnectingIsCalledOutAsALie() throws Exception {
        // Incident 7: 200 in every case so the orchestrator keeps the container, with the truth in the body.
        service.answer("/api/health", 200, "{\"status\":\"ok\"}")
                .answer("/api/health/ready", 200, "{\"status\":\"ok\",\"database\":\"connecting\"}");

        HealthSnapshot snapshot = check(profileTarget(service.base(), "production", Map.of()));

        EndpointHealth ready = snapshot.endpoint("readiness").orElseThrow();
        assertThat(ready.lastSample().failure()).isNull();
        assertThat(ready.verdict()).isEqualTo(HealthVerdict.DOWN);
        assertThat(ready.reasons().get(0)).startsWith("readiness lies: readiness answers 200 but its body says /database = \"connecting\"");
        assertThat(snapshot.verdict()).isEqualTo(HealthVerdict.DOWN);
    }

    @Test
    void nestedDatabaseStatusIsReadToo() throws Exception {
        service.answer("/api/health", 200, "{\"status\":\"ok\"}")
                .answer("/api/health/ready", 200, "{\"checks\":{\"database\":{\"status\":\"down\",\"latency_ms\":null}}}");

        EndpointHealth ready = check(profileTarget(service.base(), "staging", Map.of())).endpoint("readiness").orElseThrow();

        assertThat(ready.verdict()).isEqualTo(HealthVerdict.DOWN);
        assertThat(ready.reasons().get(0)).contains("/checks/database/status = \"down\"");
    }

    @Test
    void theProfilesJsonConditionsAreChecked() throws Exception {
        service.answer("/api/health", 200, "{\"status\":\"ok\"}")
                .answer("/api/health/ready", 200, "{\"database\":\"connected\",\"migrations\":\"pending\"}");

        EndpointHealth ready = check(profileTarget(service.base(), "production", Map.of("/migrations", "head", "/version", "2")))
                .endpoint("readiness").orElseThrow();

        assertThat(ready.verdict()).isEqualTo(HealthVerdict.DOWN);
        assertThat(ready.reasons()).contains("readiness: expected /migrations = \"head\", got \"pending\"",
                "readiness: expected /version = \"2\", got no such field");
    }

    @Test
    void invalidJsonIsDegradedWithWhereItBroke() {
        service.answer("/api/health", 200, "{\"status\": \"ok\",");

        EndpointHealth health = only(check(single(service.base() + "/api/health", HealthEndpoint.Role.LIVENESS)));

        assertThat(health.lastSample().failure()).isEqualTo(FailureClass.INVALID_JSON);
        assertThat(health.verdict()).isEqualTo(HealthVerdict.DEGRADED);
        assertThat(health.reasons().get(0)).startsWith("liveness answered 200 but the body is not valid JSON (").contains("line 1");
    }

    @Test
    void aPlainTextOkIsNotInvalidJson() {
        service.answer("/api/health", new MockResponse.Builder().code(200).setHeader("Content-Type", "text/plain").body("OK").build());

        EndpointHealth health = only(check(single(service.base() + "/api/health", HealthEndpoint.Role.LIVENESS)));

        assertThat(health.verdict()).isEqualTo(HealthVerdict.UP);
    }

    @Test
    void aHugeBodyIsRefusedWhetherDeclaredOrStreamed() {
        String huge = "{\"padding\":\"" + "x".repeat(1_000_000) + "\"}";
        service.answer("/declared", 200, huge);
        service.answer("/streamed", new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .chunkedBody(new Buffer().writeUtf8(huge), 8192).build());

        for (String path : List.of("/declared", "/streamed")) {
            EndpointHealth health = only(check(single(service.base() + path, HealthEndpoint.Role.EXTRA)));
            assertThat(health.lastSample().failure()).as(path).isEqualTo(FailureClass.BODY_TOO_LARGE);
            assertThat(health.lastSample().bodyBytes()).isEqualTo(64 * 1024);
            assertThat(health.verdict()).isEqualTo(HealthVerdict.DEGRADED);
            assertThat(health.reasons().get(0)).contains("larger than 64 KiB");
        }
    }

    @Test
    void aRedirectIsReportedAndNotFollowed() {
        service.answer("/api/health", new MockResponse.Builder().code(301).setHeader("Location", "https://elsewhere.example/api/health").build());
        service.answer("/elsewhere", 200, "{}");

        EndpointHealth health = only(check(single(service.base() + "/api/health", HealthEndpoint.Role.LIVENESS)));

        assertThat(health.lastSample().failure()).isEqualTo(FailureClass.REDIRECT);
        assertThat(health.lastSample().redirectLocation()).isEqualTo("https://elsewhere.example/api/health");
        assertThat(health.verdict()).isEqualTo(HealthVerdict.UNKNOWN);
        assertThat(health.reasons().get(0)).contains("answered 301 redirecting to https://elsewhere.example/api/health", "not followed");
        assertThat(service.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void developmentInAProductionProfileIsAnEnvironmentMismatch() throws Exception {
        service.answer("/api/health", 200, "{\"status\":\"ok\",\"environment\":\"development\"}")
                .answer("/api/health/ready", 200, "{\"database\":\"connected\",\"environment\":\"development\"}");

        HealthSnapshot snapshot = check(profileTarget(service.base(), "production", Map.of()));

        assertThat(snapshot.verdict()).isEqualTo(HealthVerdict.DEGRADED);
        assertThat(snapshot.endpoint("readiness").orElseThrow().reasons()).containsExactly(
                "readiness: the service reports /environment = \"development\" but the profile's environment is \"production\";"
                        + " a production service running with development settings is misconfigured (debug mode, wrong database or secrets?)");
    }

    @Test
    void environmentSpellingsThatMeanTheSameAreNoMismatch() throws Exception {
        service.answer("/api/health", 200, "{\"env\":\"prod\"}")
                .answer("/api/health/ready", 200, "{\"database\":\"ok\",\"environment\":\"Production\"}");

        assertThat(check(profileTarget(service.base(), "production", Map.of())).verdict()).isEqualTo(HealthVerdict.UP);
    }

    @Test
    void livenessFailingWhileReadinessPassesIsDegradedAndNamed() throws Exception {
        service.answer("/api/health", 500, "{\"detail\":\"Internal Server Error\"}")
                .answer("/api/health/ready", 200, "{\"database\":\"connected\"}");

        HealthSnapshot snapshot = check(profileTarget(service.base(), "production", Map.of()));

        assertThat(snapshot.endpoint("liveness").orElseThrow().verdict()).isEqualTo(HealthVerdict.DOWN);
        assertThat(snapshot.verdict()).isEqualTo(HealthVerdict.DEGRADED);
        assertThat(snapshot.reasons().get(0)).startsWith("liveness fails while readiness passes");
    }

    @Test
    void aWrongPathIsAnHttpErrorThatSaysToCheckThePath() {
        EndpointHealth health = only(check(single(service.base() + "/health", HealthEndpoint.Role.LIVENESS)));

        assertThat(health.lastSample().failure()).isEqualTo(FailureClass.HTTP_ERROR);
        assertThat(health.reasons().get(0)).contains("HTTP 404", "check the endpoint's path");
    }
}
