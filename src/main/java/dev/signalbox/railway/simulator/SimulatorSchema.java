package dev.signalbox.railway.simulator;

import dev.signalbox.railway.simulator.RailwaySimulator.Caller;
import dev.signalbox.railway.simulator.RailwaySimulator.ProjectState;
import graphql.GraphQL;
import graphql.GraphQLContext;
import graphql.GraphqlErrorBuilder;
import graphql.execution.CoercedVariables;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerResult;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLScalarType;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The simulator's GraphQL schema ({@code graphql/railway/simulator.graphqls}) wired to its state. */
final class SimulatorSchema {
    static final String SDL = "/graphql/railway/simulator.graphqls";
    /** Railway's log timestamps: RFC 3339 with nanoseconds. */
    static final DateTimeFormatter NANOS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private SimulatorSchema() {
    }

    static String sdl() {
        try (InputStream in = SimulatorSchema.class.getResourceAsStream(SDL)) {
            if (in == null) {
                throw new IllegalStateException(SDL + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static GraphQL graphql(RailwaySimulator sim) {
        TypeDefinitionRegistry registry = new SchemaParser().parse(sdl());
        Fetchers f = new Fetchers(sim);
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .scalar(dateTime())
                .scalar(jsonScalar("JSON"))
                .scalar(jsonScalar("EnvironmentVariables"))
                .scalar(jsonScalar("DeploymentMeta"))
                .scalar(jsonScalar("EnvironmentConfig"))
                .type("Query", type -> type
                        .dataFetcher("projectToken", f::projectToken)
                        .dataFetcher("project", f::project)
                        .dataFetcher("projects", f::projects)
                        .dataFetcher("me", f::me)
                        .dataFetcher("environment", f::environment)
                        .dataFetcher("serviceInstance", f::serviceInstance)
                        .dataFetcher("deployments", f::deployments)
                        .dataFetcher("deployment", f::deployment)
                        .dataFetcher("buildLogs", env -> f.logs(env, true))
                        .dataFetcher("deploymentLogs", env -> f.logs(env, false))
                        .dataFetcher("httpLogs", f::httpLogs)
                        .dataFetcher("variables", f::variables)
                        .dataFetcher("environmentStagedChanges", f::environmentStagedChanges)
                        .dataFetcher("auditLogs", f::auditLogs))
                .type("Mutation", type -> type
                        .dataFetcher("variableUpsert", f::variableUpsert)
                        .dataFetcher("variableDelete", f::variableDelete)
                        .dataFetcher("deploymentRedeploy", f::deploymentRedeploy)
                        .dataFetcher("serviceInstanceDeployV2", f::serviceInstanceDeployV2)
                        .dataFetcher("serviceInstanceRedeploy", f::serviceInstanceRedeploy)
                        .dataFetcher("deploymentRestart", f::deploymentRestart)
                        .dataFetcher("deploymentCancel", f::deploymentCancel))
                .type("Subscription", type -> type
                        .dataFetcher("buildLogs", env -> f.logFeed(env, true))
                        .dataFetcher("deploymentLogs", env -> f.logFeed(env, false))
                        .dataFetcher("httpLogs", f::httpLogFeed))
                .build();
        DataFetcherExceptionHandler errors = parameters -> {
            Throwable exception = parameters.getException();
            String message = exception instanceof SimulatedError ? exception.getMessage() : "Problem processing request";
            return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult()
                    .error(GraphqlErrorBuilder.newError().message(message).path(parameters.getPath())
                            .location(parameters.getSourceLocation()).build())
                    .build());
        };
        return GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(registry, wiring))
                .defaultDataFetcherExceptionHandler(errors).build();
    }

    /** One line as Railway's {@code Log} type. */
    static Map<String, Object> logEntry(SimulatedDeployment d, SimulatedDeployment.Line line) {
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("message", line.message());
        log.put("timestamp", NANOS.format(line.at()));
        log.put("severity", line.severity());
        log.put("attributes", List.of(Map.of("key", "level", "value", line.severity())));
        Map<String, Object> tags = new LinkedHashMap<>();
        tags.put("deploymentId", d.id);
        tags.put("environmentId", d.context.environmentId());
        tags.put("projectId", d.context.projectId());
        tags.put("serviceId", d.context.serviceId());
        log.put("tags", tags);
        return log;
    }

    /** One request as Railway's {@code HttpLog} type (the fields the simulator's schema has). */
    static Map<String, Object> httpLogEntry(SimulatedDeployment d, SimulatedDeployment.Request request) {
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("requestId", request.requestId());
        log.put("timestamp", NANOS.format(request.at()));
        log.put("deploymentId", d.id);
        log.put("method", request.method());
        log.put("path", request.path());
        log.put("host", "api.up.railway.app");
        log.put("httpStatus", request.status());
        log.put("totalDuration", request.durationMillis());
        log.put("upstreamRqDuration", request.durationMillis());
        log.put("edgeRegion", "europe-west4-drams3a");
        return log;
    }

    /** An RFC 3339 date argument of httpLogs (a String in Railway's schema, not a DateTime). */
    private static Instant dateArgument(DataFetchingEnvironment env, String name) {
        String value = env.getArgument(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new SimulatedError("Invalid date for " + name + ": " + value);
        }
    }

    /** Data fetchers; they run with the simulator's lock held (see RailwaySimulator.handle). */
    private static final class Fetchers {
        private final RailwaySimulator sim;

        Fetchers(RailwaySimulator sim) {
            this.sim = sim;
        }

        private static Caller caller(DataFetchingEnvironment env) {
            GraphQLContext context = env.getGraphQlContext();
            Caller caller = context.get(Caller.class);
            return caller != null ? caller : new Caller(null, false);
        }

        // ---- access rules: a project token reaches one environment of one project; a workspace token one workspace.

        private void requireProject(Caller caller, ProjectState project) {
            boolean allowed = caller.isAccount()
                    || (caller.isWorkspace() && project.workspaceId != null && project.workspaceId.equals(caller.grant().workspaceId()))
                    || (caller.isProjectToken() && project.id.equals(caller.grant().projectId()));
            if (!allowed) {
                throw SimulatedError.notAuthorized();
            }
        }

        private ProjectState requireEnvironment(Caller caller, String environmentId) {
            ProjectState project;
            try {
                project = sim.projectOfEnvironment(environmentId);
            } catch (SimulatedError notFound) {
                // Railway does not tell a stranger whether an id exists.
                throw SimulatedError.notAuthorized();
            }
            requireProject(caller, project);
            if (caller.isProjectToken() && !environmentId.equals(caller.grant().environmentId())) {
                throw SimulatedError.notAuthorized();
            }
            return project;
        }

        private void requireAnyToken(Caller caller) {
            if (caller.grant() == null) {
                throw SimulatedError.notAuthorized();
            }
        }

        // ---- queries

        Object projectToken(DataFetchingEnvironment env) {
            Caller caller = caller(env);
            if (!caller.isProjectToken()) {
                throw new SimulatedError("Project Token not found");
            }
            ProjectState project = sim.project(caller.grant().projectId());
            Map<String, Object> token = new LinkedHashMap<>();
            token.put("id", caller.grant().tokenId());
            token.put("name", "signalbox");
            token.put("projectId", project.id);
            token.put("environmentId", caller.grant().environmentId());
            token.put("project", project(project, caller));
            token.put("environment", environment(project, caller.grant().environmentId()));
            token.put("createdAt", project.createdAt);
            return token;
        }

        Object project(DataFetchingEnvironment env) {
            Caller caller = caller(env);
            requireAnyToken(caller);
            ProjectState project;
            try {
                project = sim.project(env.getArgument("id"));
            } catch (SimulatedError notFound) {
                throw SimulatedError.notAuthorized();
            }
            requireProject(caller, project);
            return project(project, caller);
        }

        Object projects(DataFetchingEnvironment env) {
            Caller caller = caller(env);
            if (!caller.isAccount() && !caller.isWorkspace()) {
                throw SimulatedError.notAuthorized();
            }
            String workspaceId = env.getArgument("workspaceId");
            List<Map<String, Object>> nodes = new ArrayList<>();
            for (ProjectState project : sim.projects().values()) {
                boolean visible = caller.isAccount() || caller.grant().workspaceId().equals(project.workspaceId);
                if (visible && (workspaceId == null || workspaceId.equals(project.workspaceId))) {
                    nodes.add(project(project, caller));
                }
            }
            return connection(limit(nodes, env.getArgument("first")));
        }

        Object me(DataFetchingEnvironment env) {
            Caller caller = caller(env);
            if (!caller.isAccount()) {
                throw SimulatedError.notAuthorized();
            }
            List<Map<String, Object>> workspaces = new ArrayList<>();
            sim.workspaces().forEach((id, name) -> {
                List<Map<String, Object>> nodes = new ArrayList<>();
                for (ProjectState project : sim.projects().values()) {
                    if (id.equals(project.workspaceId)) {
                        nodes.add(project(project, caller));
                    }
                }
                Map<String, Object> workspace = new LinkedHashMap<>();
                workspace.put("id", id);
                workspace.put("name", name);
                workspace.put("projects", connection(nodes));
                workspaces.add(workspace);
            });
            Map<String, Object> me = new LinkedHashMap<>();
            me.put("id", caller.grant().tokenId());
            me.put("name", "On-call Engineer");
            me.put("workspaces", workspaces);
            return me;
        }

        Object environment(DataFetchingEnvironment env) {
            String environmentId = env.getArgument("id");
            ProjectState project = requireEnvironment(caller(env), environmentId);
            return environment(project, environmentId);
        }

        Object serviceInstance(DataFetchingEnvironment env) {
            String environmentId = env.getArgument("environmentId");
            String serviceId = env.getArgument("serviceId");
            ProjectState project = requireEnvironment(caller(env), environmentId);
            if (!project.services.containsKey(serviceId)) {
                throw new SimulatedError("ServiceInstance not found");
            }
            Map<String, Object> instance = new LinkedHashMap<>();
            instance.put("id", environmentId.substring(0, 8) + "-" + serviceId);
            instance.put("serviceId", serviceId);
            instance.put("serviceName", project.services.get(serviceId));
            instance.put("environmentId", environmentId);
            RailwaySimulator.InstanceSettings settings = sim.instanceSettings(environmentId, serviceId);
            instance.put("numReplicas", settings.numReplicas());
            instance.put("sleepApplication", false);
            instance.put("healthcheckPath", settings.healthcheckPath());
            instance.put("healthcheckTimeout", settings.healthcheckTimeout());
            instance.put("startCommand", settings.startCommand());
            instance.put("preDeployCommand", settings.preDeployCommand().isEmpty() ? null : settings.preDeployCommand());
            instance.put("restartPolicyType", settings.restartPolicyType());
            instance.put("restartPolicyMaxRetries", settings.restartPolicyMaxRetries());
            List<Map<String, Object>> serviceDomains = new ArrayList<>();
            for (String domain : settings.serviceDomains()) {
                serviceDomains.add(Map.of("id", Integer.toHexString(domain.hashCode()), "domain", domain,
                        "environmentId", environmentId, "serviceId", serviceId));
            }
            instance.put("domains", Map.of("serviceDomains", serviceDomains, "customDomains", List.of()));
            SimulatedDeployment latest = null;
            for (SimulatedDeployment d : sim.deployments()) {
                if (d.context.environmentId().equals(environmentId) && d.context.serviceId().equals(serviceId)) {
                    latest = d;
                }
            }
            instance.put("latestDeployment", latest == null ? null : deployment(latest));
            return instance;
        }

        Object deployments(DataFetchingEnvironment env) {
            Caller caller = caller(env);
            requireAnyToken(caller);
            Map<String, Object> input = env.getArgument("input");
            String projectId = (String) input.get("projectId");
            String environmentId = (String) input.get("environmentId");
            String serviceId = (String) input.get("serviceId");
            if (environmentId != null) {
                requireEnvironment(caller, environmentId);
            } else if (projectId != null) {
                requireProject(caller, sim.project(projectId));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> status = (Map<String, Object>) input.get("status");
            @SuppressWarnings("unchecked")
            List<String> in = status == null ? null : (List<String>) status.get("in");
            @SuppressWarnings("unchecked")
            List<String> notIn = status == null ? null : (List<String>) status.get("notIn");
            List<Map<String, Object>> nodes = new ArrayList<>();
            List<SimulatedDeployment> all = sim.deployments();
            for (int i = all.size() - 1; i >= 0; i--) {
                SimulatedDeployment d = all.get(i);
                if ((projectId == null || projectId.equals(d.context.projectId()))
                        && (environmentId == null || environmentId.equals(d.context.environmentId()))
                        && (serviceId == null || serviceId.equals(d.context.serviceId()))
                        && (in == null || in.contains(d.status))
                        && (notIn == null || !notIn.contains(d.status))
                        && visible(caller, d)) {
                    nodes.add(deployment(d));
                }
            }
            return connection(limit(nodes, env.getArgument("first")));
        }

        private boolean visible(Caller caller, SimulatedDeployment d) {
            try {
                requireEnvironment(caller, d.context.environmentId());
                return true;
            } catch (SimulatedError e) {
                return false;
            }
        }

        Object deployment(DataFetchingEnvironment env) {
            SimulatedDeployment d = sim.deploymentById(env.getArgument("id"));
            requireEnvironment(caller(env), d.context.environmentId());
            return deployment(d);
        }

        Object logs(DataFetchingEnvironment env, boolean build) {
            SimulatedDeployment d = sim.deploymentById(env.getArgument("deploymentId"));
            requireEnvironment(caller(env), d.context.environmentId());
            Instant start = env.getArgument("startDate");
            Instant end = env.getArgument("endDate");
            String filter = env.getArgument("filter");
            Integer limitArgument = env.getArgument("limit");
            int limit = limitArgument == null ? 100 : Math.max(1, limitArgument);
            Instant now = sim.now();
            List<SimulatedDeployment.Line> matching = new ArrayList<>();
            for (SimulatedDeployment.Line line : build ? d.buildLog : d.deployLog) {
                if (line.at().isAfter(now) || (start != null && line.at().isBefore(start)) || (end != null && line.at().isAfter(end))) {
                    continue;
                }
                if (filter != null && !filter.isBlank() && !line.message().toLowerCase(Locale.ROOT).contains(filter.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                matching.add(line);
            }
            // With a start date: the oldest lines of the window (and, like Railway, sometimes one more than the limit);
            // without: the newest, a tail.
            List<SimulatedDeployment.Line> page = start != null
                    ? matching.subList(0, Math.min(matching.size(), limit + 1))
                    : matching.subList(Math.max(0, matching.size() - limit), matching.size());
            List<Map<String, Object>> result = new ArrayList<>();
            for (SimulatedDeployment.Line line : page) {
                result.add(logEntry(d, line));
            }
            return result;
        }

        Object logFeed(DataFetchingEnvironment env, boolean build) {
            SimulatedDeployment d = sim.deploymentById(env.getArgument("deploymentId"));
            requireEnvironment(caller(env), d.context.environmentId());
            Integer limitArgument = env.getArgument("limit");
            SimulatedLogFeed feed = new SimulatedLogFeed(d, build, env.getArgument("filter"),
                    limitArgument == null ? 100 : Math.max(1, limitArgument));
            sim.addFeed(feed);
            return feed;
        }

        Object httpLogs(DataFetchingEnvironment env) {
            SimulatedDeployment d = sim.deploymentById(env.getArgument("deploymentId"));
            requireEnvironment(caller(env), d.context.environmentId());
            Instant after = dateArgument(env, "afterDate");
            Instant before = dateArgument(env, "beforeDate");
            Integer afterLimit = env.getArgument("afterLimit");
            Integer limitArgument = env.getArgument("limit");
            int limit = Math.max(1, afterLimit != null ? afterLimit : limitArgument != null ? limitArgument : 100);
            Instant now = sim.now();
            List<SimulatedDeployment.Request> matching = new ArrayList<>();
            for (SimulatedDeployment.Request request : d.httpLog) {
                if (request.at().isAfter(now) || (after != null && !request.at().isAfter(after))
                        || (before != null && !request.at().isBefore(before))) {
                    continue;
                }
                matching.add(request);
            }
            // After a date: the oldest of the window, to page forward; without: the newest.
            List<SimulatedDeployment.Request> page = after != null ? matching.subList(0, Math.min(matching.size(), limit))
                    : matching.subList(Math.max(0, matching.size() - limit), matching.size());
            List<Map<String, Object>> result = new ArrayList<>();
            for (SimulatedDeployment.Request request : page) {
                result.add(httpLogEntry(d, request));
            }
            return result;
        }

        Object httpLogFeed(DataFetchingEnvironment env) {
            SimulatedDeployment d = sim.deploymentById(env.getArgument("deploymentId"));
            requireEnvironment(caller(env), d.context.environmentId());
            SimulatedHttpLogFeed feed = new SimulatedHttpLogFeed(d, dateArgument(env, "afterDate"), sim.now());
            sim.addFeed(feed);
            return feed;
        }

        Object variables(DataFetchingEnvironment env) {
            String environmentId = env.getArgument("environmentId");
            String projectId = env.getArgument("projectId");
            String serviceId = env.getArgument("serviceId");
            ProjectState project = requireEnvironment(caller(env), environmentId);
            if (!project.id.equals(projectId)) {
                throw SimulatedError.notAuthorized();
            }
            if (serviceId == null) {
                return new LinkedHashMap<>(sim.variableMap(environmentId, null));
            }
            if (!project.services.containsKey(serviceId)) {
                throw new SimulatedError("Service not found");
            }
            return sim.renderedVariables(project, environmentId, serviceId);
        }

        Object environmentStagedChanges(DataFetchingEnvironment env) {
            String environmentId = env.getArgument("environmentId");
            requireEnvironment(caller(env), environmentId);
            List<Map.Entry<String, String>> staged = sim.stagedChanges(environmentId);
            Map<String, Object> services = new LinkedHashMap<>();
            for (Map.Entry<String, String> change : staged) {
                @SuppressWarnings("unchecked")
                Map<String, Object> service = (Map<String, Object>) services.computeIfAbsent(change.getKey(), k -> new LinkedHashMap<>());
                service.put(change.getValue(), Map.of());
            }
            Map<String, Object> patch = new LinkedHashMap<>();
            patch.put("id", "patch-" + environmentId.substring(0, 8));
            patch.put("environmentId", environmentId);
            patch.put("status", staged.isEmpty() ? "COMMITTED" : "STAGED");
            patch.put("patch", staged.isEmpty() ? Map.of() : Map.of("services", services));
            patch.put("createdAt", sim.now());
            patch.put("updatedAt", sim.now());
            return patch;
        }

        // ---- mutations

        Object variableUpsert(DataFetchingEnvironment env) {
            Map<String, Object> input = env.getArgument("input");
            ProjectState project = requireWrite(env, input);
            String serviceId = (String) input.get("serviceId");
            String name = (String) input.get("name");
            String raced = sim.takeRace(name);
            sim.variableMap((String) input.get("environmentId"), serviceId).put(name, raced != null ? raced : (String) input.get("value"));
            audit(env, project, (String) input.get("environmentId"), "variable.upserted", serviceId, name);
            if (!Boolean.TRUE.equals(input.get("skipDeploys"))) {
                deployAfterVariableChange(project, (String) input.get("environmentId"), serviceId);
            }
            return true;
        }

        Object variableDelete(DataFetchingEnvironment env) {
            Map<String, Object> input = env.getArgument("input");
            ProjectState project = requireWrite(env, input);
            String serviceId = (String) input.get("serviceId");
            if (sim.variableMap((String) input.get("environmentId"), serviceId).remove((String) input.get("name")) != null) {
                audit(env, project, (String) input.get("environmentId"), "variable.deleted", serviceId, (String) input.get("name"));
                deployAfterVariableChange(project, (String) input.get("environmentId"), serviceId);
            }
            return true;
        }

        /** The audit trail names services and variables, never a value. */
        private void audit(DataFetchingEnvironment env, ProjectState project, String environmentId, String eventType,
                           String serviceId, String variableName) {
            Map<String, Object> payload = new LinkedHashMap<>();
            if (serviceId != null) {
                payload.put("serviceId", serviceId);
                payload.put("serviceName", project.services.get(serviceId));
            }
            if (variableName != null) {
                payload.put("variableName", variableName);
            }
            sim.recordAudit(caller(env), project, environmentId, eventType, payload);
        }

        /** Workspace-level, as on Railway: an account token or that workspace's token; a project token is refused. */
        Object auditLogs(DataFetchingEnvironment env) {
            Caller caller = caller(env);
            String workspaceId = env.getArgument("workspaceId");
            boolean allowed = caller.isAccount() || (caller.isWorkspace() && workspaceId.equals(caller.grant().workspaceId()));
            if (!allowed || !sim.workspaces().containsKey(workspaceId)) {
                throw SimulatedError.notAuthorized();
            }
            Map<String, Object> filter = env.getArgument("filter") != null ? env.getArgument("filter") : Map.of();
            Instant start = filter.get("startDate") instanceof Instant i ? i : null;
            Instant end = filter.get("endDate") instanceof Instant i ? i : null;
            @SuppressWarnings("unchecked")
            List<String> types = (List<String>) filter.get("eventTypes");
            List<RailwaySimulator.AuditEntry> entries = new ArrayList<>(sim.auditEntries().stream()
                    .filter(e -> workspaceId.equals(e.workspaceId()))
                    .filter(e -> filter.get("projectId") == null || filter.get("projectId").equals(e.projectId()))
                    .filter(e -> filter.get("environmentId") == null || filter.get("environmentId").equals(e.environmentId()))
                    .filter(e -> start == null || !e.createdAt().isBefore(start))
                    .filter(e -> end == null || !e.createdAt().isAfter(end))
                    .filter(e -> types == null || types.contains(e.eventType()))
                    .toList());
            if (!"asc".equals(env.getArgument("sort"))) {
                java.util.Collections.reverse(entries);
            }
            Integer first = env.getArgument("first");
            if (first != null && first < entries.size()) {
                entries = new ArrayList<>(entries.subList(0, Math.max(0, first)));
            }
            List<Map<String, Object>> edges = new ArrayList<>();
            for (RailwaySimulator.AuditEntry e : entries) {
                Map<String, Object> node = new LinkedHashMap<>();
                node.put("id", e.id());
                node.put("createdAt", e.createdAt());
                node.put("eventType", e.eventType());
                node.put("workspaceId", e.workspaceId());
                node.put("projectId", e.projectId());
                node.put("environmentId", e.environmentId());
                node.put("context", Map.of("actor", Map.of("email", e.actor())));
                node.put("payload", e.payload());
                edges.add(Map.of("cursor", e.id(), "node", node));
            }
            return Map.of("edges", edges, "pageInfo", Map.of("hasNextPage", false, "hasPreviousPage", false));
        }

        private ProjectState requireWrite(DataFetchingEnvironment env, Map<String, Object> input) {
            sim.countMutation();
            ProjectState project = requireEnvironment(caller(env), (String) input.get("environmentId"));
            if (!project.id.equals(input.get("projectId"))) {
                throw SimulatedError.notAuthorized();
            }
            String serviceId = (String) input.get("serviceId");
            if (serviceId != null && !project.services.containsKey(serviceId)) {
                throw new SimulatedError("Service not found");
            }
            return project;
        }

        private void deployAfterVariableChange(ProjectState project, String environmentId, String serviceId) {
            List<String> services = serviceId != null ? List.of(serviceId) : List.copyOf(project.services.keySet());
            for (String service : services) {
                sim.createDeployment(environmentId, service, DeploymentContext.Trigger.VARIABLE_CHANGE, "Variable change");
            }
        }

        Object deploymentRedeploy(DataFetchingEnvironment env) {
            sim.countMutation();
            SimulatedDeployment d = sim.deploymentById(env.getArgument("id"));
            requireEnvironment(caller(env), d.context.environmentId());
            if (!canRedeploy(d)) {
                throw new SimulatedError("Deployment cannot be redeployed while it is " + d.status);
            }
            audit(env, sim.projectOfEnvironment(d.context.environmentId()), d.context.environmentId(), "deployment.redeployed",
                    d.context.serviceId(), null);
            return deployment(sim.createDeployment(d.context.environmentId(), d.context.serviceId(),
                    DeploymentContext.Trigger.REDEPLOY, d.commitMessage));
        }

        Object serviceInstanceDeployV2(DataFetchingEnvironment env) {
            sim.countMutation();
            String environmentId = env.getArgument("environmentId");
            ProjectState project = requireEnvironment(caller(env), environmentId);
            String id = sim.createDeployment(environmentId, env.getArgument("serviceId"), DeploymentContext.Trigger.DEPLOY, "Deploy").id;
            audit(env, project, environmentId, "service.deployed", env.getArgument("serviceId"), null);
            return id;
        }

        Object serviceInstanceRedeploy(DataFetchingEnvironment env) {
            sim.countMutation();
            String environmentId = env.getArgument("environmentId");
            ProjectState project = requireEnvironment(caller(env), environmentId);
            sim.createDeployment(environmentId, env.getArgument("serviceId"), DeploymentContext.Trigger.REDEPLOY, "Redeploy");
            audit(env, project, environmentId, "service.redeployed", env.getArgument("serviceId"), null);
            return true;
        }

        Object deploymentRestart(DataFetchingEnvironment env) {
            sim.countMutation();
            SimulatedDeployment d = sim.deploymentById(env.getArgument("id"));
            requireEnvironment(caller(env), d.context.environmentId());
            if (!d.status.equals("SUCCESS") && !d.status.equals("CRASHED")) {
                throw new SimulatedError("Deployment cannot be restarted while it is " + d.status);
            }
            sim.runner().stop(d.context);
            PhaseResult start = sim.runner().start(d.context);
            for (String line : start.lines()) {
                d.deployLog.add(new SimulatedDeployment.Line(sim.now(), line, start.succeeded() ? "info" : "error"));
            }
            d.move(start.succeeded() ? "SUCCESS" : "CRASHED", sim.now());
            return true;
        }

        Object deploymentCancel(DataFetchingEnvironment env) {
            sim.countMutation();
            SimulatedDeployment d = sim.deploymentById(env.getArgument("id"));
            requireEnvironment(caller(env), d.context.environmentId());
            if (!d.inProgress()) {
                throw new SimulatedError("Deployment is not in progress");
            }
            d.move("REMOVED", sim.now());
            d.nextTransitionAt = null;
            return true;
        }

        // ---- shapes

        private static boolean canRedeploy(SimulatedDeployment d) {
            return switch (d.status) {
                case "SUCCESS", "FAILED", "CRASHED", "REMOVED", "SLEEPING" -> true;
                default -> false;
            };
        }

        private Map<String, Object> deployment(SimulatedDeployment d) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", d.id);
            m.put("status", d.status);
            m.put("createdAt", d.createdAt);
            m.put("updatedAt", d.updatedAt);
            m.put("statusUpdatedAt", d.statusUpdatedAt);
            String host = d.context.serviceName().toLowerCase(Locale.ROOT) + "-" + d.id.substring(0, 8) + ".up.railway.app";
            m.put("staticUrl", host);
            m.put("url", "https://" + host);
            m.put("canRedeploy", canRedeploy(d));
            m.put("canRollback", d.status.equals("REMOVED"));
            m.put("deploymentStopped", d.status.equals("REMOVED"));
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("reason", d.context.trigger().name().toLowerCase(Locale.ROOT));
            meta.put("commitMessage", d.commitMessage);
            meta.put("commitHash", Integer.toHexString(d.commitMessage.hashCode()) + "c0ffee");
            m.put("meta", meta);
            m.put("projectId", d.context.projectId());
            m.put("environmentId", d.context.environmentId());
            m.put("serviceId", d.context.serviceId());
            m.put("instances", d.status.equals("SUCCESS") ? List.of(Map.of("id", d.id.substring(0, 8) + "-0", "status", "RUNNING"))
                    : d.status.equals("CRASHED") ? List.of(Map.of("id", d.id.substring(0, 8) + "-0", "status", "CRASHED")) : List.of());
            return m;
        }

        private Map<String, Object> project(ProjectState project, Caller caller) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", project.id);
            m.put("name", project.name);
            m.put("createdAt", project.createdAt);
            m.put("updatedAt", project.createdAt);
            m.put("workspaceId", project.workspaceId);
            List<Map<String, Object>> environments = new ArrayList<>();
            for (String environmentId : project.environments.keySet()) {
                if (!caller.isProjectToken() || environmentId.equals(caller.grant().environmentId())) {
                    environments.add(environment(project, environmentId));
                }
            }
            m.put("environments", connection(environments));
            List<Map<String, Object>> services = new ArrayList<>();
            project.services.forEach((id, name) -> {
                Map<String, Object> service = new LinkedHashMap<>();
                service.put("id", id);
                service.put("name", name);
                service.put("projectId", project.id);
                service.put("createdAt", project.createdAt);
                service.put("updatedAt", project.createdAt);
                services.add(service);
            });
            m.put("services", connection(services));
            return m;
        }

        private Map<String, Object> environment(ProjectState project, String environmentId) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", environmentId);
            m.put("name", project.environments.get(environmentId));
            m.put("projectId", project.id);
            m.put("createdAt", project.createdAt);
            m.put("updatedAt", project.createdAt);
            m.put("unmergedChangesCount", sim.stagedChanges(environmentId).size());
            return m;
        }

        private static List<Map<String, Object>> limit(List<Map<String, Object>> nodes, Integer first) {
            return first == null || first >= nodes.size() ? nodes : nodes.subList(0, Math.max(0, first));
        }

        private static Map<String, Object> connection(List<Map<String, Object>> nodes) {
            List<Map<String, Object>> edges = new ArrayList<>();
            for (Map<String, Object> node : nodes) {
                edges.add(Map.of("cursor", String.valueOf(node.get("id")), "node", node));
            }
            Map<String, Object> pageInfo = new LinkedHashMap<>();
            pageInfo.put("hasNextPage", false);
            pageInfo.put("hasPreviousPage", false);
            pageInfo.put("startCursor", edges.isEmpty() ? null : edges.get(0).get("cursor"));
            pageInfo.put("endCursor", edges.isEmpty() ? null : edges.get(edges.size() - 1).get("cursor"));
            Map<String, Object> connection = new LinkedHashMap<>();
            connection.put("edges", edges);
            connection.put("pageInfo", pageInfo);
            return connection;
        }
    }

    // ---- scalars

    private static GraphQLScalarType dateTime() {
        return GraphQLScalarType.newScalar().name("DateTime").coercing(new Coercing<Instant, String>() {
            @Override
            public String serialize(Object value, GraphQLContext context, Locale locale) {
                return value instanceof Instant instant ? MILLIS.format(instant) : String.valueOf(value);
            }

            @Override
            public Instant parseValue(Object input, GraphQLContext context, Locale locale) {
                try {
                    return java.time.OffsetDateTime.parse(String.valueOf(input)).toInstant();
                } catch (DateTimeParseException e) {
                    throw new CoercingParseValueException("DateTime cannot represent an invalid date-time string: " + input);
                }
            }

            @Override
            public Instant parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                if (input instanceof StringValue text) {
                    return parseValue(text.getValue(), context, locale);
                }
                throw new CoercingParseLiteralException("DateTime must be a string");
            }
        }).build();
    }

    private static GraphQLScalarType jsonScalar(String name) {
        return GraphQLScalarType.newScalar().name(name).coercing(new Coercing<Object, Object>() {
            @Override
            public Object serialize(Object value, GraphQLContext context, Locale locale) {
                return value;
            }

            @Override
            public Object parseValue(Object input, GraphQLContext context, Locale locale) {
                return input;
            }

            @Override
            public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                return literal(input, variables);
            }
        }).build();
    }

    private static Object literal(Value<?> value, CoercedVariables variables) {
        if (value instanceof StringValue v) {
            return v.getValue();
        } else if (value instanceof IntValue v) {
            return v.getValue();
        } else if (value instanceof FloatValue v) {
            return v.getValue();
        } else if (value instanceof BooleanValue v) {
            return v.isValue();
        } else if (value instanceof NullValue) {
            return null;
        } else if (value instanceof VariableReference v) {
            return variables.get(v.getName());
        } else if (value instanceof ArrayValue v) {
            List<Object> list = new ArrayList<>();
            v.getValues().forEach(item -> list.add(literal(item, variables)));
            return list;
        } else if (value instanceof ObjectValue v) {
            Map<String, Object> map = new LinkedHashMap<>();
            v.getObjectFields().forEach(field -> map.put(field.getName(), literal(field.getValue(), variables)));
            return map;
        }
        throw new CoercingParseLiteralException("unsupported literal " + value);
    }
}
