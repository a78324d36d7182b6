package dev.signalbox.railway.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.signalbox.common.Json;
import dev.signalbox.railway.simulator.RailwaySimulator.Caller;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.java_websocket.WebSocket;
import org.java_websocket.drafts.Draft;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.ServerHandshakeBuilder;
import org.java_websocket.protocols.Protocol;
import org.java_websocket.server.WebSocketServer;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * The simulator's subscriptions over a real WebSocket, protocol graphql-transport-ws (the one Railway speaks):
 * connection_init (auth, as Railway's CLI sends it, in the payload or on the upgrade) -> connection_ack,
 * subscribe -> next* -> complete, ping -> pong, error for a document that does not execute. Close codes are the
 * protocol's: 4403 for an unknown token, 4400 for a message it cannot read.
 */
final class SubscriptionServer extends WebSocketServer {
    static final String PROTOCOL = "graphql-transport-ws";

    /** Per connection: who it is once initialised, and its running subscriptions by id. */
    private static final class Connection {
        volatile Caller caller;
        volatile Map<String, String> upgradeHeaders = Map.of();
        final Map<String, Subscription> subscriptions = new ConcurrentHashMap<>();
    }

    private final RailwaySimulator sim;
    private final CountDownLatch started = new CountDownLatch(1);
    private volatile boolean refuse;
    private final AtomicInteger dropAfterLines = new AtomicInteger(-1);

    SubscriptionServer(RailwaySimulator sim) {
        super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 2,
                List.<Draft>of(new Draft_6455(List.of(), List.of(new Protocol(PROTOCOL)))));
        this.sim = sim;
        setDaemon(true);
        setReuseAddr(true);
    }

    void startAndWait() {
        start();
        try {
            if (!started.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the simulator's WebSocket server did not start in 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the simulator's WebSocket server", e);
        }
    }

    void refuse(boolean refuse) {
        this.refuse = refuse;
    }

    /** After {@code lines} more lines, each open connection is cut without a close frame (a dropped stream). */
    void dropAfter(int lines) {
        dropAfterLines.set(lines);
    }

    @Override
    public ServerHandshakeBuilder onWebsocketHandshakeReceivedAsServer(WebSocket conn, Draft draft, ClientHandshake request)
            throws InvalidDataException {
        if (refuse) {
            // What a proxy that does not pass WebSocket upgrades does: the upgrade fails with an HTTP error.
            throw new InvalidDataException(CloseFrame.POLICY_VALIDATION, "subscriptions are refused");
        }
        return super.onWebsocketHandshakeReceivedAsServer(conn, draft, request);
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        Connection connection = new Connection();
        String project = handshake.getFieldValue("Project-Access-Token");
        String authorization = handshake.getFieldValue("Authorization");
        connection.upgradeHeaders = Map.of("Project-Access-Token", project == null ? "" : project,
                "Authorization", authorization == null ? "" : authorization);
        conn.setAttachment(connection);
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        Connection connection = conn.getAttachment();
        if (connection != null) {
            connection.subscriptions.values().forEach(Subscription::cancel);
            connection.subscriptions.clear();
        }
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        if (conn != null) {
            onClose(conn, CloseFrame.ABNORMAL_CLOSE, ex.getClass().getSimpleName(), false);
        }
    }

    @Override
    public void onMessage(WebSocket conn, String text) {
        Connection connection = conn.getAttachment();
        JsonNode message;
        try {
            message = Json.mapper().readTree(text);
        } catch (IOException e) {
            conn.close(4400, "Invalid message received");
            return;
        }
        String type = message.path("type").asText("");
        switch (type) {
            case "connection_init" -> {
                JsonNode payload = message.path("payload");
                String project = payload.path("Project-Access-Token").asText(connection.upgradeHeaders.get("Project-Access-Token"));
                String authorization = payload.path("Authorization").asText(connection.upgradeHeaders.get("Authorization"));
                Caller caller = sim.caller(project.isBlank() ? null : project, authorization.isBlank() ? null : authorization);
                if (caller.grant() == null) {
                    conn.close(4403, "Forbidden");
                    return;
                }
                connection.caller = caller;
                send(conn, "connection_ack", null, null);
            }
            case "ping" -> send(conn, "pong", null, null);
            case "pong" -> { }
            case "subscribe" -> subscribe(conn, connection, message);
            case "complete" -> {
                Subscription subscription = connection.subscriptions.remove(message.path("id").asText());
                if (subscription != null) {
                    subscription.cancel();
                }
            }
            default -> conn.close(4400, "Unknown message type '" + type + "'");
        }
    }

    private void subscribe(WebSocket conn, Connection connection, JsonNode message) {
        if (connection.caller == null) {
            conn.close(4401, "Unauthorized");
            return;
        }
        String id = message.path("id").asText("");
        if (id.isEmpty() || connection.subscriptions.containsKey(id)) {
            conn.close(4409, "Subscriber for " + id + " already exists");
            return;
        }
        JsonNode payload = message.path("payload");
        @SuppressWarnings("unchecked")
        Map<String, Object> variables = payload.path("variables").isObject()
                ? Json.mapper().convertValue(payload.path("variables"), Map.class) : Map.of();
        ExecutionInput.Builder input = ExecutionInput.newExecutionInput().query(payload.path("query").asText(""))
                .variables(variables).graphQLContext(Map.of(Caller.class, connection.caller));
        if (payload.path("operationName").isTextual()) {
            input.operationName(payload.path("operationName").asText());
        }
        ExecutionResult result = sim.executeLocked(input.build());
        if (!result.getErrors().isEmpty() || !(result.getData() instanceof org.reactivestreams.Publisher<?>)) {
            ObjectNode error = Json.mapper().createObjectNode();
            error.put("type", "error");
            error.put("id", id);
            error.set("payload", Json.mapper().valueToTree(result.getErrors().stream().map(e -> e.toSpecification()).toList()));
            conn.send(error.toString());
            return;
        }
        @SuppressWarnings("unchecked")
        org.reactivestreams.Publisher<ExecutionResult> events = (org.reactivestreams.Publisher<ExecutionResult>) result.getData();
        events.subscribe(new Subscriber<>() {
            @Override
            public void onSubscribe(Subscription subscription) {
                connection.subscriptions.put(id, subscription);
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ExecutionResult event) {
                next(conn, id, event);
            }

            @Override
            public void onError(Throwable throwable) {
                ObjectNode error = Json.mapper().createObjectNode();
                error.put("type", "error");
                error.put("id", id);
                error.putArray("payload").addObject().put("message", "Problem processing request");
                conn.send(error.toString());
            }

            @Override
            public void onComplete() {
                connection.subscriptions.remove(id);
                send(conn, "complete", id, null);
            }
        });
    }

    private void next(WebSocket conn, String id, ExecutionResult event) {
        if (conn.isClosed() || conn.isClosing()) {
            return;
        }
        Map<String, Object> payload = event.toSpecification();
        int budget = dropAfterLines.get();
        if (budget >= 0 && payload.get("data") instanceof Map<?, ?> data && data.size() == 1
                && data.values().iterator().next() instanceof List<?> lines) {
            if (lines.size() >= budget) {
                dropAfterLines.set(-1);
                String field = (String) data.keySet().iterator().next();
                // The lines before the cut arrive; the rest of this message is lost with the connection.
                if (budget > 0) {
                    send(conn, "next", id, Map.of("data", Map.of(field, lines.subList(0, budget))));
                }
                conn.closeConnection(CloseFrame.ABNORMAL_CLOSE, "stream dropped");
                return;
            }
            dropAfterLines.addAndGet(-lines.size());
        }
        send(conn, "next", id, payload);
    }

    private static void send(WebSocket conn, String type, String id, Object payload) {
        ObjectNode message = Json.mapper().createObjectNode();
        message.put("type", type);
        if (id != null) {
            message.put("id", id);
        }
        if (payload != null) {
            message.set("payload", Json.mapper().valueToTree(payload));
        }
        if (!conn.isClosed()) {
            conn.send(message.toString());
        }
    }

    String endpoint() {
        return "ws://" + getAddress().getAddress().getHostAddress() + ":" + getPort() + "/graphql/v2";
    }
}
