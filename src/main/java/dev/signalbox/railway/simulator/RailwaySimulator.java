package dev.signalbox.railway.simulator;

import com.fasterxml.jackson.core.type.TypeReference;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.signalbox.common.Json;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An in-process Railway: Railway's GraphQL operations (a subset of the published schema, executed by graphql-java)
 * over real HTTP on loopback, so the real {@code RailwayClient} talks to it exactly as to backboard.railway.com.
 * Deployments move QUEUED -> BUILDING -> DEPLOYING -> SUCCESS / FAILED / CRASHED on the {@link SimulatorClock}
 * with logs; what a build and a start do is up to a pluggable {@link DeploymentRunner}. Variable writes start a
 * deployment unless skipped; tokens have kinds and scopes ("Not Authorized"); a per-token hourly rate limit answers
 * 429 with Retry-After. Thread-safe: state is guarded by this object's lock.
 */
public final class RailwaySimulator implements AutoCloseable {

    /** How long each phase lasts in simulated time. */
    public record Timings(Duration queued, Duration building, Duration deploying) {
        public static final Timings DEFAULT = new Timings(Duration.ofSeconds(2), Duration.ofSeconds(30), Duration.ofSeconds(15));

        public Duration total() {
            return queued.plus(building).plus(deploying);
        }
    }

    /** What a token may reach. */
    enum TokenKind { PROJECT, ACCOUNT, WORKSPACE }

    record Grant(TokenKind kind, String tokenId, String projectId, String environmentId, String workspaceId) {
    }

    /** Who is calling, from the request's headers. {@code grant} is null for an unknown token. */
    record Caller(Grant grant, boolean viaProjectHeader) {
        boolean isProjectToken() {
            return grant != null && viaProjectHeader && grant.kind() == TokenKind.PROJECT;
        }

        boolean isAccount() {
            return grant != null && !viaProjectHeader && grant.kind() == TokenKind.ACCOUNT;
        }

        boolean isWorkspace() {
            return grant != null && !viaProjectHeader && grant.kind() == TokenKind.WORKSPACE;
        }
    }

    static final class ProjectState {
        final String id;
        final String name;
        final String workspaceId;
        final Instant createdAt;
        final Map<String, String> environments = new LinkedHashMap<>();
        final Map<String, String> services = new LinkedHashMap<>();

        ProjectState(String id, String name, String workspaceId, Instant createdAt) {
            this.id = id;
            this.name = name;
            this.workspaceId = workspaceId;
            this.createdAt = createdAt;
        }
    }

    private static final class RateWindow {
        Instant start;
        int used;
    }

    /**
     * A service instance's deploy settings as the dashboard (or config as code) sets them; {@code serviceDomains}
     * are host names (the sandbox's is its loopback {@code host:port}).
     */
    public record InstanceSettings(String healthcheckPath, Integer healthcheckTimeout, String startCommand,
                                   List<String> preDeployCommand, String restartPolicyType, int restartPolicyMaxRetries,
                                   int numReplicas, List<String> serviceDomains) {
        /** Railway's defaults for a new service: no health check, restart on failure up to 10 times, one replica. */
        public static final InstanceSettings DEFAULT = new InstanceSettings(null, null, null, List.of(), "ON_FAILURE", 10, 1, List.of());

        public InstanceSettings {
            preDeployCommand = preDeployCommand == null ? List.of() : List.copyOf(preDeployCommand);
            serviceDomains = serviceDomains == null ? List.of() : List.copyOf(serviceDomains);
        }
    }

    /** The ids and tokens of a seeded service, for tests and the sandbox. */
    public record SeededService(String workspaceId, String projectId, String environmentId, String environmentName,
                                String serviceId, String projectToken, String accountToken, String workspaceToken,
                                String firstDeploymentId) {
    }

    private final SimulatorClock clock;
    private final Timings timings;
    private volatile DeploymentRunner runner;
    private final Random random = new Random(20240601L);
    private final Map<String, String> workspaces = new LinkedHashMap<>();
    private final Map<String, ProjectState> projects = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> variables = new HashMap<>();
    private final Map<String, InstanceSettings> instanceSettings = new HashMap<>();
    /** Staged (dashboard) edits per environment: service id -> sections touched, in order. */
    private final Map<String, List<Map.Entry<String, String>>> stagedChanges = new HashMap<>();
    private final List<SimulatedDeployment> deployments = new ArrayList<>();
    private final Map<String, Grant> tokens = new HashMap<>();
    /** Who each token belongs to (by token id), for the audit trail; a token issued without one is "api-token". */
    private final Map<String, String> actors = new HashMap<>();
    private final List<AuditEntry> auditEntries = new ArrayList<>();
    private final Map<String, RateWindow> rateWindows = new HashMap<>();
    private final Map<String, String> races = new HashMap<>();
    private volatile int rateLimitPerHour;
    private final AtomicInteger injectedFailures = new AtomicInteger();
    private volatile int injectedStatus = 502;
    private final AtomicInteger appliedThenFailed = new AtomicInteger();
    private volatile int appliedThenStatus = 502;
    private final AtomicInteger refusedMutations = new AtomicInteger();
    private volatile int refusedStatus = 502;
    private final AtomicLong requests = new AtomicLong();
    private final Map<String, AtomicLong> operationCounts = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    private final AtomicLong mutations = new AtomicLong();
    private final HttpServer server;
    private final ExecutorService executor;
    private final ScheduledExecutorService ticker;
    private final GraphQL graphql;
    private final SubscriptionServer subscriptions;
    private final List<SimulatedFeed> feeds = new ArrayList<>();
    private ScheduledExecutorService feedPump;
    private long nextRequestId = 0x1000;

    private RailwaySimulator(Builder builder) {
        this.clock = builder.clock;
        this.timings = builder.timings;
        this.runner = builder.runner;
        this.rateLimitPerHour = builder.rateLimitPerHour;
        this.graphql = SimulatorSchema.graphql(this);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a loopback port for the Railway simulator", e);
        }
        executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "railway-simulator");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/graphql/v2", this::handle);
        server.start();
        subscriptions = new SubscriptionServer(this);
        subscriptions.startAndWait();
        if (builder.autoSettle != null) {
            ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "railway-simulator-clock");
                thread.setDaemon(true);
                return thread;
            });
            long millis = builder.autoSettle.toMillis();
            ticker.scheduleWithFixedDelay(this::settle, millis, millis, TimeUnit.MILLISECONDS);
        } else {
            ticker = null;
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A simulator whose time stands still at 2025-06-02T09:00:00Z until advanced. */
    public static RailwaySimulator start() {
        return builder().build();
    }

    public static final class Builder {
        private SimulatorClock clock = SimulatorClock.manual(Instant.parse("2025-06-02T09:00:00Z"));
        private Timings timings = Timings.DEFAULT;
        private DeploymentRunner runner = new ScriptedDeploymentRunner();
        private int rateLimitPerHour = 1000;
        private Duration autoSettle;

        public Builder clock(SimulatorClock clock) {
            this.clock = clock;
            return this;
        }

        public Builder timings(Timings timings) {
            this.timings = timings;
            return this;
        }

        public Builder runner(DeploymentRunner runner) {
            this.runner = runner;
            return this;
        }

        /** Requests per token per hour (Hobby: 1,000); 0 switches the limit and its headers off. */
        public Builder rateLimitPerHour(int limit) {
            this.rateLimitPerHour = limit;
            return this;
        }

        /** With a flowing clock: move deployments along every {@code interval} even when nobody asks. */
        public Builder autoSettle(Duration interval) {
            this.autoSettle = interval;
            return this;
        }

        public RailwaySimulator build() {
            return new RailwaySimulator(this);
        }
    }

    // ---- control API (tests, sandbox) -----------------------------------------------------------------------

    /** The GraphQL endpoint, e.g. {@code http://127.0.0.1:41234/graphql/v2}: put it in a profile's railway.endpoint. */
    public String endpoint() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort() + "/graphql/v2";
    }

    /** Subscriptions (graphql-transport-ws) on their own loopback port: put it in a profile's railway.subscriptionEndpoint. */
    public String subscriptionEndpoint() {
        return subscriptions.endpoint();
    }

    /** While true, WebSocket upgrades are refused with an HTTP error, as by a proxy that does not pass them. */
    public void refuseSubscriptions(boolean refuse) {
        subscriptions.refuse(refuse);
    }

    /** After {@code lines} more streamed lines, the streams' connections are cut without a close frame (once). */
    public void dropSubscriptionsAfter(int lines) {
        subscriptions.dropAfter(lines);
    }

    public SimulatorClock clock() {
        return clock;
    }

    public Timings timings() {
        return timings;
    }

    public DeploymentRunner runner() {
        return runner;
    }

    public void setRunner(DeploymentRunner runner) {
        this.runner = runner;
    }

    /** Moves time forward and every deployment with it. */
    public void advance(Duration duration) {
        clock.advance(duration);
        settle();
    }

    /** Advances time until no deployment is in progress (at most one simulated day). */
    public synchronized void runUntilIdle() {
        settle();
        for (int guard = 0; guard < 10_000; guard++) {
            Optional<Instant> next = deployments.stream().filter(SimulatedDeployment::inProgress)
                    .map(d -> d.nextTransitionAt).filter(at -> at != null).min(Comparator.naturalOrder());
            if (next.isEmpty()) {
                return;
            }
            Duration wait = Duration.between(clock.instant(), next.get());
            clock.advance(wait.isNegative() ? Duration.ZERO : wait);
            settle();
        }
        throw new IllegalStateException("deployments did not settle");
    }

    public synchronized String addWorkspace(String name) {
        String id = newId();
        workspaces.put(id, name);
        return id;
    }

    public synchronized String addProject(String workspaceId, String name) {
        String id = newId();
        projects.put(id, new ProjectState(id, name, workspaceId, clock.instant()));
        return id;
    }

    public synchronized String addEnvironment(String projectId, String name) {
        String id = newId();
        project(projectId).environments.put(id, name);
        return id;
    }

    public synchronized String addService(String projectId, String name) {
        String id = newId();
        project(projectId).services.put(id, name);
        return id;
    }

    /** A project token for one environment of one project (sent as Project-Access-Token). */
    public synchronized String issueProjectToken(String projectId, String environmentId) {
        return issue(new Grant(TokenKind.PROJECT, newId(), projectId, environmentId, null));
    }

    /** An account token: reaches every workspace (sent as Authorization: Bearer). */
    public synchronized String issueAccountToken() {
        return issue(new Grant(TokenKind.ACCOUNT, newId(), null, null, null));
    }

    /**
     * An account token of a named person: changes made with it through the API appear in {@code auditLogs} as theirs,
     * as a colleague's dashboard or CLI changes do on Railway.
     */
    public synchronized String issueAccountToken(String actor) {
        Grant grant = new Grant(TokenKind.ACCOUNT, newId(), null, null, null);
        actors.put(grant.tokenId(), actor);
        return issue(grant);
    }

    /** One change recorded in the workspace's audit trail (the simulator's event type names, not Railway's). */
    record AuditEntry(String id, Instant createdAt, String workspaceId, String projectId, String environmentId,
                      String eventType, String actor, Map<String, Object> payload) {
    }

    synchronized void recordAudit(Caller caller, ProjectState project, String environmentId, String eventType,
                                  Map<String, Object> payload) {
        String actor = caller.grant() == null ? "unknown" : actors.getOrDefault(caller.grant().tokenId(), "api-token");
        auditEntries.add(new AuditEntry(newId(), clock.instant(), project.workspaceId, project.id, environmentId, eventType,
                actor, Map.copyOf(payload)));
    }

    synchronized List<AuditEntry> auditEntries() {
        return List.copyOf(auditEntries);
    }

    /** A workspace token: one workspace's projects, cannot read {@code me}. */
    public synchronized String issueWorkspaceToken(String workspaceId) {
        return issue(new Grant(TokenKind.WORKSPACE, newId(), null, null, workspaceId));
    }

    private String issue(Grant grant) {
        String token = UUID.randomUUID().toString();
        tokens.put(token, grant);
        return token;
    }

    /** Writes a service variable directly, as someone in the dashboard with "skip deploy". */
    public synchronized void putVariable(String environmentId, String serviceId, String name, String value) {
        variableMap(environmentId, serviceId).put(name, value);
    }

    /** Sets a service instance's deploy settings, as someone in the dashboard would. */
    public synchronized void configureInstance(String environmentId, String serviceId, InstanceSettings settings) {
        instanceSettings.put(environmentId + "/" + serviceId, settings);
    }

    synchronized InstanceSettings instanceSettings(String environmentId, String serviceId) {
        return instanceSettings.getOrDefault(environmentId + "/" + serviceId, InstanceSettings.DEFAULT);
    }

    /** Stages a dashboard edit of {@code section} ("variables", "deploy", ...) of a service, not applied yet. */
    public synchronized void stageChange(String environmentId, String serviceId, String section) {
        stagedChanges.computeIfAbsent(environmentId, k -> new ArrayList<>()).add(Map.entry(serviceId, section));
    }

    synchronized List<Map.Entry<String, String>> stagedChanges(String environmentId) {
        return List.copyOf(stagedChanges.getOrDefault(environmentId, List.of()));
    }

    /** The service's own variables right now (not a deployment's snapshot). */
    public synchronized Map<String, String> variables(String environmentId, String serviceId) {
        return Map.copyOf(variableMap(environmentId, serviceId));
    }

    /** Starts a deployment of the service's current source, as a git push would. Returns its id. */
    public synchronized String deploy(String environmentId, String serviceId, String commitMessage) {
        return createDeployment(environmentId, serviceId, DeploymentContext.Trigger.DEPLOY, commitMessage).id;
    }

    public synchronized String status(String deploymentId) {
        settle();
        return deploymentById(deploymentId).status;
    }

    /** The variables a deployment was started with (Railway snapshots them at creation). */
    public synchronized Map<String, String> deploymentVariables(String deploymentId) {
        return deploymentById(deploymentId).context.variables();
    }

    /** Ids of the service's deployments, newest first. */
    public synchronized List<String> deploymentIds(String environmentId, String serviceId) {
        settle();
        List<String> ids = new ArrayList<>();
        for (int i = deployments.size() - 1; i >= 0; i--) {
            SimulatedDeployment d = deployments.get(i);
            if (d.context.environmentId().equals(environmentId) && d.context.serviceId().equals(serviceId)) {
                ids.add(d.id);
            }
        }
        return ids;
    }

    /** A running deployment's process dies (the sandbox's service exited): CRASHED, with its last lines. */
    public synchronized void crash(String deploymentId, List<String> lines) {
        SimulatedDeployment deployment = deploymentById(deploymentId);
        Instant now = clock.instant();
        for (String line : lines) {
            deployment.deployLog.add(new SimulatedDeployment.Line(now, line, "error"));
            now = now.plusNanos(1_000_123);
        }
        deployment.move("CRASHED", clock.instant());
    }

    /** Adds a line to a deployment's deploy log at the current time (e.g. the sandbox forwarding stdout). */
    public synchronized void appendDeployLog(String deploymentId, String message, String severity) {
        deploymentById(deploymentId).deployLog.add(new SimulatedDeployment.Line(clock.instant(), message, severity));
        pumpFeeds();
    }

    /**
     * A request reached the deployment through the edge (the sandbox's service answered one): it is in the
     * deployment's httpLogs from now on, and streamed to their subscribers.
     */
    public synchronized void recordHttpRequest(String deploymentId, String method, String path, int status, int durationMillis) {
        SimulatedDeployment deployment = deploymentById(deploymentId);
        Instant at = clock.instant();
        // Two requests in the same nanosecond are two requests; the id keeps them apart, the time keeps their order.
        deployment.logRequest(new SimulatedDeployment.Request(at, "req_" + Long.toHexString(nextRequestId++) + "_"
                + deploymentId.substring(0, Math.min(8, deploymentId.length())), method, path, status, durationMillis));
        pumpFeeds();
    }

    /**
     * The deployment that serves the service's domain now: the newest SUCCESS one (a newer deployment that crashed or
     * is still building does not take traffic); null when none does.
     */
    public synchronized String servingDeployment(String environmentId, String serviceId) {
        settle();
        for (int i = deployments.size() - 1; i >= 0; i--) {
            SimulatedDeployment d = deployments.get(i);
            if (d.context.environmentId().equals(environmentId) && d.context.serviceId().equals(serviceId)
                    && "SUCCESS".equals(d.status)) {
                return d.id;
            }
        }
        return null;
    }

    /** Requests per token per hour; 0 switches the limit off. */
    public void setRateLimitPerHour(int limit) {
        this.rateLimitPerHour = limit;
        synchronized (this) {
            rateWindows.clear();
        }
    }

    /** The next {@code count} requests answer this HTTP status without being executed (a Railway incident). */
    public void failNextRequests(int count, int httpStatus) {
        injectedStatus = httpStatus;
        injectedFailures.set(count);
    }

    /** The next {@code count} mutations (reads pass) answer this HTTP status without being executed. */
    public void failNextMutations(int count, int httpStatus) {
        refusedStatus = httpStatus;
        refusedMutations.set(count);
    }

    /**
     * The next {@code count} mutations are executed, then answered with this HTTP status instead of their result:
     * a gateway that times out or fails after Railway applied the change. The client cannot know it happened.
     */
    public void applyThenFailNextMutations(int count, int httpStatus) {
        appliedThenStatus = httpStatus;
        appliedThenFailed.set(count);
    }

    /**
     * The next write of {@code name} stores {@code storedValue} instead of what was sent, as if another person
     * changed it in the dashboard at the same moment: the read-back must catch it.
     */
    public synchronized void raceNextVariableWrite(String name, String storedValue) {
        races.put(name, storedValue);
    }

    synchronized String takeRace(String name) {
        return races.remove(name);
    }

    /** HTTP requests received, including refused ones. */
    public long requestCount() {
        return requests.get();
    }

    /**
     * Requests received so far by GraphQL operation name (refused ones under "(refused: HTTP 429)"), in the order
     * first seen: what a benchmark reports as where a console's budget goes.
     */
    public Map<String, Long> requestCountsByOperation() {
        Map<String, Long> counts = new LinkedHashMap<>();
        operationCounts.forEach((name, count) -> counts.put(name, count.get()));
        return counts;
    }

    private void countOperation(String name) {
        operationCounts.computeIfAbsent(name, n -> new AtomicLong()).incrementAndGet();
    }

    /** Mutations executed. */
    public long mutationCount() {
        return mutations.get();
    }

    /**
     * A workspace "Facteur" with project "facteur", environment "production", service "api" with typical
     * variables, one token of each kind, and one SUCCESS deployment (time advanced past it).
     */
    public SeededService seedFacteur() {
        String workspace;
        String project;
        String environment;
        String service;
        synchronized (this) {
            workspace = addWorkspace("Facteur");
            project = addProject(workspace, "facteur");
            environment = addEnvironment(project, "production");
            addEnvironment(project, "staging");
            service = addService(project, "api");
            addService(project, "Postgres");
            putVariable(environment, service, "DATABASE_URL",
                    "postgresql://postgres:s3cr3t-db-password@postgres.railway.internal:5432/railway");
            putVariable(environment, service, "SECRET_KEY", "k7Qe9vXw2LmN4pRt6YzA8bCd0EfGhJkM");
            putVariable(environment, service, "ENVIRONMENT", "production");
        }
        String first = deploy(environment, service, "Add user_personalization FK fix");
        runUntilIdle();
        synchronized (this) {
            return new SeededService(workspace, project, environment, "production", service,
                    issueProjectToken(project, environment), issueAccountToken(), issueWorkspaceToken(workspace), first);
        }
    }

    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        synchronized (this) {
            if (feedPump != null) {
                feedPump.shutdownNow();
            }
        }
        try {
            subscriptions.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.stop(0);
        executor.shutdownNow();
    }

    // ---- subscriptions ------------------------------------------------------------------------------------

    synchronized void addFeed(SimulatedFeed feed) {
        feeds.add(feed);
        if (feedPump == null) {
            // Lines are written ahead with future timestamps; each becomes visible, and is streamed, when its time comes.
            feedPump = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "railway-simulator-feeds");
                thread.setDaemon(true);
                return thread;
            });
            feedPump.scheduleWithFixedDelay(() -> {
                synchronized (this) {
                    pumpFeeds();
                }
            }, 0, 50, TimeUnit.MILLISECONDS);
        }
    }

    private void pumpFeeds() {
        feeds.removeIf(SimulatedFeed::cancelled);
        Instant now = clock.instant();
        for (SimulatedFeed feed : List.copyOf(feeds)) {
            try {
                feed.pump(now);
            } catch (RuntimeException e) {
                // One broken stream must not stop the others.
                feeds.remove(feed);
            }
        }
    }

    /** Who presents these credentials (either may be null); an unknown token gives a caller without a grant. */
    synchronized Caller caller(String projectToken, String authorization) {
        String bearer = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7).trim() : null;
        String presented = projectToken != null ? projectToken : bearer;
        return new Caller(presented == null ? null : tokens.get(presented), projectToken != null);
    }

    synchronized ExecutionResult executeLocked(ExecutionInput input) {
        settle();
        return graphql.execute(input);
    }

    // ---- state used by the schema's data fetchers ----------------------------------------------------------

    synchronized void settle() {
        Instant now = clock.instant();
        boolean moved = true;
        while (moved) {
            moved = false;
            for (SimulatedDeployment deployment : List.copyOf(deployments)) {
                if (deployment.inProgress() && deployment.nextTransitionAt != null && !deployment.nextTransitionAt.isAfter(now)) {
                    step(deployment);
                    moved = true;
                }
            }
        }
    }

    private void step(SimulatedDeployment deployment) {
        Instant at = deployment.nextTransitionAt;
        switch (deployment.status) {
            case "QUEUED" -> {
                deployment.move("BUILDING", at);
                PhaseResult build = runner.build(deployment.context);
                deployment.buildSucceeded = build.succeeded();
                spread(deployment.buildLog, build.lines(), at, timings.building(), build.succeeded() ? "info" : "error");
                deployment.nextTransitionAt = at.plus(timings.building());
            }
            case "BUILDING" -> {
                if (!deployment.buildSucceeded) {
                    deployment.move("FAILED", at);
                    deployment.nextTransitionAt = null;
                    return;
                }
                deployment.move("DEPLOYING", at);
                // The container starts when DEPLOYING begins; the outcome shows when the phase ends.
                PhaseResult start = runner.start(deployment.context);
                deployment.buildSucceeded = start.succeeded();
                spread(deployment.deployLog, start.lines(), at, timings.deploying(), start.succeeded() ? "info" : "error");
                deployment.nextTransitionAt = at.plus(timings.deploying());
            }
            case "DEPLOYING" -> {
                deployment.nextTransitionAt = null;
                if (!deployment.buildSucceeded) {
                    deployment.move("CRASHED", at);
                    return;
                }
                deployment.move("SUCCESS", at);
                for (SimulatedDeployment other : deployments) {
                    if (other != deployment && sameService(other, deployment) && other.status.equals("SUCCESS")) {
                        other.move("REMOVED", at);
                        runner.stop(other.context);
                    }
                }
            }
            default -> deployment.nextTransitionAt = null;
        }
    }

    private static boolean sameService(SimulatedDeployment a, SimulatedDeployment b) {
        return a.context.environmentId().equals(b.context.environmentId()) && a.context.serviceId().equals(b.context.serviceId());
    }

    private static void spread(List<SimulatedDeployment.Line> log, List<String> lines, Instant from, Duration phase, String lastSeverity) {
        long step = phase.toNanos() / (lines.size() + 1);
        for (int i = 0; i < lines.size(); i++) {
            // Odd nanoseconds, as Railway's RFC 3339 timestamps have them: de-duplication must keep them exact.
            Instant at = from.plusNanos(step * (i + 1) + 123 * (i + 1));
            log.add(new SimulatedDeployment.Line(at, lines.get(i), i == lines.size() - 1 ? lastSeverity : "info"));
        }
    }

    SimulatedDeployment createDeployment(String environmentId, String serviceId, DeploymentContext.Trigger trigger, String commitMessage) {
        ProjectState project = projectOfEnvironment(environmentId);
        if (!project.services.containsKey(serviceId)) {
            throw new SimulatedError("Service not found");
        }
        Instant now = clock.instant();
        for (SimulatedDeployment other : deployments) {
            if (other.context.environmentId().equals(environmentId) && other.context.serviceId().equals(serviceId)
                    && other.status.equals("QUEUED")) {
                other.move("SKIPPED", now);
                other.nextTransitionAt = null;
            }
        }
        String id = newId();
        DeploymentContext context = new DeploymentContext(id, project.id, environmentId, serviceId,
                project.services.get(serviceId), renderedVariables(project, environmentId, serviceId), trigger, now);
        SimulatedDeployment deployment = new SimulatedDeployment(id, context, now, commitMessage);
        deployment.nextTransitionAt = now.plus(timings.queued());
        deployments.add(deployment);
        return deployment;
    }

    Map<String, String> renderedVariables(ProjectState project, String environmentId, String serviceId) {
        Map<String, String> rendered = new LinkedHashMap<>();
        rendered.put("RAILWAY_ENVIRONMENT_NAME", project.environments.get(environmentId));
        rendered.put("RAILWAY_PROJECT_NAME", project.name);
        rendered.put("RAILWAY_SERVICE_NAME", project.services.getOrDefault(serviceId, ""));
        rendered.putAll(variableMap(environmentId, null));
        if (serviceId != null) {
            rendered.putAll(variableMap(environmentId, serviceId));
        }
        return rendered;
    }

    Map<String, String> variableMap(String environmentId, String serviceId) {
        return variables.computeIfAbsent(environmentId + "/" + (serviceId == null ? "" : serviceId), key -> new LinkedHashMap<>());
    }

    ProjectState project(String projectId) {
        ProjectState project = projects.get(projectId);
        if (project == null) {
            throw new SimulatedError("Project not found");
        }
        return project;
    }

    ProjectState projectOfEnvironment(String environmentId) {
        for (ProjectState project : projects.values()) {
            if (project.environments.containsKey(environmentId)) {
                return project;
            }
        }
        throw new SimulatedError("Environment not found");
    }

    Map<String, ProjectState> projects() {
        return projects;
    }

    Map<String, String> workspaces() {
        return workspaces;
    }

    List<SimulatedDeployment> deployments() {
        return deployments;
    }

    SimulatedDeployment deploymentById(String id) {
        for (SimulatedDeployment deployment : deployments) {
            if (deployment.id.equals(id)) {
                return deployment;
            }
        }
        throw new SimulatedError("Deployment not found");
    }

    Instant now() {
        return clock.instant();
    }

    void countMutation() {
        mutations.incrementAndGet();
    }

    private String newId() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    // ---- HTTP --------------------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.incrementAndGet();
            if (!"POST".equals(exchange.getRequestMethod())) {
                respond(exchange, 405, "{\"errors\":[{\"message\":\"Method Not Allowed\"}]}");
                return;
            }
            if (injectedFailures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                respond(exchange, injectedStatus, "<html><body>upstream connect error</body></html>");
                return;
            }
            String projectToken = exchange.getRequestHeaders().getFirst("Project-Access-Token");
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            String bearer = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7).trim() : null;
            String presented = projectToken != null ? projectToken : bearer;
            Caller caller;
            synchronized (this) {
                caller = new Caller(presented == null ? null : tokens.get(presented), projectToken != null);
                if (!rateLimit(exchange, presented == null ? "anonymous" : presented)) {
                    countOperation("(refused: HTTP 429)");
                    return;
                }
                settle();
            }
            Map<String, Object> body;
            try (InputStream in = exchange.getRequestBody()) {
                body = Json.mapper().readValue(in, new TypeReference<Map<String, Object>>() { });
            } catch (IOException e) {
                respond(exchange, 400, "{\"errors\":[{\"message\":\"Body is not valid JSON\"}]}");
                return;
            }
            Object query = body.get("query");
            if (!(query instanceof String text)) {
                respond(exchange, 400, "{\"errors\":[{\"message\":\"Must provide query string.\"}]}");
                return;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> variables = body.get("variables") instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
            ExecutionInput.Builder input = ExecutionInput.newExecutionInput().query(text).variables(variables)
                    .graphQLContext(Map.of(Caller.class, caller));
            if (body.get("operationName") instanceof String name && !name.isBlank()) {
                input.operationName(name);
                countOperation(name);
            } else {
                countOperation("(no operationName)");
            }
            boolean mutation = text.stripLeading().startsWith("mutation");
            if (mutation && refusedMutations.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                respond(exchange, refusedStatus, "<html><body>502 Bad Gateway</body></html>");
                return;
            }
            ExecutionResult result;
            synchronized (this) {
                result = graphql.execute(input.build());
            }
            if (mutation && appliedThenFailed.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                respond(exchange, appliedThenStatus, "<html><body>502 Bad Gateway</body></html>");
                return;
            }
            respond(exchange, 200, Json.mapper().writeValueAsString(result.toSpecification()));
        } catch (RuntimeException e) {
            respond(exchange, 500, "{\"errors\":[{\"message\":\"Problem processing request\"}]}");
        }
    }

    /** Returns false after answering 429. Railway counts every request, refused ones included. */
    private boolean rateLimit(HttpExchange exchange, String key) throws IOException {
        int limit = rateLimitPerHour;
        if (limit <= 0) {
            return true;
        }
        Instant now = clock.instant();
        RateWindow window = rateWindows.computeIfAbsent(key, k -> new RateWindow());
        if (window.start == null || !now.isBefore(window.start.plus(Duration.ofHours(1)))) {
            window.start = now;
            window.used = 0;
        }
        window.used++;
        Instant reset = window.start.plus(Duration.ofHours(1));
        exchange.getResponseHeaders().set("X-RateLimit-Limit", Integer.toString(limit));
        exchange.getResponseHeaders().set("X-RateLimit-Remaining", Integer.toString(Math.max(0, limit - window.used)));
        exchange.getResponseHeaders().set("X-RateLimit-Reset", Long.toString(reset.getEpochSecond()));
        if (window.used > limit) {
            long seconds = Math.max(1, (long) Math.ceil(Duration.between(now, reset).toMillis() / 1000.0));
            exchange.getResponseHeaders().set("Retry-After", Long.toString(seconds));
            respond(exchange, 429, "{\"errors\":[{\"message\":\"Rate limit exceeded. Please try again later.\"}]}");
            return false;
        }
        return true;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", body.startsWith("<") ? "text/html" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

}
