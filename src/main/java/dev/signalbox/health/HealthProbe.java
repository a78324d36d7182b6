package dev.signalbox.health;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.signalbox.common.Json;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.UnknownHostException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.Handshake;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Probes one endpoint once, blocking, and returns a {@link ProbeSample}; never throws for a network problem.
 * Thread-safe: one instance serves every endpoint of a monitor. It does not judge (that is {@link HealthRules});
 * it only measures and classifies.
 */
public final class HealthProbe {

    /**
     * @param maxBodyBytes a larger body is {@link FailureClass#BODY_TOO_LARGE}; health bodies are small, and a
     *                     huge one (an HTML error page, a debug dump) must not fill the heap of a console
     *                     that polls every few seconds
     */
    public record Settings(Duration connectTimeout, Duration readTimeout, Duration callTimeout, int maxBodyBytes) {
        public static final Settings DEFAULT = new Settings(Duration.ofSeconds(3), Duration.ofSeconds(5), Duration.ofSeconds(10), 64 * 1024);

        public Settings {
            Objects.requireNonNull(connectTimeout, "connectTimeout");
            Objects.requireNonNull(readTimeout, "readTimeout");
            Objects.requireNonNull(callTimeout, "callTimeout");
            if (maxBodyBytes < 1) {
                throw new IllegalArgumentException("maxBodyBytes must be positive");
            }
        }
    }

    private static final Pattern HTML_TITLE = Pattern.compile("<title[^>]*>([^<]{0,500})</title>", Pattern.CASE_INSENSITIVE);
    /** The display copy of the body's fields is capped; rules read the whole parsed body instead. */
    static final int MAX_FIELDS = 200;
    static final int MAX_FIELD_CHARS = 200;
    private static final int MAX_DEPTH = 8;

    private final OkHttpClient client;
    private final Settings settings;
    private final Clock clock;

    public HealthProbe(OkHttpClient base, Settings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.client = base.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.readTimeout())
                .callTimeout(settings.callTimeout())
                .followRedirects(false)
                .followSslRedirects(false)
                // OkHttp would silently retry some failed connections; a probe must report the first failure.
                .retryOnConnectionFailure(false)
                .eventListenerFactory(call -> {
                    PhaseTimer timer = call.request().tag(PhaseTimer.class);
                    return timer != null ? timer : EventListener.NONE;
                })
                .build();
    }

    public Settings settings() {
        return settings;
    }

    public ProbeSample probe(HealthEndpoint endpoint) {
        Instant time = clock.instant();
        HttpUrl url = HttpUrl.parse(endpoint.url());
        if (url == null) {
            return new ProbeSample(endpoint.name(), endpoint.url(), time, 0, ProbeTimings.NONE, FailureClass.CONNECTION_FAILED,
                    "'" + endpoint.url() + "' is not an http(s) URL", null, null, -1, Map.of(), null);
        }
        PhaseTimer timer = new PhaseTimer();
        Request request = new Request.Builder()
                .url(url)
                .header("Accept", "application/json")
                // A pooled connection would hide DNS and TLS problems (an expired certificate shows only when the
                // pool drops the connection): every probe opens its own, as an orchestrator's probe would.
                .header("Connection", "close")
                .tag(PhaseTimer.class, timer)
                .build();
        int status = 0;
        String location = null;
        String contentType = null;
        long headersAt = 0;
        try (Response response = client.newCall(request).execute()) {
            headersAt = System.nanoTime();
            status = response.code();
            contentType = response.header("Content-Type");
            if (response.isRedirect() || (status >= 300 && status < 400)) {
                location = response.header("Location");
                return sample(endpoint, time, status, timer, FailureClass.REDIRECT,
                        url.host() + " answered " + status + " redirecting to " + (location == null ? "(no Location header)" : location)
                                + "; redirects are not followed: probe the final URL directly (fix the profile's baseUrl or path)",
                        location, contentType, -1, Map.of());
            }
            Body body = readBounded(response.body(), settings.maxBodyBytes());
            timer.finished();
            boolean statusOk = status == endpoint.expectStatus();
            Map<String, String> fields = Map.of();
            JsonNode json = null;
            FailureClass failure = statusOk ? null : FailureClass.HTTP_ERROR;
            String message = statusOk ? null : "answered HTTP " + status + " where " + endpoint.expectStatus() + " was expected";
            if (body.tooLarge()) {
                if (failure == null) {
                    failure = FailureClass.BODY_TOO_LARGE;
                    message = "the body is larger than " + settings.maxBodyBytes() / 1024 + " KiB (" + body.declaredLength()
                            + "); a health endpoint should answer a small JSON document";
                }
            } else if (isHtml(contentType, body.bytes())) {
                if (failure == null) {
                    failure = FailureClass.HTML_PAGE;
                    message = "answered " + status + " with an HTML page" + htmlTitle(body.bytes())
                            + ", not a health answer: a frontend's catch-all route or a proxy's page is served on "
                            + url.encodedPath() + ", so the API itself was not asked; check the path and that it reaches the API";
                }
            } else if (body.bytes().length > 0) {
                try {
                    json = Json.mapper().readTree(body.bytes());
                    fields = flatten(json);
                } catch (IOException e) {
                    if (failure == null && expectsJson(endpoint, contentType, body.bytes())) {
                        failure = FailureClass.INVALID_JSON;
                        message = "the body is not valid JSON (" + jsonProblem(e) + ")";
                    }
                }
            }
            return new ProbeSample(endpoint.name(), endpoint.url(), time, status, timer.timings(), failure, message, null,
                    contentType, body.tooLarge() ? settings.maxBodyBytes() : body.bytes().length, fields,
                    timer.certificateExpiresAt, json);
        } catch (IOException e) {
            timer.finished();
            FailureClass failure = classify(e);
            String message = status > 0 ? bodyFailure(failure, e, status, (System.nanoTime() - headersAt) / 1_000_000)
                    : describe(failure, e, url, timer);
            return sample(endpoint, time, status, timer, failure, message, location, contentType, -1, Map.of());
        }
    }

    private ProbeSample sample(HealthEndpoint endpoint, Instant time, int status, PhaseTimer timer, FailureClass failure,
                               String message, String location, String contentType, int bodyBytes, Map<String, String> fields) {
        return new ProbeSample(endpoint.name(), endpoint.url(), time, status, timer.timings(), failure, message, location,
                contentType, bodyBytes, fields, timer.certificateExpiresAt);
    }

    private record Body(byte[] bytes, boolean tooLarge, String declaredLength) {
    }

    private static Body readBounded(ResponseBody body, int limit) throws IOException {
        long declared = body.contentLength();
        if (declared > limit) {
            return new Body(new byte[0], true, declared + " bytes declared");
        }
        BufferedSource source = body.source();
        if (source.request(limit + 1L)) {
            return new Body(new byte[0], true, "more than " + limit + " bytes");
        }
        return new Body(source.readByteArray(), false, null);
    }

    /** By its declared type, or by its first characters when a proxy labels it wrongly (or not at all). */
    static boolean isHtml(String contentType, byte[] body) {
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html")) {
            return true;
        }
        String start = new String(body, 0, Math.min(body.length, 256), StandardCharsets.UTF_8).stripLeading()
                .replace("\uFEFF", "").toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head")
                || start.startsWith("<body") || (start.startsWith("<!--") && start.contains("<html"));
    }

    /** {@code " (title "Facteur")"}, to say which page answered; empty when it has none. */
    static String htmlTitle(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        Matcher title = HTML_TITLE.matcher(text);
        if (!title.find()) {
            return "";
        }
        String value = title.group(1).replaceAll("\\s+", " ").strip();
        if (value.isEmpty()) {
            return "";
        }
        return " (title \"" + (value.length() > 80 ? value.substring(0, 80) + "…" : value) + "\")";
    }

    private static boolean expectsJson(HealthEndpoint endpoint, String contentType, byte[] body) {
        if (!endpoint.expectBody().isEmpty()) {
            return true;
        }
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json")) {
            return true;
        }
        for (byte b : body) {
            if (!Character.isWhitespace(b)) {
                return b == '{' || b == '[';
            }
        }
        return false;
    }

    private static String jsonProblem(IOException e) {
        if (e instanceof JsonProcessingException json) {
            String message = json.getOriginalMessage();
            var location = json.getLocation();
            String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
            int newline = message.indexOf('\n');
            return (newline > 0 ? message.substring(0, newline) : message) + where;
        }
        return e.getMessage();
    }

    /** Scalar fields by JSON pointer, in document order, bounded: what the view shows, not what the rules read. */
    static Map<String, String> flatten(JsonNode root) {
        Map<String, String> fields = new LinkedHashMap<>();
        flatten(root, "", 0, fields);
        return fields;
    }

    private static void flatten(JsonNode node, String pointer, int depth, Map<String, String> out) {
        if (out.size() >= MAX_FIELDS || depth > MAX_DEPTH) {
            return;
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> entry = it.next();
                flatten(entry.getValue(), pointer + "/" + entry.getKey().replace("~", "~0").replace("/", "~1"), depth + 1, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(node.get(i), pointer + "/" + i, depth + 1, out);
            }
        } else if (!pointer.isEmpty()) {
            String text = node.isNull() ? "null" : node.asText();
            out.put(pointer, text.length() > MAX_FIELD_CHARS ? text.substring(0, MAX_FIELD_CHARS) + "…" : text);
        }
    }

    static FailureClass classify(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return FailureClass.DNS;
            }
            if (t instanceof SSLException) {
                return FailureClass.TLS;
            }
            if (t instanceof InterruptedIOException) {
                return FailureClass.TIMEOUT;
            }
            if (t instanceof ConnectException) {
                return chainMentions(e, "refused") ? FailureClass.CONNECTION_REFUSED : FailureClass.CONNECTION_FAILED;
            }
        }
        return FailureClass.CONNECTION_FAILED;
    }

    private static boolean chainMentions(Throwable e, String word) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(word)) {
                return true;
            }
        }
        return false;
    }

    private String describe(FailureClass failure, IOException e, HttpUrl url, PhaseTimer timer) {
        String hostPort = url.host() + ":" + url.port();
        return switch (failure) {
            case DNS -> "cannot resolve host '" + url.host() + "': check the host name in the base URL, or your DNS";
            case CONNECTION_REFUSED -> "connection refused by " + hostPort
                    + ": nothing listens there (service stopped or crashed, or the port is wrong)";
            case TLS -> "TLS handshake with " + hostPort + " failed: " + tlsProblem(e);
            case TIMEOUT -> timer.connected
                    ? "no answer from " + hostPort + " within " + seconds(settings.readTimeout())
                    + " after connecting (the service accepts connections but does not respond: blocked workers, a long"
                    + " start-up, a lock)"
                    : "could not connect to " + hostPort + " within " + seconds(settings.connectTimeout())
                    + " (host unreachable or a firewall dropping packets)";
            case CONNECTION_FAILED -> "connection to " + hostPort + " failed: " + rootMessage(e);
            default -> rootMessage(e);
        };
    }

    /**
     * The status line and headers arrived, then the body failed: the service did respond (issue 14: this read
     * "does not respond"), its handler stalled or died while writing.
     */
    private String bodyFailure(FailureClass failure, IOException e, int status, long millisAfterHeaders) {
        if (failure == FailureClass.TIMEOUT) {
            return "the body stalled after HTTP " + status + " in " + millisAfterHeaders + " ms (no byte for "
                    + seconds(settings.readTimeout()) + "): the handler started answering, then blocked (a slow"
                    + " dependency check, a lock)";
        }
        return "the connection closed after HTTP " + status + ", " + millisAfterHeaders + " ms into the body, before it was"
                + " complete (" + rootMessage(e) + "): the worker may have crashed while answering";
    }

    private static String tlsProblem(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SSLPeerUnverifiedException) {
                return "the certificate does not match the host name (" + t.getMessage() + ")";
            }
        }
        if (chainMentions(e, "pkix") || chainMentions(e, "certification path")) {
            return "the server's certificate is not trusted (self-signed, or issued by an authority this machine"
                    + " does not trust); Signalbox never skips TLS verification";
        }
        if (chainMentions(e, "expired")) {
            return "the server's certificate has expired";
        }
        return rootMessage(e);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /** One per call, attached to the request as a tag so a single client serves every probe. */
    static final class PhaseTimer extends EventListener {
        private final long start = System.nanoTime();
        private volatile long dnsStart = -1, dnsEnd = -1, connectStart = -1, connectEnd = -1, tlsStart = -1, tlsEnd = -1,
                firstByte = -1, end = -1;
        volatile boolean connected;
        volatile Instant certificateExpiresAt;

        @Override
        public void dnsStart(Call call, String domainName) {
            dnsStart = System.nanoTime();
        }

        @Override
        public void dnsEnd(Call call, String domainName, java.util.List<java.net.InetAddress> addresses) {
            dnsEnd = System.nanoTime();
        }

        @Override
        public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
            if (connectStart < 0) {
                connectStart = System.nanoTime();
            }
        }

        @Override
        public void secureConnectStart(Call call) {
            connected = true;
            tlsStart = System.nanoTime();
        }

        @Override
        public void secureConnectEnd(Call call, Handshake handshake) {
            tlsEnd = System.nanoTime();
            if (handshake != null && !handshake.peerCertificates().isEmpty()) {
                Certificate leaf = handshake.peerCertificates().get(0);
                if (leaf instanceof X509Certificate x509) {
                    certificateExpiresAt = x509.getNotAfter().toInstant();
                }
            }
        }

        @Override
        public void connectEnd(Call call, InetSocketAddress address, Proxy proxy, Protocol protocol) {
            connected = true;
            connectEnd = System.nanoTime();
        }

        @Override
        public void connectionAcquired(Call call, okhttp3.Connection connection) {
            connected = true;
        }

        @Override
        public void responseHeadersStart(Call call) {
            if (firstByte < 0) {
                firstByte = System.nanoTime();
            }
        }

        void finished() {
            if (end < 0) {
                end = System.nanoTime();
            }
        }

        ProbeTimings timings() {
            long tcpEnd = tlsStart > 0 ? tlsStart : connectEnd;
            return new ProbeTimings(
                    span(dnsStart, dnsEnd),
                    span(connectStart, tcpEnd),
                    span(tlsStart, tlsEnd),
                    span(start, firstByte),
                    span(start, end < 0 ? System.nanoTime() : end));
        }

        private static long span(long from, long to) {
            return from < 0 || to < 0 ? -1 : Math.max(0, (to - from) / 1000);
        }
    }
}
