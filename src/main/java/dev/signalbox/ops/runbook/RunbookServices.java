package dev.signalbox.ops.runbook;

import dev.signalbox.ops.Outcome;
import dev.signalbox.ops.RunbookClaimedException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a runbook needs from the rest of Signalbox. The console and the command line implement it over the real
 * engines (Railway client behind the ops guard, health monitor, migration and database inspectors); every
 * mutating method goes through the guarded, confirmed and audited path and throws when refused or unverified.
 */
public interface RunbookServices {

    /**
     * What the steps of {@code runbook} not yet done in {@code from} (null: all of them) will need, checked before the
     * first of them changes anything ({@link RunbookPreflight}).
     */
    RunbookPreflight.Result preflight(Runbook runbook, RunbookProgress from);

    /** Sets or clears a profile toggle; says what was done and whether Railway started a deployment for it. */
    ToggleWrite setToggle(String toggle, boolean on, boolean skipDeploys) throws Exception;

    /** Whether this toggle write makes Railway deploy: a delete always does, a write unless it skips deploys. */
    boolean toggleWriteDeploys(String toggle, boolean on, boolean skipDeploys);

    /** The ids of the service's latest deployments, newest first. */
    List<String> latestDeploymentIds() throws Exception;

    /** Reads the toggle back from the platform: on, off, or empty when it cannot be read. */
    Optional<Boolean> toggleState(String toggle) throws Exception;

    /** Starts a redeploy; returns the new deployment's id. */
    String redeploy() throws Exception;

    /** The deployment's status name (QUEUED, BUILDING, DEPLOYING, SUCCESS, FAILED, CRASHED, ...). */
    String deploymentStatus(String deploymentId) throws Exception;

    /** Why a failed deployment failed, from its logs (a failure signature), if known. */
    Optional<String> deploymentFailureReason(String deploymentId) throws Exception;

    /** The endpoint's current verdict name (UP, DEGRADED, DOWN, UNKNOWN). */
    String healthVerdict(String endpoint) throws Exception;

    /** The migration state in one line, and whether the database is at the code's heads. */
    MigrationState migrationState() throws Exception;

    /** How many sessions wait on a lock right now. */
    int blockedSessions() throws Exception;

    /**
     * The environment for a local command: the service's variables (like {@code railway run}), with DATABASE_URL
     * set to the direct, non-pooled connection.
     */
    Map<String, String> commandEnvironment() throws Exception;

    /** The folder the migrations live in (alembic.ini's folder), where commands run by default. */
    Path migrationsDirectory();

    /** Appends a record of a step that changed something outside the guarded actions (a local command). */
    void audit(String action, String target, Outcome outcome, String detail);

    /**
     * Claims the runbook for this console across machines (a colleague's console starting it is refused), held
     * until closed; throws naming the holder when someone else has it. Nothing to claim: a no-op.
     */
    default Claim claim(String runbook) throws RunbookClaimedException {
        return () -> { };
    }

    /** A held claim; closing it lets others run the runbook. */
    interface Claim extends AutoCloseable {
        /** Why the claim does not protect this run (e.g. the database could not be reached), or null. */
        default String note() {
            return null;
        }

        @Override
        void close();
    }

    /** @param deploymentStarted Railway starts a deployment for this change (its id is not returned by Railway) */
    record ToggleWrite(String sentence, boolean deploymentStarted) {
    }

    record MigrationState(boolean atHead, boolean pending, String summary) {
    }
}
