package dev.signalbox.bench;

import dev.signalbox.config.LoadedProfile;
import dev.signalbox.deploy.DeploySettingsReader;
import dev.signalbox.deploy.ProjectDeploySettings;
import dev.signalbox.railway.ProjectRailwayReader;
import dev.signalbox.railway.RailwayClient;
import dev.signalbox.railway.RailwayStatusReader;
import dev.signalbox.railway.RailwayTarget;
import dev.signalbox.railway.SimulatedProject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Railway requests an hour for a project of 1, 5 and 20 services in two environments at the default intervals, read
 * per member (as a single-service console does) and batched, side by side in one run against the simulator over
 * loopback HTTP: the status part every 30 s ({@link ProjectRailwayReader}) and the deploy-settings part every 5 minutes
 * ({@link ProjectDeploySettings}). {@code ProjectWindowBudgetBenchmark} counts everything the Fleet's watch sends. The simulator's clock is advanced, so the hour
 * takes seconds. Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.signalbox.bench.ProjectBudgetBenchmark}
 */
public final class ProjectBudgetBenchmark {
    private static final Duration INTERVAL = Duration.ofSeconds(30);
    private static final int ROUNDS = (int) (Duration.ofHours(1).toSeconds() / INTERVAL.toSeconds());

    private static final Duration DEPLOY_SETTINGS_INTERVAL = Duration.ofMinutes(5);

    public static void main(String[] args) throws Exception {
        System.out.printf("%-9s %-8s %-22s %-18s %-33s %-26s %s%n", "services", "members", "status, per member", "status, batched",
                "batched, wall time of one round", "deploy settings, per member", "deploy settings, batched");
        for (int services : new int[] {1, 5, 20}) {
            long perMember = perMember(services);
            long[] batched = batched(services);
            System.out.printf("%-9d %-8d %-22d %-18d %-33s %-26d %d%n", services, services * 2, perMember, batched[0],
                    String.format("%.1f ms", batched[1] / 1e6), deploySettings(services, false), deploySettings(services, true));
        }
    }

    /** Requests in an hour of the "Deploy settings" part (every 5 minutes), each member alone or from one batch. */
    private static long deploySettings(int services, boolean batched) throws Exception {
        try (SimulatedProject project = new SimulatedProject(services, 0)) {
            RailwayClient client = project.client();
            ProjectDeploySettings batch = new ProjectDeploySettings(client, List.copyOf(project.members.keySet()),
                    project.simulator.clock(), DEPLOY_SETTINGS_INTERVAL.dividedBy(2));
            // A reader per member for the hour, as the watch keeps one: it asks each deployment's first line once.
            List<DeploySettingsReader> readers = new ArrayList<>();
            project.members.forEach((target, profile) -> {
                LoadedProfile loaded = new LoadedProfile(Path.of(profile.name() + ".json").toAbsolutePath(), profile);
                readers.add(batched ? null : new DeploySettingsReader(client, target, loaded));
            });
            long before = project.simulator.requestCount();
            for (long minute = 0; minute < 60; minute += DEPLOY_SETTINGS_INTERVAL.toMinutes()) {
                int i = 0;
                for (var member : project.members.entrySet()) {
                    LoadedProfile loaded = new LoadedProfile(Path.of(member.getValue().name() + ".json").toAbsolutePath(), member.getValue());
                    (batched ? new DeploySettingsReader(batch.source(member.getKey()), loaded) : readers.get(i)).read();
                    i++;
                }
                project.simulator.advance(DEPLOY_SETTINGS_INTERVAL);
            }
            return project.simulator.requestCount() - before;
        }
    }

    private static long perMember(int services) throws Exception {
        try (SimulatedProject project = new SimulatedProject(services, 0)) {
            RailwayClient client = project.client();
            List<RailwayStatusReader> readers = new ArrayList<>();
            project.members.forEach((target, profile) -> readers.add(new RailwayStatusReader(client, target, profile,
                    project.simulator.clock())));
            long before = project.simulator.requestCount();
            for (int round = 0; round < ROUNDS; round++) {
                for (RailwayStatusReader reader : readers) {
                    reader.read();
                }
                project.simulator.advance(INTERVAL);
            }
            return project.simulator.requestCount() - before;
        }
    }

    /** Requests in the hour, and the median wall time of one round (every member read once). */
    private static long[] batched(int services) throws Exception {
        try (SimulatedProject project = new SimulatedProject(services, 0)) {
            ProjectRailwayReader reader = new ProjectRailwayReader(project.client(), project.members, project.simulator.clock(),
                    INTERVAL.dividedBy(2));
            long before = project.simulator.requestCount();
            List<Long> rounds = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                long start = System.nanoTime();
                for (RailwayTarget target : project.members.keySet()) {
                    reader.read(target);
                }
                rounds.add(System.nanoTime() - start);
                project.simulator.advance(INTERVAL);
            }
            rounds.sort(null);
            return new long[] {project.simulator.requestCount() - before, rounds.get(rounds.size() / 2)};
        }
    }

    private ProjectBudgetBenchmark() {
    }
}
