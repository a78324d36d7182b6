package dev.signalbox.railway;

import com.fasterxml.jackson.databind.JsonNode;
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

    /** {@code targets} in groups of at most {@link #MAX_TARGETS}: one request each. */
    public static List<List<RailwayTarget>> batches(List<RailwayTarget> targets) {
        List<RailwayTarget> distinct = List.copyOf(new LinkedHashSet<>(targets));
        List<List<RailwayTarget>> batches = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += MAX_TARGETS) {
            batches.add(distinct.subList(from, Math.min(distinct.size(), from + MAX_TARGETS)));
        }
        return batches;
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
        putTargets(variables, targets);
        return variables;
    }

    private static String assemble(int count) {
        StringBuilder header = new StringBuilder("query projectStatus($first: Int");
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < count; i++) {
            appendTarget(header, body, i);
        }
        return header.append(") {\n").append(body).append("}\n").toString();
    }

    /**
     * Target {@code i}'s variables ($p, $e, $s + i) and its aliased {@code d<i>: deployments} (first $first) and
     * {@code v<i>: variables} fields, as {@code deployments.graphql} and {@code variables.graphql} select them.
     */
    static void appendTarget(StringBuilder header, StringBuilder body, int i) {
        header.append(", $p").append(i).append(": String!, $e").append(i).append(": String!, $s").append(i).append(": String!");
        body.append("  d").append(i).append(": deployments(input: {projectId: $p").append(i).append(", environmentId: $e")
                .append(i).append(", serviceId: $s").append(i).append("}, first: $first) { edges { node { ")
                .append(DEPLOYMENT_FIELDS).append(" } } }\n");
        body.append("  v").append(i).append(": variables(projectId: $p").append(i).append(", environmentId: $e").append(i)
                .append(", serviceId: $s").append(i).append(")\n");
    }

    /** The values of the variables {@link #appendTarget} declares, for every target in order. */
    static void putTargets(Map<String, Object> variables, List<RailwayTarget> targets) {
        for (int i = 0; i < targets.size(); i++) {
            RailwayTarget target = targets.get(i);
            variables.put("p" + i, target.projectId());
            variables.put("e" + i, target.environmentId());
            variables.put("s" + i, target.serviceId());
        }
    }

    /** Target {@code i}'s deployments from an answer to a document {@link #appendTarget} assembled, newest first. */
    static List<Deployment> deployments(JsonNode data, int i) throws RailwayException {
        List<Deployment> deployments = new ArrayList<>();
        for (JsonNode edge : data.path("d" + i).path("edges")) {
            deployments.add(RailwayClient.deployment(edge.path("node")));
        }
        deployments.sort(RailwayClient.NEWEST_FIRST);
        return deployments;
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
            result.add(new TargetStatus(target, deployments(data, i), RailwayClient.variableSet(target, data.path("v" + i), clock.instant())));
        }
        return result;
    }
}
