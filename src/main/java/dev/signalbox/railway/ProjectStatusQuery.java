package dev.signalbox.railway;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signalbox.config.Secret;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The deployments and variables of many services in one request: one aliased {@code deployments} and
 * {@code variables} field per service instance. A console watching 20 services in 2 environments at the default
 * 30 s would otherwise send 2 x 40 requests a poll (9,600 an hour) against the Hobby plan's 1,000; batched, it sends
 * 120. The document is assembled from the same fields as {@code deployments.graphql} and {@code variables.graphql},
 * and a test validates an assembled one against Railway's published schema.
 */
public final class ProjectStatusQuery implements GraphQlOperation {
    /** Railway has no documented document-size limit; 50 service instances keep a request well under 20 KB. */
    public static final int MAX_TARGETS = 50;

    static final String DEPLOYMENT_FIELDS = "id status createdAt updatedAt statusUpdatedAt url staticUrl canRedeploy"
            + " deploymentStopped meta";

    private final List<RailwayTarget> targets;
    private final int deploymentsPerTarget;
    private final String text;

    public ProjectStatusQuery(List<RailwayTarget> targets, int deploymentsPerTarget) {
        List<RailwayTarget> distinct = List.copyOf(new LinkedHashSet<>(targets));
        if (distinct.isEmpty() || distinct.size() > MAX_TARGETS) {
            throw new IllegalArgumentException("a project status query covers 1 to " + MAX_TARGETS
                    + " service instances, got " + distinct.size());
        }
        if (deploymentsPerTarget < 1 || deploymentsPerTarget > 50) {
            throw new IllegalArgumentException("deploymentsPerTarget must be 1 to 50, got " + deploymentsPerTarget);
        }
        this.targets = distinct;
        this.deploymentsPerTarget = deploymentsPerTarget;
        this.text = assemble(distinct.size());
    }

    public List<RailwayTarget> targets() {
        return targets;
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public String operationName() {
        return "projectStatus";
    }

    @Override
    public boolean isMutation() {
        return false;
    }

    /** Ids travel as variables, never spliced into the text: an id from a profile cannot change the document. */
    public Map<String, Object> variables() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("first", deploymentsPerTarget);
        for (int i = 0; i < targets.size(); i++) {
            RailwayTarget target = targets.get(i);
            variables.put("p" + i, target.projectId());
            variables.put("e" + i, target.environmentId());
            variables.put("s" + i, target.serviceId());
        }
        return variables;
    }

    private static String assemble(int count) {
        StringBuilder header = new StringBuilder("query projectStatus($first: Int");
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < count; i++) {
            header.append(", $p").append(i).append(": String!, $e").append(i).append(": String!, $s").append(i).append(": String!");
            body.append("  d").append(i).append(": deployments(input: {projectId: $p").append(i).append(", environmentId: $e")
                    .append(i).append(", serviceId: $s").append(i).append("}, first: $first) { edges { node { ")
                    .append(DEPLOYMENT_FIELDS).append(" } } }\n");
            body.append("  v").append(i).append(": variables(projectId: $p").append(i).append(", environmentId: $e").append(i)
                    .append(", serviceId: $s").append(i).append(")\n");
        }
        return header.append(") {\n").append(body).append("}\n").toString();
    }

    /** One service instance's part of the answer. */
    public record TargetStatus(RailwayTarget target, List<Deployment> deployments, VariableSet variables) {
        public TargetStatus {
            deployments = List.copyOf(deployments);
        }
    }

    /** Sends the query (one request) and splits the answer per service instance, in the order of {@link #targets()}. */
    public List<TargetStatus> execute(RailwayTransport transport, Clock clock) throws RailwayException {
        JsonNode data = transport.execute(this, variables());
        List<TargetStatus> result = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            RailwayTarget target = targets.get(i);
            List<Deployment> deployments = new ArrayList<>();
            for (JsonNode edge : data.path("d" + i).path("edges")) {
                deployments.add(RailwayClient.deployment(edge.path("node")));
            }
            deployments.sort(RailwayClient.NEWEST_FIRST);
            JsonNode values = data.path("v" + i);
            if (!values.isObject()) {
                throw new RailwayException(RailwayException.Kind.BAD_RESPONSE, "variables of " + target
                        + " did not come back as an object of name to value");
            }
            Map<String, Secret> secrets = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> field : values.properties()) {
                secrets.put(field.getKey(), Secret.of(field.getValue().isNull() ? "" : field.getValue().asText(),
                        "railway:" + field.getKey()));
            }
            result.add(new TargetStatus(target, deployments, new VariableSet(target, secrets, clock.instant())));
        }
        return result;
    }
}
