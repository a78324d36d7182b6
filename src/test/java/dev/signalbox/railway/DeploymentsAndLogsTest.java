package dev.signalbox.railway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.config.Profile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Deployments, following one, logs with failure signatures, variables and required-variable checks, over HTTP. */
class DeploymentsAndLogsTest {
    private final SimulatedRailway railway = new SimulatedRailway();
    private final RailwayClient client = railway.projectClient();

    @AfterEach
    void close() {
        railway.close();
    }

    @Test
    void listsDeploymentsNewestFirstWithTheirStatusAndTheLatest() throws Exception {
        railway.runner.failNextBuild("ERROR: failed to solve: process \"/bin/sh -c pip install -r requirements.txt\" did not complete");
        String failed = railway.simulator.deploy(railway.seeded.environmentId(), railway.seeded.serviceId(), "Pin numpy");
        railway.simulator.runUntilIdle();
        String building = railway.simulator.deploy(railway.seeded.environmentId(), railway.seeded.serviceId(), "Retry");
        railway.simulator.advance(Duration.ofSeconds(5));

        List<Deployment> deployments = client.deployments(railway.target(), 10);
        assertThat(deployments).extracting(Deployment::id).containsExactly(building, failed, railway.seeded.firstDeploymentId());
        assertThat(deployments).extracting(Deployment::status)
                .containsExactly(DeploymentStatus.BUILDING, DeploymentStatus.FAILED, DeploymentStatus.SUCCESS);
        assertThat(deployments.get(1).canRedeploy()).isTrue();
        assertThat(deployments.get(1).commitMessage()).isEqualTo("Pin numpy");
        assertThat(client.latestDeployment(railway.target())).map(Deployment::id).contains(building);
    }

    @Test
    void followsARedeployThroughEveryPhaseToSuccessWithinTheHobbyBudget() throws Exception {
        Deployment created = client.redeploy(railway.seeded.firstDeploymentId());
        assertThat(created.status()).isEqualTo(DeploymentStatus.QUEUED);
        List<DeploymentStatus> seen = new ArrayList<>();
        DeploymentFollower.Result result = new DeploymentFollower(client, railway.pacer, railway.simulator.clock())
                .follow(created.id(), DeploymentFollower.Budget.HOBBY, d -> seen.add(d.status()));

        assertThat(result.succeeded()).isTrue();
        assertThat(seen).containsExactly(DeploymentStatus.QUEUED, DeploymentStatus.BUILDING, DeploymentStatus.DEPLOYING,
                DeploymentStatus.SUCCESS);
        // 47 simulated seconds of deployment: a fixed 3 s poll would take 16 requests; the adaptive one far fewer.
        assertThat(result.requests()).isLessThanOrEqualTo(12);
        assertThat(railway.pauses).allMatch(p -> p.compareTo(Duration.ofSeconds(20)) <= 0);
        assertThat(railway.pauses.stream().distinct().count()).as("the interval adapts").isGreaterThan(1);
        assertThat(railway.simulator.status(railway.seeded.firstDeploymentId())).isEqualTo("REMOVED");
    }

    @Test
    void followingStopsWhenItsRequestBudgetIsSpentAndSaysSo() throws Exception {
        String id = client.deployService(railway.target());
        DeploymentFollower.Result result = new DeploymentFollower(client, railway.pacer, railway.simulator.clock())
                .follow(id, new DeploymentFollower.Budget(Duration.ofSeconds(1), Duration.ofSeconds(2), 3, Duration.ofMinutes(5)), d -> { });
        assertThat(result.terminal()).isFalse();
        assertThat(result.requests()).isEqualTo(3);
        assertThat(result.stopReason()).contains("request budget", "still BUILDING");
    }

    @Test
    void followingSlowsDownWhenRailwaysBudgetRunsLow() throws Exception {
        railway.simulator.setRateLimitPerHour(20);
        for (int i = 0; i < 18; i++) {
            client.variables(railway.target());
        }
        DeploymentFollower follower = new DeploymentFollower(client, railway.pacer, railway.simulator.clock());
        // 2 left of 20 for the rest of the hour: never poll faster than the hour divided by what may be used.
        assertThat(follower.withinRateBudget(Duration.ofSeconds(3))).isGreaterThanOrEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aCrashedDeploymentsLogsShowTheAlembicSignatureWithItsExplanation() throws Exception {
        railway.runner.crashNextStart(
                "Starting Container",
                "INFO  [alembic.runtime.migration] Context impl PostgresqlImpl.",
                "ERROR [alembic.util.messaging] Can't locate revision identified by 'a8da35e3c12b'",
                "FAILED: Can't locate revision identified by 'a8da35e3c12b'");
        String id = client.deployService(railway.target());
        railway.simulator.runUntilIdle();
        Deployment crashed = client.deployment(id);
        assertThat(crashed.status()).isEqualTo(DeploymentStatus.CRASHED);

        DeploymentLogs.Result logs = new DeploymentLogs(client).fetchAll(crashed);
        assertThat(logs.lines()).extracting(LogLine::source).contains(LogLine.LogSource.BUILD, LogLine.LogSource.DEPLOY);
        assertThat(logs.lines().get(0).source()).isEqualTo(LogLine.LogSource.BUILD);
        assertThat(logs.signatures()).hasSize(2).allMatch(l -> l.signature() == LogSignature.ALEMBIC_UNKNOWN_REVISION);
        assertThat(logs.signatures().get(0).signature().explanation()).contains("never committed or deployed");
        assertThat(logs.search("ALEMBIC")).hasSize(4);
        assertThat(logs.lines()).allMatch(l -> l.timestamp().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{9}Z"));
    }

    @Test
    void logsAreFetchedByTimeWindowAcrossPagesWithoutDuplicates() throws Exception {
        String[] many = new String[1234];
        for (int i = 0; i < many.length; i++) {
            many[i] = "INFO: request " + i + " served";
        }
        railway.runner.crashNextStart(many);
        String id = client.deployService(railway.target());
        railway.simulator.runUntilIdle();

        DeploymentLogs.Result all = new DeploymentLogs(client).fetch(id, null, null, EnumSet.of(LogLine.LogSource.DEPLOY));
        assertThat(all.lines()).hasSize(1234);
        assertThat(new HashSet<>(all.lines().stream().map(LogLine::key).toList())).hasSize(1234);
        assertThat(all.lines().get(1233).message()).isEqualTo("INFO: request 1233 served");
        assertThat(all.requests()).isBetween(3, 4);
        assertThat(all.truncated()).isFalse();

        LogLine tenth = all.lines().get(10);
        LogLine twentieth = all.lines().get(20);
        DeploymentLogs.Result window = new DeploymentLogs(client).fetch(id, tenth.time(), twentieth.time(), EnumSet.of(LogLine.LogSource.DEPLOY));
        assertThat(window.lines()).extracting(LogLine::message).first().isEqualTo("INFO: request 10 served");
        assertThat(window.lines()).hasSize(11);
    }

    @Test
    void everySignatureOfTheCatalogueRecognisesItsLine() {
        assertThat(LogSignature.find("alembic.util.exc.CommandError: Can't locate revision identified by 'a8da35e3c12b'"))
                .contains(LogSignature.ALEMBIC_UNKNOWN_REVISION);
        assertThat(LogSignature.find("FAILED: Multiple head revisions are present for given argument 'head'"))
                .contains(LogSignature.ALEMBIC_MULTIPLE_HEADS);
        assertThat(LogSignature.find("ConnectionResetError: [Errno 104] Connection reset by peer")).contains(LogSignature.CONNECTION_RESET);
        assertThat(LogSignature.find("psycopg.errors.QueryCanceled: canceling statement due to statement timeout"))
                .contains(LogSignature.STATEMENT_TIMEOUT);
        assertThat(LogSignature.find("psycopg.errors.LockNotAvailable: canceling statement due to lock timeout"))
                .contains(LogSignature.LOCK_TIMEOUT);
        assertThat(LogSignature.find("KeyError: 'DATABASE_URL'")).contains(LogSignature.DATABASE_URL_MISSING);
        assertThat(LogSignature.find("RuntimeError: DATABASE_URL is not set")).contains(LogSignature.DATABASE_URL_MISSING);
        assertThat(LogSignature.find("ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number")).contains(LogSignature.SSL_ERROR);
        assertThat(LogSignature.find("connection to server failed: SSL SYSCALL error: EOF detected")).contains(LogSignature.SSL_ERROR);
        assertThat(LogSignature.find("RuntimeError: Database schema is not at head (database at 8192a3b4c5d6). Refusing to start"))
                .contains(LogSignature.HEAD_CHECK_REFUSED);
        assertThat(LogSignature.find("WARNING:  migrations pending (database at x); starting anyway because BYPASS=1")).isEmpty();
        assertThat(LogSignature.find("INFO:     Application startup complete.")).isEmpty();
        for (LogSignature signature : LogSignature.values()) {
            assertThat(signature.explanation()).doesNotContain("\n").hasSizeLessThan(220);
        }
    }

    @Test
    void variablesAreMaskedUntilRevealedAndRequiredVariablesAreCheckedWithoutValues() throws Exception {
        VariableSet variables = client.variables(railway.target());
        String password = "s3cr3t-db-password";
        assertThat(variables.toString()).doesNotContain(password).doesNotContain("k7Qe9v");
        assertThat(variables.masked()).containsEntry("DATABASE_URL", "****").containsEntry("SECRET_KEY", "****");
        assertThat(variables.reveal("DATABASE_URL")).hasValueSatisfying(v -> assertThat(v).contains(password));

        List<RequiredVariableCheck.Finding> findings = RequiredVariableCheck.check(List.of(
                new Profile.RequiredVariable("DATABASE_URL", "sslmode=require", null, true, null),
                new Profile.RequiredVariable("SECRET_KEY", null, 32, true, null),
                new Profile.RequiredVariable("SENTRY_DSN", null, null, true, null),
                new Profile.RequiredVariable("ENVIRONMENT", "^production$", null, false, null),
                new Profile.RequiredVariable("RAILWAY_SERVICE_NAME", null, 40, false, null)), variables);
        assertThat(findings).extracting(RequiredVariableCheck.Finding::verdict).containsExactly(
                RequiredVariableCheck.Verdict.PATTERN_MISMATCH, RequiredVariableCheck.Verdict.OK,
                RequiredVariableCheck.Verdict.MISSING, RequiredVariableCheck.Verdict.OK, RequiredVariableCheck.Verdict.TOO_SHORT);
        assertThat(findings.get(4).detail()).isEqualTo("3 characters, at least 40 required");
        assertThat(findings.toString()).doesNotContain(password).doesNotContain("k7Qe9v").doesNotContain("postgres.railway.internal");
    }
}
