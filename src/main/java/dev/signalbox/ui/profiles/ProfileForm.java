package dev.signalbox.ui.profiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.signalbox.config.Profile.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The fields of the profile form, one property per field, and their mapping onto the profile's JSON tree.
 * {@link #writeInto(ObjectNode)} changes only what the form shows, so keys the form has no field for
 * (constraint expectations, extra endpoints, the upgrade command...) survive an edit in the form.
 * Validation is not done here: the JSON goes through the real {@code ProfileLoader}.
 */
public final class ProfileForm {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    public final StringProperty name = new SimpleStringProperty("");
    public final StringProperty environment = new SimpleStringProperty("");
    public final BooleanProperty production = new SimpleBooleanProperty();
    public final BooleanProperty readOnly = new SimpleBooleanProperty();

    public final StringProperty baseUrl = new SimpleStringProperty("");
    public final StringProperty livenessPath = new SimpleStringProperty("");
    public final StringProperty readinessPath = new SimpleStringProperty("");
    /** The readiness body's expected fields, one {@code /pointer = value} per line. */
    public final StringProperty expectBody = new SimpleStringProperty("");

    public final StringProperty databaseUrl = new SimpleStringProperty("");
    public final StringProperty directUrl = new SimpleStringProperty("");
    public final StringProperty versionTable = new SimpleStringProperty("");

    public final StringProperty migrationsLocation = new SimpleStringProperty("");

    public final StringProperty railwayEndpoint = new SimpleStringProperty("");
    public final StringProperty token = new SimpleStringProperty("");
    public final ObjectProperty<TokenKind> tokenKind = new SimpleObjectProperty<>(TokenKind.PROJECT);
    public final StringProperty projectId = new SimpleStringProperty("");
    public final StringProperty environmentId = new SimpleStringProperty("");
    public final StringProperty serviceId = new SimpleStringProperty("");

    /** One toggle per line: {@code NAME | kind | onValue | offValue | description}. */
    public final StringProperty toggles = new SimpleStringProperty("");
    /** One required variable per line: {@code NAME | pattern | minLength | secret | description}. */
    public final StringProperty requiredVariables = new SimpleStringProperty("");

    public final StringProperty healthSeconds = new SimpleStringProperty("");
    public final StringProperty databaseSeconds = new SimpleStringProperty("");
    public final StringProperty migrationsSeconds = new SimpleStringProperty("");
    public final StringProperty railwaySeconds = new SimpleStringProperty("");

    /** Every property, to listen to the form as a whole. */
    public List<ObservableValue<?>> all() {
        return List.of(name, environment, production, readOnly, baseUrl, livenessPath, readinessPath, expectBody,
                databaseUrl, directUrl, versionTable, migrationsLocation, railwayEndpoint, token, tokenKind, projectId,
                environmentId, serviceId, toggles, requiredVariables, healthSeconds, databaseSeconds, migrationsSeconds,
                railwaySeconds);
    }

    /** Shows what the tree holds; a key that is absent shows as an empty field. */
    public void readFrom(JsonNode root) {
        name.set(text(root, "name"));
        environment.set(text(root, "environment"));
        production.set(root.path("production").isBoolean() ? root.path("production").asBoolean()
                : environment.get().toLowerCase(Locale.ROOT).startsWith("prod"));
        readOnly.set(root.path("readOnly").asBoolean(false));

        JsonNode api = root.path("api");
        baseUrl.set(text(api, "baseUrl"));
        livenessPath.set(text(api.path("liveness"), "path"));
        readinessPath.set(text(api.path("readiness"), "path"));
        List<String> expected = new ArrayList<>();
        api.path("readiness").path("expectBody").fields().forEachRemaining(e -> expected.add(e.getKey() + " = " + e.getValue().asText()));
        expectBody.set(String.join("\n", expected));

        JsonNode database = root.path("database");
        databaseUrl.set(text(database, "url"));
        directUrl.set(text(database, "directUrl"));
        versionTable.set(text(database, "versionTable"));

        migrationsLocation.set(text(root.path("migrations"), "location"));

        JsonNode railway = root.path("railway");
        railwayEndpoint.set(text(railway, "endpoint"));
        token.set(text(railway, "token"));
        TokenKind kind = TokenKind.PROJECT;
        for (TokenKind k : TokenKind.values()) {
            if (k.name().equalsIgnoreCase(text(railway, "tokenKind"))) {
                kind = k;
            }
        }
        tokenKind.set(kind);
        projectId.set(text(railway, "projectId"));
        environmentId.set(text(railway, "environmentId"));
        serviceId.set(text(railway, "serviceId"));

        List<String> toggleLines = new ArrayList<>();
        for (JsonNode t : root.path("toggles")) {
            toggleLines.add(line(text(t, "name"), text(t, "kind"), text(t, "onValue"), text(t, "offValue"), text(t, "description")));
        }
        toggles.set(String.join("\n", toggleLines));
        List<String> requiredLines = new ArrayList<>();
        for (JsonNode r : root.path("requiredVariables")) {
            requiredLines.add(line(text(r, "name"), text(r, "pattern"), text(r, "minLength"),
                    r.has("secret") ? (r.path("secret").asBoolean() ? "secret" : "plain") : "", text(r, "description")));
        }
        requiredVariables.set(String.join("\n", requiredLines));

        JsonNode polling = root.path("polling");
        healthSeconds.set(text(polling, "healthSeconds"));
        databaseSeconds.set(text(polling, "databaseSeconds"));
        migrationsSeconds.set(text(polling, "migrationsSeconds"));
        railwaySeconds.set(text(polling, "railwaySeconds"));
    }

    /** Writes the form's fields into the tree, leaving keys the form does not show as they are. */
    public void writeInto(ObjectNode root) {
        put(root, "name", name.get());
        put(root, "environment", environment.get());
        root.put("production", production.get());
        root.put("readOnly", readOnly.get());

        if (anyFilled(baseUrl, livenessPath, readinessPath, expectBody) || root.has("api")) {
            ObjectNode api = section(root, "api");
            put(api, "baseUrl", baseUrl.get());
            endpointPath(api, "liveness", livenessPath.get());
            endpointPath(api, "readiness", readinessPath.get());
            ObjectNode expected = NODES.objectNode();
            for (String lineText : expectBody.get().split("\n")) {
                if (lineText.isBlank()) {
                    continue;
                }
                int equals = lineText.indexOf('=');
                // A line without '=' is kept as a key with an empty value: the loader then shows it, rather than the form losing it.
                expected.put(lineText.substring(0, equals < 0 ? lineText.length() : equals).strip(), equals < 0 ? "" : lineText.substring(equals + 1).strip());
            }
            if (!expected.isEmpty()) {
                section(api, "readiness").set("expectBody", expected);
            } else if (api.path("readiness") instanceof ObjectNode readiness) {
                readiness.remove("expectBody");
            }
            dropIfEmpty(api, "readiness");
            dropIfEmpty(root, "api");
        }
        if (anyFilled(databaseUrl, directUrl, versionTable) || root.has("database")) {
            ObjectNode database = section(root, "database");
            put(database, "url", databaseUrl.get());
            put(database, "directUrl", directUrl.get());
            put(database, "versionTable", versionTable.get());
            dropIfEmpty(root, "database");
        }
        if (anyFilled(migrationsLocation) || root.has("migrations")) {
            put(section(root, "migrations"), "location", migrationsLocation.get());
            dropIfEmpty(root, "migrations");
        }
        if (anyFilled(railwayEndpoint, token, projectId, environmentId, serviceId) || root.has("railway")) {
            ObjectNode railway = section(root, "railway");
            put(railway, "endpoint", railwayEndpoint.get());
            put(railway, "token", token.get());
            railway.put("tokenKind", tokenKind.get().name().toLowerCase(Locale.ROOT));
            put(railway, "projectId", projectId.get());
            put(railway, "environmentId", environmentId.get());
            put(railway, "serviceId", serviceId.get());
            if (!anyFilled(railwayEndpoint, token, projectId, environmentId, serviceId)) {
                root.remove("railway");
            }
        }
        list(root, "toggles", toggles.get(), new String[] {"name", "kind", "onValue", "offValue", "description"});
        list(root, "requiredVariables", requiredVariables.get(), new String[] {"name", "pattern", "minLength", "secret", "description"});

        if (anyFilled(healthSeconds, databaseSeconds, migrationsSeconds, railwaySeconds) || root.has("polling")) {
            ObjectNode polling = section(root, "polling");
            number(polling, "healthSeconds", healthSeconds.get());
            number(polling, "databaseSeconds", databaseSeconds.get());
            number(polling, "migrationsSeconds", migrationsSeconds.get());
            number(polling, "railwaySeconds", railwaySeconds.get());
            dropIfEmpty(root, "polling");
        }
    }

    private static void list(ObjectNode root, String key, String lines, String[] columns) {
        ArrayNode items = NODES.arrayNode();
        for (String lineText : lines.split("\n")) {
            if (lineText.isBlank()) {
                continue;
            }
            String[] cells = lineText.split("\\|", -1);
            ObjectNode item = items.addObject();
            for (int i = 0; i < columns.length && i < cells.length; i++) {
                String cell = cells[i].strip();
                if (cell.isEmpty()) {
                    continue;
                }
                switch (columns[i]) {
                    case "minLength" -> number(item, "minLength", cell);
                    // "plain" for a variable whose value may be shown (ENVIRONMENT); anything else keeps it masked.
                    case "secret" -> item.put("secret", !cell.equalsIgnoreCase("plain") && !cell.equalsIgnoreCase("false"));
                    default -> item.put(columns[i], i == columns.length - 1 ? joinRest(cells, i) : cell);
                }
            }
        }
        if (items.isEmpty()) {
            root.remove(key);
        } else {
            root.set(key, items);
        }
    }

    /** A description may itself contain '|'. */
    private static String joinRest(String[] cells, int from) {
        return String.join("|", java.util.Arrays.copyOfRange(cells, from, cells.length)).strip();
    }

    private static String line(String... cells) {
        int last = cells.length;
        while (last > 1 && cells[last - 1].isEmpty()) {
            last--;
        }
        return String.join(" | ", java.util.Arrays.copyOf(cells, last));
    }

    private static void endpointPath(ObjectNode api, String key, String path) {
        if (path == null || path.isBlank()) {
            if (api.path(key) instanceof ObjectNode endpoint) {
                endpoint.remove("path");
            }
            return;
        }
        section(api, key).put("path", path.strip());
    }

    /** Whole numbers as numbers; anything else as typed, so the loader names the field that is wrong. */
    private static void number(ObjectNode node, String key, String value) {
        if (value == null || value.isBlank()) {
            node.remove(key);
            return;
        }
        try {
            node.put(key, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            node.put(key, value.strip());
        }
    }

    private static ObjectNode section(ObjectNode parent, String key) {
        if (parent.get(key) instanceof ObjectNode existing) {
            return existing;
        }
        return parent.putObject(key);
    }

    private static void dropIfEmpty(ObjectNode parent, String key) {
        if (parent.get(key) instanceof ObjectNode child && child.isEmpty()) {
            parent.remove(key);
        }
    }

    private static void put(ObjectNode node, String key, String value) {
        if (value == null || value.isBlank()) {
            node.remove(key);
        } else {
            node.put(key, value.strip());
        }
    }

    private static boolean anyFilled(StringProperty... properties) {
        for (StringProperty p : properties) {
            if (p.get() != null && !p.get().isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.path(key);
        return value.isMissingNode() || value.isNull() ? "" : value.isValueNode() ? value.asText() : value.toString();
    }
}
