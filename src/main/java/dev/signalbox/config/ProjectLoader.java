package dev.signalbox.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.signalbox.common.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a project file:
 * <pre>{@code
 * { "project": "facteur",
 *   "members": [
 *     { "profile": "facteur-api.json" },
 *     { "profile": "facteur-api.json",
 *       "overrides": { "name": "facteur-api-staging", "environment": "staging",
 *                      "api": { "baseUrl": "https://staging.facteur.app" }, "railway": { "environmentId": "..." } } },
 *     { "profile": "facteur-worker.json" } ] }
 * }</pre>
 * A member is a profile file (relative to the project file) with {@code overrides} merged over it key by key
 * (objects merge, anything else replaces), so staging and production share one description of the service.
 * Each merged member is validated exactly as a profile file is; errors name the project file, the member and the
 * field. Nothing is written.
 */
public final class ProjectLoader {
    /** A project file lists profiles; a megabyte is far beyond any real one and keeps a wrong path from eating memory. */
    static final long MAX_FILE_BYTES = 1 << 20;
    static final int MAX_MEMBERS = 100;
    private static final Set<String> PROJECT_KEYS = Set.of("project", "members");
    private static final Set<String> MEMBER_KEYS = Set.of("profile", "overrides");

    private final ProfileLoader profiles = new ProfileLoader();

    /** True when the file is a project file (a JSON object with {@code members}) rather than a single profile. */
    public static boolean isProjectFile(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_FILE_BYTES) {
                return false;
            }
            JsonNode root = Json.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
            return root != null && root.isObject() && root.has("members");
        } catch (IOException e) {
            return false;
        }
    }

    public Project load(Path file) throws ConfigException {
        String source = file.toString();
        String text = read(file, source, "project file");
        JsonNode root;
        try {
            root = Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw ProfileLoader.translate(e, source);
        }
        if (root == null || !root.isObject()) {
            throw new ConfigException(source, "a project file holds one JSON object with \"project\" and \"members\"");
        }
        ProfileLoader.FieldLocations locations = new ProfileLoader.FieldLocations(text);
        rejectUnknownKeys(root, PROJECT_KEYS, "", locations, source);
        JsonNode name = root.path("project");
        if (!name.isTextual() || name.asText().isBlank()) {
            throw new ConfigException(source + locations.positionOf("project") + " (field project)",
                    "missing required field 'project' (the project's name)");
        }
        JsonNode members = root.path("members");
        if (!members.isArray() || members.isEmpty()) {
            throw new ConfigException(source + locations.positionOf("members") + " (field members)",
                    "'members' must list at least one profile: [ { \"profile\": \"api.json\" } ]");
        }
        if (members.size() > MAX_MEMBERS) {
            throw new ConfigException(source + locations.positionOf("members") + " (field members)",
                    "at most " + MAX_MEMBERS + " members, got " + members.size());
        }
        List<LoadedProfile> loaded = new ArrayList<>();
        Map<String, String> namedBy = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            String field = "members[" + i + "]";
            JsonNode member = members.get(i);
            String where = source + locations.positionOf(field) + " (field " + field + ")";
            if (!member.isObject()) {
                throw new ConfigException(where, "a member is an object: { \"profile\": \"api.json\", \"overrides\": { ... } }");
            }
            rejectUnknownKeys(member, MEMBER_KEYS, field, locations, source);
            JsonNode profileField = member.path("profile");
            if (!profileField.isTextual() || profileField.asText().isBlank()) {
                throw new ConfigException(where, "missing required field 'profile' (a profile file, relative to this file)");
            }
            JsonNode overrides = member.path("overrides");
            if (!overrides.isMissingNode() && !overrides.isObject()) {
                throw new ConfigException(source + locations.positionOf(field + ".overrides") + " (field " + field + ".overrides)",
                        "'overrides' is an object of profile fields");
            }
            Path profileFile = file.toAbsolutePath().getParent().resolve(profileField.asText()).normalize();
            String memberSource = overrides.isObject()
                    ? source + " " + field + " (" + profileFile.getFileName() + " with its overrides)"
                    : profileFile.toString();
            String profileText = read(profileFile, source + locations.positionOf(field + ".profile") + " (field " + field
                    + ".profile)", "profile file " + profileFile);
            String merged = profileText;
            if (overrides.isObject()) {
                JsonNode base;
                try {
                    base = Json.mapper().readTree(profileText);
                } catch (JsonProcessingException e) {
                    throw ProfileLoader.translate(e, profileFile.toString());
                }
                if (base == null || !base.isObject()) {
                    throw new ConfigException(profileFile.toString(), "a profile file holds one JSON object");
                }
                merged = Json.mapper().valueToTree(mergeOverrides((ObjectNode) base.deepCopy(), (ObjectNode) overrides)).toPrettyString();
            }
            LoadedProfile profile = new LoadedProfile(profileFile, profiles.parse(merged, memberSource));
            String previous = namedBy.putIfAbsent(profile.name(), field);
            if (previous != null) {
                throw new ConfigException(where, "two members are named '" + profile.name() + "' (" + previous + " and " + field
                        + "); give each its own \"overrides\": { \"name\": ... }");
            }
            loaded.add(profile);
        }
        return new Project(file, name.asText(), loaded);
    }

    /** Objects merge key by key; any other value (arrays included: a list of toggles is one setting) replaces. */
    static ObjectNode mergeOverrides(ObjectNode base, ObjectNode overrides) {
        Iterator<Map.Entry<String, JsonNode>> fields = overrides.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode existing = base.get(field.getKey());
            if (existing instanceof ObjectNode existingObject && field.getValue() instanceof ObjectNode overrideObject) {
                mergeOverrides(existingObject, overrideObject);
            } else {
                base.set(field.getKey(), field.getValue().deepCopy());
            }
        }
        return base;
    }

    private static void rejectUnknownKeys(JsonNode node, Set<String> known, String path, ProfileLoader.FieldLocations locations,
                                          String source) throws ConfigException {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String key = names.next();
            if (!known.contains(key)) {
                String field = path.isEmpty() ? key : path + "." + key;
                throw new ConfigException(source + locations.positionOf(field) + " (field " + field + ")",
                        "unknown key '" + key + "'; valid keys here: " + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    private static String read(Path file, String where, String what) throws ConfigException {
        try {
            if (Files.isDirectory(file)) {
                throw new ConfigException(where, what + " is a directory");
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw new ConfigException(where, what + " is not a regular file");
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ConfigException(where, what + " is larger than " + (MAX_FILE_BYTES >> 20) + " MiB; is it the right file?");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException(where, what + " not found");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ConfigException(where, what + " is not UTF-8 text");
        } catch (IOException e) {
            throw new ConfigException(where, "cannot read the " + what + " (" + e.getMessage() + ")");
        }
    }
}
