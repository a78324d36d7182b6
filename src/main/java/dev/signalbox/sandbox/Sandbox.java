package dev.signalbox.sandbox;

import dev.signalbox.common.Json;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.Profile;
import dev.signalbox.config.ProfileLoader;
import dev.signalbox.migrations.RevisionFileReader;
import dev.signalbox.migrations.RevisionGraph;
import dev.signalbox.migrations.ScriptLocation;
import dev.signalbox.migrations.ScriptLocator;
import dev.signalbox.railway.simulator.RailwaySimulator;
import dev.signalbox.railway.simulator.SimulatorClock;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A live environment out of the box: an embedded PostgreSQL migrated by the demo Alembic project, the sample
 * service over HTTP, and the Railway simulator hosting it, staged as one {@link Scenario}. It writes an ordinary
 * profile ({@link #profile()}) that the console and the command line watch like any other.
 */
public final class Sandbox implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Sandbox.class);
    public static final String DATABASE = "facteur";
    public static final String BYPASS = SampleService.BYPASS_VARIABLE;
    public static final String MAINTENANCE = "MAINTENANCE_MODE";
    /** The revision a laptop applied and never committed (incident 1). */
    public static final String LAPTOP_REVISION = "b4c5d6e7f809";
    /** Where the death-loop and blocked-migration databases stand: two revisions before head. */
    public static final String BEHIND_REVISION = "8192a3b4c5d6";

    private final Scenario scenario;
    private final Path root;
    private final List<AutoCloseable> resources = new ArrayList<>();
    private final List<Connection> stagedSessions = new ArrayList<>();
    private final ExecutorService stagedWork = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "sandbox-staged-session");
        t.setDaemon(true);
        return t;
    });
    private SandboxDatabase database;
    private SampleService service;
    private RailwaySimulator railway;
    private PgBouncerProcess pgBouncer;
    private RailwaySimulator.SeededService seeded;
    private LoadedProfile profile;
    private RevisionGraph graph;

    private Sandbox(Scenario scenario, Path root) {
        this.scenario = scenario;
        this.root = root;
    }

    /** Sets everything up; {@code progress} hears each stage ("Starting PostgreSQL"...). */
    public static Sandbox start(Scenario scenario, Consumer<String> progress) throws SandboxException {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        int reaped = SandboxReaper.reapStale(temp);
        if (reaped > 0) {
            progress.accept("Removed " + reaped + " sandbox(es) left by a console that did not exit cleanly");
        }
        Sandbox sandbox;
        try {
            sandbox = new Sandbox(scenario, Files.createTempDirectory(temp, SandboxReaper.PREFIX));
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
            throw new SandboxException("the sandbox could not start: " + e.getMessage(), e);
        }
    }

    private void setUp(Consumer<String> progress) throws Exception {
        progress.accept("Starting PostgreSQL (embedded)");
        database = SandboxDatabase.start(root);
        try (Connection admin = database.connect("postgres", "sandbox-setup"); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + DATABASE);
        }

        progress.accept("Copying the demo Alembic project");
        Path project = copyDemoProject(root.resolve("project"));
        if (scenario == Scenario.START_COMMAND_MIGRATIONS) {
            writeDeploySettingsFiles(project);
        }
        commitToGit(project);
        ScriptLocation location = ScriptLocator.locate(project.resolve("alembic.ini"), "alembic");
        graph = RevisionGraph.build(ScriptLocator.revisionFiles(location).stream().map(RevisionFileReader::read).toList());

        progress.accept("Applying migrations for scenario " + scenario.cliName());
        try (Connection connection = database.connect(DATABASE, "alembic")) {
            SandboxMigrator migrator = new SandboxMigrator(graph, line -> LOG.debug("{}", line));
            boolean behind = scenario == Scenario.DEATH_LOOP || scenario == Scenario.BLOCKED_MIGRATION;
            migrator.upgrade(connection, behind ? BEHIND_REVISION : null);
            seedRows(connection);
            stageDatabase(connection);
        }

        String serviceDatabaseUrl = database.url(DATABASE);
        String profileDatabaseUrl = serviceDatabaseUrl;
        if (scenario == Scenario.POOLER) {
            if (PgBouncerProcess.binary().isEmpty()) {
                throw new SandboxException("the pooler scenario needs PgBouncer: apt-get install pgbouncer (or brew install pgbouncer)");
            }
            progress.accept("Starting PgBouncer in transaction mode");
            pgBouncer = PgBouncerProcess.start(root.resolve("pgbouncer"), database.port(), PgBouncerProcess.PoolMode.TRANSACTION, "");
            resources.add(pgBouncer);
            serviceDatabaseUrl = "postgresql://postgres@127.0.0.1:" + pgBouncer.port() + "/" + DATABASE + "?sslmode=disable";
            profileDatabaseUrl = serviceDatabaseUrl;
        }
        if (scenario == Scenario.READINESS_LIES) {
            serviceDatabaseUrl = "postgresql://postgres@127.0.0.1:" + closedPort() + "/" + DATABASE + "?sslmode=disable";
        }

        progress.accept("Starting the sample service");
        Set<String> heads = new HashSet<>(graph.heads());
        service = new SampleService(() -> heads);
        service.setKnownRevisions(new HashSet<>(graph.revisions().stream().map(r -> r.id()).toList()));
        resources.add(service);

        progress.accept("Starting the Railway simulator");
        railway = RailwaySimulator.builder()
                .clock(SimulatorClock.system())
                .timings(new RailwaySimulator.Timings(Duration.ofMillis(500), Duration.ofMillis(1500), Duration.ofMillis(1000)))
                .runner(new SandboxDeploymentRunner(service))
                .autoSettle(Duration.ofMillis(200))
                .build();
        resources.add(railway);
        String workspace = railway.addWorkspace("Sandbox");
        String projectId = railway.addProject(workspace, "facteur");
        String environmentId = railway.addEnvironment(projectId, "sandbox");
        String serviceId = railway.addService(projectId, "api");
        railway.addService(projectId, "Postgres");
        railway.putVariable(environmentId, serviceId, "DATABASE_URL", serviceDatabaseUrl);
        railway.putVariable(environmentId, serviceId, "ENVIRONMENT", "sandbox");
        railway.putVariable(environmentId, serviceId, "SECRET_KEY", randomSecret());
        if (scenario == Scenario.BLOCKED_MIGRATION) {
            railway.putVariable(environmentId, serviceId, BYPASS, "1");
        }
        if (scenario == Scenario.READINESS_LIES) {
            railway.putVariable(environmentId, serviceId, SampleService.LYING_READINESS_VARIABLE, "1");
        }
        String domain = java.net.URI.create(service.baseUrl()).getAuthority();
        if (scenario == Scenario.START_COMMAND_MIGRATIONS) {
            railway.configureInstance(environmentId, serviceId, new RailwaySimulator.InstanceSettings("/api/health/ready", null,
                    START_COMMAND, List.of(), "ON_FAILURE", 10, 2, List.of(domain)));
            String web = railway.addService(projectId, "web");
            railway.putVariable(environmentId, serviceId, SHARED_SECRET, randomSecret());
            railway.putVariable(environmentId, web, SHARED_SECRET, randomSecret());
            railway.stageChange(environmentId, serviceId, "variables");
        } else {
            railway.configureInstance(environmentId, serviceId, new RailwaySimulator.InstanceSettings(null, null, null, List.of(),
                    "ON_FAILURE", 10, 1, List.of(domain)));
        }
        String token = railway.issueProjectToken(projectId, environmentId);
        forwardToRailway(environmentId, serviceId);
        railway.deploy(environmentId, serviceId, "Deploy facteur-api");
        railway.runUntilIdle();
        if (!Boolean.getBoolean(NO_USERS_PROPERTY)) {
            resources.add(new SandboxTraffic(service.baseUrl()).start());
        }
        seeded = new RailwaySimulator.SeededService(workspace, projectId, environmentId, "sandbox", serviceId, token,
                null, null, null);

        progress.accept("Writing the sandbox profile");
        Path tokenFile = root.resolve("railway-token");
        Files.writeString(tokenFile, token, StandardCharsets.UTF_8);
        profile = writeProfile(project, profileDatabaseUrl, tokenFile);
        progress.accept("Sandbox ready: " + scenario.description());
    }

    /** Set to true, the sandbox sends no user traffic of its own (a benchmark that wants a quiet log). */
    public static final String NO_USERS_PROPERTY = "signalbox.sandbox.noUsers";

    /**
     * What the service answers and prints reaches Railway as it would from a real deployment: each request in the
     * serving deployment's httpLogs, each printed line in its deploy log.
     */
    private void forwardToRailway(String environmentId, String serviceId) {
        service.onRequest(request -> {
            String serving = railway.servingDeployment(environmentId, serviceId);
            if (serving != null) {
                railway.recordHttpRequest(serving, request.method(), request.path(), request.status(), request.durationMillis());
            }
        });
        service.onOutput(line -> {
            String serving = railway.servingDeployment(environmentId, serviceId);
            if (serving != null) {
                railway.appendDeployLog(serving, line, line.startsWith("ERROR") || line.contains("Error") ? "error" : "info");
            }
        });
    }

    /** The start command of the start-command-migrations scenario: the death loop's cause (incident 4). */
    public static final String START_COMMAND = "alembic upgrade head && uvicorn app.main:app --host 0.0.0.0 --port $PORT";
    /** A secret the scenario's "web" service must share with the API (NextAuth's, signed by one, read by the other). */
    public static final String SHARED_SECRET = "NEXTAUTH_SECRET";
    /** The name .env.example lists that the platform lacks in the start-command-migrations scenario. */
    public static final String MISSING_VARIABLE = "SENTRY_DSN";

    /** Config as code, .env.example and a committed .env, as the repository of a team that migrates at start-up. */
    private static void writeDeploySettingsFiles(Path project) throws IOException {
        Files.writeString(project.resolve("railway.toml"), "[deploy]\nstartCommand = \"" + START_COMMAND + "\"\nhealthcheckPath = \"/api/health/ready\"\nnumReplicas = 2\n");
        Files.writeString(project.resolve(".env.example"), "DATABASE_URL=postgresql://localhost/facteur\nSECRET_KEY=\nENVIRONMENT=development\n"
                + SHARED_SECRET + "=\n" + MISSING_VARIABLE + "=\n");
        Files.writeString(project.resolve(".env"), "ENVIRONMENT=development\n");
    }

    static Path copyDemoProject(Path target) throws IOException {
        String base = "/sandbox/demo-alembic/";
        List<String> files;
        try (InputStream index = Sandbox.class.getResourceAsStream(base + "FILES")) {
            if (index == null) {
                throw new IOException("the demo project is missing from the class path (" + base + "FILES)");
            }
            files = new String(index.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
        for (String file : files) {
            Path destination = target.resolve(file);
            Files.createDirectories(destination.getParent());
            try (InputStream in = Sandbox.class.getResourceAsStream(base + file)) {
                Files.copy(in, destination);
            }
        }
        return target;
    }

    /** A git repository with every file committed, so the migrations view shows a real git state. */
    static void commitToGit(Path project) {
        try (Git git = Git.init().setDirectory(project.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("Demo project").setAuthor("Sandbox", "sandbox@signalbox.dev")
                    .setCommitter("Sandbox", "sandbox@signalbox.dev").setSign(false).call();
        } catch (GitAPIException e) {
            LOG.warn("the sandbox project is not under git: {}", e.getMessage());
        }
    }

    /** The rows every scenario's database holds (tests seed another server with them to stand in for production). */
    public static void seedRows(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO users (email) SELECT 'user' || i || '@example.com' FROM generate_series(1, 50) i");
            // Ten users have no profile row: the condition that broke writes in incident 5.
            statement.execute("INSERT INTO user_profiles (user_id, display_name) SELECT id, 'User ' || id FROM users WHERE id <= 40");
            statement.execute("INSERT INTO user_personalization (user_id, topics) SELECT id, ARRAY['postgres','railway'] FROM users");
            statement.execute("INSERT INTO articles (author_id, title) SELECT (i % 50) + 1, 'Article ' || i FROM generate_series(1, 200) i");
        }
    }

    private void stageDatabase(Connection connection) throws SQLException {
        switch (scenario) {
            case MISSING_REVISION -> {
                try (Statement statement = connection.createStatement()) {
                    // What the laptop ran: a unique constraint, recorded as a revision the image does not contain.
                    statement.execute("ALTER TABLE subscriptions ADD CONSTRAINT subscriptions_user_id_key UNIQUE (user_id)");
                    statement.execute("UPDATE alembic_version SET version_num = '" + LAPTOP_REVISION + "'");
                }
            }
            case WRONG_FK -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("ALTER TABLE user_personalization DROP CONSTRAINT user_personalization_user_id_fkey");
                    statement.execute("ALTER TABLE user_personalization ADD CONSTRAINT user_personalization_user_id_fkey "
                            + "FOREIGN KEY (user_id) REFERENCES user_profiles (id) NOT VALID");
                    statement.execute("ALTER TABLE subscriptions ADD CONSTRAINT subscriptions_plan_check "
                            + "CHECK (plan IN ('free', 'pro', 'team')) NOT VALID");
                }
            }
            case BLOCKED_MIGRATION -> stageBlockedMigration();
            default -> {
            }
        }
    }

    /**
     * Incident 2 live: A reads user_personalization and stays idle in transaction; B (the migration) asks for
     * ACCESS EXCLUSIVE to drop the FK and waits on A; C, an app query, queues behind B.
     */
    private void stageBlockedMigration() throws SQLException {
        Connection a = database.connect(DATABASE, "facteur-api");
        stagedSessions.add(a);
        a.setAutoCommit(false);
        try (Statement statement = a.createStatement()) {
            statement.executeQuery("SELECT id FROM user_personalization LIMIT 1").close();
        }
        Connection b = database.connect(DATABASE, "alembic");
        stagedSessions.add(b);
        stagedWork.execute(() -> runIgnoringCancel(b,
                "ALTER TABLE user_personalization DROP CONSTRAINT user_personalization_user_id_fkey"));
        awaitWaiting("alembic");
        Connection c = database.connect(DATABASE, "facteur-api");
        stagedSessions.add(c);
        stagedWork.execute(() -> runIgnoringCancel(c, "SELECT count(*) FROM user_personalization"));
        awaitWaiting("facteur-api");
    }

    private static void runIgnoringCancel(Connection connection, String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            // Ended by the operator (cancel/terminate) or by closing the sandbox: that is the point.
        }
    }

    private void awaitWaiting(String application) throws SQLException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        try (Connection probe = database.connect(DATABASE, "sandbox-setup"); Statement statement = probe.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (var rows = statement.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE application_name = '"
                        + application + "' AND wait_event_type = 'Lock'")) {
                    rows.next();
                    if (rows.getInt(1) > 0) {
                        return;
                    }
                }
                statement.execute("SELECT pg_sleep(0.02)");
            }
        }
        throw new SQLException("the staged " + application + " session never started waiting on its lock");
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static String randomSecret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private LoadedProfile writeProfile(Path project, String databaseUrl, Path tokenFile) throws Exception {
        Profile generated = new Profile(
                "sandbox-" + scenario.cliName(), "sandbox", false, false,
                new Profile.ApiSettings(service.baseUrl(), null,
                        new Profile.Endpoint("readiness", "/api/health/ready", 200, Map.of("/database", "connected")), null),
                new Profile.DatabaseSettings(databaseUrl, database.url(DATABASE), null, null, List.of(
                        new Profile.ConstraintExpectation("public.user_personalization", null, "FOREIGN KEY",
                                List.of("user_id"), "public.users(id)", true),
                        new Profile.ConstraintExpectation("public.users", "users_email_key", "UNIQUE", List.of("email"), null, true))),
                new Profile.MigrationSettings(project.resolve("alembic.ini").toString(), null, migrateCommand()),
                new Profile.RailwaySettings(railway.endpoint(), "file:" + tokenFile, Profile.TokenKind.PROJECT,
                        seeded.projectId(), seeded.environmentId(), seeded.serviceId(), railway.subscriptionEndpoint()),
                List.of(new Profile.ToggleVariable(BYPASS, Profile.ToggleKind.BYPASS, "1", null,
                                "Lets the app start while migrations are pending (skips the start-up head check)"),
                        new Profile.ToggleVariable(MAINTENANCE, Profile.ToggleKind.MAINTENANCE, "true", "false",
                                "Serves a maintenance page")),
                List.of(new Profile.RequiredVariable("DATABASE_URL", "^postgres(ql)?://", null, true, "the service's database"),
                        new Profile.RequiredVariable("SECRET_KEY", null, 32, true, "session signing key"),
                        new Profile.RequiredVariable("ENVIRONMENT", "^sandbox$", null, false, "must match this environment"))
                        .stream().collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), list -> {
                            if (scenario == Scenario.START_COMMAND_MIGRATIONS) {
                                list.add(new Profile.RequiredVariable(SHARED_SECRET, null, 32, true,
                                        "signs sessions the web service reads", "web"));
                            }
                            return list;
                        })),
                new Profile.PollIntervals(2, 2, 5, 3), null);
        Path file = root.resolve("sandbox-" + scenario.cliName() + ".json");
        Files.writeString(file, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(generated));
        // Read back through the ordinary loader: the sandbox profile is an ordinary profile.
        return new ProfileLoader().load(file);
    }

    /** {@code signalbox sandbox migrate}, in this very JVM's installation: the runbook's migration command. */
    static List<String> migrateCommand() {
        String javaBinary = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Absolute entries: the command runs in the migrations folder, not in this process's working directory.
        String classPath = java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(entry -> entry.endsWith("*") ? Path.of(entry.substring(0, entry.length() - 1)).toAbsolutePath() + java.io.File.separator + "*"
                        : Path.of(entry).toAbsolutePath().toString())
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
        return List.of(javaBinary, "-cp", classPath, "dev.signalbox.Signalbox", "sandbox", "migrate");
    }

    public Scenario scenario() {
        return scenario;
    }

    public LoadedProfile profile() {
        return profile;
    }

    public Path profileFile() {
        return profile.file();
    }

    public SandboxDatabase database() {
        return database;
    }

    public SampleService service() {
        return service;
    }

    public RailwaySimulator railway() {
        return railway;
    }

    public RailwaySimulator.SeededService railwayIds() {
        return seeded;
    }

    public RevisionGraph revisionGraph() {
        return graph;
    }

    public Path root() {
        return root;
    }

    /** The variables the service gets, as the simulator holds them. */
    public Map<String, String> serviceVariables() {
        return new LinkedHashMap<>(railway.variables(seeded.environmentId(), seeded.serviceId()));
    }

    @Override
    public void close() {
        stagedWork.shutdownNow();
        for (Connection session : stagedSessions) {
            try {
                session.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
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

}
