package dev.signalbox.railway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Following a deployment's httpLogs over a real loopback WebSocket (graphql-transport-ws) served by the simulator. */
class HttpLogFollowerTest {
    private final SimulatedRailway railway = new SimulatedRailway();
    private final RailwayClient client = railway.projectClient();
    private final Collected collected = new Collected();
    private HttpLogFollower follower;

    @AfterEach
    void close() {
        if (follower != null) {
            follower.close();
        }
        railway.close();
    }

    private void requests(String deployment, int from, int to, int status) {
        for (int i = from; i <= to; i++) {
            railway.simulator.advance(Duration.ofMillis(1));
            railway.simulator.recordHttpRequest(deployment, "GET", "/api/articles/" + i, status, 10 + i);
        }
    }

    @Test
    void aStreamDroppedMidWayResumesWithNoLostAndNoRepeatedRequest() throws Exception {
        String id = railway.seeded.firstDeploymentId();
        Instant start = railway.simulator.clock().instant();
        requests(id, 1, 5, 200);
        follower = new HttpLogFollower(client, railway.simulator.subscriptionEndpoint(), id, start,
                LogFollower.Options.DEFAULT, collected).start();
        collected.await(c -> c.requests.size() == 5, "the requests logged before following");

        railway.simulator.dropSubscriptionsAfter(3);
        requests(id, 6, 15, 500);
        collected.await(c -> c.modes().contains(LogStreamStatus.Mode.RECONNECTING)
                && c.lastMode() == LogStreamStatus.Mode.STREAMING, "a reconnection after the drop");
        requests(id, 16, 17, 200);
        collected.await(c -> c.paths().contains("/api/articles/17"), "the requests logged after the resume");

        List<String> every = client.httpLogs(id, start, 1000).stream().map(HttpRequestLog::requestId).toList();
        assertThat(every).hasSize(17);
        assertThat(collected.ids()).as("every request once, in order").containsExactlyElementsOf(every);
        assertThat(collected.requests).filteredOn(HttpRequestLog::serverError).hasSize(10);
        assertThat(follower.reconnects()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void refusedSubscriptionsFallBackToPollingTheQueryAndSaySo() throws Exception {
        railway.simulator.refuseSubscriptions(true);
        String id = railway.seeded.firstDeploymentId();
        Instant start = railway.simulator.clock().instant();
        follower = new HttpLogFollower(client, railway.simulator.subscriptionEndpoint(), id, start,
                LogFollower.Options.DEFAULT.withPollInterval(Duration.ofMillis(100)), collected).start();
        collected.await(c -> c.lastMode() == LogStreamStatus.Mode.POLLING, "the fall-back to polling");
        assertThat(follower.status().detail()).contains("WebSocket upgrade", "answered HTTP 4", "polling the request log every 100 ms");

        requests(id, 1, 3, 502);
        collected.await(c -> c.requests.size() == 3, "requests read by polling");
        requests(id, 4, 4, 200);
        collected.await(c -> c.requests.size() == 4, "one more request read by polling");
        assertThat(collected.ids()).doesNotHaveDuplicates();
        assertThat(collected.requests).extracting(HttpRequestLog::status).containsExactly(502, 502, 502, 200);
    }

    @Test
    void anUnknownTokenIsRefusedByTheProtocolNotRetriedForEver() throws Exception {
        RailwayClient stranger = railway.client(dev.signalbox.config.Profile.TokenKind.PROJECT, "not-a-token");
        follower = new HttpLogFollower(stranger, railway.simulator.subscriptionEndpoint(), railway.seeded.firstDeploymentId(),
                railway.simulator.clock().instant(), LogFollower.Options.DEFAULT.withPollInterval(Duration.ofMillis(100)), collected).start();
        collected.await(c -> c.lastMode() == LogStreamStatus.Mode.POLLING, "the refusal");
        // The first poll with that token fails too and may already have said so: the refusal is among the statuses.
        assertThat(collected.statuses()).anySatisfy(s -> assertThat(s.detail()).contains("4403", "polling the request log every 100 ms"));
        assertThat(collected.modes()).doesNotContain(LogStreamStatus.Mode.RECONNECTING);
    }

    /** What the listener received; waits on the exact condition, never on time. */
    static final class Collected implements HttpLogFollower.Listener {
        final List<HttpRequestLog> requests = new ArrayList<>();
        final List<LogStreamStatus> statuses = new ArrayList<>();

        @Override
        public synchronized void onRequests(List<HttpRequestLog> received) {
            requests.addAll(received);
            notifyAll();
        }

        @Override
        public synchronized void onStatus(LogStreamStatus status) {
            statuses.add(status);
            notifyAll();
        }

        synchronized LogStreamStatus.Mode lastMode() {
            return statuses.isEmpty() ? null : statuses.get(statuses.size() - 1).mode();
        }

        synchronized List<LogStreamStatus> statuses() {
            return List.copyOf(statuses);
        }

        synchronized List<LogStreamStatus.Mode> modes() {
            return statuses.stream().map(LogStreamStatus::mode).toList();
        }

        synchronized List<String> paths() {
            return requests.stream().map(HttpRequestLog::path).toList();
        }

        synchronized List<String> ids() {
            return requests.stream().map(HttpRequestLog::requestId).toList();
        }

        synchronized void await(Predicate<Collected> condition, String what) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!condition.test(this)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    fail("waited 20 s for " + what + "; statuses " + statuses + ", " + requests.size() + " requests");
                }
                wait(Math.max(1, left / 1_000_000));
            }
        }
    }
}
