package dev.signalbox.discovery;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.signalbox.common.Json;
import dev.signalbox.config.ConfigException;
import dev.signalbox.config.ProfileLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Railway's config as code: {@code railway.json} or {@code railway.toml} at the repository's root, whose
 * {@code deploy} table overrides the dashboard's settings on every deploy (docs.railway.com, "Config as Code").
 * Only the deploy settings Signalbox judges are read; other keys are left alone. A value of the wrong type fails
 * with file, line, column and field.
 *
 * @param preDeployCommand Railway takes a string or a list of commands; joined with {@code " && "} here
 */
public record RailwayConfigAsCode(Path file, String startCommand, String preDeployCommand, String healthcheckPath,
                                  Integer healthcheckTimeout, Integer numReplicas, String restartPolicyType,
                                  Integer restartPolicyMaxRetries) {
    private static final TomlMapper TOML = new TomlMapper();

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Document(Deploy deploy) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Deploy(String startCommand, JsonNode preDeployCommand, String healthcheckPath, Integer healthcheckTimeout,
                  Integer numReplicas, String restartPolicyType, Integer restartPolicyMaxRetries) {
    }

    /** {@code railway.json}, else {@code railway.toml}, in {@code directory}; empty when neither exists. */
    public static Optional<RailwayConfigAsCode> find(Path directory) throws ConfigException {
        for (String name : List.of("railway.json", "railway.toml")) {
            Path file = directory.resolve(name);
            if (Files.isRegularFile(file)) {
                return Optional.of(read(file));
            }
        }
        return Optional.empty();
    }

    public static RailwayConfigAsCode read(Path file) throws ConfigException {
        String text = TextFiles.read(file);
        String source = file.toString();
        Document document;
        try {
            boolean toml = file.getFileName().toString().endsWith(".toml");
            document = toml ? TOML.readValue(text, Document.class)
                    : Json.mapper().readerFor(Document.class).readValue(text);
        } catch (JsonProcessingException e) {
            ConfigException translated = ProfileLoader.translate(e, source);
            if (e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping && translated.where().contains(":-1:-1")) {
                // Jackson's TOML reader binds from a tree and loses positions: find the key's line in the text.
                List<String> keys = mapping.getPath().stream().map(r -> r.getFieldName()).filter(k -> k != null).toList();
                int line = keys.isEmpty() ? -1 : tomlLine(text, keys.subList(0, keys.size() - 1), keys.get(keys.size() - 1));
                String where = translated.where().replace(":-1:-1", line > 0 ? ":" + line : "");
                String message = translated.getMessage().substring(translated.where().length() + 2);
                throw new ConfigException(where, message, e);
            }
            throw translated;
        }
        Deploy deploy = document == null || document.deploy() == null
                ? new Deploy(null, null, null, null, null, null, null) : document.deploy();
        return new RailwayConfigAsCode(file, blankToNull(deploy.startCommand()), preDeploy(deploy.preDeployCommand(), source),
                blankToNull(deploy.healthcheckPath()), deploy.healthcheckTimeout(), deploy.numReplicas(),
                deploy.restartPolicyType(), deploy.restartPolicyMaxRetries());
    }

    /** The 1-based line of {@code key} in the TOML table {@code [a.b]} (or {@code a.b.key = } dotted), -1 if not found. */
    static int tomlLine(String text, List<String> table, String key) {
        String header = "[" + String.join(".", table) + "]";
        String[] lines = text.split("\r\n|\r|\n", -1);
        boolean inTable = table.isEmpty();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("[")) {
                inTable = line.replace(" ", "").equals(header);
            } else if ((inTable && line.matches("\"?" + java.util.regex.Pattern.quote(key) + "\"?\\s*=.*"))
                    || line.matches(java.util.regex.Pattern.quote(String.join(".", table) + "." + key) + "\\s*=.*")) {
                return i + 1;
            }
        }
        return -1;
    }

    static String preDeploy(JsonNode node, String source) throws ConfigException {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return blankToNull(node.asText());
        }
        if (node.isArray()) {
            List<String> commands = new ArrayList<>();
            for (JsonNode item : node) {
                if (!item.isTextual()) {
                    throw new ConfigException(source + " (field deploy.preDeployCommand)", "expected a string or a list of strings");
                }
                commands.add(item.asText());
            }
            return commands.isEmpty() ? null : String.join(" && ", commands);
        }
        throw new ConfigException(source + " (field deploy.preDeployCommand)", "expected a string or a list of strings");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
