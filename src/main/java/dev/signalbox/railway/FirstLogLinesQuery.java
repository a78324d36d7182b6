package dev.signalbox.railway;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The first deploy-log line of many deployments in one request (one aliased {@code deploymentLogs} field each,
 * {@code limit: 1} from the deployment's creation): when each container started, which the "Deploy settings" part
 * compares with the health-check timeout. A deployment's first line never changes, so each is asked once.
 */
public final class FirstLogLinesQuery implements GraphQlOperation {
    public static final int MAX_DEPLOYMENTS = 100;

    private final List<Deployment> deployments;
    private final String text;

    public FirstLogLinesQuery(List<Deployment> deployments) {
        if (deployments.isEmpty() || deployments.size() > MAX_DEPLOYMENTS) {
            throw new IllegalArgumentException("a first-log-lines query covers 1 to " + MAX_DEPLOYMENTS + " deployments, got "
                    + deployments.size());
        }
        this.deployments = List.copyOf(deployments);
        StringBuilder header = new StringBuilder("query firstLogLines(");
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < deployments.size(); i++) {
            header.append(i == 0 ? "" : ", ").append("$d").append(i).append(": String!, $t").append(i).append(": DateTime");
            body.append("  l").append(i).append(": deploymentLogs(deploymentId: $d").append(i).append(", startDate: $t").append(i)
                    .append(", limit: 1) { timestamp message severity }\n");
        }
        this.text = header.append(") {\n").append(body).append("}\n").toString();
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public String operationName() {
        return "firstLogLines";
    }

    @Override
    public boolean isMutation() {
        return false;
    }

    public Map<String, Object> variables() {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (int i = 0; i < deployments.size(); i++) {
            variables.put("d" + i, deployments.get(i).id());
            // startDate is nullable in Railway's schema; a deployment without createdAt is asked without a bound.
            variables.put("t" + i, deployments.get(i).createdAt() == null ? null : deployments.get(i).createdAt().toString());
        }
        return variables;
    }

    /** Each deployment's first deploy-log line, by deployment id; empty when it has logged nothing yet. */
    public Map<String, Optional<LogLine>> execute(RailwayTransport transport) throws RailwayException {
        JsonNode data = transport.execute(this, variables());
        Map<String, Optional<LogLine>> result = new LinkedHashMap<>();
        for (int i = 0; i < deployments.size(); i++) {
            List<LogLine> lines = RailwayClient.logLines(LogLine.LogSource.DEPLOY, data.path("l" + i));
            result.put(deployments.get(i).id(), lines.stream().findFirst());
        }
        return result;
    }
}
