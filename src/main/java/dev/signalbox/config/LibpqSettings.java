package dev.signalbox.config;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A connection described the way libpq takes it when no URL is given: {@code PGHOST}, {@code PGPORT},
 * {@code PGUSER}, {@code PGPASSWORD}, {@code PGDATABASE}, {@code PGSSLMODE}, {@code PGSSLROOTCERT}, and
 * {@code PGSERVICE} naming a section of {@code pg_service.conf}; the password, when none is given, from
 * {@code ~/.pgpass}. The rules are libpq's (PostgreSQL docs, "Environment Variables", "The Connection Service
 * File", "The Password File"): a service's values win over the variables (libpq reads the service first and
 * fills only what is still unset from the environment); the service file is {@code PGSERVICEFILE} or
 * {@code ~/.pg_service.conf}, then {@code PGSYSCONFDIR/pg_service.conf}; the password file is {@code PGPASSFILE}
 * or {@code ~/.pgpass}, ignored when group or others can read it, and its first matching line wins.
 */
public final class LibpqSettings {
    static final long MAX_FILE_BYTES = 1 << 20;
    /** What a service section may set; libpq rejects any other keyword ("invalid connection option"). */
    private static final Set<String> SERVICE_KEYWORDS = Set.of("host", "hostaddr", "port", "user", "password", "dbname",
            "sslmode", "sslrootcert", "sslcert", "sslkey", "connect_timeout", "application_name", "options",
            "target_session_attrs", "passfile", "channel_binding", "gssencmode", "keepalives", "keepalives_idle",
            "sslnegotiation", "load_balance_hosts", "requiressl", "service");
    private static final Map<String, String> VARIABLES = Map.of("host", "PGHOST", "hostaddr", "PGHOSTADDR", "port", "PGPORT",
            "user", "PGUSER", "dbname", "PGDATABASE", "sslmode", "PGSSLMODE", "sslrootcert", "PGSSLROOTCERT",
            "application_name", "PGAPPNAME", "connect_timeout", "PGCONNECT_TIMEOUT");

    private LibpqSettings() {
    }

    /** True when the environment describes a connection the libpq way (at least a host, database or service). */
    public static boolean present(Map<String, String> environment) {
        return set(environment, "PGHOST") || set(environment, "PGHOSTADDR") || set(environment, "PGDATABASE")
                || set(environment, "PGSERVICE");
    }

    /** Which libpq variables are set, by name only (for "found PGHOST, PGDATABASE"). */
    public static List<String> variablesSet(Map<String, String> environment) {
        List<String> names = new ArrayList<>();
        for (String name : List.of("PGHOST", "PGHOSTADDR", "PGPORT", "PGUSER", "PGPASSWORD", "PGDATABASE", "PGSSLMODE",
                "PGSSLROOTCERT", "PGSERVICE", "PGSERVICEFILE", "PGPASSFILE")) {
            if (set(environment, name)) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * The connection libpq would make from this environment; {@code service} (may be null) overrides
     * {@code PGSERVICE}. The password comes from {@code PGPASSWORD}, the service, or the password file.
     */
    public static DatabaseUrl resolve(String service, Map<String, String> environment) throws ConfigException {
        Map<String, String> values = new LinkedHashMap<>();
        String serviceName = service != null && !service.isBlank() ? service : environment.get("PGSERVICE");
        String where = "libpq";
        if (serviceName != null && !serviceName.isBlank()) {
            values.putAll(serviceSection(serviceName, environment));
            where = "libpq service '" + serviceName + "'";
        }
        VARIABLES.forEach((keyword, variable) -> {
            if (!values.containsKey(keyword) && set(environment, variable)) {
                values.put(keyword, environment.get(variable));
            }
        });
        String host = values.getOrDefault("hostaddr", values.get("host"));
        if (host == null || host.isBlank()) {
            host = "localhost";
        } else if (host.startsWith("/")) {
            throw new ConfigException(where, "host '" + host + "' is a Unix-socket directory, which the JDBC driver cannot"
                    + " use; set PGHOST to a host name (localhost for a local server)");
        }
        String user = values.get("user");
        if (user == null || user.isBlank()) {
            user = environment.getOrDefault("USER", System.getProperty("user.name"));
        }
        String database = values.getOrDefault("dbname", user);
        int port;
        try {
            port = Integer.parseInt(values.getOrDefault("port", "5432").strip());
        } catch (NumberFormatException e) {
            throw new ConfigException(where, "port '" + values.get("port") + "' is not a number");
        }
        StringBuilder url = new StringBuilder("postgresql://").append(encode(user)).append('@').append(host.contains(":") ? "[" + host + "]" : host)
                .append(':').append(port).append('/').append(encode(database));
        List<String> parameters = new ArrayList<>();
        String sslRootCert = values.get("sslrootcert");
        String sslMode = values.get("sslmode");
        if ("system".equals(sslRootCert)) {
            // libpq 16+: sslrootcert=system trusts the OS's certificate store and makes verify-full the default.
            sslMode = sslMode == null ? "verify-full" : sslMode;
            sslRootCert = null;
        }
        if (sslMode != null) {
            parameters.add("sslmode=" + encode(sslMode));
        }
        if (sslRootCert != null) {
            parameters.add("sslrootcert=" + encode(sslRootCert));
        }
        if (values.containsKey("application_name")) {
            parameters.add("application_name=" + encode(values.get("application_name")));
        }
        if (values.containsKey("connect_timeout")) {
            parameters.add("connect_timeout=" + encode(values.get("connect_timeout")));
        }
        if (!parameters.isEmpty()) {
            url.append('?').append(String.join("&", parameters));
        }
        DatabaseUrl parsed;
        try {
            parsed = DatabaseUrl.parse(url.toString());
        } catch (ConfigException e) {
            throw new ConfigException(where, e.getMessage(), e);
        }
        String password = values.get("password");
        if (set(environment, "PGPASSWORD")) {
            return parsed.withPassword(Secret.of(environment.get("PGPASSWORD"), "env:PGPASSWORD"));
        }
        if (password != null) {
            return parsed.withPassword(Secret.of(password, "pg_service.conf"));
        }
        return completePassword(parsed, environment);
    }

    /** A URL without a password gets {@code PGPASSWORD}, else the password file's matching line (as libpq does). */
    public static DatabaseUrl completePassword(DatabaseUrl url, Map<String, String> environment) throws ConfigException {
        if (url.hasPassword()) {
            return url;
        }
        if (set(environment, "PGPASSWORD")) {
            return url.withPassword(Secret.of(environment.get("PGPASSWORD"), "env:PGPASSWORD"));
        }
        Optional<Secret> fromFile = passwordFromFile(url, environment);
        return fromFile.map(url::withPassword).orElse(url);
    }

    /** The password file libpq reads here. */
    public static Path passwordFile(Map<String, String> environment) {
        return set(environment, "PGPASSFILE") ? Path.of(environment.get("PGPASSFILE"))
                : RailwayCliConfig.home(environment).resolve(".pgpass");
    }

    static Optional<Secret> passwordFromFile(DatabaseUrl url, Map<String, String> environment) throws ConfigException {
        Path file = passwordFile(environment);
        if (!Files.isRegularFile(file) || !privateEnough(file)) {
            return Optional.empty();
        }
        String host = url.hosts().get(0).host();
        String port = Integer.toString(url.hosts().get(0).port());
        List<String> lines = readLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = splitPgpass(line);
            if (fields.size() < 5) {
                // libpq skips such a line silently; a person fixing a login problem wants to know.
                throw new ConfigException(file + ":" + (i + 1), "expected hostname:port:database:username:password"
                        + " (a ':' or '\\' inside a field is written '\\:' or '\\\\')");
            }
            if (matches(fields.get(0), host) && matches(fields.get(1), port) && matches(fields.get(2), url.database())
                    && matches(fields.get(3), url.user())) {
                return Optional.of(Secret.of(fields.get(4), file + ":" + (i + 1)));
            }
        }
        return Optional.empty();
    }

    private static boolean privateEnough(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            // libpq: "password file has group or world access; permissions should be u=rw (0600) or less" - ignored.
            return permissions.stream().noneMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"));
        } catch (UnsupportedOperationException | IOException e) {
            return true;
        }
    }

    private static boolean matches(String pattern, String value) {
        return pattern.equals("*") || pattern.equals(value);
    }

    private static List<String> splitPgpass(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                current.append(line.charAt(++i));
            } else if (c == ':' && fields.size() < 4) {
                fields.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        fields.add(current.toString());
        return fields;
    }

    /** The service file libpq reads first here. */
    public static Path serviceFile(Map<String, String> environment) {
        return set(environment, "PGSERVICEFILE") ? Path.of(environment.get("PGSERVICEFILE"))
                : RailwayCliConfig.home(environment).resolve(".pg_service.conf");
    }

    static Map<String, String> serviceSection(String service, Map<String, String> environment) throws ConfigException {
        List<Path> files = new ArrayList<>();
        files.add(serviceFile(environment));
        if (set(environment, "PGSYSCONFDIR")) {
            files.add(Path.of(environment.get("PGSYSCONFDIR")).resolve("pg_service.conf"));
        }
        for (Path file : files) {
            if (Files.isRegularFile(file)) {
                Map<String, Map<String, String>> sections = readServiceFile(file);
                if (sections.containsKey(service)) {
                    return sections.get(service);
                }
            }
        }
        throw new ConfigException("PGSERVICE", "definition of service \"" + service + "\" not found in "
                + files.stream().map(Path::toString).reduce((a, b) -> a + " or " + b).orElse(""));
    }

    /** Every section of a {@code pg_service.conf}; a malformed line fails with its file and line, as libpq does. */
    public static Map<String, Map<String, String>> readServiceFile(Path file) throws ConfigException {
        List<String> lines = readLines(file);
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, String> current = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            String where = file + ":" + (i + 1);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                if (!line.endsWith("]") || line.length() < 3) {
                    throw new ConfigException(where, "a section header is written [name]");
                }
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1).strip(), k -> new LinkedHashMap<>());
                continue;
            }
            int equals = line.indexOf('=');
            if (equals <= 0) {
                throw new ConfigException(where, "syntax error: expected keyword=value (libpq refuses this file)");
            }
            if (current == null) {
                throw new ConfigException(where, "keyword=value before any [service] section");
            }
            String keyword = line.substring(0, equals).strip();
            if (!SERVICE_KEYWORDS.contains(keyword)) {
                throw new ConfigException(where + " (field " + keyword + ")", "'" + keyword + "' is not a libpq connection option");
            }
            if (keyword.equals("service")) {
                throw new ConfigException(where + " (field service)", "nested service specifications are not supported (libpq)");
            }
            current.put(keyword, line.substring(equals + 1).strip());
        }
        return sections;
    }

    private static List<String> readLines(Path file) throws ConfigException {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ConfigException(file.toString(), "larger than " + MAX_FILE_BYTES / 1024 + " KiB; not read");
            }
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(file.toString(), "cannot read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static boolean set(Map<String, String> environment, String name) {
        String value = environment.get(name);
        return value != null && !value.isEmpty();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
