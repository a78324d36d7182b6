package dev.signalbox.railway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Twenty services in two environments, watched for an hour at the default interval, within the Hobby plan. */
class ProjectRailwayReaderTest {

    @Test
    void fortyServiceInstancesPolledForAnHourStayWithinTheHobbyBudget() throws Exception {
        try (SimulatedProject project = new SimulatedProject(20, 1000)) {
            RailwayClient client = project.client();
            ProjectRailwayReader reader = new ProjectRailwayReader(client, project.members, project.simulator.clock(),
                    Duration.ofSeconds(15));
            long before = project.simulator.requestCount();
            RailwayStatus crashed = null;
            for (int round = 0; round < 120; round++) {
                for (RailwayTarget target : project.members.keySet()) {
                    RailwayStatus status = reader.read(target);
                    assertThat(status.variables().has("SECRET_KEY")).isTrue();
                    if (status.latest().orElseThrow().status() == DeploymentStatus.CRASHED) {
                        crashed = status;
                    }
                }
                project.simulator.advance(Duration.ofSeconds(30));
            }
            long requests = project.simulator.requestCount() - before;
            // One batch a round, plus the two log reads that explain the crashed deployment, once.
            assertThat(requests).isEqualTo(120 + 2);
            assertThat(crashed).isNotNull();
            assertThat(crashed.failure().line()).contains("OperationalError");
            assertThat(client.budget().remaining()).isGreaterThan(800);
        }
    }

    @Test
    void membersOfOneRoundShareOneRequestAndTheNextRoundFetchesAgain() throws Exception {
        try (SimulatedProject project = new SimulatedProject(3, 1000)) {
            ProjectRailwayReader reader = new ProjectRailwayReader(project.client(), project.members, project.simulator.clock(),
                    Duration.ofSeconds(15));
            RailwayTarget first = project.members.keySet().iterator().next();
            long before = project.simulator.requestCount();
            for (RailwayTarget target : project.members.keySet()) {
                reader.read(target);
            }
            assertThat(project.simulator.requestCount() - before).as("one batch, plus the crash's two log reads").isEqualTo(3);
            project.simulator.putVariable(first.environmentId(), first.serviceId(), "NEW", "1");
            assertThat(reader.read(first).variables().has("NEW")).as("still the same round").isFalse();
            project.simulator.advance(Duration.ofSeconds(15));
            assertThat(reader.read(first).variables().has("NEW")).isTrue();
            assertThat(project.simulator.requestCount() - before).isEqualTo(4);
        }
    }

    @Test
    void aRateLimitedRoundCostsOneRequestNotOnePerMember() throws Exception {
        try (SimulatedProject project = new SimulatedProject(5, 1)) {
            ProjectRailwayReader reader = new ProjectRailwayReader(project.client(), project.members, project.simulator.clock(),
                    Duration.ofSeconds(15));
            project.client().transport().execute(RailwayDocument.PROJECTS, java.util.Map.of("first", 1));
            long before = project.simulator.requestCount();
            for (RailwayTarget target : project.members.keySet()) {
                assertThatThrownBy(() -> reader.read(target)).isInstanceOf(RailwayException.class).hasMessageContaining("429");
            }
            assertThat(project.simulator.requestCount() - before).isEqualTo(1);
        }
    }

    @Test
    void aProjectOfMoreThanFiftyServiceInstancesTakesOneRequestPerFifty() throws Exception {
        try (SimulatedProject project = new SimulatedProject(30, 0)) {
            ProjectRailwayReader reader = new ProjectRailwayReader(project.client(), project.members, project.simulator.clock(),
                    Duration.ofSeconds(15));
            long before = project.simulator.requestCount();
            for (RailwayTarget target : project.members.keySet()) {
                assertThat(reader.read(target).variables().has("SECRET_KEY")).isTrue();
            }
            assertThat(project.simulator.requestCount() - before).as("60 members: 2 batches, plus the crash's two log reads")
                    .isEqualTo(2 + 2);
        }
    }

    @Test
    void aMemberWhoseServiceIsGoneFailsAloneAndTheOthersAreStillRead() throws Exception {
        try (SimulatedProject project = new SimulatedProject(2, 0)) {
            java.util.Map<RailwayTarget, dev.signalbox.config.Profile> members = new java.util.LinkedHashMap<>(project.members);
            RailwayTarget first = members.keySet().iterator().next();
            RailwayTarget gone = new RailwayTarget(first.projectId(), first.environmentId(), "deleted-service");
            members.put(gone, members.get(first));
            ProjectRailwayReader reader = new ProjectRailwayReader(project.client(), members, project.simulator.clock(),
                    Duration.ofSeconds(15));
            long before = project.simulator.requestCount();

            assertThatThrownBy(() -> reader.read(gone)).isInstanceOf(RailwayException.class).hasMessageContaining("not found");
            for (RailwayTarget target : project.members.keySet()) {
                assertThat(reader.read(target).variables().has("SECRET_KEY")).isTrue();
            }
            assertThat(project.simulator.requestCount() - before)
                    .as("the batch, the batch again without the lost member, the crash's two log reads").isEqualTo(4);
        }
    }
}
