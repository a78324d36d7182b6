package dev.signalbox.railway.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A deployment inside the simulator: mutable, guarded by the simulator's lock. */
final class SimulatedDeployment {
    record Line(Instant at, String message, String severity) {
    }

    /** One request through the edge, as httpLogs reports it. */
    record Request(Instant at, String requestId, String method, String path, int status, int durationMillis) {
    }

    final String id;
    final DeploymentContext context;
    final Instant createdAt;
    final String commitMessage;
    String status = "QUEUED";
    Instant statusUpdatedAt;
    Instant updatedAt;
    Instant nextTransitionAt;
    boolean buildSucceeded = true;
    final List<Line> buildLog = new ArrayList<>();
    final List<Line> deployLog = new ArrayList<>();
    /** The newest requests (at most {@link #MAX_HTTP_LOG}); {@code httpLogDropped} older ones were forgotten. */
    final List<Request> httpLog = new ArrayList<>();
    long httpLogDropped;
    static final int MAX_HTTP_LOG = 20_000;

    SimulatedDeployment(String id, DeploymentContext context, Instant createdAt, String commitMessage) {
        this.id = id;
        this.context = context;
        this.createdAt = createdAt;
        this.statusUpdatedAt = createdAt;
        this.updatedAt = createdAt;
        this.commitMessage = commitMessage;
    }

    void logRequest(Request request) {
        httpLog.add(request);
        if (httpLog.size() > MAX_HTTP_LOG) {
            int excess = httpLog.size() - MAX_HTTP_LOG / 2;
            httpLog.subList(0, excess).clear();
            httpLogDropped += excess;
        }
    }

    boolean inProgress() {
        return switch (status) {
            case "QUEUED", "INITIALIZING", "BUILDING", "DEPLOYING", "WAITING" -> true;
            default -> false;
        };
    }

    void move(String next, Instant at) {
        status = next;
        statusUpdatedAt = at;
        updatedAt = at;
    }
}
