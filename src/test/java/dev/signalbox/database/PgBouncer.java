package dev.signalbox.database;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real PgBouncer (Debian's {@code /usr/sbin/pgbouncer}) on a free loopback port in front of a test PostgreSQL.
 * PgBouncer refuses to run as root ("PgBouncer should not run as root"), so as root it is started with
 * {@code -u nobody}, and its folder is made readable for that user.
 */
final class PgBouncer implements AutoCloseable {
    static final Path BINARY = Path.of("/usr/sbin/pgbouncer");

    private final Process process;
    private final int port;
    private final Path log;

    private PgBouncer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * @param poolMode         transaction or session
     * @param ignoreParameters PgBouncer's ignore_startup_parameters, e.g. {@code options} to drop it silently
     * @param users            users allowed in (auth_type trust)
     */
    static PgBouncer start(int postgresPort, String poolMode, String ignoreParameters, List<String> users) throws IOException {
        Path folder = Files.createTempDirectory("signalbox-pgbouncer");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        int port = freePort();
        Path userlist = folder.resolve("userlist.txt");
        StringBuilder users1 = new StringBuilder();
        for (String user : users) {
            users1.append('"').append(user).append("\" \"\"\n");
        }
        Files.writeString(userlist, users1.toString());
        Path ini = folder.resolve("pgbouncer.ini");
        Files.writeString(ini, "[databases]\n"
                + "* = host=127.0.0.1 port=" + postgresPort + "\n"
                + "[pgbouncer]\n"
                + "listen_addr = 127.0.0.1\n"
                + "listen_port = " + port + "\n"
                + "unix_socket_dir =\n"
                + "auth_type = trust\n"
                + "auth_file = " + userlist + "\n"
                + "pool_mode = " + poolMode + "\n"
                + "default_pool_size = 4\n"
                + (ignoreParameters != null ? "ignore_startup_parameters = " + ignoreParameters + "\n" : ""));
        for (Path file : List.of(userlist, ini)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
        List<String> command = new ArrayList<>(List.of(BINARY.toString()));
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("-u", "nobody"));
        }
        command.add(ini.toString());
        Path log = folder.resolve("pgbouncer.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PgBouncer bouncer = new PgBouncer(process, port, log);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!bouncer.accepts()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                String output = Files.exists(log) ? Files.readString(log) : "";
                bouncer.close();
                throw new IOException("pgbouncer did not start on port " + port + ": " + output);
            }
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
        return bouncer;
    }

    private boolean accepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    int port() {
        return port;
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
