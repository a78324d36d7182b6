package dev.signalbox.railway.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * The sandbox's way to run the simulator: deployments moving on their own (a ticker settles them), a runner of its
 * own. Time is a manual {@link SimulatorClock} here: the test moves it, and only the ticker (not the test) settles.
 */
class FlowingClockTest {

    @Test
    void withAutoSettleADeploymentReachesSuccessByItselfOnceItsTimeHasPassedWithTheRunnersVariables() {
        ScriptedDeploymentRunner runner = new ScriptedDeploymentRunner();
        SimulatorClock clock = SimulatorClock.manual(Instant.parse("2025-06-02T09:00:00Z"));
        try (RailwaySimulator sim = RailwaySimulator.builder().clock(clock)
                .timings(new RailwaySimulator.Timings(Duration.ofSeconds(20), Duration.ofSeconds(20), Duration.ofSeconds(20)))
                .autoSettle(Duration.ofMillis(10)).runner(runner).build()) {
            String workspace = sim.addWorkspace("w");
            String project = sim.addProject(workspace, "p");
            String environment = sim.addEnvironment(project, "production");
            String service = sim.addService(project, "api");
            sim.putVariable(environment, service, "FEATURE", "on");
            String id = sim.deploy(environment, service, "push");
            assertThat(sim.status(id)).as("no time has passed").isNotEqualTo("SUCCESS");

            // The clock itself, not sim.advance (which settles on the caller's thread): only the ticker moves it on.
            clock.advance(Duration.ofMinutes(5));
            awaitStatus(sim, id, "SUCCESS");
            List<DeploymentContext> started = runner.started();
            assertThat(started).hasSize(1);
            assertThat(started.get(0).variables()).containsEntry("FEATURE", "on").containsEntry("RAILWAY_SERVICE_NAME", "api");

            sim.crash(id, List.of("Killed"));
            assertThat(sim.status(id)).isEqualTo("CRASHED");
        }
    }

    /** Waits for the ticker thread (every 10 ms) to have settled; the bound only stops a broken ticker hanging the build. */
    private static void awaitStatus(RailwaySimulator sim, String id, String status) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!sim.status(id).equals(status) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
        assertThat(sim.status(id)).as("settled by the ticker").isEqualTo(status);
    }
}
