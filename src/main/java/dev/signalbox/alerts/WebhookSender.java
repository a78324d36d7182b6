package dev.signalbox.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.signalbox.common.Http;
import dev.signalbox.common.Json;
import dev.signalbox.config.Profile;
import dev.signalbox.config.Secret;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts alerts to webhooks on its own thread: {@link #send} only queues, so a receiver that is down never delays
 * the watch. A failed post (network error, a non-2xx answer) is retried with doubling waits up to
 * {@code attempts} times, then given up and logged. The URL is a credential (Slack's incoming-webhook URLs are):
 * logs and deliveries name the webhook, never its URL.
 */
public final class WebhookSender implements AlertSink, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookSender.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final AtomicInteger THREADS = new AtomicInteger();

    /** A webhook with its URL resolved. */
    public record Target(String name, Secret url, Profile.WebhookFormat format) {
    }

    /**
     * What happened to one post, for the terminal and tests.
     *
     * @param status the HTTP status, or 0 when the request did not get an answer
     * @param error  what failed, without the URL; null when delivered
     */
    public record Delivery(String webhook, String alertKey, Alert.State state, int attempt, int status, String error,
                           boolean delivered, boolean gaveUp) {
    }

    public record Retry(int attempts, Duration first, Duration max) {
        public static final Retry DEFAULT = new Retry(6, Duration.ofSeconds(1), Duration.ofSeconds(60));
    }

    private final List<Target> targets;
    private final OkHttpClient http;
    private final Retry retry;
    private final List<Consumer<Delivery>> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread t = new Thread(runnable, "signalbox-webhooks-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    public WebhookSender(List<Target> targets, Retry retry) {
        this.targets = List.copyOf(targets);
        this.retry = retry;
        // Short timeouts: a slow receiver delays only the next webhook post, never the watch.
        this.http = Http.client().newBuilder().callTimeout(Duration.ofSeconds(10)).readTimeout(Duration.ofSeconds(10)).build();
    }

    public WebhookSender onDelivery(Consumer<Delivery> listener) {
        listeners.add(listener);
        return this;
    }

    @Override
    public void send(Alert alert) {
        for (Target target : targets) {
            byte[] payload = payload(target.format(), alert);
            schedule(() -> post(target, alert, payload, 1), Duration.ZERO);
        }
    }

    private void schedule(Runnable task, Duration delay) {
        try {
            thread.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            LOG.debug("webhook sender closed; a post was not sent");
        }
    }

    private void post(Target target, Alert alert, byte[] payload, int attempt) {
        Request request = new Request.Builder().url(target.url().reveal()).post(RequestBody.create(payload, JSON)).build();
        int status = 0;
        String error;
        try (Response response = http.newCall(request).execute()) {
            status = response.code();
            if (response.isSuccessful()) {
                report(new Delivery(target.name(), alert.key(), alert.state(), attempt, status, null, true, false));
                return;
            }
            error = "answered HTTP " + status;
        } catch (IOException | IllegalArgumentException e) {
            error = "could not be reached (" + e.getClass().getSimpleName() + ")";
        }
        boolean gaveUp = attempt >= retry.attempts();
        report(new Delivery(target.name(), alert.key(), alert.state(), attempt, status, error, false, gaveUp));
        if (gaveUp) {
            LOG.warn("webhook '{}' {} {} times; alert '{}' ({}) was not delivered", target.name(), error, attempt,
                    alert.key(), alert.state());
            return;
        }
        long wait = Math.min(retry.max().toMillis(), retry.first().toMillis() << Math.min(20, attempt - 1));
        LOG.info("webhook '{}' {}; retry {} in {} ms", target.name(), error, attempt + 1, wait);
        schedule(() -> post(target, alert, payload, attempt + 1), Duration.ofMillis(wait));
    }

    private void report(Delivery delivery) {
        for (Consumer<Delivery> listener : listeners) {
            try {
                listener.accept(delivery);
            } catch (RuntimeException e) {
                LOG.warn("a delivery listener failed", e);
            }
        }
    }

    /** The body for a format: Slack's incoming-webhook {@code {"text": ...}}, or a generic JSON object. */
    static byte[] payload(Profile.WebhookFormat format, Alert alert) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (format == Profile.WebhookFormat.SLACK) {
            String mark = alert.state() == Alert.State.RESOLVED ? ":large_green_circle:"
                    : alert.severity() == Alert.Severity.CRITICAL ? ":red_circle:" : ":large_orange_circle:";
            body.put("text", mark + " " + alert.headline() + (alert.detail() == null || alert.detail().isBlank() ? "" : "\n" + alert.detail()));
        } else {
            body.put("source", "signalbox");
            body.put("profile", alert.profile());
            body.put("environment", alert.environment());
            body.put("alert", alert.key());
            body.put("state", alert.state().name().toLowerCase(java.util.Locale.ROOT));
            body.put("severity", alert.severity().name().toLowerCase(java.util.Locale.ROOT));
            body.put("title", alert.title());
            body.put("detail", alert.detail());
            body.put("at", alert.at().toString());
            body.put("since", alert.since().toString());
        }
        try {
            return Json.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode an alert", e);
        }
    }

    /** Stops at once; posts still waiting for a retry are dropped (and were logged as failed). */
    @Override
    public void close() {
        thread.shutdownNow();
    }
}
