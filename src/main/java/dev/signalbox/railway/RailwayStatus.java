package dev.signalbox.railway;

import dev.signalbox.config.Profile;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the console shows of Railway at one moment: recent deployments (newest first), why the latest failed,
 * the service's variables (values masked), required-variable findings, the toggles' states and the API budget.
 *
 * @param failure the failure signature line of the latest deployment when it failed or crashed, else null
 */
public record RailwayStatus(Instant takenAt, List<Deployment> deployments, FailureExplanation failure,
                            VariableSet variables, List<RequiredVariableCheck.Finding> required,
                            List<ToggleState> toggles, RateLimitBudget budget) {

    public RailwayStatus {
        deployments = List.copyOf(deployments);
        required = List.copyOf(required);
        toggles = List.copyOf(toggles);
    }

    public Optional<Deployment> latest() {
        return deployments.isEmpty() ? Optional.empty() : Optional.of(deployments.get(0));
    }

    /** The log line that explains a failed deployment, and what it means. */
    public record FailureExplanation(String deploymentId, String line, LogSignature signature) {
        public String explanation() {
            return signature == null ? "no known failure signature in the logs; read them" : signature.explanation();
        }
    }

    /**
     * @param value the toggle's current value (toggles are not secret); null when the variable is absent
     */
    public record ToggleState(Profile.ToggleVariable toggle, boolean on, String value) {
        /** "FACTEUR_MIGRATION_IN_PROGRESS (bypass) is ON": what the CLI and the checks report. */
        public String onSummary() {
            return toggle.name() + " (" + toggle.kind().name().toLowerCase(java.util.Locale.ROOT) + ") is ON";
        }

        public String describe() {
            return toggle.name() + " is " + (on ? "ON" : "off") + (value == null ? " (absent)" : " (" + value + ")");
        }
    }

    public boolean needsAttention() {
        return latest().map(d -> d.status().isFailure()).orElse(true)
                || required.stream().anyMatch(f -> !f.ok())
                || toggles.stream().anyMatch(ToggleState::on);
    }
}
