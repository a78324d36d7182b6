package dev.signalbox.railway;

/** Railway's {@code DeploymentStatus}, every value of the published schema. */
public enum DeploymentStatus {
    QUEUED, WAITING, INITIALIZING, NEEDS_APPROVAL, BUILDING, DEPLOYING, SUCCESS, FAILED, CRASHED,
    SLEEPING, SKIPPED, REMOVING, REMOVED,
    /** A value this build of Signalbox does not know yet (Railway added one): shown, never guessed at. */
    UNKNOWN;

    public static DeploymentStatus parse(String value) {
        for (DeploymentStatus status : values()) {
            if (status.name().equals(value)) {
                return status;
            }
        }
        return UNKNOWN;
    }

    /** Following a deployment stops here: nothing will change without a new deployment. */
    public boolean isTerminal() {
        return switch (this) {
            case SUCCESS, FAILED, CRASHED, SKIPPED, REMOVED, SLEEPING -> true;
            default -> false;
        };
    }

    public boolean isFailure() {
        return this == FAILED || this == CRASHED;
    }

    /** Still on its way: build or start not finished. */
    public boolean isInProgress() {
        return switch (this) {
            case QUEUED, WAITING, INITIALIZING, NEEDS_APPROVAL, BUILDING, DEPLOYING -> true;
            default -> false;
        };
    }

    /** One line for a person. */
    public String meaning() {
        return switch (this) {
            case QUEUED -> "waiting for a builder";
            case WAITING -> "waiting for another deployment or a dependency";
            case INITIALIZING -> "preparing the build";
            case NEEDS_APPROVAL -> "waiting for someone to approve it in the dashboard";
            case BUILDING -> "building the image";
            case DEPLOYING -> "starting the container and waiting for its health check";
            case SUCCESS -> "running";
            case FAILED -> "the build or the health check failed; the previous deployment keeps serving";
            case CRASHED -> "the process exited after starting; see the deploy logs";
            case SLEEPING -> "asleep (serverless) until the next request";
            case SKIPPED -> "skipped (a newer deployment superseded it, or no change)";
            case REMOVING -> "being replaced by a newer deployment";
            case REMOVED -> "replaced by a newer deployment";
            case UNKNOWN -> "a status this version of Signalbox does not know";
        };
    }
}
