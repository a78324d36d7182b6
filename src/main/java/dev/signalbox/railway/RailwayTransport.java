package dev.signalbox.railway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.signalbox.common.Json;
import dev.signalbox.common.Version;
import dev.signalbox.config.Profile.TokenKind;
import dev.signalbox.config.Secret;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GraphQL over HTTP to Railway: one POST per document, the token in the header its kind requires, every
 * answer parsed (Railway reports most errors in a 200), the rate-limit budget read from every response.
 * Reads are retried on network failures, timeouts and 5xx; a mutation is sent once (a redeploy is not
 * idempotent) except after a 429, which Railway answers before doing anything. Thread-safe.
 */
public final class RailwayTransport {
    private static final Logger LOG = LoggerFactory.getLogger(RailwayTransport.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final int READ_ATTEMPTS = 3;
    private static final int MAX_ERROR_TEXT = 300;
    /**
     * The largest answer read: the biggest documents (logs, 500 lines of a few hundred characters) are well under a
     * megabyte; anything near this is not a GraphQL answer worth holding in memory.
     */
    static final long MAX_ANSWER_BYTES = 16L * 1024 * 1024;

    private final String endpoint;
    private final TokenKind tokenKind;
    private final Secret token;
    private final OkHttpClient http;
    private final Pacer pacer;
    private final Clock clock;
    private final Duration maxRetryWait;
    private final AtomicReference<RateLimitBudget> budget = new AtomicReference<>();
    private final AtomicLong requests = new AtomicLong();

    /**
     * @param maxRetryWait the longest Retry-After honoured by waiting; a longer one fails with RATE_LIMITED
     *                     so a person sees it instead of a frozen console
     */
    public RailwayTransport(String endpoint, TokenKind tokenKind, Secret token, OkHttpClient http, Pacer pacer,
                            Clock clock, Duration maxRetryWait) {
        this.endpoint = endpoint;
        this.tokenKind = tokenKind;
        this.token = token;
        // OkHttp may silently re-send a request on a stale pooled connection: never acceptable for a mutation.
        this.http = http.newBuilder().retryOnConnectionFailure(false).build();
        this.pacer = pacer;
        this.clock = clock;
        this.maxRetryWait = maxRetryWait;
    }

    public String endpoint() {
        return endpoint;
    }

    public TokenKind tokenKind() {
        return tokenKind;
    }

    /** The last budget Railway reported; null before the first answer or when it sends no headers. */
    public RateLimitBudget budget() {
        return budget.get();
    }

    /** HTTP requests sent so far (including retries): what counts against the hourly budget. */
    public long requestsSent() {
        return requests.get();
    }

    /**
     * The header that carries the token, by its kind: a project token goes in Project-Access-Token (as Railway's CLI
     * sends it), any other in Authorization: Bearer. Used on every POST, on the WebSocket upgrade and in
     * graphql-transport-ws's connection_init payload.
     */
    Map<String, String> authHeaders() {
        return tokenKind == TokenKind.PROJECT ? Map.of("Project-Access-Token", token.reveal())
                : Map.of("Authorization", "Bearer " + token.reveal());
    }

    /** The client the transport was built on, for the subscriptions' WebSocket (same pool and dispatcher). */
    OkHttpClient http() {
        return http;
    }

    /** Sends the document and returns its {@code data} object. */
    public JsonNode execute(GraphQlOperation document, Map<String, Object> variables) throws RailwayException {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("query", document.text());
        body.put("operationName", document.operationName());
        body.set("variables", Json.mapper().valueToTree(variables));
        byte[] payload;
        try {
            payload = Json.mapper().writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode GraphQL variables for " + document.operationName(), e);
        }
        int attempt = 0;
        while (true) {
            attempt++;
            try {
                return once(document, payload);
            } catch (RailwayException e) {
                Duration wait = retryWait(document, e, attempt);
                if (wait == null) {
                    throw e;
                }
                LOG.info("Railway {} failed ({}), attempt {}; retrying in {} ms", document.operationName(), e.kind(),
                        attempt, wait.toMillis());
                try {
                    pacer.pause(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new RailwayException(RailwayException.Kind.CANCELLED, "cancelled while waiting to retry "
                            + document.operationName(), null, false, interrupted);
                }
            }
        }
    }

    private Duration retryWait(GraphQlOperation document, RailwayException e, int attempt) {
        if (attempt >= READ_ATTEMPTS) {
            return null;
        }
        if (e.kind() == RailwayException.Kind.RATE_LIMITED) {
            // Railway rejects a 429 before executing anything, so even a mutation may be sent again.
            Duration wait = e.retryAfter().orElse(Duration.ofSeconds(1));
            return wait.compareTo(maxRetryWait) <= 0 ? wait : null;
        }
        if (document.isMutation()) {
            return null;
        }
        boolean transientFailure = e.kind() == RailwayException.Kind.NETWORK || e.kind() == RailwayException.Kind.TIMEOUT
                || (e.kind() == RailwayException.Kind.HTTP_STATUS && e.getMessage().contains("HTTP 5"));
        return transientFailure ? Duration.ofSeconds(attempt) : null;
    }

    private JsonNode once(GraphQlOperation document, byte[] payload) throws RailwayException {
        Request.Builder request = new Request.Builder()
                .url(endpoint)
                .header("User-Agent", "signalbox/" + Version.current())
                .header("Accept", "application/json")
                .post(RequestBody.create(payload, JSON));
        authHeaders().forEach(request::header);
        String operation = document.operationName();
        requests.incrementAndGet();
        try (Response response = http.newCall(request.build()).execute()) {
            readBudget(response);
            String text = boundedBody(response, operation);
            if (response.code() == 429) {
                throw rateLimited(response, operation);
            }
            Answer answer = readAnswer(text);
            JsonNode root = answer.root();
            if (root != null && root.path("errors").isArray() && !root.path("errors").isEmpty()) {
                throw graphqlError(document, root.path("errors"));
            }
            if (response.code() == 401 || response.code() == 403) {
                throw notAuthorized(operation, "HTTP " + response.code());
            }
            if (response.code() != 200) {
                // A 5xx often comes from the gateway in front of Railway, possibly after the change was applied.
                boolean unknown = document.isMutation() && response.code() >= 500;
                throw new RailwayException(RailwayException.Kind.HTTP_STATUS, "Railway answered HTTP " + response.code()
                        + " to " + operation + " at " + endpoint + (response.code() >= 500
                        ? "; Railway may be having an incident (status.railway.com)" + (unknown ? unknownOutcome(document)
                        : ", try again shortly") : ""), null, unknown, null);
            }
            if (root == null || !root.path("data").isObject()) {
                throw new RailwayException(RailwayException.Kind.BAD_RESPONSE, "Railway's answer to " + operation
                        + (answer.problem() != null ? " is not JSON (" + answer.problem() + ")"
                        : " is not a GraphQL result (no data object)") + "; is " + endpoint + " the GraphQL endpoint"
                        + " (https://backboard.railway.com/graphql/v2)?");
            }
            return root.path("data");
        } catch (InterruptedIOException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new RailwayException(RailwayException.Kind.CANCELLED, operation + " was cancelled"
                        + unknownOutcome(document), null, document.isMutation(), e);
            }
            throw new RailwayException(RailwayException.Kind.TIMEOUT, "Railway did not answer " + operation + " in time ("
                    + endpoint + ")" + unknownOutcome(document), null, document.isMutation(), e);
        } catch (IOException e) {
            String what = e instanceof UnknownHostException ? "cannot resolve the host of " + endpoint
                    : e instanceof ConnectException ? "cannot connect to " + endpoint
                    : connectionFailure(e);
            // A refused connection never carried the request: the outcome is known (nothing happened).
            boolean unknown = document.isMutation() && !(e instanceof ConnectException || e instanceof UnknownHostException);
            throw new RailwayException(RailwayException.Kind.NETWORK, operation + ": " + what
                    + (unknown ? unknownOutcome(document) : "; check the network and the endpoint in the profile"),
                    null, unknown, e);
        }
    }

    /** What happened to an established connection, in words (issue 14: it read "(IOException)"). */
    private String connectionFailure(IOException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof java.io.EOFException || message.contains("end of stream")) {
            return endpoint + " closed the connection before the answer was complete";
        }
        if (message.contains("reset")) {
            return "the connection to " + endpoint + " was reset";
        }
        if (e instanceof javax.net.ssl.SSLException) {
            return "the TLS connection to " + endpoint + " failed: " + message;
        }
        return "the connection to " + endpoint + " failed: " + (message.isEmpty() ? e.getClass().getSimpleName() : message);
    }

    /** The body as text, refused past {@link #MAX_ANSWER_BYTES} (issue 14: 50 MB was read whole, then "not GraphQL"). */
    private String boundedBody(Response response, String operation) throws IOException, RailwayException {
        try (ResponseBody responseBody = response.body()) {
            long declared = responseBody.contentLength();
            okio.BufferedSource source = responseBody.source();
            if (declared > MAX_ANSWER_BYTES || source.request(MAX_ANSWER_BYTES + 1)) {
                throw new RailwayException(RailwayException.Kind.BAD_RESPONSE, "Railway's answer to " + operation + " is too large"
                        + " (more than " + MAX_ANSWER_BYTES / (1024 * 1024) + " MB" + (declared > 0 ? ": " + declared / (1024 * 1024)
                        + " MB announced" : "") + "); a GraphQL answer is far smaller: is " + endpoint + " the GraphQL endpoint?");
            }
            return source.readString(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** A 429 described with what Railway answered: its Retry-After and the remaining count it last gave. */
    private RailwayException rateLimited(Response response, String operation) {
        String retryHeader = response.header("Retry-After");
        Duration retryAfter = retryAfter(retryHeader);
        RateLimitBudget current = budget.get();
        boolean countInThisAnswer = response.header("X-RateLimit-Remaining") != null && current != null;
        String count = current == null ? "it sent no X-RateLimit count"
                : (countInThisAnswer ? "its X-RateLimit count in this answer: " : "its last X-RateLimit count: ")
                + current.remaining() + " of " + current.limit() + " requests left";
        return new RailwayException(RailwayException.Kind.RATE_LIMITED, "Railway answered HTTP 429 (rate limited) to " + operation
                + "; " + (retryHeader != null ? "Retry-After: " + retryHeader.strip() + " (retry in " + retryAfter.toSeconds() + " s)"
                : "no Retry-After, retry in " + retryAfter.toSeconds() + " s") + "; " + count
                + ". Polling slows down by itself; other consoles or scripts using the same token count too.", retryAfter, false, null);
    }

    private static String unknownOutcome(GraphQlOperation document) {
        return document.isMutation()
                ? "; it may or may not have been applied: look at the deployments and variables before trying again"
                : "";
    }

    /** An answer's JSON, or why it is not JSON (with the line and column); never throws. */
    record Answer(JsonNode root, String problem) {
    }

    /**
     * Reads an answer's text. Jackson bounds nesting (1,000 levels) and string lengths itself; the size is bounded
     * before this by {@link #MAX_ANSWER_BYTES}. The problem names a position, never Jackson's own switches.
     */
    static Answer readAnswer(String text) {
        if (text == null || text.isBlank()) {
            return new Answer(null, "the body is empty");
        }
        try {
            return new Answer(Json.mapper().readTree(text), null);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var location = e.getLocation();
            String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            String what = message.contains("nesting depth") ? "nested too deep" : message.contains("exceeds") ? "a value too long"
                    : "malformed";
            return new Answer(null, what + (location != null && location.getLineNr() > 0
                    ? " at line " + location.getLineNr() + ", column " + location.getColumnNr() : ""));
        } catch (IOException e) {
            return new Answer(null, "unreadable");
        }
    }

    private RailwayException graphqlError(GraphQlOperation document, JsonNode errors) {
        List<String> messages = new ArrayList<>();
        for (JsonNode error : errors) {
            messages.add(error.path("message").asText("(no message)"));
        }
        String joined = String.join("; ", messages);
        if (joined.length() > MAX_ERROR_TEXT) {
            joined = joined.substring(0, MAX_ERROR_TEXT) + "...";
        }
        String operation = document.operationName();
        if (joined.contains("Not Authorized") || joined.contains("Project Token not found")) {
            return notAuthorized(operation, "'" + joined + "'");
        }
        if (joined.contains("Two Factor Authentication Required")) {
            return new RailwayException(RailwayException.Kind.TWO_FACTOR_REQUIRED, "Railway refused " + operation
                    + ": two-factor authentication is required for this account; enable 2FA on railway.com, then retry");
        }
        java.util.Set<String> fields = new java.util.LinkedHashSet<>();
        for (JsonNode error : errors) {
            if (error.path("path").path(0).isTextual()) {
                fields.add(error.path("path").path(0).asText());
            }
        }
        return new RailwayException(RailwayException.Kind.GRAPHQL_ERROR, "Railway answered " + operation + " with an error: "
                + joined, null, false, null, fields);
    }

    private RailwayException notAuthorized(String operation, String answer) {
        String advice = tokenKind == TokenKind.PROJECT
                ? "The profile sends a project token (Project-Access-Token header, from " + token.origin() + ")."
                + " Check that it is a project token (an account or workspace token needs \"tokenKind\": \"account\" or"
                + " \"workspace\"), that it is not revoked, and that it was created for this project AND environment:"
                + " a project token reaches one environment only."
                : "The profile sends an " + tokenKind.name().toLowerCase(java.util.Locale.ROOT) + " token (Authorization: Bearer,"
                + " from " + token.origin() + ")."
                + " Check that it is not a project token (those need \"tokenKind\": \"project\"), that it is not revoked,"
                + " and that its workspace includes this project"
                + (tokenKind == TokenKind.WORKSPACE ? " (a workspace token cannot read the user, 'me')" : "") + ".";
        return new RailwayException(RailwayException.Kind.NOT_AUTHORIZED, "Railway answered " + answer + " to " + operation
                + ". " + advice);
    }

    private void readBudget(Response response) {
        String limit = response.header("X-RateLimit-Limit");
        String remaining = response.header("X-RateLimit-Remaining");
        if (limit == null || remaining == null) {
            return;
        }
        try {
            Instant now = clock.instant();
            budget.set(new RateLimitBudget(Integer.parseInt(limit.trim()), Integer.parseInt(remaining.trim()),
                    resetInstant(response.header("X-RateLimit-Reset"), now), now));
        } catch (NumberFormatException e) {
            LOG.debug("unreadable X-RateLimit headers: limit={} remaining={}", limit, remaining);
        }
    }

    /** Railway does not document the unit: accept epoch seconds, epoch milliseconds, seconds from now, or ISO-8601. */
    static Instant resetInstant(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.trim();
        try {
            double number = Double.parseDouble(value);
            if (number > 1e12) {
                return Instant.ofEpochMilli((long) number);
            }
            if (number > 1e9) {
                return Instant.ofEpochSecond((long) number);
            }
            return now.plusMillis((long) (number * 1000));
        } catch (NumberFormatException notNumber) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    private Duration retryAfter(String header) {
        if (header != null) {
            try {
                return Duration.ofSeconds(Math.max(0, Long.parseLong(header.trim())));
            } catch (NumberFormatException e) {
                try {
                    // HTTP also allows an HTTP-date here.
                    Instant at = java.time.ZonedDateTime.parse(header.trim(), java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                    return Duration.between(clock.instant(), at).isNegative() ? Duration.ZERO : Duration.between(clock.instant(), at);
                } catch (DateTimeParseException ignored) {
                    // fall through to the default below
                }
            }
        }
        return Duration.ofSeconds(60);
    }
}
