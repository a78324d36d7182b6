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
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Railway GraphQL subscription kept alive: graphql-transport-ws over WebSocket (connection_init carrying the
 * token's header, subscribe, next/error/complete, ping/pong), reconnected with backoff when Railway drops it, resumed
 * from the last timestamp seen, de-duplicated, and replaced by polling the matching query when subscriptions are
 * refused (an HTTP error to the upgrade, a protocol close 44xx, an error to the subscribe), with a status saying
 * which. What differs between subscriptions (the document, how a record is parsed and keyed, how the gap is read) is a
 * {@link Feed}; {@link LogFollower} (build and deploy logs) and {@link HttpLogFollower} (httpLogs) are the two.
 * <p>
 * Every state change runs on the stream's own thread; the consumers are called there, never concurrently.
 */
final class ResumableSubscription<T> implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ResumableSubscription.class);
    private static final String PROTOCOL = "graphql-transport-ws";
    private static final AtomicInteger THREADS = new AtomicInteger();
    /** A poll reads at most this many pages in a row, so a flood of records cannot hold the thread for ever. */
    private static final int MAX_PAGES_PER_POLL = 20;

    /** What one subscription is: its document, its records, and how to read what the stream did not bring. */
    interface Feed<T> {
        /** The id of the subscribe message (and of the complete sent on close). */
        String operationId();

        RailwayDocument document();

        /** The subscribe's variables; {@code lastTime} is null before the first record. */
        ObjectNode variables(ObjectNode variables, Instant lastTime);

        /** The records of one {@code next} message's {@code data}. */
        List<T> parse(JsonNode data);

        /**
         * True when the subscription cannot start at a date (Railway's build and deploy logs: it starts with a tail), so
         * the gap after a drop, and the end after a {@code complete}, are read with the query before going on.
         */
        boolean readsGapWithQuery();

        /** Reads the records from {@code lastTime} (null: from the start) with the query, one page. */
        List<T> read(Instant lastTime) throws RailwayException;

        /** A full page from {@link #read} means there may be more to read at once. */
        int pageSize();

        /** Identifies a record across reads and streams, for de-duplication. */
        String key(T record);

        /** The record's timestamp; null when Railway gave none. */
        Instant time(T record);

        /** Keys remembered for de-duplication; older ones are dropped once the stream moved a minute past them. */
        int keysRemembered();
    }

    /**
     * The words the statuses and the log use, so a user reads "the request log" or "the log" as before.
     *
     * @param subscription the subscription's name ("log", "httpLogs")
     * @param stream       what is followed ("log", "request log")
     * @param threadName   the stream thread's name, numbered
     */
    record Names(String subscription, String stream, String threadName) {
    }

    private final RailwayClient client;
    private final String subscriptionEndpoint;
    private final String deploymentId;
    private final LogFollower.Options options;
    private final Feed<T> feed;
    private final Names names;
    private final Consumer<List<T>> onRecords;
    private final Consumer<LogStreamStatus> onStatus;
    private final OkHttpClient http;
    private final ScheduledExecutorService thread;
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

    /**
     * @param since     the first records wanted: those after it; null for the subscription's own start (a tail)
     * @param onRecords receives new records (in time order, each once), on the stream's thread
     * @param onStatus  receives status changes, on the stream's thread
     */
    ResumableSubscription(RailwayClient client, String subscriptionEndpoint, String deploymentId, Instant since,
                          LogFollower.Options options, Feed<T> feed, Names names, Consumer<List<T>> onRecords,
                          Consumer<LogStreamStatus> onStatus) {
        this.client = client;
        this.subscriptionEndpoint = subscriptionEndpoint;
        this.deploymentId = deploymentId;
        this.lastTime = since;
        this.options = options;
        this.feed = feed;
        this.names = names;
        this.onRecords = onRecords;
        this.onStatus = onStatus;
        this.thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread t = new Thread(runnable, names.threadName() + "-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        // No read timeout on a stream that may be quiet for minutes (no traffic at night, an idle service's log);
        // WebSocket pings find a dead connection instead.
        this.http = client.transport().http().newBuilder().readTimeout(Duration.ZERO).callTimeout(Duration.ZERO)
                .pingInterval(Duration.ofSeconds(15)).build();
    }

    void start() {
        thread.execute(this::connect);
    }

    LogStreamStatus status() {
        return status;
    }

    /** Reconnections after a dropped stream so far. */
    int reconnects() {
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

    /** Schedules on the stream's thread; null once it is closing (nothing more is to happen then). */
    private ScheduledFuture<?> later(Runnable task, long millis) {
        try {
            return thread.schedule(task, millis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closingAlready) {
            return null;
        }
    }

    /** Runs a socket event on the stream's thread; after close() the socket's last events are dropped. */
    private void post(Runnable event) {
        try {
            thread.execute(event);
        } catch (RejectedExecutionException closedAlready) {
            LOG.debug("{} stream of {} closed; a late socket event is ignored", names.subscription(), deploymentId);
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
                    refused(from, "Railway answered the " + names.subscription() + " subscription with an error: "
                            + firstMessage(payload.path("errors")));
                    return;
                }
                deliver(feed.parse(payload.path("data")));
            }
            case "error" -> refused(from, "Railway refused the " + names.subscription() + " subscription: "
                    + firstMessage(message.path("payload")));
            case "complete" -> {
                if (feed.readsGapWithQuery()) {
                    catchUp();
                }
                stopSocket();
                setStatus(LogStreamStatus.of(LogStreamStatus.Mode.ENDED, "Railway ended the " + names.stream() + " stream"));
            }
            case "ping" -> from.send("{\"type\":\"pong\"}");
            default -> { }
        }
    }

    private void acknowledged(WebSocket from) {
        acknowledged = true;
        cancel(ackTimer);
        // Each reconnection counts one attempt before its acknowledgement, so attempts > 0 here is a resume.
        boolean resumed = attempts > 0 || reconnects > 0;
        attempts = 0;
        // A subscription that starts with a tail cannot cover what was written while we were away: read it first.
        if (feed.readsGapWithQuery() && lastTime != null) {
            catchUp();
        }
        ObjectNode subscribe = Json.mapper().createObjectNode();
        subscribe.put("type", "subscribe");
        subscribe.put("id", feed.operationId());
        ObjectNode payload = subscribe.putObject("payload");
        payload.put("query", feed.document().text());
        payload.put("operationName", feed.document().operationName());
        feed.variables(payload.putObject("variables").put("deploymentId", deploymentId), lastTime);
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
        LOG.info("{} stream of {} dropped ({}); reconnect attempt {} in {} ms", names.subscription(), deploymentId, why, attempts, wait);
        setStatus(new LogStreamStatus(LogStreamStatus.Mode.RECONNECTING, why, attempts, Duration.ofMillis(wait)));
        later(this::connect, wait);
    }

    private void refused(WebSocket from, String why) {
        if (from != socket || closed) {
            return;
        }
        stopSocket();
        startPolling(why + "; polling the " + names.stream() + " every " + every() + " instead");
    }

    private void startPolling(String why) {
        LOG.info("{} of {}: {}", names.stream(), deploymentId, why);
        setStatus(LogStreamStatus.of(LogStreamStatus.Mode.POLLING, why));
        if (poller == null && !closing.get()) {
            poller = thread.scheduleWithFixedDelay(this::catchUp, 0, options.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Reads every record from the last one seen, page by page, and delivers the new ones. */
    private void catchUp() {
        if (closed) {
            return;
        }
        try {
            for (int page = 0; page < MAX_PAGES_PER_POLL; page++) {
                List<T> records = feed.read(lastTime);
                Instant before = lastTime;
                deliver(records);
                if (records.size() < feed.pageSize() || Objects.equals(before, lastTime)) {
                    return;
                }
            }
        } catch (RailwayException e) {
            LOG.warn("reading the {} of {} failed: {}", names.stream(), deploymentId, e.getMessage());
            // While streaming, a failed catch-up is retried by the next resume; only the polling user is told.
            if (status.mode() == LogStreamStatus.Mode.POLLING) {
                setStatus(LogStreamStatus.of(LogStreamStatus.Mode.POLLING, "polling the " + names.stream() + " failed: " + e.getMessage()));
            }
        } catch (RuntimeException e) {
            LOG.warn("reading the {} of {} failed", names.stream(), deploymentId, e);
        }
    }

    private void deliver(List<T> records) {
        List<T> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparing(feed::time, Comparator.nullsFirst(Comparator.naturalOrder())));
        List<T> fresh = new ArrayList<>();
        for (T record : sorted) {
            Instant time = feed.time(record);
            if (seen.putIfAbsent(feed.key(record), time == null ? Instant.EPOCH : time) == null) {
                fresh.add(record);
                if (time != null && (lastTime == null || time.isAfter(lastTime))) {
                    lastTime = time;
                }
            }
        }
        forgetOldKeys();
        if (!fresh.isEmpty()) {
            try {
                onRecords.accept(List.copyOf(fresh));
            } catch (RuntimeException e) {
                LOG.warn("a listener of the {} stream failed", names.subscription(), e);
            }
        }
    }

    private void forgetOldKeys() {
        if (seen.size() <= feed.keysRemembered() || lastTime == null) {
            return;
        }
        Instant horizon = lastTime.minusSeconds(60);
        for (Iterator<Instant> it = seen.values().iterator(); it.hasNext() && seen.size() > feed.keysRemembered() / 2; ) {
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
            onStatus.accept(next);
        } catch (RuntimeException e) {
            LOG.warn("a listener of the {} stream failed", names.subscription(), e);
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
                current.send("{\"id\":\"" + feed.operationId() + "\",\"type\":\"complete\"}");
            }
            stopSocket();
            cancel(poller);
            closed = true;
            setStatus(LogStreamStatus.of(LogStreamStatus.Mode.STOPPED, ""));
        });
        thread.shutdown();
    }
}
