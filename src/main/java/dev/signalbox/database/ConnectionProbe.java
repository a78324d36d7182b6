package dev.signalbox.database;

import dev.signalbox.config.DatabaseUrl;
import dev.signalbox.database.ConnectionFacts.LimitsMode;
import dev.signalbox.database.ConnectionFacts.OptionsOutcome;
import dev.signalbox.database.ConnectionFacts.Privileges;
import dev.signalbox.database.ConnectionFacts.RoleDefault;
import dev.signalbox.database.ConnectionFacts.Setting;
import dev.signalbox.database.ConnectionFacts.Tls;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.sql.DriverManager;
import org.postgresql.PGConnection;

/**
 * Measures the connection once, the way the app connects (no {@code options}): server, TLS, timeouts with their
 * source, role defaults, privileges, and what sits in between. Then tries the startup {@code options} parameter to
 * decide how the inspector's own limits will reach the server.
 */
final class ConnectionProbe {
    private static final String TAG = SafeConnection.TAG;

    private ConnectionProbe() {
    }

    static ConnectionFacts run(DatabaseUrl url, InspectorLimits limits) throws SQLException {
        int handshakePid;
        int backendPid;
        String version;
        int versionNumber;
        String user;
        String database;
        Privileges privileges;
        Map<String, Setting> settings;
        List<RoleDefault> roleDefaults = new ArrayList<>();
        SafeConnection.ClientTls clientTls;
        Boolean serverSsl = null;
        String serverProtocol = null;
        String serverCipher = null;
        PoolerMode pooler;
        String evidence;

        try (Connection first = SafeConnection.connectPlain(url, limits, false, true)) {
            handshakePid = first.unwrap(PGConnection.class).getBackendPID();
            clientTls = SafeConnection.clientTls(first);
            boolean ended = false;
            try (Statement st = first.createStatement()) {
                st.execute(TAG + "BEGIN READ ONLY");
                settings = SafeConnection.readTimeoutSettings(first);
                st.execute(SafeConnection.setLocalLimits(limits));
                try (ResultSet rs = st.executeQuery(TAG + "SELECT pg_backend_pid(), current_setting('server_version'),"
                        + " current_setting('server_version_num')::int, current_user, current_database(),"
                        + " coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = current_user), false),"
                        + " pg_has_role(current_user, 'pg_read_all_stats', 'USAGE'),"
                        + " pg_has_role(current_user, 'pg_signal_backend', 'USAGE')")) {
                    rs.next();
                    backendPid = rs.getInt(1);
                    version = rs.getString(2);
                    versionNumber = rs.getInt(3);
                    user = rs.getString(4);
                    database = rs.getString(5);
                    privileges = new Privileges(rs.getBoolean(6), rs.getBoolean(7), rs.getBoolean(8));
                }
                try (ResultSet rs = st.executeQuery(TAG + "SELECT ssl, version, cipher FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
                    if (rs.next()) {
                        serverSsl = rs.getBoolean(1);
                        serverProtocol = rs.getString(2);
                        serverCipher = rs.getString(3);
                    }
                }
                try (ResultSet rs = st.executeQuery(TAG + "SELECT r.rolname, d.datname, s.setconfig FROM pg_db_role_setting s"
                        + " LEFT JOIN pg_roles r ON r.oid = s.setrole LEFT JOIN pg_database d ON d.oid = s.setdatabase"
                        + " WHERE s.setrole IN (0, (SELECT oid FROM pg_roles WHERE rolname = current_user))"
                        + " AND s.setdatabase IN (0, (SELECT oid FROM pg_database WHERE datname = current_database()))"
                        // PostgreSQL applies the most specific first: role in database, then role, then database.
                        + " ORDER BY (s.setrole <> 0) DESC, (s.setdatabase <> 0) DESC")) {
                    while (rs.next()) {
                        String role = rs.getString(1);
                        String db = rs.getString(2);
                        String scope = role != null && db != null ? "role " + role + " in database " + db
                                : role != null ? "role " + role : "database " + db;
                        Array config = rs.getArray(3);
                        for (String entry : (String[]) config.getArray()) {
                            int eq = entry.indexOf('=');
                            String name = eq < 0 ? entry : entry.substring(0, eq);
                            if (settings.containsKey(name) || name.endsWith("_timeout")) {
                                roleDefaults.add(new RoleDefault(scope, name, eq < 0 ? "" : entry.substring(eq + 1)));
                            }
                        }
                    }
                }
                st.execute(TAG + "COMMIT");
                ended = true;
            } finally {
                if (!ended) {
                    SafeConnection.rollback(first);
                }
            }

            if (handshakePid == backendPid) {
                pooler = PoolerMode.NONE;
                evidence = "the startup handshake's backend pid (" + handshakePid + ") is pg_backend_pid(): no pooler in between";
            } else {
                String[] observed = observeTransactionPooling(url, limits, first, backendPid);
                pooler = PoolerMode.valueOf(observed[0]);
                evidence = "the startup handshake's backend pid (" + handshakePid + ") is not pg_backend_pid() ("
                        + backendPid + "): a proxy answers the handshake; " + observed[1];
            }
        }

        OptionsOutcome options = SafeConnection.tryOptions(url, limits);
        LimitsMode mode = options == OptionsOutcome.APPLIED && pooler != PoolerMode.TRANSACTION
                ? LimitsMode.STARTUP_OPTIONS : LimitsMode.SET_LOCAL;

        String note;
        if (pooler == PoolerMode.NONE) {
            note = "direct connection: pg_stat_ssl describes this same connection";
        } else {
            note = "behind a pooler, pg_stat_ssl describes the pooler's connection to PostgreSQL, not yours; the client"
                    + " value is what your connection to the pooler negotiated";
        }
        Tls tls = new Tls(url.sslMode(), clientTls == null ? null : clientTls.encrypted(),
                clientTls == null ? null : clientTls.protocol(), clientTls == null ? null : clientTls.cipher(),
                serverSsl, serverProtocol, serverCipher,
                clientTls == null ? note + "; the driver's TLS state could not be read" : note);
        return new ConnectionFacts(url.redacted(), url.hostKind().label(), version, versionNumber, user, database, tls,
                pooler, evidence, handshakePid, backendPid, settings, roleDefaults, privileges, mode, options);
    }

    /**
     * Transaction pooling shows as the backend changing between transactions of one client. With one client alone
     * a pooler may hand back the same backend, so a second client holds a transaction open meanwhile: in
     * transaction mode it takes the backend the first client just released (PgBouncer reuses the most recent one),
     * and the first client's next statement lands on another backend. In session mode neither can happen.
     *
     * @return {mode, evidence}
     */
    private static String[] observeTransactionPooling(DatabaseUrl url, InspectorLimits limits, Connection first,
                                                      int pidInFirstTransaction) {
        try {
            int b1 = backendPid(first);
            if (b1 != pidInFirstTransaction) {
                return new String[]{"TRANSACTION", "the backend pid changed between two transactions of one client ("
                        + pidInFirstTransaction + ", then " + b1 + "): transaction pooling"};
            }
            Properties props = SafeConnection.properties(url, limits, false, true);
            // A session pooler with a full pool makes this client wait: do not wait long for the answer.
            props.setProperty("socketTimeout", "3");
            try (Connection second = DriverManager.getConnection(url.jdbcUrl(), props);
                 Statement st = second.createStatement()) {
                boolean ended = false;
                try {
                    st.execute(TAG + "BEGIN READ ONLY");
                    int b2 = backendPid(second);
                    int b1Again = backendPid(first);
                    st.execute(TAG + "ROLLBACK");
                    ended = true;
                    if (b2 == b1 || b1Again != b1) {
                        return new String[]{"TRANSACTION", "while a second client held a transaction, the backend pid"
                                + " moved between clients (" + b1 + " -> " + (b2 == b1 ? "second client" : b1Again + "")
                                + "): transaction pooling"};
                    }
                    return new String[]{"SESSION", "the first client kept backend " + b1
                            + " while a second client held another (" + b2 + "): session pooling"};
                } finally {
                    if (!ended) {
                        SafeConnection.rollback(second);
                    }
                }
            }
        } catch (SQLException e) {
            return new String[]{"UNKNOWN", "the pooling mode could not be observed: " + SafeConnection.reason(e)};
        }
    }

    private static int backendPid(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(TAG + "SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
