package dev.signalbox.sandbox;

import dev.signalbox.common.Http;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox's users: real HTTP requests to the sample service on loopback at a steady pace, so its httpLogs carry
 * what users get. Only the sample service's own loopback address is ever called, and only while the sandbox runs.
 */
final class SandboxTraffic implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SandboxTraffic.class);
    /** One request a second: 60 a minute is a rate, and a window left open all day stays small. */
    static final Duration PACE = Duration.ofSeconds(1);

    private final String baseUrl;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread t = new Thread(runnable, "sandbox-users");
        t.setDaemon(true);
        return t;
    });
    private long sent;

    SandboxTraffic(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    SandboxTraffic start() {
        thread.scheduleWithFixedDelay(this::oneRequest, PACE.toMillis(), PACE.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    private void oneRequest() {
        // Mostly the article list; now and then a page that does not exist (a 404, not a server error).
        String path = ++sent % 10 == 0 ? "/api/users/missing" : "/api/articles";
        Request request = new Request.Builder().url(baseUrl + path).header("User-Agent", "sandbox-user").build();
        try (Response response = Http.client().newCall(request).execute()) {
            response.body().bytes();
        } catch (IOException e) {
            LOG.debug("a sandbox user's request to {} failed: {}", path, e.getMessage());
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
