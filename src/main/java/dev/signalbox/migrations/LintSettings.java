package dev.signalbox.migrations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A project's lint settings, from {@code [tool.signalbox.lint]} in its pyproject.toml:
 * <pre>
 * [tool.signalbox.lint]
 * disabled = ["breaking-drop"]      # rule ids
 * postgres_version = 16             # the major version the rules assume
 * assume_in_transaction = true      # false when env.py runs migrations outside a transaction
 * </pre>
 *
 * @param disabled            rule ids that are not applied
 * @param postgresVersion     major version assumed (defaults to 14: constant defaults and the validated-CHECK
 *                            route to SET NOT NULL both need 11 and 12)
 * @param assumeInTransaction Alembic's default on PostgreSQL (transactional DDL): each migration in a transaction
 * @param source              the file read, or null for the defaults
 */
public record LintSettings(Set<String> disabled, int postgresVersion, boolean assumeInTransaction, Path source) {
    public static final int DEFAULT_POSTGRES_VERSION = 14;
    private static final TomlMapper TOML = new TomlMapper();

    public LintSettings {
        disabled = Set.copyOf(disabled);
    }

    public static LintSettings defaults() {
        return new LintSettings(Set.of(), DEFAULT_POSTGRES_VERSION, true, null);
    }

    public boolean enabled(LintRule rule) {
        return !disabled.contains(rule.id());
    }

    /**
     * The settings of the project whose migrations are at {@code location}: the first pyproject.toml next to the
     * config file, in the script directory or its parent. No file, or no table, gives the defaults.
     *
     * @throws MigrationException the table is there but wrong (a positioned message: file and key)
     */
    public static LintSettings find(ScriptLocation location) throws MigrationException {
        List<Path> candidates = new java.util.ArrayList<>();
        if (location.configFile() != null) {
            candidates.add(location.configFile().toAbsolutePath().getParent().resolve("pyproject.toml"));
        }
        Path scripts = location.scriptDirectory() != null ? location.scriptDirectory()
                : location.versionLocations().isEmpty() ? null : location.versionLocations().get(0).getParent();
        if (scripts != null) {
            candidates.add(scripts.toAbsolutePath().resolve("pyproject.toml"));
            if (scripts.toAbsolutePath().getParent() != null) {
                candidates.add(scripts.toAbsolutePath().getParent().resolve("pyproject.toml"));
            }
        }
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate)) {
                return read(candidate);
            }
        }
        return defaults();
    }

    /** Reads {@code [tool.signalbox.lint]} of one pyproject.toml. */
    public static LintSettings read(Path pyproject) throws MigrationException {
        JsonNode root;
        try {
            if (Files.size(pyproject) > 1_000_000) {
                throw MigrationException.configuration(pyproject + ": larger than 1 MB; not read as pyproject.toml");
            }
            root = TOML.readTree(Files.readString(pyproject));
        } catch (IOException e) {
            throw MigrationException.configuration(pyproject + ": not valid TOML (" + e.getMessage().lines().findFirst().orElse("")
                    + "); fix the file or remove [tool.signalbox.lint]", e);
        }
        JsonNode lint = root.path("tool").path("signalbox").path("lint");
        if (lint.isMissingNode()) {
            return new LintSettings(Set.of(), DEFAULT_POSTGRES_VERSION, true, pyproject);
        }
        String where = pyproject + " [tool.signalbox.lint]";
        Set<String> disabled = new LinkedHashSet<>();
        JsonNode list = lint.path("disabled");
        if (!list.isMissingNode()) {
            if (!list.isArray()) {
                throw MigrationException.configuration(where + " disabled: expected a list of rule ids, e.g. [\"breaking-drop\"]");
            }
            for (JsonNode item : list) {
                if (!item.isTextual() || LintRule.byId(item.asText()) == null) {
                    throw MigrationException.configuration(where + " disabled: " + item + " is not a rule id; the rules are "
                            + String.join(", ", java.util.Arrays.stream(LintRule.values()).map(LintRule::id).toList()));
                }
                disabled.add(item.asText());
            }
        }
        int version = DEFAULT_POSTGRES_VERSION;
        JsonNode v = lint.path("postgres_version");
        if (!v.isMissingNode()) {
            if (!v.isIntegralNumber() || v.asInt() < 9 || v.asInt() > 30) {
                throw MigrationException.configuration(where + " postgres_version: " + v + " is not a PostgreSQL major version (e.g. 16)");
            }
            version = v.asInt();
        }
        boolean inTransaction = true;
        JsonNode t = lint.path("assume_in_transaction");
        if (!t.isMissingNode()) {
            if (!t.isBoolean()) {
                throw MigrationException.configuration(where + " assume_in_transaction: " + t + " is not true or false");
            }
            inTransaction = t.asBoolean();
        }
        for (java.util.Iterator<String> keys = lint.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!List.of("disabled", "postgres_version", "assume_in_transaction").contains(key)) {
                throw MigrationException.configuration(where + " " + key + ": unknown setting; the settings are disabled,"
                        + " postgres_version and assume_in_transaction");
            }
        }
        return new LintSettings(disabled, version, inTransaction, pyproject);
    }
}
