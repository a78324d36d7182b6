package dev.signalbox.sandbox;

import dev.signalbox.common.Json;
import dev.signalbox.config.Profile;
import dev.signalbox.config.Project;
import dev.signalbox.config.ProjectLoader;
import dev.signalbox.migrations.RevisionFileReader;
import dev.signalbox.migrations.RevisionGraph;
import dev.signalbox.migrations.ScriptLocation;
import dev.signalbox.migrations.ScriptLocator;
import dev.signalbox.railway.simulator.DeploymentContext;
import dev.signalbox.railway.simulator.DeploymentRunner;
import dev.signalbox.railway.simulator.PhaseResult;
import dev.signalbox.railway.simulator.RailwaySimulator;
import dev.signalbox.railway.simulator.SimulatorClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The project sandbox: services {@code api}, {@code worker} and {@code frontend} in {@code staging} and
 * {@code production} on the Railway simulator, six sample services on loopback, and one embedded PostgreSQL with a
 * database per environment. Production has one incident that staging does not: its worker was deployed without
 * {@code DATABASE_URL} and crashed, and its frontend's {@code NEXTAUTH_SECRET} differs from the API's (sessions
 * signed by one are rejected by the other). It writes a project file ({@link #projectFile()}) whose members are
 * ordinary profiles, the staging ones as overrides of the production ones.
 */
public final class ProjectSandbox implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ProjectSandbox.class);
    public static final List<String> SERVICES = List.of("api", "worker", "frontend");
    public static final List<String> ENVIRONMENTS = List.of("staging", "production");
    public static final String SHARED_SECRET = "NEXTAUTH_SECRET";
    /**
     * For measurements only (docs/performance.md): {@code -Dsignalbox.sandbox.projectServices=20} adds plain services
     * {@code svc-04} ... up to 20 in all, each in both environments, to watch a project of the issue's size.
     */
    public static final String SERVICES_PROPERTY = "signalbox.sandbox.projectServices";

    /**
     * Handler threads shared by all sample services: the console probes a project on 8 threads
     * ({@code ProjectParts.HEALTH_THREADS}), so more than 8 requests at once are rare and wait in the queue.
     */
    static final int SAMPLE_HANDLER_THREADS = 8;

    private final Path root;
    private final List<AutoCloseable> resources = new ArrayList<>();
    private final Map<String, SampleService> services = new LinkedHashMap<>();
    private SandboxDatabase database;
    private RailwaySimulator railway;
    private Path projectFile;
    private Project project;

    private final List<String> serviceNames;

    private ProjectSandbox(Path root) {
        this.root = root;
        List<String> names = new ArrayList<>(SERVICES);
        int wanted = Math.max(SERVICES.size(), Math.min(25, Integer.getInteger(SERVICES_PROPERTY, SERVICES.size())));
        for (int i = SERVICES.size() + 1; i <= wanted; i++) {
            names.add(String.format("svc-%02d", i));
        }
        this.serviceNames = List.copyOf(names);
    }

    public static ProjectSandbox start(Consumer<String> progress) throws SandboxException {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        SandboxReaper.reapStale(temp);
        ProjectSandbox sandbox;
        try {
            sandbox = new ProjectSandbox(Files.createTempDirectory(temp, SandboxReaper.PREFIX));
        } catch (IOException e) {
            throw new SandboxException("cannot create the sandbox folder in " + temp + ": " + e.getMessage(), e);
        }
        try {
            sandbox.setUp(progress);
            return sandbox;
        } catch (Exception e) {
            sandbox.close();
            if (e instanceof SandboxException sandboxException) {
                throw sandboxException;
            }
            // The caller says "the project sandbox could not start"; the cause is the message.
            throw new SandboxException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        }
    }

    private static String databaseName(String environment) {
        return environment.equals("production") ? Sandbox.DATABASE : Sandbox.DATABASE + "_" + environment;
    }

    private void setUp(Consumer<String> progress) throws Exception {
        progress.accept("Starting PostgreSQL (embedded), a database per environment");
        database = SandboxDatabase.start(root);
        Path code = Sandbox.copyDemoProject(root.resolve("project"));
        Sandbox.commitToGit(code);
        ScriptLocation location = ScriptLocator.locate(code.resolve("alembic.ini"), "alembic");
        RevisionGraph graph = RevisionGraph.build(ScriptLocator.revisionFiles(location).stream().map(RevisionFileReader::read).toList());
        for (String environment : ENVIRONMENTS) {
            try (Connection admin = database.connect("postgres", "sandbox-setup"); Statement statement = admin.createStatement()) {
                statement.execute("CREATE DATABASE " + databaseName(environment));
            }
            try (Connection connection = database.connect(databaseName(environment), "alembic")) {
                new SandboxMigrator(graph, line -> LOG.debug("{}", line)).upgrade(connection, null);
            }
        }

        progress.accept("Starting " + serviceNames.size() * ENVIRONMENTS.size() + " sample services");
        Set<String> heads = new HashSet<>(graph.heads());
        // Closed after the sample services (resources close in reverse order).
        ExecutorService sampleHandlers = SampleService.handlerPool(SAMPLE_HANDLER_THREADS);
        resources.add(sampleHandlers::shutdownNow);
        Set<String> known = graph.revisions().stream().map(r -> r.id()).collect(Collectors.toSet());
        for (String environment : ENVIRONMENTS) {
            for (String service : serviceNames) {
                SampleService sample = new SampleService(() -> heads, sampleHandlers);
                sample.setKnownRevisions(known);
                resources.add(sample);
                services.put(environment + "/" + service, sample);
            }
        }

        progress.accept("Starting the Railway simulator with the project");
        Map<String, SandboxDeploymentRunner> runners = new LinkedHashMap<>();
        railway = RailwaySimulator.builder()
                .clock(SimulatorClock.system())
                .timings(new RailwaySimulator.Timings(Duration.ofMillis(500), Duration.ofMillis(1500), Duration.ofMillis(1000)))
                .runner(new PerServiceRunner(runners))
                .autoSettle(Duration.ofMillis(200))
                .build();
        resources.add(railway);
        String workspace = railway.addWorkspace("Sandbox");
        String projectId = railway.addProject(workspace, "facteur");
        Map<String, String> environmentIds = new LinkedHashMap<>();
        Map<String, String> serviceIds = new LinkedHashMap<>();
        for (String environment : ENVIRONMENTS) {
            environmentIds.put(environment, railway.addEnvironment(projectId, environment));
        }
        for (String service : serviceNames) {
            serviceIds.put(service, railway.addService(projectId, service));
        }
        railway.addService(projectId, "Postgres");
        String sharedSecret = Sandbox.randomSecret();
        for (String environment : ENVIRONMENTS) {
            String environmentId = environmentIds.get(environment);
            for (String service : serviceNames) {
                String serviceId = serviceIds.get(service);
                runners.put(environmentId + "/" + serviceId, new SandboxDeploymentRunner(services.get(environment + "/" + service)));
                boolean incident = environment.equals("production");
                railway.putVariable(environmentId, serviceId, "ENVIRONMENT", environment);
                // The production worker was deployed without its database: the incident staging does not have.
                if (!(incident && service.equals("worker"))) {
                    railway.putVariable(environmentId, serviceId, "DATABASE_URL", database.url(databaseName(environment)));
                }
                if (!service.equals("worker")) {
                    railway.putVariable(environmentId, serviceId, SHARED_SECRET,
                            incident && service.equals("frontend") ? Sandbox.randomSecret() : sharedSecret);
                }
                railway.deploy(environmentId, serviceId, "Deploy facteur-" + service);
            }
        }
        railway.runUntilIdle();

        progress.accept("Writing the project file and its profiles");
        Path tokenFile = root.resolve("railway-account-token");
        Files.writeString(tokenFile, railway.issueAccountToken(), StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(tokenFile, PosixFilePermissions.fromString("rw-------"));
        projectFile = writeProject(code, projectId, environmentIds, serviceIds, tokenFile);
        project = new ProjectLoader().load(projectFile);
        progress.accept("Project sandbox ready: " + serviceNames.size() + " services x 2 environments; production's worker crashed");
    }

    /** Production profiles per service, and a project file adding staging as overrides of them. */
    private Path writeProject(Path code, String projectId, Map<String, String> environmentIds, Map<String, String> serviceIds,
                              Path tokenFile) throws IOException {
        List<Map<String, Object>> members = new ArrayList<>();
        for (String service : serviceNames) {
            String production = "production";
            Profile profile = profile(service, production, code, projectId, environmentIds.get(production), serviceIds.get(service),
                    serviceIds.get("api"), tokenFile);
            Path file = root.resolve("facteur-" + service + ".json");
            Files.writeString(file, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(profile));
            members.add(Map.of("profile", file.getFileName().toString()));
            Map<String, Object> overrides = new LinkedHashMap<>();
            overrides.put("name", "facteur-" + service + "-staging");
            overrides.put("environment", "staging");
            overrides.put("production", false);
            overrides.put("api", Map.of("baseUrl", services.get("staging/" + service).baseUrl()));
            overrides.put("railway", Map.of("environmentId", environmentIds.get("staging")));
            if (profile.database() != null) {
                String url = database.url(databaseName("staging"));
                overrides.put("database", Map.of("url", url, "directUrl", url));
            }
            members.add(Map.of("profile", file.getFileName().toString(), "overrides", overrides));
        }
        Path file = root.resolve("facteur-project.json");
        Files.writeString(file, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(
                Map.of("project", "facteur", "members", members)));
        return file;
    }

    private Profile profile(String service, String environment, Path code, String projectId, String environmentId,
                            String serviceId, String apiServiceId, Path tokenFile) {
        boolean api = service.equals("api");
        String url = database.url(databaseName(environment));
        return new Profile("facteur-" + service, environment, true, false,
                new Profile.ApiSettings(services.get(environment + "/" + service).baseUrl(), null,
                        api ? new Profile.Endpoint("readiness", "/api/health/ready", 200, Map.of("/database", "connected")) : null,
                        null),
                service.equals("frontend") ? null : new Profile.DatabaseSettings(url, url, null, null, List.of()),
                api ? new Profile.MigrationSettings(code.resolve("alembic.ini").toString(), null, Sandbox.migrateCommand()) : null,
                new Profile.RailwaySettings(railway.endpoint(), "file:" + tokenFile, Profile.TokenKind.ACCOUNT,
                        projectId, environmentId, serviceId),
                api ? List.of(new Profile.ToggleVariable(Sandbox.BYPASS, Profile.ToggleKind.BYPASS, "1", null,
                        "Lets the app start while migrations are pending")) : List.of(),
                requiredVariables(service, apiServiceId),
                new Profile.PollIntervals(5, 5, 15, 10), null);
    }

    private static List<Profile.RequiredVariable> requiredVariables(String service, String apiServiceId) {
        return switch (service) {
            case "worker" -> List.of(new Profile.RequiredVariable("DATABASE_URL", "^postgres(ql)?://", null, true,
                    "the worker's database"));
            // The frontend signs sessions the API verifies: the secret must be the API's (declared by Railway service id,
            // which the staging override keeps, so both environments compare with their own API).
            case "frontend" -> List.of(new Profile.RequiredVariable(SHARED_SECRET, null, null, true,
                    "signs the sessions the API verifies", apiServiceId));
            default -> List.of();
        };
    }

    public Path projectFile() {
        return projectFile;
    }

    public Project project() {
        return project;
    }

    public RailwaySimulator railway() {
        return railway;
    }

    public SandboxDatabase database() {
        return database;
    }

    public Path root() {
        return root;
    }

    @Override
    public void close() {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                LOG.warn("closing {} failed", resources.get(i).getClass().getSimpleName(), e);
            }
        }
        if (database != null) {
            database.close();
        }
        SandboxReaper.deleteTree(root);
    }

    /** The simulator deploys each service instance through the runner of its own sample service. */
    private static final class PerServiceRunner implements DeploymentRunner {
        private final Map<String, SandboxDeploymentRunner> runners;

        PerServiceRunner(Map<String, SandboxDeploymentRunner> runners) {
            this.runners = runners;
        }

        private DeploymentRunner of(DeploymentContext context) {
            DeploymentRunner runner = runners.get(context.environmentId() + "/" + context.serviceId());
            if (runner == null) {
                throw new IllegalStateException("no sample service for " + context.serviceName());
            }
            return runner;
        }

        @Override
        public PhaseResult build(DeploymentContext context) {
            return of(context).build(context);
        }

        @Override
        public PhaseResult start(DeploymentContext context) {
            return of(context).start(context);
        }

        @Override
        public void stop(DeploymentContext context) {
            of(context).stop(context);
        }
    }
}
