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
        return new RailwayStatus(clock.instant(), deployments, failure, variables,
                RequiredVariableCheck.check(profile.requiredVariables(), variables), toggles(profile, variables), client.budget());
    }

    private RailwayStatus.FailureExplanation explain(Deployment deployment) throws RailwayException {
        RailwayStatus.FailureExplanation cached = lastExplained;
        if (cached != null && cached.deploymentId().equals(deployment.id())) {
            return cached;
        }
        DeploymentLogs.Result logs = new DeploymentLogs(client).fetch(deployment.id(), null, null,
                EnumSet.of(LogLine.LogSource.BUILD, LogLine.LogSource.DEPLOY));
        Optional<LogLine> signature = logs.signatures().stream().reduce((first, second) -> second);
        RailwayStatus.FailureExplanation explanation;
        if (signature.isPresent()) {
            explanation = new RailwayStatus.FailureExplanation(deployment.id(), signature.get().message(), signature.get().signature());
        } else {
            // No known signature: the last error-looking line is the best clue.
            String line = logs.lines().stream().map(LogLine::message)
                    .filter(m -> m.contains("Error") || m.contains("ERROR") || m.contains("failed"))
                    .reduce((a, b) -> b).orElse(null);
            explanation = new RailwayStatus.FailureExplanation(deployment.id(), line, null);
        }
        lastExplained = explanation;
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
