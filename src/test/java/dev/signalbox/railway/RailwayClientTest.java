package dev.signalbox.railway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.signalbox.common.Http;
import dev.signalbox.config.Profile.TokenKind;
import dev.signalbox.config.Secret;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client against the simulator over real HTTP: discovery, errors, tokens, rate limits, retries. */
class RailwayClientTest {
    private final SimulatedRailway railway = new SimulatedRailway();

    @AfterEach
    void close() {
        railway.close();
    }

    @Test
    void aProjectTokenDiscoversItsProjectEnvironmentAndServices() throws Exception {
        RailwayClient.ProjectTokenScope scope = railway.projectClient().projectToken();
        assertThat(scope.project().id()).isEqualTo(railway.seeded.projectId());
        assertThat(scope.project().name()).isEqualTo("facteur");
        assertThat(scope.environment()).isEqualTo(new NamedId(railway.seeded.environmentId(), "production"));
        assertThat(scope.project().services()).extracting(NamedId::name).containsExactly("api", "Postgres");
    }

    @Test
    void anAccountTokenDiscoversWorkspacesProjectsAndEnvironments() throws Exception {
        RailwayClient client = railway.client(TokenKind.ACCOUNT, railway.seeded.accountToken());
        List<RailwayClient.WorkspaceProjects> workspaces = client.accountProjects();
        assertThat(workspaces).hasSize(1);
        assertThat(workspaces.get(0).workspace().name()).isEqualTo("Facteur");
        assertThat(workspaces.get(0).projects()).extracting(NamedId::name).containsExactly("facteur");
        RailwayProject project = client.project(workspaces.get(0).projects().get(0).id());
        assertThat(project.environments()).extracting(NamedId::name).containsExactly("production", "staging");
        assertThat(project.services()).extracting(NamedId::id).contains(railway.seeded.serviceId());
    }

    @Test
    void aWorkspaceTokenCannotReadMeButListsItsProjects() throws Exception {
        RailwayClient client = railway.client(TokenKind.WORKSPACE, railway.seeded.workspaceToken());
        RailwayException refused = catchThrowableOfType(RailwayException.class, client::accountProjects);
        assertThat(refused.kind()).isEqualTo(RailwayException.Kind.NOT_AUTHORIZED);
        assertThat(refused.getMessage()).contains("workspace token cannot read the user");
        assertThat(client.tokenProjects(50)).extracting(NamedId::name).containsExactly("facteur");
    }

    @Test
    void aProjectTokenSentAsBearerIsExplainedAsTheWrongTokenKind() {
        RailwayClient client = railway.client(TokenKind.ACCOUNT, railway.seeded.projectToken());
        RailwayException refused = catchThrowableOfType(RailwayException.class, () -> client.deployments(railway.target(), 5));
        assertThat(refused.kind()).isEqualTo(RailwayException.Kind.NOT_AUTHORIZED);
        assertThat(refused.getMessage())
                .contains("Not Authorized", "deployments", "Authorization: Bearer", "env:RAILWAY_TOKEN",
                        "not a project token", "\"tokenKind\": \"project\"")
                .doesNotContain(railway.seeded.projectToken());
    }

    @Test
    void anAccountTokenSentAsProjectTokenIsExplainedToo() {
        RailwayClient client = railway.client(TokenKind.PROJECT, railway.seeded.accountToken());
        RailwayException refused = catchThrowableOfType(RailwayException.class, client::projectToken);
        assertThat(refused.kind()).isEqualTo(RailwayException.Kind.NOT_AUTHORIZED);
        assertThat(refused.getMessage()).contains("Project Token not found", "Project-Access-Token", "\"account\"")
                .doesNotContain(railway.seeded.accountToken());
    }

    @Test
    void aProjectTokenOutsideItsEnvironmentIsNotAuthorizedAndSaysWhy() throws Exception {
        RailwayProject project = railway.client(TokenKind.ACCOUNT, railway.seeded.accountToken()).project(railway.seeded.projectId());
        String staging = project.environments().stream().filter(e -> e.name().equals("staging")).findFirst().orElseThrow().id();
        RailwayTarget elsewhere = new RailwayTarget(railway.seeded.projectId(), staging, railway.seeded.serviceId());
        RailwayException refused = catchThrowableOfType(RailwayException.class, () -> railway.projectClient().variables(elsewhere));
        assertThat(refused.kind()).isEqualTo(RailwayException.Kind.NOT_AUTHORIZED);
        assertThat(refused.getMessage()).contains("a project token reaches one environment only");
    }

    @Test
    void aGraphqlErrorInA200IsAnErrorWithRailwaysMessage() {
        RailwayException error = catchThrowableOfType(RailwayException.class, () -> railway.projectClient().deployment("no-such-deployment"));
        assertThat(error.kind()).isEqualTo(RailwayException.Kind.GRAPHQL_ERROR);
        assertThat(error.getMessage()).isEqualTo("Railway answered deployment with an error: Deployment not found");
    }

    @Test
    void aRateLimited429IsRetriedAfterRetryAfterAndTheBudgetIsShown() throws Exception {
        RailwayClient client = railway.client(TokenKind.PROJECT, railway.seeded.projectToken(), Duration.ofHours(2));
        railway.simulator.setRateLimitPerHour(3);
        client.deployments(railway.target(), 5);
        railway.simulator.advance(Duration.ofMinutes(10));
        client.deployments(railway.target(), 5);
        client.deployments(railway.target(), 5);
        assertThat(client.budget().remaining()).isZero();
        assertThat(client.budget().limit()).isEqualTo(3);
        assertThat(client.budget().describe()).startsWith("0 of 3 requests left this hour");

        long before = railway.simulator.requestCount();
        assertThat(client.deployments(railway.target(), 5)).isNotEmpty();
        // Refused once with Retry-After = the 50 minutes left of the hour, waited exactly that, then answered.
        assertThat(railway.pauses).containsExactly(Duration.ofMinutes(50));
        assertThat(railway.simulator.requestCount() - before).isEqualTo(2);
        assertThat(client.budget().remaining()).isEqualTo(2);
    }

    @Test
    void aRetryAfterLongerThanTheConsoleWaitsIsReportedNotSatOut() throws Exception {
        RailwayClient client = railway.projectClient();
        railway.simulator.setRateLimitPerHour(1);
        client.variables(railway.target());
        RailwayException limited = catchThrowableOfType(RailwayException.class, () -> client.variables(railway.target()));
        assertThat(limited.kind()).isEqualTo(RailwayException.Kind.RATE_LIMITED);
        assertThat(limited.retryAfter()).contains(Duration.ofHours(1));
        assertThat(limited.getMessage()).contains("HTTP 429", "retry in 3600 s", "0 of 1 requests left");
        assertThat(railway.pauses).isEmpty();
    }

    @Test
    void readsAreRetriedThroughA5xxButAMutationIsSentOnlyOnce() throws Exception {
        RailwayClient client = railway.projectClient();
        railway.simulator.failNextRequests(2, 503);
        long before = railway.simulator.requestCount();
        assertThat(client.deployments(railway.target(), 5)).isNotEmpty();
        assertThat(railway.simulator.requestCount() - before).isEqualTo(3);

        railway.simulator.failNextRequests(1, 502);
        before = railway.simulator.requestCount();
        RailwayException failed = catchThrowableOfType(RailwayException.class, () -> client.deployService(railway.target()));
        assertThat(failed.kind()).isEqualTo(RailwayException.Kind.HTTP_STATUS);
        assertThat(failed.getMessage()).contains("HTTP 502", "serviceInstanceDeployV2", "may or may not have been applied");
        // A gateway's 5xx may come after Railway applied the mutation: the caller must read back.
        assertThat(failed.outcomeUnknown()).isTrue();
        assertThat(railway.simulator.requestCount() - before).isEqualTo(1);
        assertThat(railway.simulator.mutationCount()).isZero();
    }

    @Test
    void aRefusedConnectionIsANetworkErrorWithAKnownOutcome() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        List<Duration> waits = new ArrayList<>();
        RailwayClient client = new RailwayClient(new RailwayTransport("http://127.0.0.1:" + port + "/graphql/v2",
                TokenKind.PROJECT, Secret.of("token-value", "env:RAILWAY_TOKEN"), Http.client(), waits::add,
                java.time.Clock.systemUTC(), Duration.ofSeconds(30)));
        RailwayException read = catchThrowableOfType(RailwayException.class, () -> client.deployment("x"));
        assertThat(read.kind()).isEqualTo(RailwayException.Kind.NETWORK);
        assertThat(read.getMessage()).contains("cannot connect to http://127.0.0.1:" + port);
        assertThat(waits).hasSize(2);
        RailwayException write = catchThrowableOfType(RailwayException.class, () -> client.redeploy("x"));
        assertThat(write.outcomeUnknown()).isFalse();
        assertThat(waits).hasSize(2);
    }

    @Test
    void aMutationWithoutAnswerIsATimeoutWhoseOutcomeIsUnknown() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            List<Socket> accepted = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept());
                    }
                } catch (IOException closed) {
                    // test over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            RailwayClient client = new RailwayClient(new RailwayTransport("http://127.0.0.1:" + silent.getLocalPort() + "/graphql/v2",
                    TokenKind.PROJECT, Secret.of("token-value", "env:RAILWAY_TOKEN"),
                    Http.client().newBuilder().readTimeout(Duration.ofMillis(300)).build(), d -> { },
                    java.time.Clock.systemUTC(), Duration.ofSeconds(30)));
            RailwayException timeout = catchThrowableOfType(RailwayException.class, () -> client.redeploy("d-1"));
            assertThat(timeout.kind()).isEqualTo(RailwayException.Kind.TIMEOUT);
            assertThat(timeout.outcomeUnknown()).isTrue();
            assertThat(timeout.getMessage()).contains("deploymentRedeploy", "may or may not have been applied");
        }
    }
}
