package dev.signalbox.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.signalbox.common.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The sandbox's stand-in for a FastAPI service on Railway, over real HTTP on loopback. It behaves like the
 * services of the incidents:
 * <ul>
 *   <li>{@code /api/health}: liveness, 200 while the process runs;</li>
 *   <li>{@code /api/health/ready}: readiness, 503 unless the database answers; body with {@code status},
 *       {@code database} and {@code environment};</li>
 *   <li>at start-up it checks that the database is at the code's head and refuses to start otherwise, unless
 *       the bypass variable is set (incident 4's death loop).</li>
 * </ul>
 * The listening port stays the same across deploys, as a Railway domain does: while no process runs, the
 * "edge" answers 502 like Railway's proxy does for an app that failed to respond.
 */
public final class SampleService implements AutoCloseable {
    public static final String BYPASS_VARIABLE = "FACTEUR_MIGRATION_IN_PROGRESS";
    public static final String LYING_READINESS_VARIABLE = "SANDBOX_READINESS_LIES";

    /** One request the service answered: what Railway's edge logs in httpLogs. */
    public record ServedRequest(String method, String path, int status, int durationMillis) {
    }

    /** What a start attempt printed, and whether the process is now serving. */
    public record StartResult(boolean started, List<String> logLines) {
    }

    /** Threads of a sample service that has its own pool (the single-service sandbox). */
    static final int OWN_THREADS = 4;

    private final HttpServer server;
    private final ExecutorService handlers;
    private final boolean ownsHandlers;
    private final Supplier<Set<String>> codeHeads;
    private volatile Map<String, String> variables = Map.of();
    private volatile boolean running;
    private volatile java.util.function.Consumer<ServedRequest> requests = request -> { };
    private volatile java.util.function.Consumer<String> stdout = line -> { };

    /** A sample service answering on its own pool of {@link #OWN_THREADS}, shut down with it. */
    public SampleService(Supplier<Set<String>> codeHeads) throws IOException {
        this(codeHeads, handlerPool(OWN_THREADS), true);
    }

    /**
     * A sample service answering on a pool it shares with the other sample services of a sandbox ({@link #handlerPool}):
     * the pool's owner shuts it down after closing them.
     */
    public SampleService(Supplier<Set<String>> codeHeads, ExecutorService sharedHandlers) throws IOException {
        this(codeHeads, sharedHandlers, false);
    }

    private SampleService(Supplier<Set<String>> codeHeads, ExecutorService handlers, boolean ownsHandlers) throws IOException {
        this.codeHeads = codeHeads;
        this.handlers = handlers;
        this.ownsHandlers = ownsHandlers;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(handlers);
        server.createContext("/api/health/ready", this::readiness).getFilters().add(accessLog());
        server.createContext("/api/health", this::liveness).getFilters().add(accessLog());
        server.createContext("/api/articles", this::articles).getFilters().add(accessLog());
        server.createContext("/", exchange -> respond(exchange, running ? 404 : 502, running ? Map.of("detail", "Not Found") : edgeError()))
                .getFilters().add(accessLog());
        server.start();
    }

    /** Hears every request answered (status and time taken), as Railway's edge would log it. */
    public void onRequest(java.util.function.Consumer<ServedRequest> listener) {
        this.requests = listener;
    }

    /** Hears what the running process prints (uvicorn's access log, tracebacks), as Railway's deploy log would. */
    public void onOutput(java.util.function.Consumer<String> listener) {
        this.stdout = listener;
    }

    /** Times each exchange and reports it once answered; the edge's 502 (no process) is logged too, as Railway does. */
    private com.sun.net.httpserver.Filter accessLog() {
        return new com.sun.net.httpserver.Filter() {
            @Override
            public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
                long start = System.nanoTime();
                try {
                    chain.doFilter(exchange);
                } finally {
                    int status = exchange.getResponseCode();
                    int millis = (int) Math.max(0, (System.nanoTime() - start) / 1_000_000);
                    String path = exchange.getRequestURI().getRawPath();
                    if (running && status > 0) {
                        // uvicorn's access log line, as the service would print it.
                        stdout.accept("INFO:     " + exchange.getRemoteAddress().getAddress().getHostAddress() + ":"
                                + exchange.getRemoteAddress().getPort() + " - \"" + exchange.getRequestMethod() + " " + path
                                + " HTTP/1.1\" " + status);
                    }
                    if (status > 0) {
                        requests.accept(new ServedRequest(exchange.getRequestMethod(), path, status, millis));
                    }
                }
            }

            @Override
            public String description() {
                return "access log";
            }
        };
    }

    /** What real users call: reads the database, so it fails (500, like FastAPI's default) when the database is down. */
    private void articles(HttpExchange exchange) throws IOException {
        if (!running) {
            respond(exchange, 502, edgeError());
            return;
        }
        try (Connection connection = connect(variables.getOrDefault("DATABASE_URL", ""));
             Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(2);
            try (ResultSet rows = statement.executeQuery("SELECT id, title FROM articles ORDER BY id DESC LIMIT 5")) {
                List<Map<String, Object>> articles = new ArrayList<>();
                while (rows.next()) {
                    articles.add(Map.of("id", rows.getLong(1), "title", rows.getString(2)));
                }
                respond(exchange, 200, articles);
            }
        } catch (SQLException e) {
            stdout.accept("ERROR:    Exception in ASGI application");
            stdout.accept("sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server failed: "
                    + (e.getSQLState() == null ? "unknown" : "SQLSTATE " + e.getSQLState()));
            respond(exchange, 500, Map.of("detail", "Internal Server Error"));
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public boolean isRunning() {
        return running;
    }

    /**
     * Starts "the process" with these variables, as a deploy does: runs the start-up migration check and
     * either serves or crashes with the log lines to prove it.
     */
    public synchronized StartResult start(Map<String, String> environment) {
        running = false;
        variables = Map.copyOf(environment);
        List<String> log = new ArrayList<>();
        log.add("INFO:     Started server process [" + (1000 + (int) (Math.random() * 9000)) + "]");
        log.add("INFO:     Waiting for application startup.");
        String databaseUrl = environment.get("DATABASE_URL");
        if (databaseUrl == null || databaseUrl.isBlank()) {
            log.add("KeyError: 'DATABASE_URL'");
            log.add("ERROR:    Application startup failed. Exiting.");
            return new StartResult(false, log);
        }
        boolean bypass = "1".equals(environment.get(BYPASS_VARIABLE));
        try {
            Set<String> current = databaseRevisions(databaseUrl);
            Set<String> heads = new TreeSet<>(codeHeads.get());
            if (!current.equals(heads)) {
                String detail = "database at " + (current.isEmpty() ? "<base>" : String.join(",", current))
                        + ", code head " + String.join(",", heads);
                for (String revision : current) {
                    if (!knownToCode(revision)) {
                        log.add("alembic.util.exc.CommandError: Can't locate revision identified by '" + revision + "'");
                    }
                }
                if (bypass) {
                    log.add("WARNING:  migrations pending (" + detail + "); starting anyway because "
                            + BYPASS_VARIABLE + "=1");
                } else {
                    log.add("RuntimeError: Database schema is not at head (" + detail + "). Refusing to start;"
                            + " set " + BYPASS_VARIABLE + "=1 to start while migrations run.");
                    log.add("ERROR:    Application startup failed. Exiting.");
                    return new StartResult(false, log);
                }
            }
        } catch (SQLException e) {
            if (!"1".equals(environment.get(LYING_READINESS_VARIABLE))) {
                log.add("ConnectionRefusedError: could not connect to the database: " + e.getSQLState());
                log.add("ERROR:    Application startup failed. Exiting.");
                return new StartResult(false, log);
            }
            log.add("WARNING:  database not reachable yet; readiness will say so");
        }
        log.add("INFO:     Application startup complete.");
        log.add("INFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)");
        running = true;
        return new StartResult(true, log);
    }

    private final Set<String> knownRevisions = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Every revision id the code contains, so an unknown database revision crashes like Alembic does. */
    public void setKnownRevisions(Set<String> revisions) {
        knownRevisions.clear();
        knownRevisions.addAll(revisions);
    }

    private boolean knownToCode(String revision) {
        return knownRevisions.isEmpty() || knownRevisions.contains(revision);
    }

    public void stop() {
        running = false;
    }

    /**
     * Goes on serving with the variables of the deployment that was running: on Railway a new deployment that
     * crashes does not take the previous, healthy one down.
     */
    public synchronized void keepServing(Map<String, String> previousVariables) {
        variables = Map.copyOf(previousVariables);
        running = true;
    }

    private static Set<String> databaseRevisions(String databaseUrl) throws SQLException {
        try (Connection connection = connect(databaseUrl); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(3);
            Set<String> revisions = new TreeSet<>();
            try (ResultSet rows = statement.executeQuery("SELECT version_num FROM alembic_version")) {
                while (rows.next()) {
                    revisions.add(rows.getString(1));
                }
            } catch (SQLException e) {
                if (!"42P01".equals(e.getSQLState())) {
                    throw e;
                }
            }
            return revisions;
        }
    }

    private static Connection connect(String databaseUrl) throws SQLException {
        try {
            var url = dev.signalbox.config.DatabaseUrl.parse(databaseUrl);
            Properties props = url.jdbcProperties();
            props.setProperty("connectTimeout", "2");
            props.setProperty("socketTimeout", "3");
            props.setProperty("ApplicationName", "sample-api");
            return DriverManager.getConnection(url.jdbcUrl(), props);
        } catch (dev.signalbox.config.ConfigException e) {
            throw new SQLException("bad DATABASE_URL: " + e.getMessage(), "08001");
        }
    }

    private void liveness(HttpExchange exchange) throws IOException {
        if (!running) {
            respond(exchange, 502, edgeError());
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        body.put("environment", variables.getOrDefault("ENVIRONMENT", "sandbox"));
        respond(exchange, 200, body);
    }

    private void readiness(HttpExchange exchange) throws IOException {
        if (!running) {
            respond(exchange, 502, edgeError());
            return;
        }
        boolean databaseUp;
        try (Connection connection = connect(variables.getOrDefault("DATABASE_URL", ""));
             Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(2);
            statement.execute("SELECT 1");
            databaseUp = true;
        } catch (SQLException e) {
            databaseUp = false;
        }
        boolean lies = "1".equals(variables.get(LYING_READINESS_VARIABLE));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", databaseUp ? "ready" : lies ? "ok" : "not_ready");
        body.put("database", databaseUp ? "connected" : lies ? "connecting" : "unavailable");
        body.put("environment", variables.getOrDefault("ENVIRONMENT", "sandbox"));
        // Incident 7: the lying service says 200 whatever the database does.
        respond(exchange, databaseUp || lies ? 200 : 503, body);
    }

    private static Map<String, Object> edgeError() {
        return Map.of("status", "error", "message", "Application failed to respond");
    }

    private static void respond(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = Json.mapper().writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        running = false;
        server.stop(0);
        if (ownsHandlers) {
            handlers.shutdownNow();
        }
    }

    /**
     * A pool for the handlers of sample services: at most {@code threads} at once, the rest queued, and threads that
     * end after 30 idle seconds. A project sandbox of 40 sample services probed every few seconds needs a handful at a
     * time; a pool of 4 threads each (160) cost the window's JVM their stacks for nothing.
     */
    public static ExecutorService handlerPool(int threads) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "sandbox-service");
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
