package dev.signalbox.railway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signalbox.config.Profile.TokenKind;
import graphql.ParseAndValidate;
import graphql.parser.Parser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every service instance of a project read in one request, with the same answer as one read per service. */
class ProjectStatusQueryTest {
    private final SimulatedRailway railway = new SimulatedRailway();

    @AfterEach
    void close() {
        railway.close();
    }

    @Test
    void theAssembledDocumentValidatesAgainstThePublishedSchema() throws Exception {
        ProjectStatusQuery query = new ProjectStatusQuery(List.of(
                new RailwayTarget("p", "e1", "s1"), new RailwayTarget("p", "e1", "s2"), new RailwayTarget("p", "e2", "s1")), 5);
        assertThat(ParseAndValidate.validate(PublishedSchema.schema(), Parser.parse(query.text()))).isEmpty();
        assertThat(query.variables()).containsEntry("e2", "e2").containsEntry("s1", "s2").containsEntry("first", 5);
        assertThat(query.text()).doesNotContain("\"").as("ids travel as variables, never in the text");
    }

    @Test
    void oneRequestAnswersForEveryServiceInstanceAsPerServiceReadsWould() throws Exception {
        SeededProject project = seedProject(3);
        RailwayClient client = railway.client(TokenKind.ACCOUNT, railway.seeded.accountToken());
        railway.simulator.crash(railway.simulator.deploymentIds(project.production, project.services.get(1)).get(0),
                List.of("ImportError: cannot import name 'Celery'"));

        ProjectStatusQuery query = new ProjectStatusQuery(project.targets(), 10);
        long before = client.transport().requestsSent();
        List<ProjectStatusQuery.TargetStatus> statuses = query.execute(client.transport(), railway.simulator.clock());
        assertThat(client.transport().requestsSent() - before).isEqualTo(1);

        assertThat(statuses).hasSize(6);
        for (ProjectStatusQuery.TargetStatus status : statuses) {
            assertThat(status.deployments()).extracting(Deployment::id)
                    .containsExactlyElementsOf(client.deployments(status.target(), 10).stream().map(Deployment::id).toList());
            assertThat(status.variables().values().keySet()).isEqualTo(client.variables(status.target()).values().keySet());
        }
        assertThat(statuses.get(4).deployments().get(0).status()).isEqualTo(DeploymentStatus.CRASHED);
        assertThat(statuses.get(1).variables().reveal("ROLE")).contains("worker-staging");
    }

    @Test
    void refusesAnEmptyOrOversizedBatch() {
        assertThatThrownBy(() -> new ProjectStatusQuery(List.of(), 5)).hasMessageContaining("1 to 50");
        List<RailwayTarget> many = new ArrayList<>();
        for (int i = 0; i <= ProjectStatusQuery.MAX_TARGETS; i++) {
            many.add(new RailwayTarget("p", "e", "s" + i));
        }
        assertThatThrownBy(() -> new ProjectStatusQuery(many, 5)).hasMessageContaining("got 51");
    }

    /** Services in staging and production of the seeded project, each with a variable and one deployment. */
    private SeededProject seedProject(int serviceCount) {
        var simulator = railway.simulator;
        String staging = simulator.addEnvironment(railway.seeded.projectId(), "staging-2");
        List<String> services = new ArrayList<>();
        for (int i = 0; i < serviceCount; i++) {
            String service = i == 0 ? railway.seeded.serviceId() : simulator.addService(railway.seeded.projectId(), "svc" + i);
            services.add(service);
            simulator.putVariable(staging, service, "ROLE", "worker-staging");
            simulator.putVariable(railway.seeded.environmentId(), service, "ROLE", "worker-production");
            simulator.deploy(staging, service, "deploy " + i);
            if (i > 0) {
                simulator.deploy(railway.seeded.environmentId(), service, "deploy " + i);
            }
        }
        simulator.runUntilIdle();
        return new SeededProject(railway.seeded.projectId(), staging, railway.seeded.environmentId(), services);
    }

    private record SeededProject(String projectId, String staging, String production, List<String> services) {
        List<RailwayTarget> targets() {
            List<RailwayTarget> targets = new ArrayList<>();
            for (String environment : List.of(staging, production)) {
                for (String service : services) {
                    targets.add(new RailwayTarget(projectId, environment, service));
                }
            }
            return targets;
        }
    }
}
