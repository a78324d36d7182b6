package dev.signalbox.railway.simulator;

import java.time.Instant;
import java.util.Map;

/**
 * What a {@link DeploymentRunner} gets: which deployment, of which service, with which variables (the snapshot
 * taken when the deployment was created, as on Railway: later variable writes need a new deployment).
 */
public record DeploymentContext(String deploymentId, String projectId, String environmentId, String serviceId,
                                String serviceName, Map<String, String> variables, Trigger trigger, Instant at) {

    /** Why the deployment exists. */
    public enum Trigger { DEPLOY, REDEPLOY, VARIABLE_CHANGE, RESTART }

    public DeploymentContext {
        variables = Map.copyOf(variables);
    }
}
