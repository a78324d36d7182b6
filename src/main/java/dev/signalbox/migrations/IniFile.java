package dev.signalbox.migrations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An .ini file read with Python {@code configparser} semantics, as Alembic reads alembic.ini: {@code key = value}
 * or {@code key: value}, keys lower-cased, indented lines continue a value, full-line {@code #}/{@code ;}
 * comments, a {@code [DEFAULT]} section, strict duplicates, and {@code %(name)s} interpolation with the defaults
 * Alembic passes ({@code here}, {@code __file__}).
 */
final class IniFile {
    /** configparser's own MAX_INTERPOLATION_DEPTH. */
    private static final int MAX_INTERPOLATION_DEPTH = 10;
    /** An alembic.ini is a few kilobytes; a megabyte is a wrong file. */
    static final int MAX_FILE_BYTES = 1024 * 1024;
    /** Ten levels of references, each naming several others, would otherwise grow exponentially. */
    static final int MAX_VALUE_CHARS = 64 * 1024;

    private final Path file;
    private final Map<String, Map<String, String>> sections = new LinkedHashMap<>();
    private final Map<String, Integer> lineOf = new LinkedHashMap<>();
    private final Map<String, String> defaults = new LinkedHashMap<>();

    private IniFile(Path file) {
        this.file = file;
    }

    static IniFile read(Path file) throws MigrationException {
        byte[] bytes;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            throw MigrationException.configuration(file + ": cannot read the Alembic configuration: "
                    + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()), e);
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw MigrationException.configuration(file + ": larger than " + MAX_FILE_BYTES / 1024 + " KiB; an Alembic configuration is"
                    + " a few kilobytes (is this the right file?)");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            // Alembic opens alembic.ini as UTF-8 (its ConfigParser.read(..., encoding="utf-8")).
            throw MigrationException.configuration(file + ": not UTF-8 text; Alembic reads alembic.ini as UTF-8: save it as UTF-8");
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        IniFile ini = new IniFile(file);
        Path absolute = file.toAbsolutePath().normalize();
        ini.defaults.put("here", absolute.getParent().toString());
        ini.defaults.put("__file__", absolute.toString());
        ini.parse(text);
        return ini;
    }

    private void parse(String text) throws MigrationException {
        Map<String, String> current = null;
        StringBuilder continuation = new StringBuilder();
        String currentName = null;
        String lastKey = null;
        int lastIndent = 0;
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String raw = lines[n];
            String stripped = raw.strip();
            int indent = raw.length() - raw.stripLeading().length();
            if (stripped.startsWith("#") || stripped.startsWith(";")) {
                continue;
            }
            if (stripped.isEmpty()) {
                if (lastKey != null && current != null) {
                    continuation.append('\n');
                }
                continue;
            }
            if (current != null && lastKey != null && indent > lastIndent) {
                continuation.append('\n').append(stripped);
                continue;
            }
            // Continuation lines are gathered in a builder and stored once: appending to the map's string for each
            // line would be quadratic in a long value.
            flush(current, lastKey, continuation);
            if (stripped.startsWith("[") && stripped.endsWith("]")) {
                currentName = stripped.substring(1, stripped.length() - 1);
                if (sections.containsKey(currentName) || (currentName.equals("DEFAULT") && lineOf.containsKey("[DEFAULT]"))) {
                    throw MigrationException.configuration(file + ":" + (n + 1) + ": section [" + currentName
                            + "] appears twice (Python's configparser, and so Alembic, refuses this file)");
                }
                lineOf.put("[" + currentName + "]", n + 1);
                current = currentName.equals("DEFAULT") ? defaults : new LinkedHashMap<>();
                if (!currentName.equals("DEFAULT")) {
                    sections.put(currentName, current);
                }
                lastKey = null;
                continue;
            }
            if (current == null) {
                throw MigrationException.configuration(file + ":" + (n + 1) + ": text before the first [section] header"
                        + " (configparser: MissingSectionHeaderError)");
            }
            int eq = firstDelimiter(stripped);
            if (eq <= 0) {
                throw MigrationException.configuration(file + ":" + (n + 1) + ": expected 'key = value', got '" + stripped + "'");
            }
            String key = stripped.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String value = stripped.substring(eq + 1).strip();
            if (current.containsKey(key) && !(current == defaults && lineOf.get(currentName + "." + key) == null)) {
                throw MigrationException.configuration(file + ":" + (n + 1) + ": option '" + key + "' appears twice in section ["
                        + currentName + "] (configparser refuses this file; first on line " + lineOf.get(currentName + "." + key) + ")");
            }
            current.put(key, value);
            lineOf.put(currentName + "." + key, n + 1);
            lastKey = key;
            lastIndent = indent;
        }
        flush(current, lastKey, continuation);
        for (Map<String, String> section : sections.values()) {
            section.replaceAll((k, v) -> v.strip());
        }
        defaults.replaceAll((k, v) -> v.strip());
    }

    private static void flush(Map<String, String> section, String key, StringBuilder continuation) {
        if (section != null && key != null && continuation.length() > 0) {
            section.put(key, section.get(key) + continuation);
        }
        continuation.setLength(0);
    }

    private static int firstDelimiter(String line) {
        int eq = line.indexOf('=');
        int colon = line.indexOf(':');
        if (eq < 0) {
            return colon;
        }
        return colon < 0 ? eq : Math.min(eq, colon);
    }

    Path file() {
        return file;
    }

    boolean hasSection(String section) {
        return sections.containsKey(section);
    }

    List<String> sectionNames() {
        return List.copyOf(sections.keySet());
    }

    int line(String section, String key) {
        Integer line = lineOf.get(section + "." + key);
        return line == null ? 0 : line;
    }

    /** The interpolated value, or null when the option is absent from the section and the defaults. */
    String get(String section, String key) throws MigrationException {
        Map<String, String> values = sections.get(section);
        String raw = values != null && values.containsKey(key) ? values.get(key) : defaults.get(key);
        if (raw == null) {
            return null;
        }
        return interpolate(section, key, raw, 1);
    }

    private String interpolate(String section, String key, String value, int depth) throws MigrationException {
        if (depth > MAX_INTERPOLATION_DEPTH) {
            throw MigrationException.configuration(file + ":" + line(section, key) + ": option '" + key
                    + "' nests %(...)s references too deeply (a reference loop?)");
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 < value.length() && value.charAt(i + 1) == '%') {
                out.append('%');
                i += 2;
                continue;
            }
            int close = value.indexOf(")s", i);
            if (i + 1 >= value.length() || value.charAt(i + 1) != '(' || close < 0) {
                throw MigrationException.configuration(file + ":" + line(section, key) + ": option '" + key
                        + "': '%' must be written '%%' or start a %(name)s reference");
            }
            String name = value.substring(i + 2, close).toLowerCase(Locale.ROOT);
            Map<String, String> values = sections.get(section);
            String ref = values != null && values.containsKey(name) ? values.get(name) : defaults.get(name);
            if (ref == null) {
                throw MigrationException.configuration(file + ":" + line(section, key) + ": option '" + key + "' refers to %("
                        + name + ")s, which is not defined in [" + section + "] or [DEFAULT]");
            }
            out.append(interpolate(section, name, ref, depth + 1));
            if (out.length() > MAX_VALUE_CHARS) {
                throw MigrationException.configuration(file + ":" + line(section, key) + ": option '" + key + "' expands to more than "
                        + MAX_VALUE_CHARS / 1024 + " KiB through its %(...)s references");
            }
            i = close + 2;
        }
        return out.toString();
    }
}
