package dev.signalbox.migrations;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server from the operating system's packages (Debian's {@code postgresql-NN}: {@code initdb},
 * {@code pg_ctl}, {@code postgres}), in a folder of the test's own, on a free loopback port. The embedded server is
 * PostgreSQL 17, which the {@code pg_dump} of an older distribution cannot dump; this one is the version that
 * {@code pg_dump} was built for, so the rehearsal's {@code pg_dump --schema-only} path runs for real.
 * <p>
 * PostgreSQL refuses to run as root ("initdb: cannot be run as root"), so as root the binaries run as
 * {@code nobody} (with {@code runuser}, as {@code PgBouncerProcess} does for PgBouncer) in a folder owned by it.
 */
public final class DistributionPostgres implements AutoCloseable {
    private static final Pattern MAJOR = Pattern.compile("\\(PostgreSQL\\)\\s+(\\d+)");
    private static final String UNPRIVILEGED = "nobody";

    private final Path bin;
    private final Path folder;
    private final Path data;
    private final Path log;
    private final int port;
    private final int major;

    private DistributionPostgres(Path bin, Path folder, int port, int major) {
        this.bin = bin;
        this.folder = folder;
        this.data = folder.resolve("data");
        this.log = folder.resolve("server.log");
        this.port = port;
        this.major = major;
    }

    /**
     * The server binaries of PostgreSQL {@code major}: {@code pg_config --bindir} when it is that version, else
     * Debian's {@code /usr/lib/postgresql/MAJOR/bin}. Fails naming the package to install when neither has them.
     */
    static Path binaries(int major) throws IOException, InterruptedException {
        Set<Path> candidates = new LinkedHashSet<>();
        try {
            String bindir = output(List.of("pg_config", "--bindir")).strip();
            if (!bindir.isEmpty()) {
                candidates.add(Path.of(bindir));
            }
        } catch (IOException e) {
            // No pg_config (it comes with libpq-dev or the server package): Debian's layout below still works.
        }
        candidates.add(Path.of("/usr/lib/postgresql", Integer.toString(major), "bin"));
        List<String> looked = new ArrayList<>();
        for (Path candidate : candidates) {
            Path initdb = candidate.resolve("initdb");
            if (Files.isExecutable(initdb) && Files.isExecutable(candidate.resolve("pg_ctl"))
                    && majorOf(output(List.of(initdb.toString(), "--version"))) == major) {
                return candidate;
            }
            looked.add(candidate.toString());
        }
        throw new IOException("no PostgreSQL " + major + " server binaries (initdb, pg_ctl) in " + String.join(" or ", looked)
                + ": the pg_dump on the PATH is version " + major + ", and this test needs a server of that version."
                + " Install it: apt-get install postgresql-" + major + " (Debian; .ci/run does), or put a PostgreSQL "
                + major + " whose pg_config is first on the PATH");
    }

    /**
     * Initialises and starts a cluster of PostgreSQL {@code major} in a new folder of the temporary directory,
     * removed by {@link #close()}.
     */
    public static DistributionPostgres start(int major) throws IOException, InterruptedException {
        Path bin = binaries(major);
        Path folder = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "signalbox-test-postgres-");
        boolean root = isRoot();
        if (root) {
            UserPrincipal nobody = folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(UNPRIVILEGED);
            Files.setOwner(folder, nobody);
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        DistributionPostgres server = new DistributionPostgres(bin, folder, port, major);
        try {
            run(root, List.of(bin.resolve("initdb").toString(), "--pgdata", server.data.toString(), "--username", "postgres",
                    "--auth", "trust", "--encoding", "UTF8", "--no-sync"), folder);
            // No Unix socket: its default folder (/var/run/postgresql) is the system server's; loopback TCP is enough.
            String options = "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off"
                    + " -c max_connections=50";
            run(root, List.of(bin.resolve("pg_ctl").toString(), "--pgdata", server.data.toString(), "--log", server.log.toString(),
                    "--options", options, "--wait", "--timeout", "60", "start"), folder);
        } catch (IOException e) {
            IOException failed = new IOException(e.getMessage() + "; server log: " + server.logTail(), e);
            deleteTree(folder);
            throw failed;
        }
        return server;
    }

    int port() {
        return port;
    }

    public int major() {
        return major;
    }

    /** A libpq URL, as a profile holds it (trust authentication, so no password). */
    public String url(String database) {
        return "postgresql://postgres@127.0.0.1:" + port + "/" + database + "?sslmode=disable";
    }

    public Connection connect(String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", "postgres");
        props.setProperty("sslmode", "disable");
        props.setProperty("ApplicationName", "distribution-postgres-test");
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, props);
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 10), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    /** Stops the server (fast shutdown: open sessions are ended), waits until it is gone, removes its folder. */
    @Override
    public void close() throws IOException, InterruptedException {
        try {
            run(isRoot(), List.of(bin.resolve("pg_ctl").toString(), "--pgdata", data.toString(),
                    "--mode", "fast", "--wait", "--timeout", "60", "stop"), folder);
        } finally {
            deleteTree(folder);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    static int majorOf(String versionOutput) {
        Matcher m = MAJOR.matcher(versionOutput);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static void run(boolean asRoot, List<String> command, Path directory) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asRoot) {
            full.addAll(List.of("runuser", "-u", UNPRIVILEGED, "--"));
        }
        full.addAll(command);
        Process process = new ProcessBuilder(full).directory(directory.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", full) + " did not finish within 90 s: " + out.strip());
        }
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", full) + " failed (exit " + process.exitValue() + "): " + out.strip());
        }
    }

    private static String output(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish within 30 s");
        }
        return out;
    }
}
