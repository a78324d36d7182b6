package dev.signalbox.bench;

import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.Project;
import dev.signalbox.monitor.EventJournal;
import dev.signalbox.monitor.ProjectWatch;
import dev.signalbox.railway.SimulatedProject;
import dev.signalbox.railway.simulator.RailwaySimulator;
import dev.signalbox.railway.simulator.SimulatorClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Every Railway request the Fleet window's watch sends, counted by the simulator that answers them: projects of 1, 5
 * and 20 services in staging and production, each watched by {@link ProjectWatch#start} (what the console runs) at
 * the default intervals (Railway every 30 s, deploy settings every 5 minutes), side by side in one run, in real time.
 * Unlike {@link ProjectBudgetBenchmark}, nothing is left out: start-up reads, deploy settings, the logs that explain a
 * crash, retries. Run (default 60 minutes; a shorter run is scaled to an hour and says so):
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.signalbox.bench.ProjectWindowBudgetBenchmark -Dexec.args=60}
 */
public final class ProjectWindowBudgetBenchmark {
    private static final int[] SIZES = {1, 5, 20};

    public static void main(String[] args) throws Exception {
        Duration run = Duration.ofMinutes(args.length > 0 ? Long.parseLong(args[0]) : 60);
        Path dir = Files.createTempDirectory("signalbox-budget-");
        List<Fleet> fleets = new ArrayList<>();
        try {
            for (int services : SIZES) {
                fleets.add(new Fleet(services, dir.resolve("size-" + services)));
            }
            long started = System.nanoTime();
            // Progress every 5 minutes on a timer; the main thread waits for the run's end, not for a guessed time.
            java.util.concurrent.ScheduledExecutorService timer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
            java.util.concurrent.CountDownLatch ended = new java.util.concurrent.CountDownLatch(1);
            timer.scheduleAtFixedRate(() -> {
                StringBuilder line = new StringBuilder(String.format("after %3d min:",
                        Duration.ofNanos(System.nanoTime() - started).toMinutes()));
                for (Fleet fleet : fleets) {
                    line.append(String.format("  %d services: %d requests", fleet.services, fleet.simulator.requestCount()));
                }
                System.out.println(line);
            }, 5, 5, java.util.concurrent.TimeUnit.MINUTES);
            timer.schedule(ended::countDown, run.toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS);
            ended.await();
            timer.shutdownNow();
            double hours = (System.nanoTime() - started) / 3.6e12;
            System.out.printf("%nrun: %.1f min of wall time (requests scaled to one hour: x %.2f)%n", hours * 60, 1 / hours);
            System.out.printf("%-9s %-8s %-16s %-18s %s%n", "services", "members", "requests in run", "requests/hour", "by operation");
            for (Fleet fleet : fleets) {
                long total = fleet.simulator.requestCount();
                System.out.printf("%-9d %-8d %-16d %-18d %s%n", fleet.services, fleet.services * 2, total, Math.round(total / hours),
                        new TreeMap<>(fleet.simulator.requestCountsByOperation()));
            }
        } finally {
            for (Fleet fleet : fleets) {
                fleet.close();
            }
        }
    }

    /** A simulated project of {@code services} services x {staging, production} and the watch of all of them. */
    private static final class Fleet implements AutoCloseable {
        final int services;
        final RailwaySimulator simulator;
        private final SimulatedProject project;
        private final ProjectWatch watch;

        Fleet(int services, Path dir) throws Exception {
            this.services = services;
            // Real time, and no rate limit: the benchmark counts what the window asks, not what a limit lets through.
            project = new SimulatedProject(services, 0, SimulatorClock.system());
            simulator = project.simulator;
            // Default polling (the profiles give none): the intervals a user gets without tuning anything.
            List<LoadedProfile> members = List.copyOf(project.loaded(dir, profile -> profile).values());
            Path journals = Files.createDirectories(dir.resolve("state"));
            watch = ProjectWatch.start(new Project(dir.resolve("acme.project.json"), "acme", members),
                    name -> new EventJournal(journals, name), Clock.systemUTC());
        }

        @Override
        public void close() {
            watch.close();
            project.close();
        }
    }

    private ProjectWindowBudgetBenchmark() {
    }
}
