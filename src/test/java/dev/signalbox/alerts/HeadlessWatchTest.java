package dev.signalbox.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signalbox.Signalbox;
import dev.signalbox.common.Json;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code signalbox watch --profile P --json-lines} as a child JVM: what a systemd unit runs. */
class HeadlessWatchTest {

    @Test
    void printsTransitionsSendsTheAlertAndStopsCleanlyOnSigterm(@TempDir Path home) throws Exception {
        try (ControlledService service = new ControlledService(); WebhookReceiver receiver = new WebhookReceiver(200)) {
            Path profile = home.resolve("api.json");
            Files.writeString(profile, """
                    {
                      "name": "headless-api",
                      "environment": "production",
                      "readOnly": true,
                      "api": { "baseUrl": "%s", "liveness": { "path": "/api/health" }, "readiness": { "path": "/api/health/ready" } },
                      "polling": { "healthSeconds": 1 },
                      "alerts": {
                        "webhooks": [ { "name": "ops", "url": "env:OPS_WEBHOOK_URL", "format": "json" } ],
                        "holdPolls": 2,
                        "desktop": false
                      }
                    }
                    """.formatted(service.baseUrl()));
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    Signalbox.class.getName(), "watch", "--profile", profile.toString(), "--json-lines")
                    .redirectError(home.resolve("stderr.txt").toFile());
            builder.environment().put("SIGNALBOX_HOME", home.toString());
            builder.environment().put("OPS_WEBHOOK_URL", receiver.url());
            Process watch = builder.start();
            Lines lines = new Lines(watch);
            try {
                lines.await(l -> l.path("type").asText().equals("started"), "the started line");
                service.readiness(hit -> hit < 3);
                JsonNode transition = lines.await(l -> l.path("type").asText().equals("transition")
                        && l.path("text").asText().startsWith("readiness went DOWN"), "the readiness transition");
                assertThat(transition.path("severity").asText()).isEqualTo("critical");
                JsonNode alert = lines.await(l -> l.path("type").asText().equals("alert"), "the alert line");
                assertThat(alert.path("alert").asText()).isEqualTo("readiness-down");
                assertThat(alert.path("state").asText()).isEqualTo("firing");
                lines.await(l -> l.path("type").asText().equals("delivery") && l.path("delivered").asBoolean(), "the delivery");
                receiver.awaitCount(1);

                List<ProcessHandle> children = watch.toHandle().descendants().toList();
                long stopAsked = System.nanoTime();
                // SIGTERM through the handle: Process.destroy() would also close our end of its stdout, losing its last lines.
                watch.toHandle().destroy();
                assertThat(watch.waitFor(30, TimeUnit.SECONDS)).as("the watch ended after SIGTERM").isTrue();
                long stopMillis = (System.nanoTime() - stopAsked) / 1_000_000;
                lines.join();
                System.out.println("signalbox watch stopped " + stopMillis + " ms after SIGTERM");
                String stderr = Files.readString(home.resolve("stderr.txt"));
                assertThat(lines.all()).as("stdout is JSON lines only; stderr: " + stderr).allMatch(JsonNode::isObject);
                assertThat(lines.last().path("type").asText()).as("the last line; lines: " + lines.all() + "; stderr: " + stderr)
                        .isEqualTo("stopped");
                assertThat(watch.exitValue()).as("SIGTERM's exit status").isEqualTo(143);
                assertThat(children).noneMatch(ProcessHandle::isAlive);
                assertThat(receiver.bodies()).hasSize(1);
            } finally {
                watch.destroyForcibly();
            }
        }
    }

    /**
     * {@code signalbox watch --sandbox --scenario readiness-lies}: readiness's alert and real traffic's transition and
     * alert (users get 500s while readiness answers 200) are printed; SIGTERM ends it and leaves no PostgreSQL and no sandbox folder.
     */
    @Test
    void watchingTheSandboxPrintsRealTrafficAndSigtermLeavesNothingRunning(@TempDir Path home) throws Exception {
        Path temp = Files.createDirectories(home.resolve("tmp"));
        String javaBinary = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(javaBinary, "-Djava.io.tmpdir=" + temp, "-cp", System.getProperty("java.class.path"),
                Signalbox.class.getName(), "watch", "--sandbox", "--scenario", "readiness-lies", "--json-lines")
                .redirectError(home.resolve("stderr.txt").toFile());
        builder.environment().put("SIGNALBOX_HOME", home.toString());
        Process watch = builder.start();
        Lines lines = new Lines(watch);
        try {
            lines.await(l -> l.path("type").asText().equals("started"), "the started line");
            // DOWN from the first probe is no transition (nothing changed), but it alerts.
            lines.await(l -> l.path("type").asText().equals("alert") && l.path("alert").asText().equals("readiness-down"),
                    "the readiness alert");
            JsonNode traffic = lines.await(l -> l.path("type").asText().equals("transition")
                    && l.path("text").asText().startsWith("real traffic:"), "real traffic's transition");
            assertThat(traffic.path("severity").asText()).isEqualTo("critical");
            assertThat(traffic.path("text").asText()).contains("5xx");
            lines.await(l -> l.path("type").asText().equals("alert") && l.path("alert").asText().equals("server-errors"),
                    "the 5xx-rate alert");

            Path root;
            try (var entries = Files.list(temp)) {
                root = entries.filter(p -> p.getFileName().toString().startsWith("signalbox-sandbox-")).findFirst().orElseThrow();
            }
            long postmaster = Long.parseLong(Files.readAllLines(root.resolve("pgdata/postmaster.pid")).get(0).strip());
            long stopAsked = System.nanoTime();
            watch.toHandle().destroy();
            assertThat(watch.waitFor(30, TimeUnit.SECONDS)).as("the watch ended after SIGTERM").isTrue();
            System.out.println("signalbox watch --sandbox stopped " + (System.nanoTime() - stopAsked) / 1_000_000 + " ms after SIGTERM");
            lines.join();
            assertThat(lines.last().path("type").asText()).as("the last line; stderr: " + Files.readString(home.resolve("stderr.txt")))
                    .isEqualTo("stopped");
            ProcessHandle.of(postmaster).ifPresent(handle -> handle.onExit().orTimeout(20, TimeUnit.SECONDS).join());
            assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false)).as("postmaster still running").isFalse();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (Files.exists(root) && System.nanoTime() < deadline) {
                // The folder goes with the sandbox's close (or its reaper): look again every 50 ms until it is gone.
                java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            }
            assertThat(root).as("sandbox folder left behind").doesNotExist();
        } finally {
            watch.destroyForcibly();
        }
    }

    /** The child's stdout, parsed line by line on a reader thread. */
    private static final class Lines {
        private final List<JsonNode> lines = new ArrayList<>();
        private final Thread reader;

        Lines(Process process) {
            reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        JsonNode node;
                        try {
                            node = Json.mapper().readTree(line);
                        } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
                            // Kept as text so the assertion shows it: --json-lines must print JSON only.
                            node = com.fasterxml.jackson.databind.node.TextNode.valueOf(line);
                        }
                        synchronized (this) {
                            lines.add(node);
                            notifyAll();
                        }
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, "watch-stdout");
            reader.setDaemon(true);
            reader.start();
        }

        synchronized JsonNode await(Predicate<JsonNode> wanted, String what) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (true) {
                for (JsonNode line : lines) {
                    if (wanted.test(line)) {
                        return line;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("waited 60 s for " + what + "; lines: " + lines);
                }
                wait(Math.max(1, left / 1_000_000));
            }
        }

        synchronized List<JsonNode> all() {
            return List.copyOf(lines);
        }

        synchronized JsonNode last() {
            return lines.get(lines.size() - 1);
        }

        void join() throws InterruptedException {
            reader.join(10_000);
        }
    }
}
