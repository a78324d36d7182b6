package dev.signalbox.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.Profile;
import dev.signalbox.railway.RailwayClient;
import dev.signalbox.railway.RailwayTarget;
import dev.signalbox.railway.SimulatedProject;
import dev.signalbox.railway.simulator.RailwaySimulator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "Deploy settings" part of a whole project from one request a round: the same judgements as each member read
 * alone, at a cost that does not grow with the number of services.
 */
class ProjectDeploySettingsTest {
    private static final Duration INTERVAL = Duration.ofMinutes(5);

    @TempDir
    Path dir;

    /** The simulated project's members, the second service's declaring SECRET_KEY {@code sameAs} the third's. */
    private Map<RailwayTarget, LoadedProfile> loaded(SimulatedProject project) throws Exception {
        return project.loaded(dir, p -> !p.name().startsWith("svc-1-") ? p : new Profile(p.name(), p.environment(), p.production(),
                p.readOnly(), p.api(), p.database(), p.migrations(), p.railway(), p.toggles(),
                List.of(new Profile.RequiredVariable("SECRET_KEY", null, 32, true, null, "svc-2")), p.polling()));
    }

    @Test
    void fortyServiceInstancesJudgedEveryFiveMinutesForAnHourCostThirteenRequests() throws Exception {
        try (SimulatedProject project = new SimulatedProject(20, 1000)) {
            Map<RailwayTarget, LoadedProfile> members = loaded(project);
            ProjectDeploySettings batch = new ProjectDeploySettings(project.client(), List.copyOf(members.keySet()),
                    project.simulator.clock(), INTERVAL.dividedBy(2));
            long before = project.simulator.requestCount();
            DeploySettingsReport shared = null;
            for (int round = 0; round < 12; round++) {
                for (Map.Entry<RailwayTarget, LoadedProfile> member : members.entrySet()) {
                    DeploySettingsReport report = new DeploySettingsReader(batch.source(member.getKey()), member.getValue()).read();
                    assertThat(report.unavailable()).as(member.getValue().name()).isEmpty();
                    if (member.getValue().name().equals("svc-1-production")) {
                        shared = report;
                    }
                }
                project.simulator.advance(INTERVAL);
            }
            // One batch a round, plus one request for the first log lines of the 39 successful deployments, once:
            // a deployment's first line never changes. Read alone, each member costs 5 requests a round, then 3.
            assertThat(project.simulator.requestCount() - before).isEqualTo(12 + 1);
            assertThat(shared.notes()).contains("SECRET_KEY is identical in this service and svc-2");
        }
    }

    @Test
    void everyMemberIsJudgedAsIfReadAlone() throws Exception {
        try (SimulatedProject project = new SimulatedProject(3, 1000)) {
            RailwaySimulator railway = project.simulator;
            Map<RailwayTarget, LoadedProfile> members = loaded(project);
            List<RailwayTarget> targets = List.copyOf(members.keySet());
            RailwayTarget api = targets.get(3);
            // Production's api: a health-check timeout shorter than its start-up, and an edit staged in the dashboard.
            railway.configureInstance(api.environmentId(), api.serviceId(), new RailwaySimulator.InstanceSettings(
                    "/api/health", 5, "uvicorn app:app", List.of("alembic upgrade head"), "ON_FAILURE", 10, 1, List.of()));
            railway.deploy(api.environmentId(), api.serviceId(), "release 43");
            railway.runUntilIdle();
            railway.stageChange(api.environmentId(), targets.get(4).serviceId(), "variables");
            RailwayTarget worker = targets.get(4);
            railway.putVariable(worker.environmentId(), targets.get(5).serviceId(), "SECRET_KEY", "another-value-0123456789abcdefghij");

            RailwayClient client = project.client();
            ProjectDeploySettings batch = new ProjectDeploySettings(client, targets, railway.clock(), INTERVAL.dividedBy(2));
            List<String> kinds = new ArrayList<>();
            for (RailwayTarget target : targets) {
                DeploySettingsReport alone = new DeploySettingsReader(client, target, members.get(target)).read();
                DeploySettingsReport batched = new DeploySettingsReader(batch.source(target), members.get(target)).read();
                assertThat(batched).as(members.get(target).name()).isEqualTo(alone);
                batched.judgements().forEach(j -> kinds.add(members.get(target).name() + " " + j.kind()));
            }
            assertThat(kinds).contains("svc-0-production " + DeploySettingsReport.Kind.HEALTHCHECK_TIMEOUT_TOO_SHORT,
                    "svc-1-production " + DeploySettingsReport.Kind.SHARED_VARIABLE_DIFFERS);
            assertThat(new DeploySettingsReader(batch.source(api), members.get(api)).read().judgements())
                    .anyMatch(judgement -> judgement.fact().contains("svc-1: variables"));
        }
    }

    @Test
    void aRateLimitedTokenCostsOneRequestARoundNotOnePerMember() throws Exception {
        try (SimulatedProject project = new SimulatedProject(5, 1)) {
            Map<RailwayTarget, LoadedProfile> members = loaded(project);
            ProjectDeploySettings batch = new ProjectDeploySettings(project.client(), List.copyOf(members.keySet()),
                    project.simulator.clock(), INTERVAL.dividedBy(2));
            project.client().transport().execute(dev.signalbox.railway.RailwayDocument.PROJECTS, Map.of("first", 1));
            long before = project.simulator.requestCount();
            for (Map.Entry<RailwayTarget, LoadedProfile> member : members.entrySet()) {
                DeploySettingsReport report = new DeploySettingsReader(batch.source(member.getKey()), member.getValue()).read();
                assertThat(report.unavailable()).as(member.getValue().name()).isNotEmpty()
                        .allMatch(reason -> reason.contains("rate limit") || reason.contains("429"));
            }
            assertThat(project.simulator.requestCount() - before).isEqualTo(1);
        }
    }

    @Test
    void aMemberWhoseServiceIsGoneIsReportedAloneAndTheOthersAreJudged() throws Exception {
        try (SimulatedProject project = new SimulatedProject(3, 0)) {
            Map<RailwayTarget, LoadedProfile> members = loaded(project);
            RailwayTarget first = members.keySet().iterator().next();
            RailwayTarget gone = new RailwayTarget(first.projectId(), first.environmentId(), "deleted-service");
            List<RailwayTarget> targets = new java.util.ArrayList<>(members.keySet());
            targets.add(gone);
            ProjectDeploySettings batch = new ProjectDeploySettings(project.client(), targets, project.simulator.clock(),
                    INTERVAL.dividedBy(2));

            DeploySettingsReport lost = new DeploySettingsReader(batch.source(gone), members.get(first)).read();
            assertThat(lost.unavailable()).isNotEmpty().allMatch(reason -> reason.contains("not found"));
            for (Map.Entry<RailwayTarget, LoadedProfile> member : members.entrySet()) {
                assertThat(new DeploySettingsReader(batch.source(member.getKey()), member.getValue()).read().unavailable())
                        .as(member.getValue().name()).isEmpty();
            }
        }
    }
}
