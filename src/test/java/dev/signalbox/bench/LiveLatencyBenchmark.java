package dev.signalbox.bench;

import com.sun.net.httpserver.HttpServer;
import dev.signalbox.alerts.WatchAlerts;
import dev.signalbox.alerts.WebhookSender;
import dev.signalbox.common.Http;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.Profile;
import dev.signalbox.config.ProfileStore;
import dev.signalbox.monitor.ServiceWatch;
import dev.signalbox.railway.LogLine;
import dev.signalbox.railway.LogStreamStatus;
import dev.signalbox.sandbox.Sandbox;
import dev.signalbox.sandbox.Scenario;
import dev.signalbox.ui.deployments.DeploymentsViewModel;
import dev.signalbox.ui.railway.RailwayConsole;
import dev.signalbox.ui.shell.ShellViewModel;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Issue 18's two latencies, on the sandbox:
 * <ol>
 *   <li>a line printed by the sample service (uvicorn's access line for a real request) to the moment it is in the
 *       Deployments view model's lines on the FX thread (Follow live on): print time is the line's own timestamp,
 *       taken when the service printed it; arrival is read on the FX thread when the line is added;</li>
 *   <li>a readiness flip (the service's database refuses connections) to the webhook receiver's arrival of the
 *       alert, with holdPolls 1 and 2 (the default), the sandbox's health interval being 2 s.</li>
 * </ol>
 * Figures go to docs/performance.md.
 * <pre>
 * mvn -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.signalbox.bench.LiveLatencyBenchmark [-Dexec.args="LINES FLIPS"]
 * </pre>
 */
public final class LiveLatencyBenchmark {
    public static void main(String[] args) throws Exception {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int flips = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path home = Files.createTempDirectory("signalbox-bench");
        System.setProperty("signalbox.home", home.toString());
        // A quiet log: only the benchmark's own requests print lines.
        System.setProperty(Sandbox.NO_USERS_PROPERTY, "true");
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        try (Sandbox sandbox = Sandbox.start(Scenario.HEALTHY, line -> { })) {
            if (lines > 0) {
                logLines(sandbox, home, lines);
            }
            for (int hold : flips == 0 ? new int[0] : new int[] {1, 2}) {
                alerts(sandbox, hold, flips);
            }
        }
        Platform.exit();
        System.exit(0);
    }

    // ---- 1. a printed line to the view model ---------------------------------------------------------------

    private static void logLines(Sandbox sandbox, Path home, int count) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        BlockingQueue<Long> latenciesMicros = new LinkedBlockingQueue<>();
        Instant wall = Instant.now();
        Duration simulatorAhead = Duration.between(wall, sandbox.railway().clock().instant());
        AtomicReference<DeploymentsViewModel> model = new AtomicReference<>();
        Platform.runLater(() -> {
            ShellViewModel shell = new ShellViewModel(new ProfileStore(home.resolve("profiles")), sandbox.profile(), false);
            shell.watchChosenProfile();
            DeploymentsViewModel deployments = new DeploymentsViewModel(RailwayConsole.of(shell));
            deployments.lines().addListener((ListChangeListener<LogLine>) change -> {
                // The simulator's clock runs ahead of the wall clock by what the sandbox's set-up advanced it
                // (deployments settled at once): a line's timestamp minus that offset is when it was printed.
                Instant arrived = Instant.now().plus(simulatorAhead);
                while (change.next()) {
                    for (LogLine line : change.getAddedSubList()) {
                        if (line.message().contains("/api/articles/bench-") && line.time() != null) {
                            latenciesMicros.add(Duration.between(line.time(), arrived).toNanos() / 1000);
                        }
                    }
                }
            });
            model.set(deployments);
        });
        awaitFx(() -> model.get() != null && model.get().selectedProperty().get() != null && !model.get().logsLoadingProperty().get());
        Platform.runLater(() -> model.get().liveProperty().set(true));
        awaitFx(() -> model.get().liveStatusProperty().get() != null
                && model.get().liveStatusProperty().get().mode() == LogStreamStatus.Mode.STREAMING);

        String base = sandbox.service().baseUrl();
        List<Long> results = new ArrayList<>();
        for (int i = 0; i < count + 5; i++) {
            try (Response response = Http.client().newCall(new Request.Builder().url(base + "/api/articles/bench-" + i).build()).execute()) {
                response.body().bytes();
            }
            Long micros = latenciesMicros.poll(10, TimeUnit.SECONDS);
            if (micros == null) {
                throw new IllegalStateException("line " + i + " did not reach the view model in 10 s");
            }
            if (i >= 5) {
                results.add(micros); // the first five warm the JIT and the connection
            }
        }
        report("printed line -> Deployments view model (Follow live, WebSocket)", results, 1000);
    }

    // ---- 2. a readiness flip to the webhook ----------------------------------------------------------------

    private static void alerts(Sandbox sandbox, int holdPolls, int flips) throws Exception {
        BlockingQueue<Instant> arrivals = new LinkedBlockingQueue<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        receiver.createContext("/hook", exchange -> {
            Instant at = Instant.now();
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
            arrivals.add(at);
        });
        receiver.start();
        Profile.AlertTriggers readinessOnly = new Profile.AlertTriggers(true, false, false, null, null, false, null);
        LoadedProfile loaded = new LoadedProfile(sandbox.profileFile(), sandbox.profile().profile().withAlerts(
                new Profile.AlertSettings(List.of(new Profile.Webhook("bench", "env:BENCH_HOOK", Profile.WebhookFormat.JSON)),
                        readinessOnly, holdPolls, null, null, false)));
        List<Long> firing = new ArrayList<>();
        List<Long> resolved = new ArrayList<>();
        try (ServiceWatch watch = new ServiceWatch(loaded, Clock.systemUTC())) {
            WatchAlerts.attach(watch, Map.of("BENCH_HOOK", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook"),
                    true, false, null, WebhookSender.Retry.DEFAULT, Clock.systemUTC());
            watch.watchHealth();
            for (int i = 0; i < flips; i++) {
                Instant down = allowConnections(sandbox, false);
                firing.add(Duration.between(down, take(arrivals)).toMillis());
                Instant up = allowConnections(sandbox, true);
                resolved.add(Duration.between(up, take(arrivals)).toMillis());
            }
        } finally {
            allowConnections(sandbox, true);
            receiver.stop(0);
        }
        long interval = sandbox.profile().profile().polling().healthSeconds() * 1000L;
        report("readiness DOWN -> webhook arrival, holdPolls " + holdPolls + " (health interval " + interval + " ms)", firing, interval + 1000);
        report("readiness back UP -> 'resolved' arrival, holdPolls " + holdPolls, resolved, interval + 1000);
    }

    private static Instant take(BlockingQueue<Instant> arrivals) throws InterruptedException {
        Instant at = arrivals.poll(60, TimeUnit.SECONDS);
        if (at == null) {
            throw new IllegalStateException("no webhook arrived in 60 s");
        }
        return at;
    }

    private static Instant allowConnections(Sandbox sandbox, boolean allow) throws Exception {
        try (Connection connection = sandbox.database().connect("postgres", "bench");
             Statement statement = connection.createStatement()) {
            statement.execute("ALTER DATABASE " + Sandbox.DATABASE + " ALLOW_CONNECTIONS " + allow);
        }
        return Instant.now();
    }

    private static void awaitFx(java.util.function.BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            CountDownLatch checked = new CountDownLatch(1);
            boolean[] ok = new boolean[1];
            Platform.runLater(() -> {
                ok[0] = condition.getAsBoolean();
                checked.countDown();
            });
            checked.await();
            if (ok[0]) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the Deployments view model did not get there in 30 s");
            }
            // Between two looks at FX state: a benchmark waits on the window like a person, 50 ms at a time.
            java.util.concurrent.locks.LockSupport.parkNanos(50_000_000L);
        }
    }

    private static void report(String what, List<Long> values, long targetInUnits) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        boolean micros = what.startsWith("printed");
        long median = sorted.get(sorted.size() / 2);
        long p95 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1));
        long max = sorted.get(sorted.size() - 1);
        String unit = micros ? "ms" : "ms";
        double scale = micros ? 1000.0 : 1.0;
        System.out.printf("%s: n=%d, min %.1f %s, median %.1f %s, p95 %.1f %s, max %.1f %s (target < %d ms: %s)%n", what, sorted.size(),
                sorted.get(0) / scale, unit, median / scale, unit, p95 / scale, unit, max / scale, unit,
                micros ? targetInUnits : targetInUnits, (micros ? max / 1000.0 : max) < targetInUnits ? "met" : "NOT met");
    }
}
