package dev.signalbox.railway;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The deployments and variables of many services in one request: one aliased {@code deployments} and
 * {@code variables} field per service instance. A console watching 20 services in 2 environments at the default
 * 30 s would otherwise send 2 x 40 requests a poll (9,600 an hour) against the Hobby plan's 1,000; batched, it sends
 * 120. The document is assembled from the same fields as {@code deployments.graphql} and {@code variables.graphql},
 * and a test validates an assembled one against Railway's published schema.
 */
public final class ProjectStatusQuery extends ServiceInstancesQuery {
    /** Railway has no documented document-size limit; 50 service instances keep a request well under 20 KB. */
    public static final int MAX_TARGETS = ServiceInstancesQuery.MAX_TARGETS;

    private final String text;

    public ProjectStatusQuery(List<RailwayTarget> targets, int deploymentsPerTarget) {
        super("project status", targets, deploymentsPerTarget);
        StringBuilder header = new StringBuilder("query projectStatus($first: Int");
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < targets().size(); i++) {
            appendTarget(header, body, i);
        }
        this.text = header.append(") {\n").append(body).append("}\n").toString();
    }

    /** {@code targets} in groups of at most {@link #MAX_TARGETS}: one request each. */
    public static List<List<RailwayTarget>> batches(List<RailwayTarget> targets) {
        return ServiceInstancesQuery.batches(targets);
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public String operationName() {
        return "projectStatus";
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
        for (int i = 0; i < targets().size(); i++) {
            RailwayTarget target = targets().get(i);
            result.add(new TargetStatus(target, deployments(data, i), RailwayClient.variableSet(target, data.path("v" + i), clock.instant())));
        }
        return result;
    }
}
