package dev.signalbox.deploy;

import dev.signalbox.config.Profile;
import dev.signalbox.discovery.RepositoryFacts;
import dev.signalbox.railway.ServiceInstanceSettings;
import dev.signalbox.railway.StagedChanges;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Everything the judge looks at, each part null when it could not be read (the judge then says nothing about it).
 *
 * @param platformVariables the names (never values) of the service's variables on Railway
 * @param observedStartup   the longest start-up seen in recent successful deployments (first deploy log line to
 *                          SUCCESS), with the deployment it was seen in
 * @param shared            one comparison per required variable with {@code sameAs}
 */
public record DeploySettingsFacts(Profile profile, ServiceInstanceSettings railway, RepositoryFacts repository,
                                  StagedChanges staged, Set<String> platformVariables, ObservedStartup observedStartup,
                                  List<SharedVariable> shared) {

    public record ObservedStartup(Duration duration, String deploymentId) {
    }

    /** {@code name} compared between this service and {@code otherService}; {@code same} null when one lacks it. */
    public record SharedVariable(String name, String otherService, Boolean same, String missingIn) {
    }

    public DeploySettingsFacts {
        shared = shared == null ? List.of() : List.copyOf(shared);
    }
}
