package dev.signalbox.config;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * A PostgreSQL connection URL as users paste it: libpq URIs ({@code postgres://}, {@code postgresql://}) with
 * user, password, percent-encoding, {@code sslmode} and {@code options}; the URLs Railway and Supabase hand out;
 * and {@code jdbc:postgresql:} URLs. Converted to a pgjdbc URL and properties.
 * <p>
 * The password is a {@link Secret}: {@link #toString()} and {@link #redacted()} never show it, and no message of
 * this class quotes the raw input.
 * <p>
 * TLS trap (incident 6): pgjdbc's {@code ssl=false} does <em>not</em> disable TLS (it leaves
 * {@code sslmode=prefer}); only {@code sslmode=disable} does. So the properties produced here always carry an
 * explicit {@code sslmode}, and {@link #warnings()} says when TLS is off for a hosted database.
 */
public final class DatabaseUrl {

    public enum Flavor { LIBPQ, JDBC }

    /** What kind of host this is, from its name and port: it decides the TLS and pooling advice. */
    public enum HostKind {
        LOCAL("local"),
        RAILWAY_PROXY("Railway public proxy"),
        RAILWAY_INTERNAL("Railway private network"),
        SUPABASE_DIRECT("Supabase direct connection"),
        SUPABASE_POOLER_SESSION("Supabase pooler, session mode"),
        SUPABASE_POOLER_TRANSACTION("Supabase pooler, transaction mode"),
        OTHER("other host");

        private final String label;

        HostKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Reached over the public internet, where TLS is expected. */
        public boolean isHostedPublic() {
            return this == RAILWAY_PROXY || this == SUPABASE_DIRECT || this == SUPABASE_POOLER_SESSION
                    || this == SUPABASE_POOLER_TRANSACTION;
        }
    }

    public record HostPort(String host, int port) {
        @Override
        public String toString() {
            return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        }
    }

    private static final java.util.regex.Pattern AFTER_USER_INFO =
            java.util.regex.Pattern.compile("[A-Za-z0-9.\\-\\[\\]:,%]*(/[^?@]*)?(\\?.*)?");

    /** Far above any real connection URL (host, user, password, a few parameters), and it bounds the parse. */
    static final int MAX_LENGTH = 4096;

    private static final List<String> SSL_MODES = List.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");

    /** libpq parameter name to pgjdbc property name, for the parameters that exist in both. */
    private static final Map<String, String> LIBPQ_TO_PGJDBC = Map.ofEntries(
            Map.entry("sslmode", "sslmode"),
            Map.entry("sslrootcert", "sslrootcert"),
            Map.entry("sslcert", "sslcert"),
            Map.entry("sslkey", "sslkey"),
            Map.entry("options", "options"),
            Map.entry("application_name", "ApplicationName"),
            Map.entry("connect_timeout", "connectTimeout"),
            Map.entry("target_session_attrs", "targetServerType"),
            Map.entry("gssencmode", "gssEncMode"),
            Map.entry("channel_binding", "channelBinding"));

    private final Flavor flavor;
    private final List<HostPort> hosts;
    private final String database;
    private final String user;
    private final Secret password;
    private final Map<String, String> parameters;
    private final String sslMode;
    private final List<String> warnings;

    private DatabaseUrl(Flavor flavor, List<HostPort> hosts, String database, String user, Secret password,
                        Map<String, String> parameters, String sslMode, List<String> warnings) {
        this.flavor = flavor;
        this.hosts = List.copyOf(hosts);
        this.database = database;
        this.user = user;
        this.password = password;
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        this.sslMode = sslMode;
        this.warnings = List.copyOf(warnings);
    }

    public static DatabaseUrl parse(String text) throws ConfigException {
        if (text == null || text.isBlank()) {
            throw new ConfigException("", "the database URL is empty");
        }
        String input = text.strip();
        if (input.length() > MAX_LENGTH) {
            throw new ConfigException("", "the database URL is " + input.length() + " characters long; a connection URL"
                    + " holds at most " + MAX_LENGTH + " (is this the right value?)");
        }
        Flavor flavor;
        String rest;
        String lower = input.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql://")) {
            flavor = Flavor.JDBC;
            rest = input.substring("jdbc:postgresql://".length());
        } else if (lower.startsWith("postgresql://")) {
            flavor = Flavor.LIBPQ;
            rest = input.substring("postgresql://".length());
        } else if (lower.startsWith("postgres://")) {
            flavor = Flavor.LIBPQ;
            rest = input.substring("postgres://".length());
        } else if (lower.startsWith("postgresql+") || lower.startsWith("postgres+")) {
            // SQLAlchemy dialect URLs (postgresql+asyncpg://, postgresql+psycopg://) carry the same parts.
            int sep = input.indexOf("://");
            if (sep < 0) {
                throw new ConfigException("", "the database URL has no '://' after its scheme");
            }
            flavor = Flavor.LIBPQ;
            rest = input.substring(sep + 3);
        } else {
            int colon = input.indexOf(':');
            String scheme = colon > 0 ? input.substring(0, colon) : "";
            throw new ConfigException("", scheme.isEmpty()
                    ? "the database URL has no scheme; expected postgresql://, postgres:// or jdbc:postgresql://"
                    : "unsupported scheme '" + scheme + "'; expected postgresql://, postgres:// or jdbc:postgresql://");
        }
        if (rest.indexOf('#') >= 0) {
            throw new ConfigException("", "the database URL contains '#': percent-encode it as %23 (in a password too)");
        }

        // Passwords pasted from dashboards are often not percent-encoded and may hold '/', '?' or '@'. The user
        // info ends at the last '@' when what follows it reads as host[:port][/db][?query].
        String userInfo = null;
        int at = rest.lastIndexOf('@');
        if (at >= 0 && AFTER_USER_INFO.matcher(rest.substring(at + 1)).matches()) {
            userInfo = rest.substring(0, at);
            rest = rest.substring(at + 1);
        }
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        String path = "";
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            path = rest.substring(slash + 1);
            rest = rest.substring(0, slash);
        }
        if (userInfo == null && rest.indexOf('@') >= 0) {
            at = rest.lastIndexOf('@');
            userInfo = rest.substring(0, at);
            rest = rest.substring(at + 1);
        }
        String hostPart = rest;

        String user = null;
        Secret password = null;
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            user = decode(colon >= 0 ? userInfo.substring(0, colon) : userInfo, "user name");
            if (colon >= 0) {
                password = Secret.of(decode(userInfo.substring(colon + 1), "password"), "database URL");
            }
        }

        Map<String, String> params = parseQuery(query);
        List<String> warnings = new ArrayList<>();
        if (params.containsKey("user")) {
            user = params.remove("user");
        }
        if (params.containsKey("password")) {
            password = Secret.of(params.remove("password"), "database URL");
        }
        String database = decode(path, "database name");
        if (params.containsKey("dbname")) {
            database = params.remove("dbname");
        }
        if (database.contains("/")) {
            throw new ConfigException("", "the database name '" + database + "' contains '/'; percent-encode it as %2F");
        }

        int defaultPort = 5432;
        if (params.containsKey("port")) {
            defaultPort = port(params.remove("port"));
        }
        if (hostPart.isEmpty() && !params.containsKey("host")) {
            // libpq reads an empty host as its default Unix-domain socket, not localhost:5432 (issue 14: the URL was
            // silently taken as localhost). Signalbox only speaks TCP, so say what is missing.
            throw new ConfigException("", "the database URL names no host (after '@' or '://' comes '/' directly);"
                    + " write it as postgresql://USER@HOST:5432/DATABASE");
        }
        List<HostPort> hosts = parseHosts(hostPart, defaultPort);
        if (params.containsKey("host")) {
            String host = params.remove("host");
            if (host.startsWith("/")) {
                throw new ConfigException("", "Unix-domain sockets (host=" + host + ") are not supported; use a TCP host name");
            }
            hosts = List.of(new HostPort(host, hosts.get(0).port()));
        }
        if (database.isEmpty()) {
            database = user != null ? user : "postgres";
        }

        String sslMode = sslMode(flavor, params, hosts, warnings);
        return new DatabaseUrl(flavor, hosts, database, user, password, params, sslMode, warnings);
    }

    private static String sslMode(Flavor flavor, Map<String, String> params, List<HostPort> hosts, List<String> warnings)
            throws ConfigException {
        String explicit = params.remove("sslmode");
        String ssl = params.remove("ssl");
        String mode;
        if (explicit != null) {
            mode = explicit.toLowerCase(Locale.ROOT);
            if (!SSL_MODES.contains(mode)) {
                throw new ConfigException("", "sslmode '" + explicit + "' is not one of " + String.join(", ", SSL_MODES));
            }
        } else if (ssl != null) {
            String value = ssl.toLowerCase(Locale.ROOT);
            if (flavor == Flavor.JDBC) {
                // pgjdbc: ssl=true (or empty) means verify-full; ssl=false leaves sslmode=prefer, i.e. TLS still tried.
                if (value.equals("false")) {
                    mode = "prefer";
                    warnings.add("ssl=false does not disable TLS in pgjdbc (sslmode stays 'prefer'); write sslmode=disable"
                            + " if you really mean no TLS");
                } else {
                    mode = "verify-full";
                }
            } else {
                // asyncpg / SQLAlchemy style (?ssl=disable, ?ssl=false): the author meant to switch TLS off.
                mode = switch (value) {
                    case "disable", "false", "0", "no", "off" -> "disable";
                    case "true", "1", "yes", "on", "require" -> "require";
                    case "allow", "prefer", "verify-ca", "verify-full" -> value;
                    default -> throw new ConfigException("", "ssl='" + ssl + "' is not understood; use sslmode=disable|require|verify-full");
                };
                warnings.add("ssl=" + ssl + " is not a libpq parameter; read as sslmode=" + mode);
            }
        } else {
            mode = "prefer";
        }
        HostKind kind = hostKind(hosts.get(0));
        if (mode.equals("disable") && kind.isHostedPublic()) {
            warnings.add("TLS is disabled (sslmode=disable) for a hosted database (" + kind.label()
                    + "): it expects TLS and may reset the connection; use sslmode=require");
        }
        return mode;
    }

    private static List<HostPort> parseHosts(String hostPart, int defaultPort) throws ConfigException {
        List<HostPort> hosts = new ArrayList<>();
        if (hostPart.isEmpty()) {
            hosts.add(new HostPort("localhost", defaultPort));
            return hosts;
        }
        for (String entry : hostPart.split(",", -1)) {
            if (entry.isEmpty()) {
                throw new ConfigException("", "the host list has an empty entry (two commas, or a trailing comma)");
            }
            String host;
            int port = defaultPort;
            if (entry.startsWith("[")) {
                int close = entry.indexOf(']');
                if (close < 0) {
                    throw new ConfigException("", "IPv6 host '" + entry + "' has no closing ']'");
                }
                host = entry.substring(1, close);
                String after = entry.substring(close + 1);
                if (after.startsWith(":")) {
                    port = port(after.substring(1));
                } else if (!after.isEmpty()) {
                    throw new ConfigException("", "unexpected '" + after + "' after IPv6 host");
                }
            } else {
                int colon = entry.lastIndexOf(':');
                host = colon >= 0 ? entry.substring(0, colon) : entry;
                if (colon >= 0) {
                    port = port(entry.substring(colon + 1));
                }
            }
            host = decode(host, "host name");
            if (host.isEmpty()) {
                throw new ConfigException("", "a host name is empty");
            }
            if (!host.matches("[A-Za-z0-9._:%-]+")) {
                throw new ConfigException("", "host name '" + host + "' contains characters a host name cannot have"
                        + " (a password with '@' or ':' must be percent-encoded)");
            }
            hosts.add(new HostPort(host, port));
        }
        return hosts;
    }

    private static int port(String text) throws ConfigException {
        if (text.isEmpty()) {
            throw new ConfigException("", "the port is empty after ':'");
        }
        int port;
        try {
            port = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new ConfigException("", "the port after ':' is not a number" + (text.length() <= 8 && text.matches("[\\w-]*") ? " ('" + text + "')" : ""));
        }
        if (port < 1 || port > 65535) {
            throw new ConfigException("", "the port " + port + " is out of range (1 to 65535)");
        }
        return port;
    }

    private static Map<String, String> parseQuery(String query) throws ConfigException {
        Map<String, String> params = new LinkedHashMap<>();
        if (query.isEmpty()) {
            return params;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq >= 0 ? pair.substring(0, eq) : pair, "query parameter name");
            String value = eq >= 0 ? decode(pair.substring(eq + 1), "value of query parameter '" + key + "'") : "";
            params.put(key, value);
        }
        return params;
    }

    /** Percent-decoding as RFC 3986 says: '+' stays '+', unlike form decoding. Never quotes the input. */
    static String decode(String text, String part) throws ConfigException {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length() || Character.digit(text.charAt(i + 1), 16) < 0
                        || Character.digit(text.charAt(i + 2), 16) < 0) {
                    throw new ConfigException("", "invalid percent-encoding in the " + part + " (a '%' must be followed"
                            + " by two hex digits; write a literal % as %25)");
                }
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    public static HostKind hostKind(HostPort hostPort) {
        String host = hostPort.host().toLowerCase(Locale.ROOT);
        if (host.equals("localhost") || host.startsWith("127.") || host.equals("::1")) {
            return HostKind.LOCAL;
        }
        if (host.endsWith(".proxy.rlwy.net") || host.endsWith(".rlwy.net")) {
            return HostKind.RAILWAY_PROXY;
        }
        if (host.endsWith(".railway.internal")) {
            return HostKind.RAILWAY_INTERNAL;
        }
        if (host.endsWith(".pooler.supabase.com")) {
            // Supavisor: 5432 is session mode, 6543 transaction mode.
            return hostPort.port() == 6543 ? HostKind.SUPABASE_POOLER_TRANSACTION : HostKind.SUPABASE_POOLER_SESSION;
        }
        if (host.startsWith("db.") && host.endsWith(".supabase.co")) {
            return HostKind.SUPABASE_DIRECT;
        }
        return HostKind.OTHER;
    }

    public HostKind hostKind() {
        return hostKind(hosts.get(0));
    }

    public Flavor flavor() {
        return flavor;
    }

    public List<HostPort> hosts() {
        return hosts;
    }

    public String database() {
        return database;
    }

    /** May be null: then pgjdbc uses the OS user name, as libpq does. */
    public String user() {
        return user;
    }

    /** May be null. */
    public Secret password() {
        return password;
    }

    public boolean hasPassword() {
        return password != null;
    }

    /** Remaining parameters, as written (sslmode, ssl, user, password, dbname, host and port taken out). */
    public Map<String, String> parameters() {
        return parameters;
    }

    /** The effective libpq/pgjdbc sslmode. */
    public String sslMode() {
        return sslMode;
    }

    public boolean tlsDisabled() {
        return sslMode.equals("disable");
    }

    public List<String> warnings() {
        return warnings;
    }

    /** The same URL with another password (e.g. one from {@code PGPASSWORD} when the URL has none). */
    public DatabaseUrl withPassword(Secret newPassword) {
        return new DatabaseUrl(flavor, hosts, database, user, newPassword, parameters, sslMode, warnings);
    }

    public DatabaseUrl withHost(String host, int port) {
        return new DatabaseUrl(flavor, List.of(new HostPort(host, port)), database, user, password, parameters, sslMode, warnings);
    }

    public String jdbcUrl() {
        StringBuilder out = new StringBuilder("jdbc:postgresql://");
        for (int i = 0; i < hosts.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(hosts.get(i));
        }
        out.append('/').append(java.net.URLEncoder.encode(database, StandardCharsets.UTF_8).replace("+", "%20"));
        return out.toString();
    }

    /**
     * pgjdbc properties: user, password, an explicit sslmode, and the libpq parameters that pgjdbc knows under
     * its own names. Parameters pgjdbc does not know are dropped with a warning in {@link #warnings()}... of the
     * caller: see {@link #unsupportedParameters()}.
     */
    public Properties jdbcProperties() {
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password.reveal());
        }
        props.setProperty("sslmode", sslMode);
        for (Map.Entry<String, String> param : parameters.entrySet()) {
            if (flavor == Flavor.JDBC) {
                props.setProperty(param.getKey(), param.getValue());
            } else {
                String name = LIBPQ_TO_PGJDBC.get(param.getKey());
                if (name != null) {
                    props.setProperty(name, name.equals("targetServerType") ? targetServerType(param.getValue()) : param.getValue());
                }
            }
        }
        return props;
    }

    /** libpq parameters with no pgjdbc equivalent (e.g. keepalives): ignored when connecting. */
    public List<String> unsupportedParameters() {
        if (flavor == Flavor.JDBC) {
            return List.of();
        }
        return parameters.keySet().stream().filter(k -> !LIBPQ_TO_PGJDBC.containsKey(k)).toList();
    }

    private static String targetServerType(String libpq) {
        return switch (libpq) {
            case "read-write", "primary" -> "primary";
            case "read-only", "standby" -> "secondary";
            case "prefer-standby" -> "preferSecondary";
            default -> "any";
        };
    }

    /** The URL in libpq form with the password replaced by {@code ****}: the only form ever shown. */
    public String redacted() {
        StringBuilder out = new StringBuilder(flavor == Flavor.JDBC ? "jdbc:postgresql://" : "postgresql://");
        if (user != null) {
            out.append(user);
            if (password != null) {
                out.append(':').append(Secret.REDACTED);
            }
            out.append('@');
        }
        for (int i = 0; i < hosts.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(hosts.get(i));
        }
        out.append('/').append(database);
        out.append("?sslmode=").append(sslMode);
        for (Map.Entry<String, String> param : parameters.entrySet()) {
            // Only the values of parameters known to be harmless are shown: a misspelt "pasword=" (or any name this
            // code does not know) may carry a secret (found by ConfigParsersFuzzTest).
            boolean known = LIBPQ_TO_PGJDBC.containsKey(param.getKey()) || LIBPQ_TO_PGJDBC.containsValue(param.getKey());
            if (known) {
                out.append('&').append(param.getKey()).append('=').append(param.getValue());
            } else {
                // A name that is not a plain identifier may be a mangled "password=..." itself.
                boolean plainName = param.getKey().matches("[A-Za-z_][A-Za-z0-9_]{0,31}");
                out.append('&').append(plainName ? param.getKey() : Secret.REDACTED).append('=').append(Secret.REDACTED);
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return redacted();
    }
}
