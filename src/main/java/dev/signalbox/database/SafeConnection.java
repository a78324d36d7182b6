package dev.signalbox.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.signalbox.config.DatabaseUrl;
import dev.signalbox.database.ConnectionFacts.LimitsMode;
import dev.signalbox.database.ConnectionFacts.OptionsOutcome;
import java.lang.reflect.Field;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A connection that is safe to point at production: a pool of at most two pgjdbc connections named
 * {@code signalbox}, every query tagged {@code /* signalbox *}{@code /}, every unit of work inside a read-only
 * transaction that is always ended, and the server enforcing short timeouts on the inspector itself.
 * <p>
 * The timeouts reach the server through the startup {@code options} parameter on a direct connection. A
 * transaction pooler either refuses {@code options} (PgBouncer: {@code unsupported startup parameter: options})
 * or drops it ({@code ignore_startup_parameters = options}), and a session {@code SET} there would leak to other
 * clients; so behind a pooler each transaction starts with {@code BEGIN READ ONLY} and {@code SET LOCAL}, and
 * statements are never server-prepared ({@code prepareThreshold=0}) because the next transaction may run on
 * another backend.
 */
final class SafeConnection implements AutoCloseable {
    static final String TAG = "/* signalbox */ ";
    static final String APPLICATION_NAME = "signalbox";

    private static final Logger LOG = LoggerFactory.getLogger(SafeConnection.class);

    /** Work inside one read-only transaction. */
    @FunctionalInterface
    interface TransactionWork<T> {
        T run(Transaction tx) throws SQLException;
    }

    /** The connection of a unit of work, with the pids that identify it. */
    record Transaction(Connection connection, int handshakePid, java.util.Map<String, ConnectionFacts.Setting> settingsBeforeLimits) {
        Statement statement() throws SQLException {
            return connection.createStatement();
        }
    }

    private final DatabaseUrl url;
    private final InspectorLimits limits;
    private final LimitsMode mode;
    private final HikariDataSource pool;

    private SafeConnection(DatabaseUrl url, InspectorLimits limits, LimitsMode mode, HikariDataSource pool) {
        this.url = url;
        this.limits = limits;
        this.mode = mode;
        this.pool = pool;
    }

    /** Pool properties for the chosen mode; the password is only ever in these properties. */
    static Properties properties(DatabaseUrl url, InspectorLimits limits, boolean withOptions, boolean pooled) {
        Properties props = url.jdbcProperties();
        props.setProperty("ApplicationName", APPLICATION_NAME);
        props.setProperty("connectTimeout", "5");
        props.setProperty("loginTimeout", "5");
        props.setProperty("socketTimeout", Long.toString(limits.socketTimeout().toSeconds()));
        props.setProperty("cancelSignalTimeout", "2");
        props.setProperty("tcpKeepAlive", "true");
        if (pooled) {
            props.setProperty("prepareThreshold", "0");
        }
        String userOptions = props.getProperty("options");
        if (withOptions) {
            String ours = "-c statement_timeout=" + limits.statementTimeout().toMillis()
                    + " -c lock_timeout=" + limits.lockTimeout().toMillis()
                    + " -c idle_in_transaction_session_timeout=" + limits.idleInTransaction().toMillis()
                    + " -c default_transaction_read_only=on";
            props.setProperty("options", userOptions == null || userOptions.isBlank() ? ours : userOptions + " " + ours);
        }
        return props;
    }

    static Connection connectPlain(DatabaseUrl url, InspectorLimits limits, boolean withOptions, boolean pooled) throws SQLException {
        return DriverManager.getConnection(url.jdbcUrl(), properties(url, limits, withOptions, pooled));
    }

    /** The statements that put the inspector's limits on a transaction behind a pooler. */
    String setLocalLimits() {
        return setLocalLimits(limits);
    }

    static String setLocalLimits(InspectorLimits limits) {
        return TAG + "SET LOCAL statement_timeout = " + limits.statementTimeout().toMillis()
                + "; SET LOCAL lock_timeout = " + limits.lockTimeout().toMillis()
                + "; SET LOCAL idle_in_transaction_session_timeout = " + limits.idleInTransaction().toMillis();
    }

    /** Tries {@code options}; says whether it was applied, refused by a pooler, or silently dropped. */
    static OptionsOutcome tryOptions(DatabaseUrl url, InspectorLimits limits) throws SQLException {
        try (Connection connection = connectPlain(url, limits, true, true);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(TAG + "SELECT source FROM pg_settings WHERE name = 'statement_timeout'")) {
            rs.next();
            return "client".equals(rs.getString(1)) ? OptionsOutcome.APPLIED : OptionsOutcome.DROPPED;
        } catch (SQLException e) {
            if (isOptionsRefusal(e)) {
                return OptionsOutcome.REFUSED;
            }
            throw e;
        }
    }

    static boolean isOptionsRefusal(SQLException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("unsupported startup parameter") && message.contains("options");
    }

    static SafeConnection open(DatabaseUrl url, InspectorLimits limits, LimitsMode mode) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("signalbox-db");
        config.setDriverClassName("org.postgresql.Driver");
        config.setJdbcUrl(url.jdbcUrl());
        config.setDataSourceProperties(properties(url, limits, mode == LimitsMode.STARTUP_OPTIONS, mode == LimitsMode.SET_LOCAL));
        // Two at most: one for a snapshot, one for an action or a pooler probe. Never more load on production.
        config.setMaximumPoolSize(2);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(Duration.ofSeconds(5).toMillis());
        config.setValidationTimeout(Duration.ofSeconds(2).toMillis());
        config.setIdleTimeout(Duration.ofSeconds(60).toMillis());
        config.setMaxLifetime(Duration.ofMinutes(10).toMillis());
        // The facts probe has already connected; a pool that cannot connect later reports it per snapshot.
        config.setInitializationFailTimeout(-1);
        config.setAutoCommit(true);
        return new SafeConnection(url, limits, mode, new HikariDataSource(config));
    }

    LimitsMode mode() {
        return mode;
    }

    InspectorLimits limits() {
        return limits;
    }

    /**
     * Runs work in one read-only transaction that is always ended. A connection whose transaction cannot be
     * ended is evicted from the pool rather than returned to it open.
     */
    <T> T read(TransactionWork<T> work) throws DatabaseException {
        Connection connection;
        try {
            connection = pool.getConnection();
        } catch (SQLException e) {
            throw new DatabaseException("cannot connect to " + url.redacted() + ": " + reason(e), e);
        }
        boolean ended = false;
        try {
            int handshakePid = connection.unwrap(PGConnection.class).getBackendPID();
            java.util.Map<String, ConnectionFacts.Setting> settings = null;
            try (Statement statement = connection.createStatement()) {
                statement.execute(TAG + "BEGIN READ ONLY");
                if (mode == LimitsMode.SET_LOCAL) {
                    // Read before SET LOCAL masks them: what this pooled backend gives any client's transaction.
                    settings = readTimeoutSettings(connection);
                    statement.execute(setLocalLimits());
                }
            }
            T result = work.run(new Transaction(connection, handshakePid, settings));
            try (Statement statement = connection.createStatement()) {
                statement.execute(TAG + "COMMIT");
            }
            ended = true;
            return result;
        } catch (SQLException e) {
            throw new DatabaseException("reading " + url.redacted() + " failed: " + reason(e), e);
        } finally {
            if (!ended) {
                ended = rollback(connection);
            }
            if (!ended) {
                pool.evictConnection(connection);
            }
            close(connection);
        }
    }

    static final String TIMEOUT_SETTINGS = TAG + "SELECT name, current_setting(name), source FROM pg_settings"
            + " WHERE name IN ('statement_timeout', 'lock_timeout', 'idle_in_transaction_session_timeout', 'transaction_timeout')"
            + " ORDER BY name";

    static java.util.Map<String, ConnectionFacts.Setting> readTimeoutSettings(Connection connection) throws SQLException {
        java.util.Map<String, ConnectionFacts.Setting> settings = new java.util.TreeMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(TIMEOUT_SETTINGS)) {
            while (rs.next()) {
                settings.put(rs.getString(1), new ConnectionFacts.Setting(rs.getString(2), rs.getString(3)));
            }
        }
        return settings;
    }

    static boolean rollback(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(TAG + "ROLLBACK");
            return true;
        } catch (SQLException e) {
            LOG.warn("ROLLBACK failed; the connection is dropped so no transaction stays open: {}", e.getMessage());
            return false;
        }
    }

    private static void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("closing a pooled connection failed", e);
        }
    }

    /** TLS on the driver's socket: what the client negotiated, which may differ from what a pooler uses upstream. */
    record ClientTls(boolean encrypted, String protocol, String cipher) {
    }

    /** The driver's view of TLS on this connection's socket, or null when the driver's internals cannot be read. */
    static ClientTls clientTls(Connection connection) {
        try {
            Object executor = connection.unwrap(org.postgresql.core.BaseConnection.class).getQueryExecutor();
            // pgjdbc has no public accessor for its socket; QueryExecutorBase.pgStream is the one way in.
            Field field = org.postgresql.core.QueryExecutorBase.class.getDeclaredField("pgStream");
            field.setAccessible(true);
            Socket socket = ((org.postgresql.core.PGStream) field.get(executor)).getSocket();
            if (socket instanceof SSLSocket ssl) {
                SSLSession session = ssl.getSession();
                return new ClientTls(true, session.getProtocol(), session.getCipherSuite());
            }
            return new ClientTls(false, null, null);
        } catch (ReflectiveOperationException | RuntimeException | SQLException e) {
            LOG.debug("cannot read the driver's socket", e);
            return null;
        }
    }

    /** A SQL error as a short message: the server's text, never the URL's password (pgjdbc never puts it there). */
    static String reason(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String state = e.getSQLState();
        return state == null ? message : message + " (SQLSTATE " + state + ")";
    }

    @Override
    public void close() {
        pool.close();
    }
}
