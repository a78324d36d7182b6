package dev.signalbox.railway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Follows one deployment's build or deploy log as Railway writes it: a GraphQL subscription over WebSocket
 * (graphql-transport-ws), reconnected with backoff when it drops ({@link ResumableSubscription}). Railway's log
 * subscriptions have no start date and can drop mid-stream, so a resume first reads the gap with the deploymentLogs
 * query from the last timestamp seen, then subscribes again; every line is de-duplicated by timestamp + message, so
 * none is lost or repeated. When subscriptions are refused (an upgrade answered with an HTTP error, a protocol close
 * 44xx, an error to the subscribe) the log is polled instead, and the status says so.
 * <p>
 * Every state change runs on the follower's own thread; the listener is called there, never concurrently.
 */
public final class LogFollower implements AutoCloseable {
    /** Keys remembered for de-duplication; older ones are dropped once the log moved a minute past them. */
    private static final int MAX_REMEMBERED = 20_000;

    /** Receives lines (new ones only, in time order) and status changes, on the follower's thread. */
    public interface Listener {
        void onLines(List<LogLine> lines);

        void onStatus(LogStreamStatus status);
    }

    /**
     * @param tail                   lines asked for in the first message of a subscription
     * @param attemptsBeforePolling  consecutive failed reconnections before falling back to polling
     */
    public record Options(Duration firstBackoff, Duration maxBackoff, int attemptsBeforePolling, Duration pollInterval,
                          Duration ackTimeout, int tail) {
        public static final Options DEFAULT = new Options(Duration.ofMillis(250), Duration.ofSeconds(10), 6,
                Duration.ofSeconds(3), Duration.ofSeconds(10), 200);

        public Options withPollInterval(Duration interval) {
            return new Options(firstBackoff, maxBackoff, attemptsBeforePolling, interval, ackTimeout, tail);
        }
    }

    private final ResumableSubscription<LogLine> stream;

    public LogFollower(RailwayClient client, String subscriptionEndpoint, String deploymentId, LogLine.LogSource source,
                       Options options, Listener listener) {
        this.stream = new ResumableSubscription<>(client, subscriptionEndpoint, deploymentId, null, options,
                new LogFeed(client, deploymentId, source, options.tail()),
                new ResumableSubscription.Names("log", "log", "signalbox-log-follower"),
                listener::onLines, listener::onStatus);
    }

    public LogFollower start() {
        stream.start();
        return this;
    }

    public LogStreamStatus status() {
        return stream.status();
    }

    /** Reconnections after a dropped stream so far. */
    public int reconnects() {
        return stream.reconnects();
    }

    /** Stops the stream (a complete and a normal close), and the polling; returns at once. */
    @Override
    public void close() {
        stream.close();
    }

    /** The buildLogs or deploymentLogs subscription; its gaps are read with the deploymentLogs query. */
    private record LogFeed(RailwayClient client, String deploymentId, LogLine.LogSource source, int tail)
            implements ResumableSubscription.Feed<LogLine> {
        @Override
        public String operationId() {
            return "logs";
        }

        @Override
        public RailwayDocument document() {
            return source == LogLine.LogSource.BUILD ? RailwayDocument.STREAM_BUILD_LOGS : RailwayDocument.STREAM_DEPLOYMENT_LOGS;
        }

        @Override
        public ObjectNode variables(ObjectNode variables, Instant lastTime) {
            // The subscription starts with a tail, whatever was seen: the gap is read with the query first.
            return variables.put("limit", tail);
        }

        @Override
        public List<LogLine> parse(JsonNode data) {
            List<LogLine> result = new ArrayList<>();
            for (JsonNode line : data.path(source == LogLine.LogSource.BUILD ? "buildLogs" : "deploymentLogs")) {
                String message = line.path("message").asText("");
                String timestamp = line.path("timestamp").asText("");
                result.add(new LogLine(source, timestamp, RailwayClient.instant(timestamp), message,
                        line.path("severity").isNull() ? null : line.path("severity").asText(null),
                        LogSignature.find(message).orElse(null)));
            }
            return result;
        }

        @Override
        public boolean readsGapWithQuery() {
            return true;
        }

        /** Every line from the last one seen, inclusive: lines may share a timestamp (de-duplication drops the repeats). */
        @Override
        public List<LogLine> read(Instant lastTime) throws RailwayException {
            return new DeploymentLogs(client).fetch(deploymentId, lastTime != null ? lastTime : Instant.EPOCH, null,
                    EnumSet.of(source)).lines();
        }

        /** One read is the whole gap (DeploymentLogs pages itself). */
        @Override
        public int pageSize() {
            return Integer.MAX_VALUE;
        }

        @Override
        public String key(LogLine line) {
            return line.key();
        }

        @Override
        public Instant time(LogLine line) {
            return line.time();
        }

        @Override
        public int keysRemembered() {
            return MAX_REMEMBERED;
        }
    }
}
