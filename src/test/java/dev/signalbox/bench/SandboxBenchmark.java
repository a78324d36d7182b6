package dev.signalbox.bench;

import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.ProfileLoader;
import dev.signalbox.monitor.ServiceWatch;
import dev.signalbox.monitor.WatchFactory;
import dev.signalbox.railway.RailwayClient;
import dev.signalbox.railway.RailwayStatusReader;
import dev.signalbox.railway.RailwayTarget;
import dev.signalbox.sandbox.Sandbox;
import dev.signalbox.sandbox.Scenario;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Sandbox start-up time, the Railway request budget of the console's polling at default settings, and the CPU a
 * watched profile costs while nothing happens. Figures go to docs/performance.md.
 *
 * <pre>
 * mvn -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.signalbox.bench.SandboxBenchmark [-Dexec.args=IDLE_SECONDS]
 * </pre>
 */
public final class SandboxBenchmark {
    /** The benchmark measures what a watch costs over wall-clock time: waiting out the window is the measurement. */
    private static void idleFor(long seconds) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(deadline - System.nanoTime());
        }
    }

    public static void main(String[] args) throws Exception {
        int idleSeconds = args.length > 0 ? Integer.parseInt(args[0]) : 120;
        Path home = Files.createTempDirectory("signalbox-bench");
        System.setProperty("signalbox.home", home.toString());

        // 1. Start-up: from nothing to serving (database migrated, service answering, simulator deployed).
        List<Long> starts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            try (Sandbox sandbox = Sandbox.start(Scenario.HEALTHY, line -> { })) {
                starts.add((System.nanoTime() - t0) / 1_000_000);
            }
        }
        Collections.sort(starts);
        System.out.printf("sandbox start (healthy), 5 runs: min %d ms, median %d ms, max %d ms%n", starts.get(0), starts.get(2), starts.get(4));

        try (Sandbox sandbox = Sandbox.start(Scenario.DEATH_LOOP, line -> { })) {
            // 2. Railway requests per poll, and the one-off log reads that explain a failed deployment.
            LoadedProfile profile = sandbox.profile();
            RailwayStatusReader reader = new RailwayStatusReader(RailwayClient.forProfile(profile.profile().railway()),
                    RailwayTarget.of(profile.profile().railway()), profile.profile(), Clock.systemUTC());
            long before = sandbox.railway().requestCount();
            reader.read();
            long first = sandbox.railway().requestCount() - before;
            before = sandbox.railway().requestCount();
            int polls = 20;
            for (int i = 0; i < polls; i++) {
                reader.read();
            }
            double perPoll = (sandbox.railway().requestCount() - before) / (double) polls;
            int defaultInterval = 30;
            System.out.printf("railway: first poll %d requests (incl. the failed deployment's logs), then %.1f per poll;"
                    + " at the default %d s: %.0f requests/hour (Hobby: 1,000)%n", first, perPoll, defaultInterval, perPoll * 3600 / defaultInterval + (first - perPoll));

            // 3. Idle cost: a watch at the default intervals (no "polling" section) for idleSeconds.
            Path defaults = home.resolve("defaults.json");
            Files.writeString(defaults, Files.readString(sandbox.profileFile()).replaceAll("(?s),\\s*\"polling\"\\s*:\\s*\\{[^}]*\\}", ""));
            LoadedProfile idleProfile = new ProfileLoader().load(defaults);
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long requestsBefore = sandbox.railway().requestCount();
            try (ServiceWatch watch = WatchFactory.start(idleProfile)) {
                idleFor(10);
                long cpu0 = os.getProcessCpuTime();
                long wall0 = System.nanoTime();
                long railway0 = sandbox.railway().requestCount();
                idleFor(idleSeconds);
                double cpuSeconds = (os.getProcessCpuTime() - cpu0) / 1e9;
                double wallSeconds = (System.nanoTime() - wall0) / 1e9;
                long railwayRequests = sandbox.railway().requestCount() - railway0;
                System.out.printf("idle watch at default intervals over %.0f s: %.2f s CPU = %.2f %% of one core"
                                + " (includes the in-process sample service and simulator answering); Railway %d requests = %.0f/hour%n",
                        wallSeconds, cpuSeconds, 100 * cpuSeconds / wallSeconds, railwayRequests, railwayRequests * 3600 / wallSeconds);
            }
            System.out.printf("railway requests during the whole idle run: %d%n", sandbox.railway().requestCount() - requestsBefore);
        }
        System.exit(0);
    }
}
