package dev.signalbox.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;

/** Other clients of the test database: sessions that hold and wait for locks, on their own threads. */
final class Sessions implements AutoCloseable {
    private final DataSource dataSource;
    private final List<Connection> connections = new ArrayList<>();
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "test-session");
        thread.setDaemon(true);
        return thread;
    });

    Sessions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Connection open(String applicationName) throws SQLException {
        Connection connection = dataSource.getConnection();
        connections.add(connection);
        execute(connection, "SET application_name = '" + applicationName + "'");
        return connection;
    }

    /** Runs a statement that may block, on its own thread. */
    Future<Void> start(Connection connection, String sql) {
        return threads.submit(() -> {
            execute(connection, sql);
            return null;
        });
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    static int pid(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static long count(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Waits for a condition with a deadline: no fixed sleeps in tests. */
    static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            }
            // The polling interval of a deadline wait, not a fixed delay: the loop ends as soon as the condition holds.
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
    }

    static BooleanSupplier query(DataSource dataSource, String sql) {
        return () -> {
            try {
                return count(dataSource, sql) > 0;
            } catch (SQLException e) {
                throw new AssertionError(e);
            }
        };
    }

    @Override
    public void close() {
        for (Connection connection : connections) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the test may have terminated it
            }
        }
        threads.shutdownNow();
    }
}
