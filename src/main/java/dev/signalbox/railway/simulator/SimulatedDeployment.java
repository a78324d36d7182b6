package dev.signalbox.railway.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A deployment inside the simulator: mutable, guarded by the simulator's lock. */
final class SimulatedDeployment {
    record Line(Instant at, String message, String severity) {
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

    SimulatedDeployment(String id, DeploymentContext context, Instant createdAt, String commitMessage) {
        this.id = id;
        this.context = context;
        this.createdAt = createdAt;
        this.statusUpdatedAt = createdAt;
        this.updatedAt = createdAt;
        this.commitMessage = commitMessage;
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
