package dev.signalbox.alerts;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

/** A service on loopback whose readiness a test decides per request (the n-th readiness probe is ready or not). */
final class ControlledService implements AutoCloseable {
    private final HttpServer server;
    private final AtomicInteger readinessHits = new AtomicInteger();
    private volatile IntPredicate ready = n -> true;

    ControlledService() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        server.createContext("/api/health", exchange -> {
            boolean readiness = exchange.getRequestURI().getPath().equals("/api/health/ready");
            int status = 200;
            String body = "{\"status\":\"ok\"}";
            if (readiness) {
                boolean up = ready.test(readinessHits.incrementAndGet());
                status = up ? 200 : 503;
                body = up ? "{\"status\":\"ready\",\"database\":\"connected\"}" : "{\"status\":\"not_ready\",\"database\":\"unavailable\"}";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void readiness(IntPredicate readyOnHit) {
        this.ready = readyOnHit;
    }

    int readinessHits() {
        return readinessHits.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
