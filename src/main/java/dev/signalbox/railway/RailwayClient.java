package dev.signalbox.railway;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signalbox.common.Http;
import dev.signalbox.config.ConfigException;
import dev.signalbox.config.Profile;
import dev.signalbox.config.Profile.TokenKind;
import dev.signalbox.config.Secret;
import dev.signalbox.config.SecretReference;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Railway's public GraphQL API, typed: discovery, deployments, logs, variables, redeploys. Plain blocking calls,
 * thread-safe, every call bounded by the HTTP client's timeouts. Mutating calls are meant to be driven through
 * {@code dev.signalbox.ops.ActionGuard}, which confirms, verifies and audits them.
 */
public final class RailwayClient {
    static final java.util.Comparator<Deployment> NEWEST_FIRST = (a, b) -> compareInstants(b.createdAt(), a.createdAt());

    private final RailwayTransport transport;

    public RailwayClient(RailwayTransport transport) {
        this.transport = transport;
    }

    /** A client for the profile's endpoint and token (resolved from its reference now). */
    public static RailwayClient forProfile(Profile.RailwaySettings settings, Map<String, String> environment, Pacer pacer,
                                           Clock clock) throws ConfigException {
        Secret token = SecretReference.parse(settings.token(), "railway.token").resolve(environment);
        return new RailwayClient(new RailwayTransport(settings.endpoint(), settings.tokenKind(), token, Http.client(),
                pacer, clock, Duration.ofSeconds(30)));
    }

    public static RailwayClient forProfile(Profile.RailwaySettings settings) throws ConfigException {
        return forProfile(settings, System.getenv(), Pacer.sleeping(), Clock.systemUTC());
    }

    public RailwayTransport transport() {
        return transport;
    }

    public TokenKind tokenKind() {
        return transport.tokenKind();
    }

    /** The last rate-limit budget Railway reported, or null. */
    public RateLimitBudget budget() {
        return transport.budget();
    }

    // ---- discovery ----------------------------------------------------------------------------------------

    /** For a project token: the one project and environment it reaches. */
    public ProjectTokenScope projectToken() throws RailwayException {
        JsonNode token = transport.execute(RailwayDocument.PROJECT_TOKEN, Map.of()).path("projectToken");
        JsonNode project = token.path("project");
        RailwayProject scoped = new RailwayProject(project.path("id").asText(token.path("projectId").asText()),
                project.path("name").asText(""), List.of(namedId(token.path("environment"))), nodes(project.path("services")));
        return new ProjectTokenScope(scoped, namedId(token.path("environment")));
    }

    /** The scope of a project token: one environment of one project. */
    public record ProjectTokenScope(RailwayProject project, NamedId environment) {
    }

    public RailwayProject project(String projectId) throws RailwayException {
        return project(transport.execute(RailwayDocument.PROJECT, Map.of("id", projectId)).path("project"));
    }

    /** A {@code project} field with the selection of {@code project.graphql}. */
    static RailwayProject project(JsonNode project) {
        return new RailwayProject(project.path("id").asText(), project.path("name").asText(),
                nodes(project.path("environments")), nodes(project.path("services")));
    }

    /** A workspace and its projects (ids and names only). */
    public record WorkspaceProjects(NamedId workspace, List<NamedId> projects) {
    }

    /** For an account token: every workspace of the user with its projects. */
    public List<WorkspaceProjects> accountProjects() throws RailwayException {
        JsonNode me = transport.execute(RailwayDocument.ME_PROJECTS, Map.of()).path("me");
        List<WorkspaceProjects> result = new ArrayList<>();
        for (JsonNode workspace : me.path("workspaces")) {
            result.add(new WorkspaceProjects(namedId(workspace), nodes(workspace.path("projects"))));
        }
        return result;
    }

    /** For a workspace token (which cannot read {@code me}): the projects it reaches. */
    public List<NamedId> tokenProjects(int first) throws RailwayException {
        return nodes(transport.execute(RailwayDocument.PROJECTS, Map.of("first", first)).path("projects"));
    }

    // ---- deployments ---------------------------------------------------------------------------------------

    /** The service's deployments, newest first. */
    public List<Deployment> deployments(RailwayTarget target, int first) throws RailwayException {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("projectId", target.projectId());
        input.put("environmentId", target.environmentId());
        input.put("serviceId", target.serviceId());
        JsonNode edges = transport.execute(RailwayDocument.DEPLOYMENTS, Map.of("input", input, "first", first))
                .path("deployments").path("edges");
        List<Deployment> deployments = new ArrayList<>();
        for (JsonNode edge : edges) {
            deployments.add(deployment(edge.path("node")));
        }
        deployments.sort(NEWEST_FIRST);
        return deployments;
    }

    public Optional<Deployment> latestDeployment(RailwayTarget target) throws RailwayException {
        List<Deployment> deployments = deployments(target, 1);
        return deployments.isEmpty() ? Optional.empty() : Optional.of(deployments.get(0));
    }

    public Deployment deployment(String id) throws RailwayException {
        return deployment(transport.execute(RailwayDocument.DEPLOYMENT, Map.of("id", id)).path("deployment"));
    }

    /** Redeploys a deployment (same source). Check {@link Deployment#canRedeploy()} first. Not idempotent. */
    public Deployment redeploy(String deploymentId) throws RailwayException {
        return deployment(transport.execute(RailwayDocument.DEPLOYMENT_REDEPLOY, Map.of("id", deploymentId)).path("deploymentRedeploy"));
    }

    /** Deploys the service's current source; returns the new deployment's id. Not idempotent. */
    public String deployService(RailwayTarget target) throws RailwayException {
        JsonNode id = transport.execute(RailwayDocument.SERVICE_INSTANCE_DEPLOY,
                Map.of("environmentId", target.environmentId(), "serviceId", target.serviceId())).path("serviceInstanceDeployV2");
        if (!id.isTextual() || id.asText().isBlank()) {
            throw new RailwayException(RailwayException.Kind.BAD_RESPONSE, "serviceInstanceDeployV2 returned no deployment id");
        }
        return id.asText();
    }

    // ---- logs ----------------------------------------------------------------------------------------------

    /** One request's worth of log lines in [start, end]; either bound may be null. Railway may return limit + 1 lines. */
    public List<LogLine> logs(LogLine.LogSource source, String deploymentId, Instant start, Instant end, int limit)
            throws RailwayException {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("deploymentId", deploymentId);
        if (start != null) {
            variables.put("startDate", start.toString());
        }
        if (end != null) {
            variables.put("endDate", end.toString());
        }
        variables.put("limit", limit);
        RailwayDocument document = source == LogLine.LogSource.BUILD ? RailwayDocument.BUILD_LOGS : RailwayDocument.DEPLOYMENT_LOGS;
        return logLines(source, transport.execute(document, variables).path(source == LogLine.LogSource.BUILD ? "buildLogs" : "deploymentLogs"));
    }

    /** A {@code buildLogs} or {@code deploymentLogs} field with the selection of {@code deployment-logs.graphql}. */
    static List<LogLine> logLines(LogLine.LogSource source, JsonNode lines) {
        List<LogLine> result = new ArrayList<>();
        for (JsonNode line : lines) {
            String message = line.path("message").asText("");
            String timestamp = line.path("timestamp").asText("");
            result.add(new LogLine(source, timestamp, instant(timestamp), message,
                    line.path("severity").isNull() ? null : line.path("severity").asText(null),
                    LogSignature.find(message).orElse(null)));
        }
        return result;
    }

    /** Requests to the deployment logged after {@code after} (exclusive), oldest first, at most {@code limit}. */
    public List<HttpRequestLog> httpLogs(String deploymentId, Instant after, int limit) throws RailwayException {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("deploymentId", deploymentId);
        if (after != null) {
            variables.put("afterDate", after.toString());
        }
        variables.put("afterLimit", limit);
        List<HttpRequestLog> result = new ArrayList<>();
        for (JsonNode log : transport.execute(RailwayDocument.HTTP_LOGS, variables).path("httpLogs")) {
            result.add(HttpRequestLog.parse(log));
        }
        return result;
    }

    // ---- audit trail ---------------------------------------------------------------------------------------

    /**
     * Railway's audit trail for the target's environment since {@code since}, newest first: two requests (the
     * project's workspace, then its {@code auditLogs}). Audit logs are read at workspace level, so a project token is
     * refused; the caller says so and goes on without them.
     */
    public List<RailwayAuditEntry> auditLogs(RailwayTarget target, Instant since, int first) throws RailwayException {
        String workspaceId = transport.execute(RailwayDocument.PROJECT_WORKSPACE, Map.of("id", target.projectId()))
                .path("project").path("workspaceId").asText(null);
        if (workspaceId == null || workspaceId.isBlank()) {
            throw new RailwayException(RailwayException.Kind.BAD_RESPONSE, "project " + target.projectId()
                    + " did not name its workspace, which Railway's audit logs are read by");
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("workspaceId", workspaceId);
        variables.put("projectId", target.projectId());
        variables.put("environmentId", target.environmentId());
        if (since != null) {
            variables.put("startDate", since.toString());
        }
        variables.put("first", first);
        List<RailwayAuditEntry> entries = new ArrayList<>();
        for (JsonNode edge : transport.execute(RailwayDocument.AUDIT_LOGS, variables).path("auditLogs").path("edges")) {
            JsonNode node = edge.path("node");
            JsonNode payload = node.path("payload");
            Instant at;
            try {
                at = Instant.parse(node.path("createdAt").asText());
            } catch (java.time.format.DateTimeParseException e) {
                throw new RailwayException(RailwayException.Kind.BAD_RESPONSE, "audit log " + node.path("id").asText()
                        + " has no readable createdAt: " + e.getMessage());
            }
            entries.add(new RailwayAuditEntry(node.path("id").asText(), at, node.path("eventType").asText("change"),
                    node.path("environmentId").asText(null), actor(node.path("context")), text(payload, "serviceId"),
                    text(payload, "serviceName"), text(payload, "variableName")));
        }
        return entries;
    }

    /**
     * The published schema types {@code context} as bare JSON; the actor is looked for where Railway-like trails put
     * it (context.actor as text or with email/name, or context.email/userEmail/user.email).
     */
    private static String actor(JsonNode context) {
        JsonNode actor = context.path("actor");
        if (actor.isTextual()) {
            return actor.asText();
        }
        for (JsonNode candidate : List.of(actor.path("email"), actor.path("name"), context.path("email"), context.path("userEmail"),
                context.path("user").path("email"), context.path("user").path("name"))) {
            if (candidate.isTextual() && !candidate.asText().isBlank()) {
                return candidate.asText();
            }
        }
        return "unknown";
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : null;
    }

    // ---- variables -----------------------------------------------------------------------------------------

    public VariableSet variables(RailwayTarget target) throws RailwayException {
        return variableSet(target, transport.execute(RailwayDocument.VARIABLES, Map.of("projectId", target.projectId(),
                "environmentId", target.environmentId(), "serviceId", target.serviceId())).path("variables"), Instant.now());
    }

    /** A {@code variables} field: Railway's JSON scalar of name to value. */
    static VariableSet variableSet(RailwayTarget target, JsonNode values, Instant readAt) throws RailwayException {
        if (!values.isObject()) {
            throw new RailwayException(RailwayException.Kind.BAD_RESPONSE, "variables of " + target
                    + " did not come back as an object of name to value");
        }
        Map<String, Secret> secrets = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : values.properties()) {
            secrets.put(field.getKey(), Secret.of(field.getValue().isNull() ? "" : field.getValue().asText(), "railway:" + field.getKey()));
        }
        return new VariableSet(target, secrets, readAt);
    }

    /** Sets a service variable. With {@code skipDeploys} false Railway starts a deployment with the new value. */
    public void upsertVariable(RailwayTarget target, String name, Secret value, boolean skipDeploys) throws RailwayException {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("projectId", target.projectId());
        input.put("environmentId", target.environmentId());
        input.put("serviceId", target.serviceId());
        input.put("name", name);
        input.put("value", value.reveal());
        input.put("skipDeploys", skipDeploys);
        requireTrue(transport.execute(RailwayDocument.VARIABLE_UPSERT, Map.of("input", input)), "variableUpsert", name);
    }

    /** Deletes a service variable. Railway has no skipDeploys here: a delete starts a deployment. */
    public void deleteVariable(RailwayTarget target, String name) throws RailwayException {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("projectId", target.projectId());
        input.put("environmentId", target.environmentId());
        input.put("serviceId", target.serviceId());
        input.put("name", name);
        requireTrue(transport.execute(RailwayDocument.VARIABLE_DELETE, Map.of("input", input)), "variableDelete", name);
    }

    private static void requireTrue(JsonNode data, String field, String name) throws RailwayException {
        if (!data.path(field).asBoolean(false)) {
            throw new RailwayException(RailwayException.Kind.BAD_RESPONSE, field + " for " + name + " returned false: Railway did not apply it");
        }
    }

    // ---- deploy settings -----------------------------------------------------------------------------------

    /** The service instance's deploy settings and domains. */
    public ServiceInstanceSettings serviceInstanceSettings(RailwayTarget target) throws RailwayException {
        return serviceInstanceSettings(transport.execute(RailwayDocument.SERVICE_INSTANCE_SETTINGS,
                Map.of("environmentId", target.environmentId(), "serviceId", target.serviceId())).path("serviceInstance"));
    }

    /** A {@code serviceInstance} field with the selection of {@code service-instance-settings.graphql}. */
    static ServiceInstanceSettings serviceInstanceSettings(JsonNode instance) throws RailwayException {
        if (!instance.isObject()) {
            throw new RailwayException(RailwayException.Kind.BAD_RESPONSE, "serviceInstance returned no settings");
        }
        List<String> domains = new ArrayList<>();
        for (JsonNode domain : instance.path("domains").path("serviceDomains")) {
            domains.add(domain.path("domain").asText());
        }
        for (JsonNode domain : instance.path("domains").path("customDomains")) {
            domains.add(domain.path("domain").asText());
        }
        JsonNode preDeploy = instance.path("preDeployCommand");
        String preDeployCommand = null;
        if (preDeploy.isArray() && !preDeploy.isEmpty()) {
            List<String> commands = new ArrayList<>();
            preDeploy.forEach(command -> commands.add(command.asText()));
            preDeployCommand = String.join(" && ", commands);
        } else if (preDeploy.isTextual() && !preDeploy.asText().isBlank()) {
            preDeployCommand = preDeploy.asText();
        }
        return new ServiceInstanceSettings(text(instance.path("serviceName")), text(instance.path("healthcheckPath")),
                integer(instance.path("healthcheckTimeout")), text(instance.path("startCommand")), preDeployCommand,
                text(instance.path("restartPolicyType")), integer(instance.path("restartPolicyMaxRetries")),
                integer(instance.path("numReplicas")), domains);
    }

    /** The environment's staged, unapplied changes (count and what they touch, never values). */
    public StagedChanges stagedChanges(String environmentId) throws RailwayException {
        JsonNode data = transport.execute(RailwayDocument.ENVIRONMENT_STAGED_CHANGES, Map.of("environmentId", environmentId));
        return stagedChanges(data.path("environment"), data.path("environmentStagedChanges"));
    }

    /** The {@code environment} and {@code environmentStagedChanges} fields of {@code environment-staged-changes.graphql}. */
    static StagedChanges stagedChanges(JsonNode environment, JsonNode patch) {
        List<String> touched = new ArrayList<>();
        for (Map.Entry<String, JsonNode> service : patch.path("patch").path("services").properties()) {
            for (Map.Entry<String, JsonNode> section : service.getValue().properties()) {
                touched.add(service.getKey() + ": " + section.getKey());
            }
        }
        if (patch.path("patch").has("sharedVariables")) {
            touched.add("shared variables");
        }
        return new StagedChanges(environment.path("unmergedChangesCount").asInt(0),
                text(patch.path("status")), touched);
    }

    private static Integer integer(JsonNode node) {
        return node.isNumber() ? node.asInt() : null;
    }

    // ---- parsing -------------------------------------------------------------------------------------------

    static Deployment deployment(JsonNode node) throws RailwayException {
        if (!node.isObject() || !node.path("id").isTextual()) {
            throw new RailwayException(RailwayException.Kind.BAD_RESPONSE, "Railway returned a deployment without an id");
        }
        JsonNode meta = node.path("meta");
        String commitMessage = text(meta.path("commitMessage"));
        if (commitMessage != null && commitMessage.contains("\n")) {
            commitMessage = commitMessage.substring(0, commitMessage.indexOf('\n'));
        }
        String status = node.path("status").asText("");
        return new Deployment(node.path("id").asText(), DeploymentStatus.parse(status), status,
                instant(text(node.path("createdAt"))), instant(text(node.path("updatedAt"))),
                instant(text(node.path("statusUpdatedAt"))), text(node.path("url")), text(node.path("staticUrl")),
                node.path("canRedeploy").asBoolean(false), node.path("deploymentStopped").asBoolean(false),
                text(meta.path("commitHash")), commitMessage);
    }

    private static List<NamedId> nodes(JsonNode connection) {
        List<NamedId> result = new ArrayList<>();
        for (JsonNode edge : connection.path("edges")) {
            result.add(namedId(edge.path("node")));
        }
        return result;
    }

    private static NamedId namedId(JsonNode node) {
        return new NamedId(node.path("id").asText(""), node.path("name").asText(""));
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }

    static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return java.time.OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    private static int compareInstants(Instant a, Instant b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return a.compareTo(b);
    }
}
