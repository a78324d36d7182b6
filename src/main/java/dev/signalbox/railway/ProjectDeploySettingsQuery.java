package dev.signalbox.railway;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the "Deploy settings" part judges, for many services in one request: per service instance its settings
 * ({@code serviceInstance}), variables and recent deployments; per environment its staged changes; per project its
 * services (names for staged changes and {@code sameAs}). Read alone, that is about 5 requests per service instance
 * every 5 minutes: 2,400 an hour for 20 services in 2 environments, more than twice the Hobby plan's 1,000; batched it
 * is 12. Assembled from the same fields as {@code service-instance-settings.graphql},
 * {@code environment-staged-changes.graphql} and {@code project.graphql}; a test validates one against Railway's
 * published schema.
 */
public final class ProjectDeploySettingsQuery extends ServiceInstancesQuery {
    static final String SERVICE_INSTANCE_FIELDS = "serviceName healthcheckPath healthcheckTimeout startCommand preDeployCommand"
            + " restartPolicyType restartPolicyMaxRetries numReplicas domains { serviceDomains { domain } customDomains { domain } }";

    private final List<String> environments;
    private final List<String> projects;
    private final String text;

    public ProjectDeploySettingsQuery(List<RailwayTarget> targets, int deploymentsPerTarget) {
        super("project deploy-settings", targets, deploymentsPerTarget);
        this.environments = targets().stream().map(RailwayTarget::environmentId).distinct().toList();
        this.projects = targets().stream().map(RailwayTarget::projectId).distinct().toList();
        StringBuilder header = new StringBuilder("query projectDeploySettings($first: Int");
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < targets().size(); i++) {
            appendTarget(header, body, i);
            body.append("  i").append(i).append(": serviceInstance(environmentId: $e").append(i).append(", serviceId: $s")
                    .append(i).append(") { ").append(SERVICE_INSTANCE_FIELDS).append(" }\n");
        }
        for (int j = 0; j < environments.size(); j++) {
            header.append(", $env").append(j).append(": String!");
            body.append("  env").append(j).append(": environment(id: $env").append(j).append(") { id name unmergedChangesCount }\n");
            body.append("  staged").append(j).append(": environmentStagedChanges(environmentId: $env").append(j)
                    .append(") { id status patch }\n");
        }
        for (int k = 0; k < projects.size(); k++) {
            header.append(", $project").append(k).append(": String!");
            body.append("  project").append(k).append(": project(id: $project").append(k)
                    .append(") { id name environments { edges { node { id name } } } services { edges { node { id name } } } }\n");
        }
        this.text = header.append(") {\n").append(body).append("}\n").toString();
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public String operationName() {
        return "projectDeploySettings";
    }

    @Override
    List<RailwayTarget> targetsOf(String field) {
        String digits = field.replaceFirst("^(i|env|staged|project)", "");
        if (digits.equals(field) || digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)) {
            return super.targetsOf(field);
        }
        int n = Integer.parseInt(digits);
        if (field.startsWith("i")) {
            return n < targets().size() ? List.of(targets().get(n)) : List.of();
        }
        if (field.startsWith("project")) {
            return n < projects.size() ? targets().stream().filter(t -> t.projectId().equals(projects.get(n))).toList() : List.of();
        }
        return n < environments.size() ? targets().stream().filter(t -> t.environmentId().equals(environments.get(n))).toList() : List.of();
    }

    @Override
    void putMore(Map<String, Object> variables) {
        for (int j = 0; j < environments.size(); j++) {
            variables.put("env" + j, environments.get(j));
        }
        for (int k = 0; k < projects.size(); k++) {
            variables.put("project" + k, projects.get(k));
        }
    }

    /** One service instance's part of the answer. */
    public record TargetSettings(RailwayTarget target, ServiceInstanceSettings settings, VariableSet variables,
                                 List<Deployment> deployments, StagedChanges stagedChanges, RailwayProject project) {
        public TargetSettings {
            deployments = List.copyOf(deployments);
        }
    }

    /** Sends the query (one request) and splits the answer per service instance, in the order of {@link #targets()}. */
    public List<TargetSettings> execute(RailwayTransport transport, Clock clock) throws RailwayException {
        JsonNode data = transport.execute(this, variables());
        List<TargetSettings> result = new ArrayList<>();
        for (int i = 0; i < targets().size(); i++) {
            RailwayTarget target = targets().get(i);
            int j = environments.indexOf(target.environmentId());
            result.add(new TargetSettings(target, RailwayClient.serviceInstanceSettings(data.path("i" + i)),
                    RailwayClient.variableSet(target, data.path("v" + i), clock.instant()),
                    deployments(data, i),
                    RailwayClient.stagedChanges(data.path("env" + j), data.path("staged" + j)),
                    RailwayClient.project(data.path("project" + projects.indexOf(target.projectId())))));
        }
        return result;
    }
}
