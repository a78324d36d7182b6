package dev.signalbox.railway;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A read of many service instances in one request: each instance's fields under aliases numbered by its place in
 * {@link #targets()} ({@code d0}, {@code v0}, ...), its ids in variables ({@code $p0}, {@code $e0}, {@code $s0}),
 * never spliced into the text, so an id from a profile cannot change the document.
 */
abstract class ServiceInstancesQuery implements GraphQlOperation {
    /** Railway has no documented document-size limit; 50 service instances keep a request well under 20 KB. */
    static final int MAX_TARGETS = 50;

    static final String DEPLOYMENT_FIELDS = "id status createdAt updatedAt statusUpdatedAt url staticUrl canRedeploy"
            + " deploymentStopped meta";

    private final List<RailwayTarget> targets;
    private final int deploymentsPerTarget;

    ServiceInstancesQuery(String what, List<RailwayTarget> targets, int deploymentsPerTarget) {
        List<RailwayTarget> distinct = List.copyOf(new LinkedHashSet<>(targets));
        if (distinct.isEmpty() || distinct.size() > MAX_TARGETS) {
            throw new IllegalArgumentException("a " + what + " query covers 1 to " + MAX_TARGETS + " service instances, got "
                    + distinct.size());
        }
        if (deploymentsPerTarget < 1 || deploymentsPerTarget > 50) {
            throw new IllegalArgumentException("deploymentsPerTarget must be 1 to 50, got " + deploymentsPerTarget);
        }
        this.targets = distinct;
        this.deploymentsPerTarget = deploymentsPerTarget;
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
    public boolean isMutation() {
        return false;
    }

    /** Every variable the document declares: {@code $first} and each target's ids, then {@link #putMore}'s. */
    public Map<String, Object> variables() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("first", deploymentsPerTarget);
        for (int i = 0; i < targets.size(); i++) {
            RailwayTarget target = targets.get(i);
            variables.put("p" + i, target.projectId());
            variables.put("e" + i, target.environmentId());
            variables.put("s" + i, target.serviceId());
        }
        putMore(variables);
        return variables;
    }

    /**
     * The targets whose fields {@code error} names (a deleted service's {@code v3}), or none when it names no field
     * of this document: those fail alone, and the rest of the batch is asked again without them.
     */
    public java.util.Set<RailwayTarget> targetsFailedBy(RailwayException error) {
        java.util.Set<RailwayTarget> failed = new LinkedHashSet<>();
        for (String field : error.failedFields()) {
            failed.addAll(targetsOf(field));
        }
        return failed;
    }

    /** The targets a top-level field of this document belongs to: {@code d3} and {@code v3} to the fourth. */
    List<RailwayTarget> targetsOf(String field) {
        if (field.length() > 1 && (field.charAt(0) == 'd' || field.charAt(0) == 'v') && field.substring(1).chars().allMatch(Character::isDigit)) {
            int i = Integer.parseInt(field.substring(1));
            return i < targets.size() ? List.of(targets.get(i)) : List.of();
        }
        return List.of();
    }

    /** The values of variables a subclass declares beyond the targets' ids. */
    void putMore(Map<String, Object> variables) {
    }

    /**
     * The document's header and body up to its own fields: {@code query NAME($first: Int, $p0: String!, ...)} and,
     * per target, {@code d<i>: deployments} (first $first) and {@code v<i>: variables}, as
     * {@code deployments.graphql} and {@code variables.graphql} select them.
     */
    static void appendTarget(StringBuilder header, StringBuilder body, int i) {
        header.append(", $p").append(i).append(": String!, $e").append(i).append(": String!, $s").append(i).append(": String!");
        body.append("  d").append(i).append(": deployments(input: {projectId: $p").append(i).append(", environmentId: $e")
                .append(i).append(", serviceId: $s").append(i).append("}, first: $first) { edges { node { ")
                .append(DEPLOYMENT_FIELDS).append(" } } }\n");
        body.append("  v").append(i).append(": variables(projectId: $p").append(i).append(", environmentId: $e").append(i)
                .append(", serviceId: $s").append(i).append(")\n");
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
}
