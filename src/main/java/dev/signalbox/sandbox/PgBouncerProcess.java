package dev.signalbox.sandbox;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A real PgBouncer (Debian's {@code pgbouncer} package) in front of a PostgreSQL on loopback, for the sandbox's
 * pooler scenario and the pooler tests. PgBouncer refuses to run as root, so as root it is started with
 * {@code -u nobody} and its folder is made writable for that user.
 */
public final class PgBouncerProcess implements AutoCloseable {
    public enum PoolMode { SESSION, TRANSACTION }

    private static final List<String> CANDIDATES = List.of("/usr/sbin/pgbouncer", "/usr/bin/pgbouncer",
            "/usr/local/bin/pgbouncer", "/opt/homebrew/bin/pgbouncer", "/usr/local/sbin/pgbouncer");

    private final Process process;
    private final int port;
    private final Path folder;
    private final Thread shutdownHook;

    private PgBouncerProcess(Process process, int port, Path folder) {
        this.process = process;
        this.port = port;
        this.folder = folder;
        this.shutdownHook = new Thread(process::destroy, "pgbouncer-stop");
    }

    /** PgBouncer's own log (what it refused, what it dropped). */
    public String log() {
        return output();
    }

    /** The pgbouncer binary if one is installed. */
    public static Optional<Path> binary() {
        return CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /**
     * Starts PgBouncer on a free loopback port, forwarding every database to {@code backendPort} with trust auth
     * for user {@code postgres}. {@code ignoreStartupParameters} is PgBouncer's {@code ignore_startup_parameters}
     * (empty: the {@code options} startup parameter is refused, as PgBouncer 1.18 does by default).
     */
    public static PgBouncerProcess start(Path folder, int backendPort, PoolMode mode, String ignoreStartupParameters)
            throws IOException {
        return start(folder, backendPort, mode, ignoreStartupParameters, List.of("postgres"), 10);
    }

    /**
     * @param users    the users allowed in (trust auth, as the embedded server trusts them too)
     * @param poolSize PgBouncer's default_pool_size: 1 makes every client share one backend (leak tests)
     */
    public static PgBouncerProcess start(Path folder, int backendPort, PoolMode mode, String ignoreStartupParameters,
                                         List<String> allowedUsers, int poolSize) throws IOException {
        Path binary = binary().orElseThrow(() -> new IOException("pgbouncer is not installed (apt-get install pgbouncer)"));
        Files.createDirectories(folder);
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Path ini = folder.resolve("pgbouncer.ini");
        Path users = folder.resolve("userlist.txt");
        StringBuilder userList = new StringBuilder();
        for (String user : allowedUsers) {
            userList.append('"').append(user).append("\" \"\"\n");
        }
        Files.writeString(users, userList.toString());
        Files.writeString(ini, String.join("\n",
                "[databases]",
                "* = host=127.0.0.1 port=" + backendPort,
                "[pgbouncer]",
                "listen_addr = 127.0.0.1",
                "listen_port = " + port,
                "unix_socket_dir =",
                "auth_type = trust",
                "auth_file = " + users,
                "pool_mode = " + mode.name().toLowerCase(),
                "max_client_conn = 200",
                "default_pool_size = " + poolSize,
                "ignore_startup_parameters = " + (ignoreStartupParameters == null ? "" : ignoreStartupParameters),
                "logfile = " + folder.resolve("pgbouncer.log"),
                "pidfile = " + folder.resolve("pgbouncer.pid"),
                ""));
        List<String> command = new ArrayList<>(List.of(binary.toString()));
        if ("root".equals(System.getProperty("user.name"))) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
            // "nobody" must also be able to pass through the (private) folders above it.
            for (Path parent = folder.toAbsolutePath().getParent(); parent != null && !parent.equals(Path.of(System.getProperty("java.io.tmpdir")));
                 parent = parent.getParent()) {
                var permissions = Files.getPosixFilePermissions(parent);
                permissions.add(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE);
                Files.setPosixFilePermissions(parent, permissions);
            }
            command.addAll(List.of("-u", "nobody"));
        }
        command.add(ini.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("pgbouncer.out").toFile()).start();
        PgBouncerProcess bouncer = new PgBouncerProcess(process, port, folder);
        // PgBouncer does not watch its parent: a JVM stopped by a signal must still stop it.
        Runtime.getRuntime().addShutdownHook(bouncer.shutdownHook);
        bouncer.awaitListening(Duration.ofSeconds(10));
        return bouncer;
    }

    private void awaitListening(Duration timeout) throws IOException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("pgbouncer exited at start-up: " + output());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return;
            } catch (IOException notYet) {
                try {
                    process.waitFor(50, java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting for pgbouncer");
                }
            }
        }
        close();
        throw new IOException("pgbouncer did not listen on port " + port + " within " + timeout.toSeconds() + " s: " + output());
    }

    private String output() {
        try {
            String out = Files.exists(folder.resolve("pgbouncer.out")) ? Files.readString(folder.resolve("pgbouncer.out")) : "";
            String log = Files.exists(folder.resolve("pgbouncer.log")) ? Files.readString(folder.resolve("pgbouncer.log")) : "";
            return (out + log).strip();
        } catch (IOException e) {
            return "(no output)";
        }
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run
        }
        process.destroy();
        try {
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
