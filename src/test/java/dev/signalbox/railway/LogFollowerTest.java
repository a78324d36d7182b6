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

/** Following a deployment's log over a real loopback WebSocket (graphql-transport-ws) served by the simulator. */
class LogFollowerTest {
    private final SimulatedRailway railway = new SimulatedRailway();
    private final RailwayClient client = railway.projectClient();
    private final Collected collected = new Collected();
    private LogFollower follower;

    @AfterEach
    void close() {
        if (follower != null) {
            follower.close();
        }
        railway.close();
    }

    @Test
    void aStreamDroppedMidWayResumesWithNoLostAndNoRepeatedLine() throws Exception {
        String id = railway.seeded.firstDeploymentId();
        int initial = client.logs(LogLine.LogSource.DEPLOY, id, Instant.EPOCH, null, 1000).size();
        follower = new LogFollower(client, railway.simulator.subscriptionEndpoint(), id, LogLine.LogSource.DEPLOY,
                LogFollower.Options.DEFAULT, collected).start();
        collected.await(c -> c.lastMode() == LogStreamStatus.Mode.STREAMING && c.lines.size() == initial, "the first tail");

        railway.simulator.dropSubscriptionsAfter(3);
        for (int i = 1; i <= 10; i++) {
            railway.simulator.advance(Duration.ofMillis(1));
            railway.simulator.appendDeployLog(id, "GET /api/items " + i, "info");
        }
        collected.await(c -> c.modes().contains(LogStreamStatus.Mode.RECONNECTING) && c.lastMode() == LogStreamStatus.Mode.STREAMING,
                "a reconnection after the drop");
        for (int i = 11; i <= 12; i++) {
            railway.simulator.advance(Duration.ofMillis(1));
            railway.simulator.appendDeployLog(id, "GET /api/items " + i, "info");
        }
        collected.await(c -> c.messages().contains("GET /api/items 12"), "the lines written after the resume");

        List<String> everyLine = client.logs(LogLine.LogSource.DEPLOY, id, Instant.EPOCH, null, 1000).stream().map(LogLine::key).toList();
        assertThat(collected.keys()).as("every line once, in order").containsExactlyElementsOf(everyLine);
        assertThat(follower.reconnects()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void refusedSubscriptionsFallBackToPollingAndSaySo() throws Exception {
        railway.simulator.refuseSubscriptions(true);
        String id = railway.seeded.firstDeploymentId();
        follower = new LogFollower(client, railway.simulator.subscriptionEndpoint(), id, LogLine.LogSource.DEPLOY,
                LogFollower.Options.DEFAULT.withPollInterval(Duration.ofMillis(100)), collected).start();
        collected.await(c -> c.lastMode() == LogStreamStatus.Mode.POLLING, "the fall-back to polling");
        assertThat(follower.status().detail()).contains("WebSocket upgrade", "answered HTTP 4", "polling the log every 100 ms");

        railway.simulator.advance(Duration.ofMillis(1));
        railway.simulator.appendDeployLog(id, "sqlalchemy.exc.OperationalError: SSL SYSCALL error: EOF detected", "error");
        collected.await(c -> c.messages().stream().anyMatch(m -> m.contains("SSL SYSCALL")), "a line read by polling");
        LogLine last = collected.lines.get(collected.lines.size() - 1);
        assertThat(last.signature()).isEqualTo(LogSignature.SSL_ERROR);
        assertThat(collected.keys()).doesNotHaveDuplicates();
        assertThat(collected.keys()).hasSize(client.logs(LogLine.LogSource.DEPLOY, id, Instant.EPOCH, null, 1000).size());
    }

    @Test
    void anUnknownTokenIsRefusedByTheProtocolNotRetriedForEver() throws Exception {
        RailwayClient stranger = railway.client(dev.signalbox.config.Profile.TokenKind.PROJECT, "not-a-token");
        follower = new LogFollower(stranger, railway.simulator.subscriptionEndpoint(), railway.seeded.firstDeploymentId(),
                LogLine.LogSource.DEPLOY, LogFollower.Options.DEFAULT.withPollInterval(Duration.ofMillis(100)), collected).start();
        collected.await(c -> c.lastMode() == LogStreamStatus.Mode.POLLING, "the refusal");
        // The first poll with that token fails too and may already have said so: the refusal is among the statuses.
        assertThat(collected.statuses()).anySatisfy(s -> assertThat(s.detail()).contains("4403"));
        assertThat(collected.modes()).doesNotContain(LogStreamStatus.Mode.RECONNECTING);
    }

    /** What the listener received; waits on the exact condition, never on time. */
    static final class Collected implements LogFollower.Listener {
        final List<LogLine> lines = new ArrayList<>();
        final List<LogStreamStatus> statuses = new ArrayList<>();

        @Override
        public synchronized void onLines(List<LogLine> received) {
            lines.addAll(received);
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

        synchronized List<String> messages() {
            return lines.stream().map(LogLine::message).toList();
        }

        synchronized List<String> keys() {
            return lines.stream().map(LogLine::key).toList();
        }

        synchronized void await(Predicate<Collected> condition, String what) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!condition.test(this)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    fail("waited 20 s for " + what + "; statuses " + statuses + ", " + lines.size() + " lines");
                }
                wait(Math.max(1, left / 1_000_000));
            }
        }
    }
}
