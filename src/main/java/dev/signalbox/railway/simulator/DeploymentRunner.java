package dev.signalbox.railway.simulator;

/**
 * What a deployment does in the simulator, pluggable: the sandbox starts a real service with the deployment's
 * variables; tests script outcomes ({@link ScriptedDeploymentRunner}). Calls come from the simulator with its
 * state locked, at the simulated time of each transition, one at a time; a runner may call
 * {@link RailwaySimulator#crash} later (from any thread) when its service dies.
 */
public interface DeploymentRunner {

    /** QUEUED -> BUILDING: build the image. A failed build ends as FAILED; its lines become the build log. */
    PhaseResult build(DeploymentContext context);

    /**
     * End of DEPLOYING: start the service with {@code context.variables()}. Succeeded means SUCCESS (the health
     * check passed); failed means CRASHED. Lines become the deploy log.
     */
    PhaseResult start(DeploymentContext context);

    /** The deployment was replaced by a newer successful one (REMOVED) or stopped: stop its service. */
    default void stop(DeploymentContext context) {
    }
}
