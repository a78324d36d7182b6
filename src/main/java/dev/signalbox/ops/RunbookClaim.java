package dev.signalbox.ops;

import dev.signalbox.config.ConfigException;
import dev.signalbox.config.DatabaseUrl;
import dev.signalbox.config.Profile;
import dev.signalbox.monitor.WatchFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A team-wide claim on a runbook: a PostgreSQL session-level advisory lock on the service's own database, taken
 * with {@code pg_try_advisory_lock(service, runbook)} on a connection named {@code signalbox:<user>@<host>}.
 * A colleague's console (any machine) that starts the same runbook, or writes one of the profile's toggles, sees
 * the lock in {@code pg_locks} and is refused with who holds it and since when. The claim lives as long as the
 * holder's session: when its console dies the OS closes the socket, the backend exits, and the lock is gone with no
 * clean-up by anyone.
 * <p>
 * The two-key form puts the service in {@code classid} and the runbook in {@code objid} ({@code objsubid} 2), so a
 * toggle write can ask "is any runbook of this service claimed?" in one query. The service key comes from the
 * Railway project, environment and service ids when the profile has them: each engineer names profiles as they
 * like, and the claim must collide for the same service, not for the same file name.
 */
public final class RunbookClaim implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RunbookClaim.class);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    /** PostgreSQL keeps application_name to NAMEDATALEN - 1 bytes. */
    private static final int MAX_APPLICATION_NAME = 63;
    private static final String HOLDER_QUERY = """
            SELECT l.pid, a.application_name, a.backend_start, a.state_change
            FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2
              AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
              AND l.classid::bigint = ? AND (l.objid::bigint = ? OR ?)
            ORDER BY a.backend_start NULLS LAST
            """;
    /** Backend pids of the claims this process holds, per database: its own toggle writes pass. */
    private static final Set<String> HELD_HERE = ConcurrentHashMap.newKeySet();

    /** A session holding a claim, as pg_stat_activity shows it (fields null when this role may not see them). */
    public record Holder(int backendPid, String applicationName, Instant backendStart, Instant stateChange) {
        public String describe() {
            return (applicationName == null || applicationName.isBlank() ? "a session hidden from this database role"
                    : applicationName) + (backendStart == null ? "" : " since " + SHOWN.format(backendStart))
                    + " (PostgreSQL backend pid " + backendPid + ")";
        }
    }

    private final Connection connection;
    private final String heldKey;

    private RunbookClaim(Connection connection, String heldKey) {
        this.connection = connection;
        this.heldKey = heldKey;
    }

    /** {@code signalbox:<user>@<host>}: what colleagues see in a refusal and in pg_stat_activity. */
    public static String applicationName(String user) {
        String name = "signalbox:" + user + "@" + Who.host();
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        return bytes.length <= MAX_APPLICATION_NAME ? name : new String(bytes, 0, MAX_APPLICATION_NAME, StandardCharsets.UTF_8).strip();
    }

    /**
     * Takes the claim on the profile's database (the direct URL: a transaction pooler hands the server session to
     * others between transactions, so a session lock taken through it protects nothing).
     *
     * @throws RunbookClaimedException when another session holds it, naming it
     * @throws SQLException when the database cannot be reached
     */
    public static RunbookClaim take(Profile profile, String runbook, String user) throws RunbookClaimedException, SQLException, ConfigException {
        DatabaseUrl url = url(profile);
        int service = serviceKey(profile);
        int runbookKey = key(runbook);
        Connection connection = connect(url, user);
        boolean taken = false;
        try {
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?, ?), pg_backend_pid()")) {
                lock.setInt(1, service);
                lock.setInt(2, runbookKey);
                try (ResultSet rs = lock.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        taken = true;
                        String held = heldKey(url, rs.getInt(2));
                        HELD_HERE.add(held);
                        return new RunbookClaim(connection, held);
                    }
                }
            }
            Optional<Holder> holder = holder(connection, service, runbookKey, false);
            String who = holder.map(Holder::describe).orElse("another session (it ended just now: try again)");
            throw new RunbookClaimedException("Runbook '" + runbook + "' is already running for " + profile.name() + " ("
                    + profile.environment() + "): claimed by " + who + ". Ask them, or wait until it ends; the claim"
                    + " disappears by itself when their console stops.",
                    holder.map(Holder::applicationName).orElse(null), holder.map(Holder::backendStart).orElse(null));
        } finally {
            if (!taken) {
                closeQuietly(connection);
            }
        }
    }

    /**
     * Refuses a toggle write while a console other than this one holds a runbook claim on the service. The database
     * being unreachable does not block the write (toggles are how an outage is handled); it is logged.
     */
    public static void checkToggleWrite(Profile profile, String toggle, String user) throws RunbookClaimedException {
        if (profile.database() == null) {
            return;
        }
        DatabaseUrl url;
        try {
            url = url(profile);
        } catch (ConfigException e) {
            LOG.warn("toggle {}: cannot check runbook claims ({})", toggle, e.getMessage());
            return;
        }
        try (Connection connection = connect(url, user)) {
            for (Holder holder : holders(connection, serviceKey(profile))) {
                if (!HELD_HERE.contains(heldKey(url, holder.backendPid()))) {
                    throw new RunbookClaimedException("Not written: a runbook is running for " + profile.name() + " ("
                            + profile.environment() + "), claimed by " + holder.describe() + "; writing " + toggle
                            + " now would fight it. Ask them, or wait until it ends.", holder.applicationName(), holder.backendStart());
                }
            }
        } catch (SQLException e) {
            LOG.warn("toggle {}: cannot check runbook claims on {} ({}); writing anyway", toggle, url.redacted(), e.getMessage());
        }
    }

    /** Who holds the claim of this runbook (or any runbook of the service when {@code runbook} is null). */
    static Optional<Holder> holder(Connection connection, int service, int runbook, boolean anyRunbook) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(HOLDER_QUERY)) {
            query.setLong(1, Integer.toUnsignedLong(service));
            query.setLong(2, Integer.toUnsignedLong(runbook));
            query.setBoolean(3, anyRunbook);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.of(holder(rs)) : Optional.empty();
            }
        }
    }

    private static List<Holder> holders(Connection connection, int service) throws SQLException {
        List<Holder> all = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(HOLDER_QUERY)) {
            query.setLong(1, Integer.toUnsignedLong(service));
            query.setLong(2, 0);
            query.setBoolean(3, true);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    all.add(holder(rs));
                }
            }
        }
        return all;
    }

    private static Holder holder(ResultSet rs) throws SQLException {
        Timestamp start = rs.getTimestamp(3);
        Timestamp change = rs.getTimestamp(4);
        return new Holder(rs.getInt(1), rs.getString(2), start == null ? null : start.toInstant(),
                change == null ? null : change.toInstant());
    }

    /** The service part of the key: Railway's ids when known, else the profile's name. */
    static int serviceKey(Profile profile) {
        Profile.RailwaySettings railway = profile.railway();
        if (railway != null && railway.serviceId() != null && railway.environmentId() != null) {
            return key("railway:" + railway.projectId() + "/" + railway.environmentId() + "/" + railway.serviceId());
        }
        return key("profile:" + profile.name());
    }

    static int key(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("signalbox\0" + text).getBytes(StandardCharsets.UTF_8));
            return ((digest[0] & 0xff) << 24) | ((digest[1] & 0xff) << 16) | ((digest[2] & 0xff) << 8) | (digest[3] & 0xff);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static DatabaseUrl url(Profile profile) throws ConfigException {
        return WatchFactory.databaseUrl(profile.database(), true);
    }

    private static Connection connect(DatabaseUrl url, String user) throws SQLException {
        Properties props = url.jdbcProperties();
        props.setProperty("ApplicationName", applicationName(user));
        props.setProperty("connectTimeout", "5");
        props.setProperty("socketTimeout", "15");
        // A holder whose machine vanishes (no FIN) is noticed by the server's TCP keepalive, not before.
        props.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(url.jdbcUrl(), props);
    }

    private static String heldKey(DatabaseUrl url, int backendPid) {
        return url.hosts() + "/" + url.database() + "#" + backendPid;
    }

    /** Releases the claim: the lock goes with the session. */
    @Override
    public void close() {
        HELD_HERE.remove(heldKey);
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("closing the runbook claim's connection", e);
        }
    }
}
