package dev.signalbox.railway;

import dev.signalbox.config.Profile;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Reads a {@link RailwayStatus} with a small, fixed number of requests (deployments and variables: two per poll,
 * 240 an hour at the default 30 s, well inside the Hobby plan's 1,000), plus the logs of a failed deployment
 * once: the explanation is remembered per deployment, so a crashed deployment is not re-read at every poll.
 */
public final class RailwayStatusReader {
    private static final java.util.regex.Pattern EXCEPTION_LINE =
            java.util.regex.Pattern.compile("^(\\w+\\.)*\\w*(Error|Exception): ");

    private final RailwayClient client;
    private final RailwayTarget target;
    private final Profile profile;
    private final Clock clock;
    private volatile RailwayStatus.FailureExplanation lastExplained;

    public RailwayStatusReader(RailwayClient client, RailwayTarget target, Profile profile, Clock clock) {
        this.client = client;
        this.target = target;
        this.profile = profile;
        this.clock = clock;
    }

    public RailwayClient client() {
        return client;
    }

    public RailwayTarget target() {
        return target;
    }

    public RailwayStatus read() throws RailwayException {
        List<Deployment> deployments = client.deployments(target, 10);
        VariableSet variables = client.variables(target);
        RailwayStatus.FailureExplanation failure = null;
        if (!deployments.isEmpty() && deployments.get(0).status().isFailure()) {
            failure = explain(deployments.get(0));
        }
        return assemble(profile, deployments, variables, failure, client.budget(), clock);
    }

    /** The status of one service from what was read of it (also what a project-wide batched read produces). */
    static RailwayStatus assemble(Profile profile, List<Deployment> deployments, VariableSet variables,
                                  RailwayStatus.FailureExplanation failure, RateLimitBudget budget, Clock clock) {
        return new RailwayStatus(clock.instant(), deployments, failure, variables,
                RequiredVariableCheck.check(profile.requiredVariables(), variables), toggles(profile, variables), budget);
    }

    private RailwayStatus.FailureExplanation explain(Deployment deployment) throws RailwayException {
        RailwayStatus.FailureExplanation cached = lastExplained;
        if (cached != null && cached.deploymentId().equals(deployment.id())) {
            return cached;
        }
        RailwayStatus.FailureExplanation explanation = explainFailure(client, deployment);
        lastExplained = explanation;
        return explanation;
    }

    /** The log line that best explains why this deployment failed (two log requests). */
    public static RailwayStatus.FailureExplanation explainFailure(RailwayClient client, Deployment deployment) throws RailwayException {
        DeploymentLogs.Result logs = new DeploymentLogs(client).fetch(deployment.id(), null, null,
                EnumSet.of(LogLine.LogSource.BUILD, LogLine.LogSource.DEPLOY));
        Optional<LogLine> signature = logs.signatures().stream().reduce((first, second) -> second);
        RailwayStatus.FailureExplanation explanation;
        if (signature.isPresent()) {
            explanation = new RailwayStatus.FailureExplanation(deployment.id(), signature.get().message(), signature.get().signature());
        } else {
            // No known signature: an exception line (Python's "SomethingError: ...") says the most, then the last
            // line that mentions an error; "Healthcheck failed!" only repeats the status.
            List<String> messages = logs.lines().stream().map(LogLine::message).toList();
            String line = messages.stream().filter(m -> EXCEPTION_LINE.matcher(m).find()).reduce((a, b) -> b)
                    .orElseGet(() -> messages.stream()
                            .filter(m -> (m.contains("ERROR") || m.contains("Error") || m.contains("failed"))
                                    && !m.startsWith("Healthcheck"))
                            .reduce((a, b) -> b).orElse(null));
            explanation = new RailwayStatus.FailureExplanation(deployment.id(), line, null);
        }
        return explanation;
    }

    public static List<RailwayStatus.ToggleState> toggles(Profile profile, VariableSet variables) {
        List<RailwayStatus.ToggleState> states = new ArrayList<>();
        for (Profile.ToggleVariable toggle : profile.toggles()) {
            String value = variables.reveal(toggle.name()).orElse(null);
            states.add(new RailwayStatus.ToggleState(toggle, value != null && value.equals(toggle.onValue()), value));
        }
        return states;
    }
}
