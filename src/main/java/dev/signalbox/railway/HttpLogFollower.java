package dev.signalbox.railway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.signalbox.common.Json;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the requests real users send to one deployment: Railway's {@code httpLogs} subscription over WebSocket
 * (graphql-transport-ws, as {@link LogFollower} speaks it). Unlike the log subscriptions, httpLogs takes an
 * {@code afterDate}, so a dropped stream resumes by subscribing again after the last request seen; requests are
 * de-duplicated by their id, so none is counted twice. Refused subscriptions (an HTTP error to the upgrade, a 44xx
 * close, an error to the subscribe) fall back to polling the httpLogs query, and the status says so.
 * <p>
 * Everything runs on the follower's own thread; the listener is called there, never concurrently.
 */
public final class HttpLogFollower implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HttpLogFollower.class);
    private static final String PROTOCOL = "graphql-transport-ws";
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final int MAX_REMEMBERED = 50_000;
    private static final int PAGE = 500;
    /** Subscribing a little before the last request seen: two requests can share a timestamp; ids tell them apart. */
    private static final Duration RESUME_OVERLAP = Duration.ofMillis(5);

    /** Receives new requests (in time order, each once) and status changes, on the follower's thread. */
    public interface Listener {
        void onRequests(List<HttpRequestLog> requests);

        void onStatus(LogStreamStatus status);
    }

    private final RailwayClient client;
    private final String subscriptionEndpoint;
    private final String deploymentId;
    private final LogFollower.Options options;
    private final Listener listener;
    private final OkHttpClient http;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread t = new Thread(runnable, "signalbox-http-logs-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Instant> seen = new LinkedHashMap<>();
    private final AtomicBoolean closing = new AtomicBoolean();
    private WebSocket socket;
    private ScheduledFuture<?> ackTimer;
    private ScheduledFuture<?> poller;
    private Instant lastTime;
    private int attempts;
    private int reconnects;
    private boolean acknowledged;
    private volatile boolean closed;
    private volatile LogStreamStatus status = LogStreamStatus.of(LogStreamStatus.Mode.CONNECTING, "");

    /** @param since the first requests wanted: those logged after it (the window's start) */
    public HttpLogFollower(RailwayClient client, String subscriptionEndpoint, String deploymentId, Instant since,
                           LogFollower.Options options, Listener listener) {
        this.client = client;
        this.subscriptionEndpoint = subscriptionEndpoint;
        this.deploymentId = deploymentId;
        this.lastTime = since;
        this.options = options;
        this.listener = listener;
        // No read timeout on a stream that may be quiet for minutes (no traffic at night); pings find a dead one.
        this.http = client.transport().http().newBuilder().readTimeout(Duration.ZERO).callTimeout(Duration.ZERO)
                .pingInterval(Duration.ofSeconds(15)).build();
    }

    public HttpLogFollower start() {
        thread.execute(this::connect);
        return this;
    }

    public String deploymentId() {
        return deploymentId;
    }

    public LogStreamStatus status() {
        return status;
    }

    public int reconnects() {
        return reconnects;
    }

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

    private ScheduledFuture<?> later(Runnable task, long millis) {
        try {
            return thread.schedule(task, millis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closingAlready) {
            return null;
        }
    }

    private void post(Runnable event) {
        try {
            thread.execute(event);
        } catch (RejectedExecutionException closedAlready) {
            LOG.debug("httpLogs follower of {} closed; a late socket event is ignored", deploymentId);
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
                    refused(from, "Railway answered the httpLogs subscription with an error: " + firstMessage(payload.path("errors")));
                    return;
                }
                List<HttpRequestLog> requests = new ArrayList<>();
                for (JsonNode log : payload.path("data").path("httpLogs")) {
                    requests.add(HttpRequestLog.parse(log));
                }
                deliver(requests);
            }
            case "error" -> refused(from, "Railway refused the httpLogs subscription: " + firstMessage(message.path("payload")));
            case "complete" -> {
                stopSocket();
                setStatus(LogStreamStatus.of(LogStreamStatus.Mode.ENDED, "Railway ended the request log stream"));
            }
            case "ping" -> from.send("{\"type\":\"pong\"}");
            default -> { }
        }
    }

    private void acknowledged(WebSocket from) {
        acknowledged = true;
        cancel(ackTimer);
        boolean resumed = attempts > 0 || reconnects > 0;
        attempts = 0;
        ObjectNode subscribe = Json.mapper().createObjectNode();
        subscribe.put("type", "subscribe");
        subscribe.put("id", "http");
        ObjectNode payload = subscribe.putObject("payload");
        payload.put("query", RailwayDocument.STREAM_HTTP_LOGS.text());
        payload.put("operationName", RailwayDocument.STREAM_HTTP_LOGS.operationName());
        ObjectNode variables = payload.putObject("variables").put("deploymentId", deploymentId);
        if (lastTime != null) {
            variables.put("afterDate", lastTime.minus(RESUME_OVERLAP).toString());
        }
        from.send(subscribe.toString());
        setStatus(LogStreamStatus.of(LogStreamStatus.Mode.STREAMING, resumed ? "resumed after a dropped stream" : ""));
    }

    private void closedByServer(WebSocket from, int code, String reason) {
        if (from != socket || closed) {
            return;
        }
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
        long wait = base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1);
        LOG.info("httpLogs stream of {} dropped ({}); reconnect attempt {} in {} ms", deploymentId, why, attempts, wait);
        setStatus(new LogStreamStatus(LogStreamStatus.Mode.RECONNECTING, why, attempts, Duration.ofMillis(wait)));
        later(this::connect, wait);
    }

    private void refused(WebSocket from, String why) {
        if (from != socket || closed) {
            return;
        }
        stopSocket();
        startPolling(why + "; polling the request log every " + every() + " instead");
    }

    private void startPolling(String why) {
        LOG.info("request log of {}: {}", deploymentId, why);
        setStatus(LogStreamStatus.of(LogStreamStatus.Mode.POLLING, why));
        if (poller == null && !closing.get()) {
            poller = thread.scheduleWithFixedDelay(this::poll, 0, options.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Reads every request after the last one seen, page by page. */
    private void poll() {
        if (closed) {
            return;
        }
        try {
            for (int page = 0; page < 20; page++) {
                List<HttpRequestLog> requests = client.httpLogs(deploymentId, lastTime == null ? null : lastTime.minus(RESUME_OVERLAP), PAGE);
                Instant before = lastTime;
                deliver(requests);
                if (requests.size() < PAGE || java.util.Objects.equals(before, lastTime)) {
                    return;
                }
            }
        } catch (RailwayException e) {
            LOG.warn("reading the request log of {} failed: {}", deploymentId, e.getMessage());
            setStatus(LogStreamStatus.of(LogStreamStatus.Mode.POLLING, "polling the request log failed: " + e.getMessage()));
        } catch (RuntimeException e) {
            LOG.warn("reading the request log of {} failed", deploymentId, e);
        }
    }

    private void deliver(List<HttpRequestLog> requests) {
        List<HttpRequestLog> sorted = new ArrayList<>(requests);
        sorted.sort(Comparator.comparing(HttpRequestLog::time, Comparator.nullsFirst(Comparator.naturalOrder())));
        List<HttpRequestLog> fresh = new ArrayList<>();
        for (HttpRequestLog request : sorted) {
            String key = request.requestId().isEmpty() ? request.time() + " " + request.method() + " " + request.path()
                    : request.requestId();
            if (seen.putIfAbsent(key, request.time() == null ? Instant.EPOCH : request.time()) == null) {
                fresh.add(request);
                if (request.time() != null && (lastTime == null || request.time().isAfter(lastTime))) {
                    lastTime = request.time();
                }
            }
        }
        forgetOldKeys();
        if (!fresh.isEmpty()) {
            try {
                listener.onRequests(List.copyOf(fresh));
            } catch (RuntimeException e) {
                LOG.warn("an httpLogs listener failed", e);
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

    private String every() {
        Duration interval = options.pollInterval();
        return interval.toMillis() % 1000 == 0 ? interval.toSeconds() + " s" : interval.toMillis() + " ms";
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
            LOG.warn("an httpLogs listener failed", e);
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

    /** Stops the stream and the polling; returns at once. */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        thread.execute(() -> {
            WebSocket current = socket;
            if (current != null && acknowledged) {
                current.send("{\"id\":\"http\",\"type\":\"complete\"}");
            }
            stopSocket();
            cancel(poller);
            closed = true;
            setStatus(LogStreamStatus.of(LogStreamStatus.Mode.STOPPED, ""));
        });
        thread.shutdown();
    }
}
