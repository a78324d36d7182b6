package dev.signalbox.railway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Follows the requests real users send to one deployment: Railway's {@code httpLogs} subscription over WebSocket
 * (graphql-transport-ws, kept alive by {@link ResumableSubscription} as for {@link LogFollower}). Unlike the log
 * subscriptions, httpLogs takes an {@code afterDate}, so a dropped stream resumes by subscribing again after the last
 * request seen; requests are de-duplicated by their id, so none is counted twice. Refused subscriptions (an HTTP error
 * to the upgrade, a 44xx close, an error to the subscribe) fall back to polling the httpLogs query, and the status
 * says so.
 * <p>
 * Everything runs on the follower's own thread; the listener is called there, never concurrently.
 */
public final class HttpLogFollower implements AutoCloseable {
    private static final int MAX_REMEMBERED = 50_000;
    private static final int PAGE = 500;
    /** Subscribing a little before the last request seen: two requests can share a timestamp; ids tell them apart. */
    private static final Duration RESUME_OVERLAP = Duration.ofMillis(5);

    /** Receives new requests (in time order, each once) and status changes, on the follower's thread. */
    public interface Listener {
        void onRequests(List<HttpRequestLog> requests);

        void onStatus(LogStreamStatus status);
    }

    private final String deploymentId;
    private final ResumableSubscription<HttpRequestLog> stream;

    /** @param since the first requests wanted: those logged after it (the window's start) */
    public HttpLogFollower(RailwayClient client, String subscriptionEndpoint, String deploymentId, Instant since,
                           LogFollower.Options options, Listener listener) {
        this.deploymentId = deploymentId;
        this.stream = new ResumableSubscription<>(client, subscriptionEndpoint, deploymentId, since, options,
                new HttpLogFeed(client, deploymentId),
                new ResumableSubscription.Names("httpLogs", "request log", "signalbox-http-logs"),
                listener::onRequests, listener::onStatus);
    }

    public HttpLogFollower start() {
        stream.start();
        return this;
    }

    public String deploymentId() {
        return deploymentId;
    }

    public LogStreamStatus status() {
        return stream.status();
    }

    public int reconnects() {
        return stream.reconnects();
    }

    /** Stops the stream and the polling; returns at once. */
    @Override
    public void close() {
        stream.close();
    }

    /** The httpLogs subscription, resumed with afterDate; polling reads the httpLogs query page by page. */
    private record HttpLogFeed(RailwayClient client, String deploymentId) implements ResumableSubscription.Feed<HttpRequestLog> {
        @Override
        public String operationId() {
            return "http";
        }

        @Override
        public RailwayDocument document() {
            return RailwayDocument.STREAM_HTTP_LOGS;
        }

        @Override
        public ObjectNode variables(ObjectNode variables, Instant lastTime) {
            return lastTime == null ? variables : variables.put("afterDate", lastTime.minus(RESUME_OVERLAP).toString());
        }

        @Override
        public List<HttpRequestLog> parse(JsonNode data) {
            List<HttpRequestLog> requests = new ArrayList<>();
            for (JsonNode log : data.path("httpLogs")) {
                requests.add(HttpRequestLog.parse(log));
            }
            return requests;
        }

        @Override
        public boolean readsGapWithQuery() {
            return false;
        }

        @Override
        public List<HttpRequestLog> read(Instant lastTime) throws RailwayException {
            return client.httpLogs(deploymentId, lastTime == null ? null : lastTime.minus(RESUME_OVERLAP), PAGE);
        }

        @Override
        public int pageSize() {
            return PAGE;
        }

        /** Railway's request id; a request without one is known by its time, method and path. */
        @Override
        public String key(HttpRequestLog request) {
            return request.requestId().isEmpty() ? request.time() + " " + request.method() + " " + request.path()
                    : request.requestId();
        }

        @Override
        public Instant time(HttpRequestLog request) {
            return request.time();
        }

        @Override
        public int keysRemembered() {
            return MAX_REMEMBERED;
        }
    }
}
