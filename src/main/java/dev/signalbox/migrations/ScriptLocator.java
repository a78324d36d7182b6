package dev.signalbox.migrations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the revision files of a project the way Alembic does: from alembic.ini ({@code script_location},
 * {@code version_locations} split by {@code path_separator}, the legacy {@code version_path_separator} or
 * spaces/commas, {@code recursive_version_locations}, {@code %(here)s}), from pyproject.toml's
 * {@code [tool.alembic]} (Alembic 1.16+, also consulted for keys alembic.ini does not set), or from a directory.
 * <p>
 * Relative paths resolve against the folder of the configuration file: Alembic resolves them against the
 * working directory, which is that folder when {@code alembic} runs next to its ini, as nearly every project does.
 */
public final class ScriptLocator {
    /** Jackson's TOML mapper is ~400 classes: made only when a pyproject.toml is read, not for --dir. */
    private static final class Toml {
        static final TomlMapper MAPPER = new TomlMapper();
    }
    /** Alembic's legacy split when no separator is configured: {@code ", *|(?: +)"}. */
    private static final Pattern LEGACY_SPLIT = Pattern.compile(", *|(?: +)");

    private ScriptLocator() {
    }

    /**
     * @param path       an alembic.ini (any name), a pyproject.toml, a script directory (with env.py) or a versions directory
     * @param iniSection the ini section, {@code alembic} unless the project runs {@code alembic -n NAME}
     */
    public static ScriptLocation locate(Path path, String iniSection) throws MigrationException {
        Path p = path.toAbsolutePath().normalize();
        if (Files.isDirectory(p)) {
            return fromDirectory(p);
        }
        if (!Files.isRegularFile(p)) {
            throw MigrationException.configuration(p + " does not exist; give an alembic.ini, a pyproject.toml with [tool.alembic],"
                    + " or a versions directory");
        }
        if (p.getFileName().toString().endsWith(".toml")) {
            return fromPyproject(p);
        }
        return fromIni(p, iniSection == null ? "alembic" : iniSection);
    }

    /**
     * As {@link #locate}, then lists the revision files and checks that each can be read (without parsing them):
     * what a later read or upgrade will need, checked up front (a runbook's preflight, {@code profile validate}).
     */
    public static ScriptLocation locateReadable(Path path, String iniSection) throws MigrationException {
        ScriptLocation location = locate(path, iniSection);
        List<Path> files;
        try {
            files = revisionFiles(location);
        } catch (UncheckedIOException e) {
            throw MigrationException.configuration("the revision files under " + location.versionLocations()
                    + " cannot be listed: " + e.getCause().getMessage(), e);
        }
        for (Path file : files) {
            if (!Files.isReadable(file)) {
                throw MigrationException.configuration(file + " cannot be read (permissions?)");
            }
        }
        return location;
    }

    /** A script directory (env.py and versions/) or a versions directory given directly. */
    public static ScriptLocation fromDirectory(Path directory) throws MigrationException {
        Path dir = directory.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw MigrationException.configuration(dir + " is not a directory");
        }
        if (Files.isRegularFile(dir.resolve("env.py")) && Files.isDirectory(dir.resolve("versions"))) {
            return new ScriptLocation(null, null, dir, List.of(dir.resolve("versions")), false, List.of());
        }
        return ScriptLocation.versionsDirectory(dir);
    }

    public static ScriptLocation fromIni(Path iniFile, String section) throws MigrationException {
        IniFile ini = IniFile.read(iniFile);
        Path base = iniFile.toAbsolutePath().normalize().getParent();
        JsonNode toml = toolAlembic(base.resolve("pyproject.toml"), false);
        if (!ini.hasSection(section) && toml == null) {
            throw MigrationException.configuration(iniFile + ": no [" + section + "] section (sections: " + String.join(", ", ini.sectionNames())
                    + "); name the one your project uses with alembic -n, e.g. --section NAME");
        }
        String scriptLocation = ini.get(section, "script_location");
        String where = iniFile + ":" + ini.line(section, "script_location");
        if (scriptLocation == null && toml != null) {
            scriptLocation = tomlString(toml, "script_location", base.resolve("pyproject.toml"));
            where = base.resolve("pyproject.toml") + " [tool.alembic] script_location";
        }
        if (scriptLocation == null || scriptLocation.isBlank()) {
            throw MigrationException.configuration(iniFile + ": no script_location in [" + section + "]"
                    + (toml != null ? " nor in pyproject.toml [tool.alembic]" : "") + "; Alembic stops with"
                    + " \"No 'script_location' key found in configuration\"");
        }
        List<String> versionLocations = null;
        String raw = ini.get(section, "version_locations");
        if (raw != null && !raw.isEmpty()) {
            versionLocations = splitVersionLocations(raw, ini, section);
        } else if (toml != null && toml.has("version_locations")) {
            versionLocations = new ArrayList<>();
            for (JsonNode item : toml.get("version_locations")) {
                versionLocations.add(percent(item.asText(), base.resolve("pyproject.toml")));
            }
        }
        boolean recursive;
        String rawRecursive = ini.get(section, "recursive_version_locations");
        if (rawRecursive != null) {
            recursive = rawRecursive.equals("true");
        } else {
            recursive = toml != null && toml.path("recursive_version_locations").asBoolean(false);
        }
        return build(iniFile.toAbsolutePath().normalize(), section, base, scriptLocation, where, versionLocations, recursive);
    }

    public static ScriptLocation fromPyproject(Path pyproject) throws MigrationException {
        Path file = pyproject.toAbsolutePath().normalize();
        JsonNode toml = toolAlembic(file, true);
        String scriptLocation = tomlString(toml, "script_location", file);
        if (scriptLocation == null || scriptLocation.isBlank()) {
            throw MigrationException.configuration(file + ": [tool.alembic] has no script_location");
        }
        List<String> versionLocations = null;
        if (toml.has("version_locations")) {
            versionLocations = new ArrayList<>();
            if (!toml.get("version_locations").isArray()) {
                throw MigrationException.configuration(file + ": [tool.alembic] version_locations must be a list of paths");
            }
            for (JsonNode item : toml.get("version_locations")) {
                versionLocations.add(percent(item.asText(), file));
            }
        }
        JsonNode rec = toml.get("recursive_version_locations");
        if (rec != null && !rec.isBoolean()) {
            throw MigrationException.configuration(file + ": [tool.alembic] recursive_version_locations must be true or false"
                    + " (Alembic: boolean value expected)");
        }
        return build(file, null, file.getParent(), scriptLocation, file + " [tool.alembic] script_location",
                versionLocations, rec != null && rec.asBoolean());
    }

    private static ScriptLocation build(Path config, String section, Path base, String scriptLocation, String where,
                                        List<String> versionLocations, boolean recursive) throws MigrationException {
        Path scriptDir = resolve(base, scriptLocation);
        if (!Files.isDirectory(scriptDir)) {
            throw MigrationException.configuration(where + ": script_location '" + scriptLocation + "' resolves to " + scriptDir
                    + ", which does not exist (Alembic: \"Path doesn't exist\")");
        }
        List<MigrationProblem> problems = new ArrayList<>();
        List<Path> locations = new ArrayList<>();
        if (versionLocations == null) {
            locations.add(scriptDir.resolve("versions"));
            if (!Files.isDirectory(scriptDir.resolve("versions"))) {
                problems.add(MigrationProblem.error(MigrationProblem.Kind.LOCATION, "the versions directory "
                        + scriptDir.resolve("versions") + " does not exist", config, 0));
            }
        } else {
            for (String location : versionLocations) {
                if (location.isEmpty()) {
                    continue;
                }
                Path dir = resolve(base, location);
                if (!Files.isDirectory(dir)) {
                    problems.add(MigrationProblem.warning(MigrationProblem.Kind.LOCATION, "version location '" + location
                            + "' (" + dir + ") does not exist; Alembic skips it silently", config, 0));
                    continue;
                }
                locations.add(dir);
            }
        }
        return new ScriptLocation(config, section, scriptDir, locations, recursive, problems);
    }

    /** Splits version_locations exactly as Alembic does, by path_separator, version_path_separator, or legacy. */
    static List<String> splitVersionLocations(String raw, IniFile ini, String section) throws MigrationException {
        String key = "path_separator";
        String separator = ini.get(section, key);
        if (separator == null) {
            key = "version_path_separator";
            separator = ini.get(section, key);
        }
        if (separator == null) {
            return List.of(LEGACY_SPLIT.split(raw, -1));
        }
        String splitOn = switch (separator) {
            case "space" -> " ";
            case "newline" -> "\n";
            case "os" -> java.io.File.pathSeparator;
            case ":" -> ":";
            case ";" -> ";";
            default -> throw MigrationException.configuration(ini.file() + ":" + ini.line(section, key) + ": '" + separator
                    + "' is not a valid value for " + key + "; expected 'space', 'newline', 'os', ':', ';'");
        };
        List<String> out = new ArrayList<>();
        for (String part : raw.split(Pattern.quote(splitOn), -1)) {
            if (!part.isEmpty()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    /** A path or Alembic's {@code package.name:path} resource form (resolved from the config folder). */
    static Path resolve(Path base, String location) {
        String value = location.strip();
        int colon = value.indexOf(':');
        boolean windowsDrive = colon == 1 && Character.isLetter(value.charAt(0));
        if (colon > 0 && !windowsDrive && !Path.of(value.substring(0, colon)).isAbsolute()) {
            String pkg = value.substring(0, colon);
            String rest = value.substring(colon + 1);
            Path pkgDir = base;
            for (String part : pkg.split("\\.")) {
                pkgDir = pkgDir.resolve(part);
            }
            if (!Files.isDirectory(pkgDir) && Files.isDirectory(base.resolve("src"))) {
                Path src = base.resolve("src");
                for (String part : pkg.split("\\.")) {
                    src = src.resolve(part);
                }
                pkgDir = src;
            }
            return pkgDir.resolve(rest).normalize();
        }
        return base.resolve(value).normalize();
    }

    private static JsonNode toolAlembic(Path pyproject, boolean required) throws MigrationException {
        if (!Files.isRegularFile(pyproject)) {
            if (required) {
                throw MigrationException.configuration(pyproject + " does not exist");
            }
            return null;
        }
        JsonNode root;
        try {
            root = Toml.MAPPER.readTree(pyproject.toFile());
        } catch (IOException e) {
            if (!required) {
                return null;
            }
            throw MigrationException.configuration(pyproject + ": not valid TOML: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        JsonNode alembic = root.path("tool").path("alembic");
        if (alembic.isMissingNode() || !alembic.isObject()) {
            if (required) {
                throw MigrationException.configuration(pyproject + ": no [tool.alembic] table");
            }
            return null;
        }
        return alembic;
    }

    private static String tomlString(JsonNode toml, String key, Path file) throws MigrationException {
        JsonNode node = toml.get(key);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw MigrationException.configuration(file + ": [tool.alembic] " + key + " must be a string");
        }
        return percent(node.asText(), file);
    }

    /** Python's {@code value % {"here": dir}}, which Alembic applies to pyproject values. */
    private static String percent(String value, Path pyproject) throws MigrationException {
        String here = pyproject.getParent().toString();
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c == '%' && value.startsWith("%%", i)) {
                out.append('%');
                i += 2;
            } else if (c == '%' && value.startsWith("%(here)s", i)) {
                out.append(here);
                i += "%(here)s".length();
            } else if (c == '%') {
                throw MigrationException.configuration(pyproject + ": [tool.alembic] value '" + value + "': only %(here)s and %% are"
                        + " understood");
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /**
     * The revision files in Alembic's load order (which breaks ties in {@code alembic history}): each version
     * location in turn; within one, files sorted by name, then (when recursive) sub-directories in name order;
     * {@code __pycache__}, {@code __init__*} and {@code .#*} skipped; a file reached twice (symlinks, overlapping
     * locations) loaded once.
     */
    public static List<Path> revisionFiles(ScriptLocation location) {
        List<Path> files = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path dir : location.versionLocations()) {
            if (Files.isDirectory(dir)) {
                walk(dir, location.recursive(), files, seen);
            }
        }
        return files;
    }

    private static void walk(Path dir, boolean recursive, List<Path> files, Set<Path> seen) {
        if (dir.getFileName() != null && dir.getFileName().toString().endsWith("__pycache__")) {
            return;
        }
        List<Path> entries;
        try (Stream<Path> list = Files.list(dir)) {
            entries = list.sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Path> subdirs = new ArrayList<>();
        for (Path entry : entries) {
            if (Files.isDirectory(entry)) {
                subdirs.add(entry);
                continue;
            }
            String name = entry.getFileName().toString();
            if (!name.endsWith(".py") || name.startsWith("__init__") || name.startsWith(".#")) {
                continue;
            }
            Path real;
            try {
                real = entry.toRealPath();
            } catch (IOException e) {
                real = entry.toAbsolutePath().normalize();
            }
            if (seen.add(real)) {
                files.add(entry);
            }
        }
        if (recursive) {
            for (Path sub : subdirs) {
                walk(sub, true, files, seen);
            }
        }
    }
}
