package dev.signalbox.bench;

import dev.signalbox.railway.ProjectRailwayReader;
import dev.signalbox.railway.RailwayClient;
import dev.signalbox.railway.RailwayStatusReader;
import dev.signalbox.railway.RailwayTarget;
import dev.signalbox.railway.SimulatedProject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Railway requests an hour for a project of 1, 5 and 20 services in two environments at the default 30 s interval,
 * read per member (two requests each, as a single-service console does) and batched ({@link ProjectRailwayReader}),
 * side by side in one run against the simulator over loopback HTTP. The simulator's clock is advanced, so the hour
 * takes seconds. Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.signalbox.bench.ProjectBudgetBenchmark}
 */
public final class ProjectBudgetBenchmark {
    private static final Duration INTERVAL = Duration.ofSeconds(30);
    private static final int ROUNDS = (int) (Duration.ofHours(1).toSeconds() / INTERVAL.toSeconds());

    public static void main(String[] args) throws Exception {
        System.out.printf("%-9s %-8s %-22s %-18s %s%n", "services", "members", "per member (req/hour)", "batched (req/hour)",
                "batched, wall time of one round");
        for (int services : new int[] {1, 5, 20}) {
            long perMember = perMember(services);
            long[] batched = batched(services);
            System.out.printf("%-9d %-8d %-22d %-18d %.1f ms%n", services, services * 2, perMember, batched[0], batched[1] / 1e6);
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
