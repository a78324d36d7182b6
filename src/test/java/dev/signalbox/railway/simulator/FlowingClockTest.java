package dev.signalbox.railway.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/** The sandbox's way to run the simulator: real time, deployments moving on their own, a runner of its own. */
class FlowingClockTest {

    @Test
    void withASystemClockAndAutoSettleADeploymentReachesSuccessByItselfWithTheRunnersVariables() {
        ScriptedDeploymentRunner runner = new ScriptedDeploymentRunner();
        try (RailwaySimulator sim = RailwaySimulator.builder().clock(SimulatorClock.system())
                .timings(new RailwaySimulator.Timings(Duration.ofMillis(20), Duration.ofMillis(20), Duration.ofMillis(20)))
                .autoSettle(Duration.ofMillis(10)).runner(runner).build()) {
            String workspace = sim.addWorkspace("w");
            String project = sim.addProject(workspace, "p");
            String environment = sim.addEnvironment(project, "production");
            String service = sim.addService(project, "api");
            sim.putVariable(environment, service, "FEATURE", "on");
            String id = sim.deploy(environment, service, "push");

            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!sim.status(id).equals("SUCCESS") && System.nanoTime() < deadline) {
                LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
            }
            assertThat(sim.status(id)).isEqualTo("SUCCESS");
            List<DeploymentContext> started = runner.started();
            assertThat(started).hasSize(1);
            assertThat(started.get(0).variables()).containsEntry("FEATURE", "on").containsEntry("RAILWAY_SERVICE_NAME", "api");

            sim.crash(id, List.of("Killed"));
            assertThat(sim.status(id)).isEqualTo("CRASHED");
        }
    }
}
