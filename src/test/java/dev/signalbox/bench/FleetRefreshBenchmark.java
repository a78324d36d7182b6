package dev.signalbox.bench;

import com.sun.net.httpserver.HttpServer;
import dev.signalbox.health.HealthEndpoint;
import dev.signalbox.health.HealthMonitor;
import dev.signalbox.health.HealthTarget;
import dev.signalbox.monitor.ProjectParts;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fleet refresh: 40 health endpoints (20 services x 2 environments) probed at once, as the Fleet view's refresh does,
 * each endpoint answering after {@code args[0]} ms (default 100, a readiness check that touches its database), on
 * loopback HTTP. Measured twice with the real {@link HealthMonitor}: a pool per monitor (up to 4 threads each, as a
 * single-service window has) and the project's shared pool ({@link ProjectParts#HEALTH_THREADS} threads). Prints the
 * wall time from "probe now" to the 40th result (median and worst of 20 rounds) and the probe threads alive.
 * Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.signalbox.bench.FleetRefreshBenchmark -Dexec.args=100}
 */
public final class FleetRefreshBenchmark {
    private static final int ENDPOINTS = 40;
    private static final int ROUNDS = 20;

    public static void main(String[] args) throws Exception {
        long latencyMillis = args.length > 0 ? Long.parseLong(args[0]) : 100;
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(64));
        // The endpoint's latency is a scheduled answer, not a thread asleep: 40 slow endpoints cost no server threads.
        java.util.concurrent.ScheduledExecutorService answers = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "bench-endpoint");
            thread.setDaemon(true);
            return thread;
        });
        server.createContext("/", exchange -> answers.schedule(() -> {
            byte[] body = "{\"status\":\"ok\",\"database\":\"connected\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
            return null;
        }, latencyMillis, java.util.concurrent.TimeUnit.MILLISECONDS));
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        try {
            System.out.printf("40 endpoints, each answering in %d ms, %d rounds%n", latencyMillis, ROUNDS);
            System.out.printf("%-28s %-12s %-12s %s%n", "pools", "median", "worst", "probe threads");
            run("a pool per monitor", base, null);
            ScheduledThreadPoolExecutor shared = new ScheduledThreadPoolExecutor(ProjectParts.HEALTH_THREADS);
            shared.setRemoveOnCancelPolicy(true);
            try {
                run("shared pool (" + ProjectParts.HEALTH_THREADS + " threads)", base, shared);
            } finally {
                shared.shutdownNow();
            }
        } finally {
            server.stop(0);
            ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
        }
    }

    private static void run(String label, String base, ScheduledThreadPoolExecutor shared) throws Exception {
        List<HealthMonitor> monitors = new ArrayList<>();
        AtomicReference<Round> round = new AtomicReference<>(new Round(java.time.Instant.EPOCH));
        for (int i = 0; i < ENDPOINTS; i++) {
            String environment = i % 2 == 0 ? "production" : "staging";
            HealthTarget target = new HealthTarget("service-" + (i / 2), environment, environment.equals("production"),
                    List.of(new HealthEndpoint("readiness", HealthEndpoint.Role.READINESS, base + "/s" + i + "/api/health/ready",
                            200, Map.of())), Duration.ofMinutes(10));
            HealthMonitor.Builder builder = HealthMonitor.builder(target);
            if (shared != null) {
                builder.sharedExecutor(shared);
            }
            HealthMonitor monitor = builder.build();
            int index = i;
            monitor.subscribe(snapshot -> round.get().probed(index, snapshot));
            monitors.add(monitor);
        }
        monitors.forEach(HealthMonitor::start);
        // The first probes open connections; the rounds measured are the refreshes that follow.
        if (!round.get().done.await(60, TimeUnit.SECONDS)) {
            monitors.forEach(HealthMonitor::close);
            throw new IllegalStateException("the first probes did not finish in 60 s");
        }
        long threads = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("signalbox-health-")).count();
        long[] nanos = new long[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            // A monitor's listener runs before its probe is marked finished, and probeNow skips a probe in flight:
            // the next round starts once the last one has let go (outside the time measured).
            while (monitors.stream().anyMatch(HealthMonitor::isProbing)) {
                Thread.onSpinWait();
            }
            Round current = new Round(java.time.Instant.now());
            round.set(current);
            long start = System.nanoTime();
            monitors.forEach(HealthMonitor::probeNow);
            if (!current.done.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("round " + r + " did not finish in 60 s");
            }
            nanos[r] = System.nanoTime() - start;
        }
        monitors.forEach(HealthMonitor::close);
        Arrays.sort(nanos);
        System.out.printf("%-28s %-12s %-12s %d%n", label, String.format("%.0f ms", nanos[ROUNDS / 2] / 1e6),
                String.format("%.0f ms", nanos[ROUNDS - 1] / 1e6), shared != null ? shared.getPoolSize() : threads);
    }

    /**
     * One refresh: done when every monitor has a sample taken since it began. A monitor may publish more than one
     * snapshot per probe, so snapshots are not counted.
     */
    private static final class Round {
        final java.time.Instant start;
        final java.util.Set<Integer> probed = java.util.concurrent.ConcurrentHashMap.newKeySet();
        final CountDownLatch done = new CountDownLatch(ENDPOINTS);

        Round(java.time.Instant start) {
            this.start = start;
        }

        void probed(int monitor, dev.signalbox.health.HealthSnapshot snapshot) {
            var sample = snapshot.endpoints().get(0).lastSample();
            if (sample != null && !sample.time().isBefore(start) && probed.add(monitor)) {
                done.countDown();
            }
        }
    }
}
