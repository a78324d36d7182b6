package dev.signalbox.sandbox;

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
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL server from the operating system's packages ({@code initdb}, {@code pg_ctl}, {@code postgres} of
 * Debian's {@code postgresql-NN}, PGDG's RPMs or Homebrew's {@code postgresql@NN}) in a folder of its own, on a free
 * loopback port. The embedded binaries are one major version ({@link SandboxDatabase#EMBEDDED_MAJOR}); a rehearsal
 * copy of a production on another major runs on these when the machine has them, because lock behaviour and catalog
 * details change between majors, and the {@code pg_dump} of an older distribution cannot dump a newer server.
 * <p>
 * PostgreSQL refuses to run as root ("initdb: cannot be run as root"), so as root the binaries run as
 * {@code nobody} (with {@code runuser}, as the PgBouncer tests do) in a folder owned by it.
 */
public final class DistributionPostgres implements AutoCloseable {
    private static final Pattern MAJOR = Pattern.compile("\\(PostgreSQL\\)\\s+(\\d+)");
    private static final String UNPRIVILEGED = "nobody";

    private final Path bin;
    private final Path folder;
    private final boolean ownsFolder;
    private final Path data;
    private final Path log;
    private final int port;
    private final int major;

    private DistributionPostgres(Path bin, Path folder, boolean ownsFolder, int port, int major) {
        this.bin = bin;
        this.folder = folder;
        this.ownsFolder = ownsFolder;
        this.data = folder.resolve("pgdata");
        this.log = folder.resolve("server.log");
        this.port = port;
        this.major = major;
    }

    /**
     * The server binaries of PostgreSQL {@code major}, if this machine has them: {@code pg_config --bindir} when it is
     * that version, else the packages' usual places.
     */
    public static Optional<Path> binaries(int major) {
        Set<Path> candidates = new LinkedHashSet<>();
        try {
            String bindir = output(List.of("pg_config", "--bindir")).strip();
            if (!bindir.isEmpty()) {
                candidates.add(Path.of(bindir));
            }
        } catch (IOException e) {
            // No pg_config (it comes with libpq-dev or the server package): the packages' layouts below still work.
        }
        candidates.add(Path.of("/usr/lib/postgresql", Integer.toString(major), "bin"));
        candidates.add(Path.of("/usr/pgsql-" + major, "bin"));
        candidates.add(Path.of("/opt/homebrew/opt/postgresql@" + major, "bin"));
        candidates.add(Path.of("/usr/local/opt/postgresql@" + major, "bin"));
        for (Path candidate : candidates) {
            Path initdb = candidate.resolve("initdb");
            try {
                if (Files.isExecutable(initdb) && Files.isExecutable(candidate.resolve("pg_ctl"))
                        && majorOf(output(List.of(initdb.toString(), "--version"))) == major) {
                    return Optional.of(candidate);
                }
            } catch (IOException e) {
                // An initdb that cannot say its version is not one to start a copy with.
            }
        }
        return Optional.empty();
    }

    /**
     * Initialises and starts PostgreSQL {@code major} in a new folder of the temporary directory, removed by
     * {@link #close()}. Fails naming the package to install when the machine has no such binaries.
     */
    public static DistributionPostgres start(int major) throws IOException {
        Path bin = binaries(major).orElseThrow(() -> new IOException("no PostgreSQL " + major
                + " server binaries (initdb, pg_ctl) on this machine: install them (Debian: apt-get install postgresql-"
                + major + "; .ci/run does), or put a PostgreSQL " + major + " whose pg_config is first on the PATH"));
        Path folder = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "signalbox-postgres-");
        return start(bin, major, folder, true);
    }

    /** Starts the server with its data in {@code folder/pgdata}; {@code folder} must exist and is left in place. */
    static DistributionPostgres startIn(Path folder, Path bin, int major) throws IOException {
        return start(bin, major, folder, false);
    }

    private static DistributionPostgres start(Path bin, int major, Path folder, boolean ownsFolder) throws IOException {
        boolean root = isRoot();
        if (root) {
            UserPrincipal nobody = folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(UNPRIVILEGED);
            Files.setOwner(folder, nobody);
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        DistributionPostgres server = new DistributionPostgres(bin, folder, ownsFolder, port, major);
        try {
            run(root, List.of(bin.resolve("initdb").toString(), "--pgdata", server.data.toString(), "--username", "postgres",
                    "--auth", "trust", "--encoding", "UTF8", "--no-sync"), folder);
            // No Unix socket: its default folder (/var/run/postgresql) is the system server's; loopback TCP is enough.
            String options = "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off"
                    + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=100";
            run(root, List.of(bin.resolve("pg_ctl").toString(), "--pgdata", server.data.toString(), "--log", server.log.toString(),
                    "--options", options, "--wait", "--timeout", "60", "start"), folder);
        } catch (IOException e) {
            IOException failed = new IOException(e.getMessage() + "; server log: " + server.logTail(), e);
            if (ownsFolder) {
                SandboxReaper.deleteTree(folder);
            }
            throw failed;
        }
        return server;
    }

    public int port() {
        return port;
    }

    public int major() {
        return major;
    }

    public Path binaries() {
        return bin;
    }

    /** A libpq URL, as a profile holds it (trust authentication, so no password). */
    public String url(String database) {
        return "postgresql://postgres@127.0.0.1:" + port + "/" + database + "?sslmode=disable";
    }

    public Connection connect(String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", "postgres");
        props.setProperty("sslmode", "disable");
        props.setProperty("ApplicationName", "signalbox-distribution-postgres");
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

    /**
     * Stops the server (fast shutdown: open sessions are ended) and waits until it is gone; a folder this class made
     * is removed.
     */
    @Override
    public void close() throws IOException {
        try {
            run(isRoot(), List.of(bin.resolve("pg_ctl").toString(), "--pgdata", data.toString(),
                    "--mode", "fast", "--wait", "--timeout", "60", "stop"), folder);
        } finally {
            if (ownsFolder) {
                SandboxReaper.deleteTree(folder);
            }
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** The major version in a PostgreSQL tool's {@code --version} line ("pg_dump (PostgreSQL) 15.18"), or -1. */
    public static int majorOf(String versionOutput) {
        Matcher m = MAJOR.matcher(versionOutput);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static void run(boolean asRoot, List<String> command, Path directory) throws IOException {
        List<String> full = new ArrayList<>();
        if (asRoot) {
            full.addAll(List.of("runuser", "-u", UNPRIVILEGED, "--"));
        }
        full.addAll(command);
        Process process = new ProcessBuilder(full).directory(directory.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", full) + " did not finish within 90 s: " + out.strip());
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException(String.join(" ", full) + " was interrupted", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", full) + " failed (exit " + process.exitValue() + "): " + out.strip());
        }
    }

    private static String output(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish within 30 s");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException(String.join(" ", command) + " was interrupted", e);
        }
        return out;
    }
}
