package dev.signalbox.railway;

import java.time.Instant;

/**
 * One Railway deployment as the console shows it.
 *
 * @param rawStatus    Railway's status text, kept when it is one {@link DeploymentStatus} does not know
 * @param commitHash   from the deployment's meta, when it was built from git; may be null
 * @param commitMessage first line of the commit message; may be null
 */
public record Deployment(String id, DeploymentStatus status, String rawStatus, Instant createdAt, Instant updatedAt,
                         Instant statusUpdatedAt, String url, String staticUrl, boolean canRedeploy,
                         boolean deploymentStopped, String commitHash, String commitMessage) {

    public Instant lastChange() {
        return statusUpdatedAt != null ? statusUpdatedAt : updatedAt != null ? updatedAt : createdAt;
    }

    public String shortId() {
        return id.length() > 8 ? id.substring(0, 8) : id;
    }
}
