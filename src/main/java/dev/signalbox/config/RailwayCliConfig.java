package dev.signalbox.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.signalbox.common.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Railway CLI's own state, {@code ~/.railway/config.json}, read as the CLI reads it (railwayapp/cli
 * {@code src/config.rs}): {@code RAILWAY_ENV} = staging or dev/develop selects {@code config-staging.json} /
 * {@code config-dev.json}; {@code projects} maps an absolute directory to the project, environment and service
 * linked there ({@code railway link}), and a directory uses its closest linked parent; {@code user.accessToken}
 * (OAuth login) or else {@code user.token} (older CLIs) is the login, an account token sent as Bearer.
 * <p>
 * Where the CLI silently regenerates a file it cannot parse, Signalbox stops with the file, line and field:
 * guessing ids from a broken file would watch the wrong service.
 */
public final class RailwayCliConfig {
    /** The CLI's file is a few kilobytes; anything larger is not it. */
    static final long MAX_BYTES = 1 << 20;

    /** One {@code railway link}: a directory and what it points at. {@code environment}/{@code service} may be null. */
    public record Link(String directory, String projectId, String projectName, String environmentId,
                       String environmentName, String serviceId) {
    }

    private final Path file;
    private final Map<String, Link> links;
    private final Secret login;

    private RailwayCliConfig(Path file, Map<String, Link> links, Secret login) {
        this.file = file;
        this.links = links;
        this.login = login;
    }

    /** The file the CLI uses in this environment ({@code HOME}, {@code RAILWAY_ENV}). */
    public static Path configFile(Map<String, String> environment) {
        String railwayEnv = environment.getOrDefault("RAILWAY_ENV", "").toLowerCase(Locale.ROOT);
        String name = switch (railwayEnv) {
            case "staging" -> "config-staging.json";
            case "dev", "develop" -> "config-dev.json";
            default -> "config.json";
        };
        return home(environment).resolve(".railway").resolve(name);
    }

    /** The user's home as the CLI (Rust's dirs::home_dir) and libpq see it: {@code HOME} first. */
    public static Path home(Map<String, String> environment) {
        return PlatformDirs.userHome(environment);
    }

    /** The CLI's config in this environment, or empty when the CLI was never used here. */
    public static Optional<RailwayCliConfig> read(Map<String, String> environment) throws ConfigException {
        Path file = configFile(environment);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(read(file));
    }

    public static RailwayCliConfig read(Path file) throws ConfigException {
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ConfigException(file.toString(), "larger than " + MAX_BYTES / 1024 + " KiB; this is not the Railway CLI's config");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(file.toString(), "cannot read the Railway CLI's config (" + e.getClass().getSimpleName() + ")");
        }
        return parse(text, file);
    }

    static RailwayCliConfig parse(String text, Path file) throws ConfigException {
        String source = file.toString();
        JsonNode root;
        try {
            root = Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw ProfileLoader.translate(e, source);
        }
        if (root == null || !root.isObject()) {
            throw new ConfigException(source, "the Railway CLI's config must be one JSON object; run 'railway login' to rewrite it");
        }
        ProfileLoader.FieldLocations locations = new ProfileLoader.FieldLocations(text);
        Map<String, Link> links = new LinkedHashMap<>();
        JsonNode projects = root.path("projects");
        if (!projects.isMissingNode() && !projects.isNull()) {
            if (!projects.isObject()) {
                throw positioned(source, locations, "projects", "expected an object of directory -> linked project");
            }
            for (Map.Entry<String, JsonNode> entry : projects.properties()) {
                String field = "projects." + entry.getKey();
                JsonNode link = entry.getValue();
                if (!link.isObject()) {
                    throw positioned(source, locations, field, "expected an object with project, environment, service");
                }
                String project = text(link, "project", field, source, locations);
                if (project == null) {
                    throw positioned(source, locations, field, "the link has no 'project'; run 'railway link' in " + entry.getKey());
                }
                links.put(normalize(entry.getKey()), new Link(entry.getKey(), project, text(link, "name", field, source, locations),
                        text(link, "environment", field, source, locations), text(link, "environmentName", field, source, locations),
                        text(link, "service", field, source, locations)));
            }
        }
        JsonNode user = root.path("user");
        String token = null;
        if (user.isObject()) {
            String access = text(user, "accessToken", "user", source, locations);
            token = access != null && !access.isEmpty() ? access : text(user, "token", "user", source, locations);
        }
        return new RailwayCliConfig(file, links, token == null || token.isEmpty() ? null : Secret.of(token, "railway-cli:login"));
    }

    private static String text(JsonNode node, String key, String parent, String source, ProfileLoader.FieldLocations locations)
            throws ConfigException {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw positioned(source, locations, parent + "." + key, "expected a string");
        }
        return value.asText();
    }

    private static ConfigException positioned(String source, ProfileLoader.FieldLocations locations, String field, String message) {
        return new ConfigException(source + locations.positionOf(field) + " (field " + field + ")", message);
    }

    private static String normalize(String directory) {
        try {
            return Path.of(directory).toAbsolutePath().normalize().toString();
        } catch (java.nio.file.InvalidPathException e) {
            return directory;
        }
    }

    public Path file() {
        return file;
    }

    public Map<String, Link> links() {
        return Map.copyOf(links);
    }

    /** The link of {@code directory} or of its closest linked parent, as the CLI resolves it. */
    public Optional<Link> closestLink(Path directory) {
        Path current = directory.toAbsolutePath().normalize();
        while (current != null) {
            Link link = links.get(current.toString());
            if (link != null) {
                return Optional.of(link);
            }
            current = current.getParent();
        }
        return Optional.empty();
    }

    public boolean hasLogin() {
        return login != null;
    }

    /** The CLI's login; only a {@code railway-cli:login} reference resolves it, at run time. */
    Optional<Secret> login() {
        return Optional.ofNullable(login);
    }
}
