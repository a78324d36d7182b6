package dev.signalbox.migrations;

import dev.signalbox.common.BlockingCallGuard;
import dev.signalbox.config.DatabaseUrl;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Reads Alembic's version table. Plain JDBC, one read-only transaction with {@code SET LOCAL} timeouts: the
 * settings end with the transaction, so nothing leaks to other clients of a transaction-mode pooler
 * (incident 3), and a version table locked by a running migration makes us give up quickly instead of queueing.
 */
public final class VersionTableReader {
    /** Alembic's default; {@code context.configure(version_table=..., version_table_schema=...)} changes it. */
    public static final String DEFAULT_TABLE = "alembic_version";

    private final String schema;
    private final String table;
    private final Duration timeout;

    /**
     * @param table   the table name, or {@code schema.table}
     * @param schema  the schema, or null for the connection's search_path (as Alembic without version_table_schema)
     */
    public VersionTableReader(String table, String schema, Duration timeout) {
        String t = table == null || table.isBlank() ? DEFAULT_TABLE : table.strip();
        String s = schema;
        int dot = t.indexOf('.');
        if (s == null && dot > 0) {
            s = t.substring(0, dot);
            t = t.substring(dot + 1);
        }
        this.table = t;
        this.schema = s == null || s.isBlank() ? null : s.strip();
        this.timeout = timeout;
    }

    public String qualifiedName() {
        return schema == null ? table : schema + "." + table;
    }

    /** Opens a short-lived connection to {@code url} and reads the table. */
    public DatabaseState read(DatabaseUrl url) throws MigrationException {
        Properties props = url.jdbcProperties();
        int seconds = (int) Math.max(1, timeout.toSeconds());
        props.putIfAbsent("connectTimeout", String.valueOf(seconds));
        props.putIfAbsent("socketTimeout", String.valueOf(seconds * 2));
        props.putIfAbsent("loginTimeout", String.valueOf(seconds));
        props.putIfAbsent("ApplicationName", "signalbox migrations");
        try (Connection connection = DriverManager.getConnection(url.jdbcUrl(), props)) {
            return read(connection);
        } catch (SQLException e) {
            throw MigrationException.failure("cannot connect to " + url.redacted() + ": " + describe(e), e);
        }
    }

    /** Reads the table on a connection the caller owns; leaves its auto-commit mode as it was. */
    public DatabaseState read(Connection connection) throws MigrationException {
        BlockingCallGuard.check("JDBC read of the version table");
        boolean autoCommit = true;
        try {
            autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement st = connection.createStatement()) {
                st.setQueryTimeout((int) Math.max(1, timeout.toSeconds()));
                st.execute("SET TRANSACTION READ ONLY");
                st.execute("SET LOCAL statement_timeout = " + timeout.toMillis());
                st.execute("SET LOCAL lock_timeout = " + Math.max(1, timeout.toMillis() / 2));
            }
            DatabaseState state = readInTransaction(connection);
            connection.rollback();
            return state;
        } catch (SQLException e) {
            rollbackQuietly(connection);
            throw MigrationException.failure("cannot read the version table " + qualifiedName() + ": " + describe(e), e);
        } finally {
            try {
                connection.setAutoCommit(autoCommit);
            } catch (SQLException ignored) {
                // the connection is broken; the caller will find out on its next use
            }
        }
    }

    private DatabaseState readInTransaction(Connection connection) throws SQLException {
        String regclass;
        try (PreparedStatement ps = connection.prepareStatement(schema == null
                ? "SELECT to_regclass(quote_ident(?))::text"
                : "SELECT to_regclass(quote_ident(?) || '.' || quote_ident(?))::text")) {
            if (schema == null) {
                ps.setString(1, table);
            } else {
                ps.setString(1, schema);
                ps.setString(2, table);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                regclass = rs.getString(1);
            }
        }
        if (regclass == null) {
            return new DatabaseState(qualifiedName(), false, List.of(), 0, candidates(connection));
        }
        int length = 0;
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT CASE WHEN a.atttypmod > 4 THEN a.atttypmod - 4 ELSE 0 END FROM pg_attribute a"
                        + " WHERE a.attrelid = ?::regclass AND a.attname = 'version_num' AND NOT a.attisdropped")) {
            ps.setString(1, regclass);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    length = rs.getInt(1);
                }
            }
        }
        List<String> current = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT version_num FROM " + regclass + " ORDER BY version_num")) {
            while (rs.next()) {
                current.add(rs.getString(1));
            }
        }
        return new DatabaseState(qualifiedName(), true, current, length, List.of());
    }

    private static List<String> candidates(Connection connection) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT table_schema, table_name FROM information_schema.columns"
                     + " WHERE column_name = 'version_num' AND table_schema NOT IN ('pg_catalog', 'information_schema')"
                     + " ORDER BY table_schema, table_name")) {
            while (rs.next()) {
                found.add(rs.getString(1) + "." + rs.getString(2));
            }
        }
        return found;
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // already failed; the original error is the one worth reporting
        }
    }

    private static String describe(SQLException e) {
        String state = e.getSQLState();
        String hint = "";
        if ("57014".equals(state)) {
            hint = " (timed out: a migration may be holding a lock on the version table)";
        } else if ("55P03".equals(state)) {
            hint = " (lock timeout: a migration is holding the version table)";
        } else if ("42501".equals(state)) {
            hint = " (the role may not read this table)";
        }
        return e.getMessage() + (state != null ? " [SQLSTATE " + state + "]" : "") + hint;
    }
}
