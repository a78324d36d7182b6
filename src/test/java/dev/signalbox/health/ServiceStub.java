package dev.signalbox.health;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** A real HTTP server on loopback answering per path, whose answers a test changes while it runs. */
final class ServiceStub implements AutoCloseable {
    final MockWebServer server = new MockWebServer();
    private final Map<String, MockResponse> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private volatile BlockingAnswer blocking;

    /** Holds the answers to one path until released. */
    interface BlockingAnswer {
        String path();

        MockResponse await() throws InterruptedException;
    }

    ServiceStub() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                String path = request.getUrl().encodedPath();
                hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
                BlockingAnswer hold = blocking;
                if (hold != null && hold.path().equals(path)) {
                    return hold.await();
                }
                MockResponse answer = answers.get(path);
                return answer != null ? answer : new MockResponse.Builder().code(404).body("{\"detail\":\"Not Found\"}").build();
            }
        });
    }

    ServiceStub start() throws IOException {
        server.start();
        return this;
    }

    ServiceStub answer(String path, int status, String json) {
        answers.put(path, json(status, json));
        return this;
    }

    ServiceStub answer(String path, MockResponse response) {
        answers.put(path, response);
        return this;
    }

    void block(BlockingAnswer answer) {
        this.blocking = answer;
    }

    int hits(String path) {
        AtomicInteger count = hits.get(path);
        return count == null ? 0 : count.get();
    }

    String base() {
        String url = server.url("/").toString();
        return url.substring(0, url.length() - 1);
    }

    static MockResponse json(int status, String json) {
        return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json").body(json).build();
    }

    @Override
    public void close() {
        server.close();
    }
}
