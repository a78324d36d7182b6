package dev.signalbox.health;

import com.sun.net.httpserver.HttpServer;
import dev.signalbox.common.Http;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * The health monitor's own cost: what one probe costs beyond the network, and what the history costs in memory.
 * <pre>
 * flock /tmp/signalbox-build.lock mvn -q -B -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.signalbox.health.HealthBenchmark
 * </pre>
 * Figures and machine in docs/performance.md.
 */
public final class HealthBenchmark {
    private static final String BODY = "{\"status\":\"ok\",\"database\":\"connected\",\"environment\":\"production\",\"version\":\"1.4.2\"}";

    public static void main(String[] args) throws Exception {
        probeLoop(3_000);
        judgingAndBookkeeping(20_000);
        historyMemory(10_000);
        historyMemory(HealthHistory.DEFAULT_CAPACITY);
        System.exit(0);
    }

    /** A real probe over loopback (new connection each time, as in production) against the JDK's HTTP server. */
    private static void probeLoop(int probes) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        server.createContext("/api/health/ready", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/api/health/ready";
            HealthEndpoint endpoint = new HealthEndpoint("readiness", HealthEndpoint.Role.READINESS, url, 200, Map.of());
            HealthTarget target = new HealthTarget("bench", "production", true, List.of(endpoint), Duration.ofSeconds(10));
            HealthProbe probe = new HealthProbe(Http.client(), HealthProbe.Settings.DEFAULT, Clock.systemUTC());
            HealthState state = new HealthState(target, new HealthHistory(List.of("readiness"), HealthHistory.DEFAULT_CAPACITY));
            for (int i = 0; i < 500; i++) {
                state.accept(probe.probe(endpoint));
            }
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long[] wall = new long[probes];
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            for (int i = 0; i < probes; i++) {
                long t = System.nanoTime();
                state.accept(probe.probe(endpoint));
                state.snapshot(Instant.now(), false);
                wall[i] = System.nanoTime() - t;
            }
            long elapsed = System.nanoTime() - start;
            long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
            Arrays.sort(wall);
            System.out.printf(Locale.ROOT, "probe over loopback (%d probes, new connection each): wall p50 %.2f ms, p95 %.2f ms,"
                            + " mean %.2f ms; probing thread CPU %.0f us/probe%n", probes, wall[probes / 2] / 1e6,
                    wall[(int) (probes * 0.95)] / 1e6, elapsed / 1e6 / probes, cpu / 1e3 / probes);
        } finally {
            server.stop(0);
        }
    }

    /** Judging a sample, recording it and assembling a snapshot with 3 windows over a full day of history. */
    private static void judgingAndBookkeeping(int iterations) {
        List<HealthEndpoint> endpoints = List.of(
                new HealthEndpoint("liveness", HealthEndpoint.Role.LIVENESS, "http://svc/api/health", 200, Map.of()),
                new HealthEndpoint("readiness", HealthEndpoint.Role.READINESS, "http://svc/api/health/ready", 200, Map.of("/database", "connected")),
                new HealthEndpoint("version", HealthEndpoint.Role.EXTRA, "http://svc/api/version", 200, Map.of()));
        HealthTarget target = new HealthTarget("bench", "production", true, endpoints, Duration.ofSeconds(10));
        HealthHistory history = new HealthHistory(endpoints.stream().map(HealthEndpoint::name).toList(), HealthHistory.DEFAULT_CAPACITY);
        HealthState state = new HealthState(target, history);
        Map<String, String> fields = Map.of("/status", "ok", "/database", "connected", "/environment", "production");
        Instant t = Instant.now().minus(Duration.ofDays(1));
        // Fill a day at 5 s per endpoint first: the snapshot's 24 h window then scans full rings.
        for (int i = 0; i < HealthHistory.DEFAULT_CAPACITY * 3; i++) {
            t = t.plusMillis(1667);
            state.accept(sample(endpoints.get(i % 3).name(), t, fields, i));
        }
        long start = System.nanoTime();
        for (int i = 0; i < iterations; i++) {
            t = t.plusMillis(10);
            state.accept(sample(endpoints.get(i % 3).name(), t, fields, i));
            state.snapshot(t, false);
        }
        long elapsed = System.nanoTime() - start;
        System.out.printf(Locale.ROOT, "judge + record + snapshot (3 endpoints, full 24 h rings): %.1f us per probe%n", elapsed / 1e3 / iterations);
    }

    private static ProbeSample sample(String endpoint, Instant time, Map<String, String> fields, int i) {
        long total = 20_000 + (i % 97) * 300L;
        return new ProbeSample(endpoint, "http://svc", time, 200, new ProbeTimings(300, 500, -1, total - 2000, total),
                null, null, null, "application/json", 90, fields, null);
    }

    private static void historyMemory(int samples) {
        long before = usedAfterGc();
        HealthHistory history = new HealthHistory(List.of("readiness"), samples);
        long t = System.currentTimeMillis();
        for (int i = 0; i < samples; i++) {
            history.record("readiness", t + i * 10_000L, 200, 20_000 + i % 1000, 15_000, null, HealthVerdict.UP);
        }
        long after = usedAfterGc();
        System.out.printf(Locale.ROOT, "history of %,d samples: %,d bytes measured on the heap (%,d in the sample arrays), %.1f bytes/sample%n",
                samples, after - before, history.retainedBytes(), (after - before) / (double) samples);
        if (history.size("readiness") != samples) {
            throw new IllegalStateException("history lost samples");
        }
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 5; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
