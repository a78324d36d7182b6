package dev.signalbox.railway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.signalbox.common.Json;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows one deployment's build or deploy log as Railway writes it: a GraphQL subscription over WebSocket
 * (graphql-transport-ws), reconnected with backoff when it drops. Railway's log subscriptions have no start date
 * and can drop mid-stream, so a resume first reads the gap with the deploymentLogs query from the last timestamp
 * seen, then subscribes again; every line is de-duplicated by timestamp + message, so none is lost or repeated.
 * When subscriptions are refused (an upgrade answered with an HTTP error, a protocol close 44xx, an error to the
 * subscribe) the log is polled instead, and the status says so.
 * <p>
 * Every state change runs on the follower's own thread; the listener is called there, never concurrently.
 */
public final class LogFollower implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LogFollower.class);
    private static final String PROTOCOL = "graphql-transport-ws";
    private static final AtomicInteger THREADS = new AtomicInteger();
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

    private final RailwayClient client;
    private final String subscriptionEndpoint;
    private final String deploymentId;
    private final LogLine.LogSource source;
    private final Options options;
    private final Listener listener;
    private final OkHttpClient http;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread t = new Thread(runnable, "signalbox-log-follower-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Instant> seen = new LinkedHashMap<>();
    private WebSocket socket;
    private ScheduledFuture<?> ackTimer;
    private ScheduledFuture<?> poller;
    private Instant lastTime;
    private int attempts;
    private int reconnects;
    private boolean acknowledged;
    private volatile boolean closed;
    private final java.util.concurrent.atomic.AtomicBoolean closing = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile LogStreamStatus status = LogStreamStatus.of(LogStreamStatus.Mode.CONNECTING, "");

    public LogFollower(RailwayClient client, String subscriptionEndpoint, String deploymentId, LogLine.LogSource source,
                       Options options, Listener listener) {
        this.client = client;
        this.subscriptionEndpoint = subscriptionEndpoint;
        this.deploymentId = deploymentId;
        this.source = source;
        this.options = options;
        this.listener = listener;
        // No read timeout on a stream that may be quiet for minutes; WebSocket pings find a dead connection instead.
        this.http = client.transport().http().newBuilder().readTimeout(Duration.ZERO).callTimeout(Duration.ZERO)
                .pingInterval(Duration.ofSeconds(15)).build();
    }

    public LogFollower start() {
        thread.execute(this::connect);
        return this;
    }

    public LogStreamStatus status() {
        return status;
    }

    /** Reconnections after a dropped stream so far. */
    public int reconnects() {
        return reconnects;
    }

    // ---- the stream ------------------------------------------------------------------------------------------

    private void connect() {
        if (closed) {
            return;
        }
        acknowledged = false;
        Request.Builder request = new Request.Builder().url(subscriptionEndpoint).header("Sec-WebSocket-Protocol", PROTOCOL);
        client.transport().authHeaders().forEach(request::header);
        WebSocket opened = http.newWebSocket(request.build(), new Events());
        socket = opened;
        ackTimer = later(() -> {
            if (socket == opened && !acknowledged) {
                opened.cancel();
                dropped(opened, "Railway did not acknowledge the subscription connection in "
                        + options.ackTimeout().toSeconds() + " s");
            }
        }, options.ackTimeout().toMillis());
    }

    private final class Events extends WebSocketListener {
        @Override
        public void onOpen(WebSocket webSocket, Response response) {
            ObjectNode init = Json.mapper().createObjectNode();
            init.put("type", "connection_init");
            ObjectNode payload = init.putObject("payload");
            client.transport().authHeaders().forEach(payload::put);
            webSocket.send(init.toString());
        }

        @Override
        public void onMessage(WebSocket webSocket, String text) {
            post(() -> message(webSocket, text));
        }

        @Override
        public void onClosing(WebSocket webSocket, int code, String reason) {
            webSocket.close(1000, null);
            post(() -> closedByServer(webSocket, code, reason));
        }

        @Override
        public void onFailure(WebSocket webSocket, Throwable error, Response response) {
            int upgradeStatus = response == null ? 0 : response.code();
            String what = error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
            post(() -> {
                if (upgradeStatus != 0 && upgradeStatus != 101) {
                    refused(webSocket, "the WebSocket upgrade to " + redacted() + " was answered HTTP " + upgradeStatus);
                } else {
                    dropped(webSocket, "the stream dropped (" + what + ")");
                }
            });
        }
    }

    /** Schedules on the follower's thread; null once it is closing (nothing more is to happen then). */
    private ScheduledFuture<?> later(Runnable task, long millis) {
        try {
            return thread.schedule(task, millis, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            return null;
        }
    }

    /** Runs a socket event on the follower's thread; after close() the socket's last events are dropped. */
    private void post(Runnable event) {
        try {
            thread.execute(event);
        } catch (java.util.concurrent.RejectedExecutionException closedAlready) {
            LOG.debug("log follower of {} closed; a late socket event is ignored", deploymentId);
        }
    }

    private void message(WebSocket from, String text) {
        if (from != socket || closed) {
            return;
        }
        JsonNode message;
        try {
            message = Json.mapper().readTree(text);
        } catch (IOException e) {
            LOG.warn("unreadable subscription message from {} ({} chars)", redacted(), text.length());
            return;
        }
        switch (message.path("type").asText("")) {
            case "connection_ack" -> acknowledged(from);
            case "next" -> {
                JsonNode payload = message.path("payload");
                if (payload.path("errors").isArray() && !payload.path("errors").isEmpty()) {
                    refused(from, "Railway answered the log subscription with an error: " + firstMessage(payload.path("errors")));
                    return;
                }
                deliver(parse(payload.path("data").path(field())));
            }
            case "error" -> refused(from, "Railway refused the log subscription: " + firstMessage(message.path("payload")));
            case "complete" -> {
                catchUp();
                stopSocket();
                setStatus(LogStreamStatus.of(LogStreamStatus.Mode.ENDED, "Railway ended the log stream"));
            }
            case "ping" -> from.send("{\"type\":\"pong\"}");
            default -> { }
        }
    }

    private void acknowledged(WebSocket from) {
        acknowledged = true;
        cancel(ackTimer);
        boolean resumed = attempts > 0 || lastTime != null;
        attempts = 0;
        // The subscription starts with a tail: the lines written while we were away are read with a query first.
        if (lastTime != null) {
            catchUp();
        }
        ObjectNode subscribe = Json.mapper().createObjectNode();
        subscribe.put("type", "subscribe");
        subscribe.put("id", "logs");
        ObjectNode payload = subscribe.putObject("payload");
        RailwayDocument document = source == LogLine.LogSource.BUILD ? RailwayDocument.STREAM_BUILD_LOGS
                : RailwayDocument.STREAM_DEPLOYMENT_LOGS;
        payload.put("query", document.text());
        payload.put("operationName", document.operationName());
        payload.putObject("variables").put("deploymentId", deploymentId).put("limit", options.tail());
        from.send(subscribe.toString());
        setStatus(LogStreamStatus.of(LogStreamStatus.Mode.STREAMING, resumed ? "resumed after a dropped stream" : ""));
    }

    private void closedByServer(WebSocket from, int code, String reason) {
        if (from != socket || closed) {
            return;
        }
        // graphql-transport-ws closes with 44xx for what retrying cannot fix (4403 Forbidden, 4400 bad message).
        if (code >= 4400 && code < 4500) {
            refused(from, "Railway closed the subscription connection (" + code + (reason == null || reason.isBlank() ? "" : " " + reason) + ")");
        } else {
            dropped(from, "Railway closed the stream (" + code + ")");
        }
    }

    private void dropped(WebSocket from, String why) {
        if (from != socket || closed) {
            return;
        }
        cancel(ackTimer);
        socket = null;
        attempts++;
        if (attempts > options.attemptsBeforePolling()) {
            startPolling(why + "; the stream could not be re-established after " + options.attemptsBeforePolling()
                    + " attempts, polling every " + every() + " instead");
            return;
        }
        reconnects++;
        long base = Math.min(options.maxBackoff().toMillis(), options.firstBackoff().toMillis() << Math.min(20, attempts - 1));
        // Jitter, so many consoles cut by the same Railway restart do not come back in step.
        long wait = base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1);
        LOG.info("log stream of {} dropped ({}); reconnect attempt {} in {} ms", deploymentId, why, attempts, wait);
        setStatus(new LogStreamStatus(LogStreamStatus.Mode.RECONNECTING, why, attempts, Duration.ofMillis(wait)));
        later(this::connect, wait);
    }

    private void refused(WebSocket from, String why) {
        if (from != socket || closed) {
            return;
        }
        stopSocket();
        startPolling(why + "; polling the log every " + every() + " instead");
    }

    private void startPolling(String why) {
        LOG.info("log of {}: {}", deploymentId, why);
        setStatus(LogStreamStatus.of(LogStreamStatus.Mode.POLLING, why));
        if (poller == null && !closing.get()) {
            poller = thread.scheduleWithFixedDelay(this::catchUp, 0, options.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Reads every line from the last one seen (inclusive: lines may share a timestamp) and delivers the new ones. */
    private void catchUp() {
        if (closed) {
            return;
        }
        try {
            Instant from = lastTime != null ? lastTime : Instant.EPOCH;
            deliver(new DeploymentLogs(client).fetch(deploymentId, from, null, EnumSet.of(source)).lines());
        } catch (RailwayException e) {
            LOG.warn("reading the log of {} failed: {}", deploymentId, e.getMessage());
            if (status.mode() == LogStreamStatus.Mode.POLLING) {
                listener.onStatus(LogStreamStatus.of(LogStreamStatus.Mode.POLLING, "polling the log failed: " + e.getMessage()));
            }
        } catch (RuntimeException e) {
            LOG.warn("reading the log of {} failed", deploymentId, e);
        }
    }

    private void deliver(List<LogLine> lines) {
        List<LogLine> fresh = new ArrayList<>();
        List<LogLine> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparing(LogLine::time, Comparator.nullsFirst(Comparator.naturalOrder())));
        for (LogLine line : sorted) {
            if (seen.putIfAbsent(line.key(), line.time() == null ? Instant.EPOCH : line.time()) == null) {
                fresh.add(line);
                if (line.time() != null && (lastTime == null || line.time().isAfter(lastTime))) {
                    lastTime = line.time();
                }
            }
        }
        forgetOldKeys();
        if (!fresh.isEmpty()) {
            try {
                listener.onLines(List.copyOf(fresh));
            } catch (RuntimeException e) {
                LOG.warn("a log listener failed", e);
            }
        }
    }

    private void forgetOldKeys() {
        if (seen.size() <= MAX_REMEMBERED || lastTime == null) {
            return;
        }
        Instant horizon = lastTime.minusSeconds(60);
        for (Iterator<Instant> it = seen.values().iterator(); it.hasNext() && seen.size() > MAX_REMEMBERED / 2; ) {
            if (it.next().isBefore(horizon)) {
                it.remove();
            }
        }
    }

    private List<LogLine> parse(JsonNode lines) {
        List<LogLine> result = new ArrayList<>();
        for (JsonNode line : lines) {
            String message = line.path("message").asText("");
            String timestamp = line.path("timestamp").asText("");
            result.add(new LogLine(source, timestamp, RailwayClient.instant(timestamp), message,
                    line.path("severity").isNull() ? null : line.path("severity").asText(null),
                    LogSignature.find(message).orElse(null)));
        }
        return result;
    }

    private String every() {
        Duration interval = options.pollInterval();
        return interval.toMillis() % 1000 == 0 ? interval.toSeconds() + " s" : interval.toMillis() + " ms";
    }

    private String field() {
        return source == LogLine.LogSource.BUILD ? "buildLogs" : "deploymentLogs";
    }

    private static String firstMessage(JsonNode errors) {
        if (errors.isArray() && !errors.isEmpty()) {
            return errors.get(0).path("message").asText("(no message)");
        }
        return errors.path("message").asText("(no message)");
    }

    private String redacted() {
        okhttp3.HttpUrl url = okhttp3.HttpUrl.parse(subscriptionEndpoint.replaceFirst("^ws", "http"));
        return url == null ? "the subscription endpoint" : url.redact();
    }

    private void setStatus(LogStreamStatus next) {
        status = next;
        try {
            listener.onStatus(next);
        } catch (RuntimeException e) {
            LOG.warn("a log listener failed", e);
        }
    }

    private void stopSocket() {
        cancel(ackTimer);
        WebSocket current = socket;
        socket = null;
        if (current != null) {
            current.close(1000, "done");
        }
    }

    private static void cancel(ScheduledFuture<?> future) {
        if (future != null) {
            future.cancel(false);
        }
    }

    /** Stops the stream (a complete and a normal close), and the polling; returns at once. */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        thread.execute(() -> {
            WebSocket current = socket;
            if (current != null && acknowledged) {
                current.send("{\"id\":\"logs\",\"type\":\"complete\"}");
            }
            stopSocket();
            cancel(poller);
            closed = true;
            setStatus(LogStreamStatus.of(LogStreamStatus.Mode.STOPPED, ""));
        });
        thread.shutdown();
    }
}
