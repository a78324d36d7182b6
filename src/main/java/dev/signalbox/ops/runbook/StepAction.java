package dev.signalbox.ops.runbook;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/** What a step does. Mutating actions go through the guarded, audited path of {@link RunbookServices}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = StepAction.SetToggle.class, name = "setToggle"),
        @JsonSubTypes.Type(value = StepAction.Redeploy.class, name = "redeploy"),
        @JsonSubTypes.Type(value = StepAction.RunCommand.class, name = "runCommand"),
        @JsonSubTypes.Type(value = StepAction.Wait.class, name = "wait")})
public sealed interface StepAction {

    boolean mutates();

    /** Turns a profile toggle on or off (set, or clear as the toggle defines "off"). */
    record SetToggle(String toggle, boolean on, Boolean skipDeploys) implements StepAction {
        @Override
        public boolean mutates() {
            return true;
        }

        /**
         * Whether Railway starts a deployment for this change. Switching off a toggle whose "off" is the variable being
         * absent deletes it, and variableDelete has no skipDeploys: Railway deploys, whatever this step asks.
         *
         * @param variable the profile's definition of the toggle; null when the profile no longer has it
         */
        public boolean startsDeployment(dev.signalbox.config.Profile.ToggleVariable variable) {
            if (!on && (variable == null || variable.offValue() == null)) {
                return true;
            }
            return skipDeploys != null && !skipDeploys;
        }
    }

    /** Redeploys the service and waits for the new deployment's terminal state. */
    record Redeploy() implements StepAction {
        @Override
        public boolean mutates() {
            return true;
        }
    }

    /**
     * Runs a local command with the service's variables injected (like {@code railway run}), the database URL
     * replaced by the direct, non-pooled one, and lock/statement timeouts passed through {@code PGOPTIONS} and the
     * URL's {@code options} (incident 3: on a direct connection these reach the server; through a transaction
     * pooler they would not).
     *
     * @param workingDirectory relative to the migrations location's folder when not absolute
     */
    record RunCommand(List<String> command, String workingDirectory, String lockTimeout, String statementTimeout)
            implements StepAction {
        public RunCommand {
            command = List.copyOf(command);
        }

        @Override
        public boolean mutates() {
            return true;
        }
    }

    /** Does nothing but wait for the step's verification (e.g. readiness UP). */
    record Wait() implements StepAction {
        @Override
        public boolean mutates() {
            return false;
        }
    }
}
