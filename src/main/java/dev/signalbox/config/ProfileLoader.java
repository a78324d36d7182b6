package dev.signalbox.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.signalbox.common.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a profile file strictly: malformed JSON, an unknown key (with the nearest valid key suggested), a
 * missing required field, a value of the wrong type and an invalid URL each fail with a {@link ConfigException}
 * naming the file, line, column and field. Nothing is written.
 */
public final class ProfileLoader {

    /** A profile is a few kilobytes; a megabyte is a wrong file, and reading it whole would not be bounded. */
    public static final int MAX_PROFILE_BYTES = 1024 * 1024;

    public LoadedProfile load(Path file) throws ConfigException {
        String text = readText(file);
        LoadedProfile loaded = new LoadedProfile(file, parse(text, file.toString()));
        String runbooks = loaded.profile().runbooksFile();
        if (runbooks != null && !Files.isRegularFile(loaded.resolve(runbooks))) {
            throw new ConfigException(file + new FieldLocations(text).positionOf("runbooksFile") + " (field runbooksFile)",
                    loaded.resolve(runbooks) + (Files.isDirectory(loaded.resolve(runbooks)) ? " is a directory" : " does not exist")
                            + "; runbooksFile names a JSON file of runbooks, relative to the profile's folder");
        }
        return loaded;
    }

    /** The file as UTF-8 text (a UTF-8 byte-order mark is accepted), bounded, with a sentence for every refusal. */
    static String readText(Path file) throws ConfigException {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new ConfigException(file.toString(), "is a directory, not a profile file");
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw new ConfigException(file.toString(), "is not a regular file (a device or FIFO); a profile is a JSON file");
            }
            try (java.io.InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(MAX_PROFILE_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            throw new ConfigException(file.toString(), "profile file not found");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new ConfigException(file.toString(), "cannot read the profile file: permission denied");
        } catch (IOException e) {
            throw new ConfigException(file.toString(), "cannot read the profile file: " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
        }
        if (bytes.length > MAX_PROFILE_BYTES) {
            throw new ConfigException(file.toString(), "the file is larger than " + MAX_PROFILE_BYTES / 1024 + " KiB; a profile is"
                    + " a few kilobytes of JSON (is this the right file?)");
        }
        return decodeUtf8(bytes, file.toString());
    }

    /** Strict UTF-8 (RFC 8259 requires it for JSON); the error names the encoding and the line of the first bad byte. */
    static String decodeUtf8(byte[] bytes, String source) throws ConfigException {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new ConfigException(source, "the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8");
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        java.nio.ByteBuffer input = java.nio.ByteBuffer.wrap(bytes, start, bytes.length - start);
        java.nio.CharBuffer output = java.nio.CharBuffer.allocate(bytes.length);
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        var result = decoder.decode(input, output, true);
        if (result.isError()) {
            int bad = input.position();
            int line = 1;
            int lineStart = start;
            for (int i = start; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw new ConfigException(source + ":" + line + ":" + (bad - lineStart + 1), String.format("the file is not UTF-8"
                    + " (byte 0x%02X here; Latin-1 or Windows-1252?); JSON must be UTF-8: save it as UTF-8", bytes[bad] & 0xFF));
        }
        decoder.flush(output);
        output.flip();
        return output.toString();
    }

    /** Parses profile JSON; {@code source} names the input in messages (a path, or "clipboard"). */
    public Profile parse(String json, String source) throws ConfigException {
        if (!json.isEmpty() && json.charAt(0) == '\uFEFF') {
            json = json.substring(1);
        }
        if (json.isBlank()) {
            throw new ConfigException(source, "the profile file is empty; it must hold one JSON object");
        }
        Profile profile;
        try {
            // Unknown keys first: a misspelt required key ("environmnt") must be reported as the typo it is, with
            // the suggestion, not as the missing field it causes.
            checkKeys(Json.mapper().readTree(json), Profile.class, "", new FieldLocations(json), source);
            profile = Json.mapper().readValue(json, Profile.class);
        } catch (JsonProcessingException e) {
            throw translate(e, source, new FieldLocations(json));
        }
        if (profile == null) {
            throw new ConfigException(source, "the profile file is empty; it must hold one JSON object");
        }
        validateValues(profile, new FieldLocations(json), source);
        validateAlerts(profile, new FieldLocations(json), source);
        return profile;
    }

    /** Walks the JSON beside the records it binds to and rejects the first key no record component has. */
    private static void checkKeys(com.fasterxml.jackson.databind.JsonNode node, java.lang.reflect.Type type, String path,
                                  FieldLocations locations, String source) throws ConfigException {
        if (node == null || node.isNull()) {
            return;
        }
        Class<?> raw = type instanceof Class<?> c ? c
                : type instanceof java.lang.reflect.ParameterizedType pt ? (Class<?>) pt.getRawType() : Object.class;
        if (raw.isRecord() && node.isObject()) {
            Map<String, java.lang.reflect.RecordComponent> components = new HashMap<>();
            for (var component : raw.getRecordComponents()) {
                components.put(component.getName(), component);
            }
            var fields = node.fields();
            while (fields.hasNext()) {
                var field = fields.next();
                String childPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                var component = components.get(field.getKey());
                if (component == null) {
                    String suggestion = nearest(field.getKey(), new java.util.ArrayList<>(components.keySet()));
                    String known = components.keySet().stream().sorted().collect(Collectors.joining(", "));
                    throw new ConfigException(source + locations.positionOf(childPath) + " (field " + childPath + ")",
                            "unknown key '" + field.getKey() + "'" + (suggestion != null ? "; did you mean '" + suggestion + "'?"
                                    : validKeys(known)));
                }
                Class<?> componentType = component.getType();
                if ((componentType == Integer.class || componentType == int.class) && field.getValue().isNumber()
                        && !field.getValue().canConvertToExactIntegral()) {
                    // Jackson would silently truncate 200.5 to 200.
                    throw new ConfigException(source + locations.positionOf(childPath) + " (field " + childPath + ")",
                            "expected a whole number, got " + field.getValue().asText());
                }
                checkKeys(field.getValue(), component.getGenericType(), childPath, locations, source);
            }
        } else if (List.class.isAssignableFrom(raw) && node.isArray() && type instanceof java.lang.reflect.ParameterizedType pt) {
            for (int i = 0; i < node.size(); i++) {
                checkKeys(node.get(i), pt.getActualTypeArguments()[0], path + "[" + i + "]", locations, source);
            }
        }
    }

    /** Checks that need more than one field's type: URLs and secret references. */
    private static void validateValues(Profile profile, FieldLocations locations, String source) throws ConfigException {
        if (profile.api() != null) {
            check(locations, source, "api.baseUrl", () -> ServiceUrl.parse(profile.api().baseUrl()));
        }
        if (profile.database() != null) {
            check(locations, source, "database.url", () -> DatabaseReference.parse(profile.database().url()));
            if (profile.database().directUrl() != null) {
                check(locations, source, "database.directUrl", () -> DatabaseReference.parse(profile.database().directUrl()));
            }
        }
        if (profile.railway() != null) {
            check(locations, source, "railway.token", () -> SecretReference.parse(profile.railway().token(), "railway.token"));
            check(locations, source, "railway.endpoint", () -> ServiceUrl.parse(profile.railway().endpoint()));
            String subscriptions = profile.railway().subscriptionEndpoint();
            if (subscriptions != null && !subscriptions.matches("wss?://[^\\s/]+(/\\S*)?")) {
                throw new ConfigException(source + locations.positionOf("railway.subscriptionEndpoint")
                        + " (field railway.subscriptionEndpoint)", "not a WebSocket URL: write wss://host/path"
                        + " (Railway: wss://backboard.railway.com/graphql/v2), or leave it out to derive it from endpoint");
            }
        }
    }

    private static void validateAlerts(Profile profile, FieldLocations locations, String source) throws ConfigException {
        if (profile.alerts() == null) {
            return;
        }
        List<Profile.Webhook> webhooks = profile.alerts().webhooks();
        for (int i = 0; i < webhooks.size(); i++) {
            String field = "alerts.webhooks[" + i + "].url";
            String url = webhooks.get(i).url();
            check(locations, source, field, () -> SecretReference.parse(url, field));
        }
    }

    private interface Check {
        void run() throws ConfigException;
    }

    private static void check(FieldLocations locations, String source, String field, Check check) throws ConfigException {
        try {
            check.run();
        } catch (ConfigException e) {
            String message = e.getMessage();
            // The inner exception names its own field; here the field path and the file position say it better.
            if (!e.where().isEmpty() && message.startsWith(e.where() + ": ")) {
                message = message.substring(e.where().length() + 2);
            }
            throw new ConfigException(source + locations.positionOf(field) + " (field " + field + ")", message, e);
        }
    }

    /** Turns any Jackson parse or binding failure into a message naming file, line, column and field. */
    public static ConfigException translate(JsonProcessingException e, String source) {
        return translate(e, source, (FieldLocations) null);
    }

    /**
     * As {@link #translate(JsonProcessingException, String)} for another JSON file of the profile's (its runbooks),
     * pointing a value the record refuses at the field's own line and column in {@code json}, not the object's end.
     */
    public static ConfigException translate(JsonProcessingException e, String source, String json) {
        return translate(e, source, new FieldLocations(json));
    }

    /** As {@link #translate(JsonProcessingException, String)}, pointing semantic errors at the field's own position. */
    static ConfigException translate(JsonProcessingException e, String source, FieldLocations locations) {
        JsonLocation location = e.getLocation();
        String position = location == null ? "" : ":" + location.getLineNr() + ":" + location.getColumnNr();
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = fieldPath(unknown.getPath());
            String suggestion = nearest(unknown.getPropertyName(), unknown.getKnownPropertyIds());
            String known = unknown.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
            return new ConfigException(source + position + " (field " + field + ")", "unknown key '"
                    + unknown.getPropertyName() + "'"
                    + (suggestion != null ? "; did you mean '" + suggestion + "'?" : validKeys(known)), e);
        }
        if (e instanceof ValueInstantiationException invalid) {
            String parent = fieldPath(invalid.getPath());
            Throwable cause = invalid.getCause() != null ? invalid.getCause() : invalid;
            String message = cause.getMessage();
            String field = parent;
            var quoted = java.util.regex.Pattern.compile("field '([^']+)'").matcher(message);
            if (quoted.find()) {
                field = parent.equals("(top level)") ? quoted.group(1) : parent + "." + quoted.group(1);
            }
            // Jackson reports a record's constructor failure at the end of the object; the field's own line and
            // column are what the user needs (issue 14), then the object's when the field is missing.
            String fieldPosition = locations == null ? "" : locations.positionOf(field);
            if (fieldPosition.isEmpty() && locations != null && !parent.equals("(top level)")) {
                fieldPosition = locations.positionOf(parent);
            }
            return new ConfigException(source + (fieldPosition.isEmpty() ? position : fieldPosition) + " (field " + field + ")", message, e);
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null && format.getTargetType().isEnum()) {
            String allowed = Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(c -> c.toString().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
            return new ConfigException(source + position + " (field " + fieldPath(format.getPath()) + ")",
                    "'" + format.getValue() + "' is not one of: " + allowed, e);
        }
        if (e instanceof MismatchedInputException mismatch) {
            String field = fieldPath(mismatch.getPath());
            return new ConfigException(source + position + " (field " + field + ")",
                    "expected " + describe(mismatch.getTargetType()) + " here", e);
        }
        String original = e.getOriginalMessage();
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return new ConfigException(source + position + " (field " + fieldPath(mapping.getPath()) + ")", original, e);
        }
        String field = "";
        if (e.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null) {
            // Where in the document the parser was: "api" for {"api": {"baseUrl": }}.
            var context = parser.getParsingContext();
            while (context != null && context.getCurrentName() == null && !context.inArray()) {
                context = context.getParent();
            }
            String pointer = context == null ? "" : context.pathAsPointer().toString();
            if (!pointer.isEmpty()) {
                field = " (field " + pointer.substring(1).replace('/', '.').replaceAll("\\.(\\d+)", "[$1]") + ")";
            }
        }
        return new ConfigException(source + position + field, "malformed JSON: " + plainJsonMessage(firstLine(original)), e);
    }

    /**
     * Jackson's parse messages name its own switches ({@code JsonReadFeature.ALLOW_...}, {@code StreamReadConstraints});
     * a profile's author needs to know what to change in the file instead.
     */
    static String plainJsonMessage(String message) {
        if (message.contains("ALLOW_NON_NUMERIC_NUMBERS")) {
            return "NaN and Infinity are not JSON numbers; write a number or a string";
        }
        if (message.contains("ALLOW_UNESCAPED_CONTROL_CHARS") || message.contains("CTRL-CHAR")) {
            return "a string holds a raw line break or control character; write it as \\n (or close the string's quote)";
        }
        if (message.contains("ALLOW_SINGLE_QUOTES") || message.contains("'\\'' (code 39)")) {
            return "JSON takes double quotes (\") around keys and strings, not single quotes";
        }
        if (message.contains("ALLOW_UNQUOTED_FIELD_NAMES") || message.contains("was expecting double-quote to start field name")) {
            return "expected a key in double quotes (a trailing comma before '}', or an unquoted key?)";
        }
        if (message.contains("ALLOW_LEADING_ZEROS") || message.contains("Leading zeroes")) {
            return "a number cannot start with 0 (write 8, not 08)";
        }
        if (message.contains("ALLOW_TRAILING_COMMA") || (message.startsWith("Unexpected character (']'") && message.contains("expected a valid value"))) {
            return "expected a value (a trailing comma before ']'?)";
        }
        if (message.contains("nesting depth")) {
            return "nesting too deep (more than 1000 levels of [ and {); a profile is a few levels deep";
        }
        if (message.contains("StreamReadConstraints") || message.contains("exceeds the maximum")) {
            return "a value is far too long for a profile";
        }
        // Any remaining "`Feature.NAME`" hint is Jackson's switch, not something the user can set.
        return message.replaceAll("\\s*[(;:]?\\s*(enable|use|not recognized as one since)[^)]*`[A-Za-z_.]+`[^)]*\\)?", "")
                .replaceAll("\\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\)", "(comments are allowed only as // or /* */)");
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "a different value";
        }
        if (type == Integer.class || type == int.class || type == Long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (List.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)) {
            return "a list [...]";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object {...}";
        }
        return "a " + type.getSimpleName();
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    static String fieldPath(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.length() == 0 ? "(top level)" : out.toString();
    }

    /** The known key closest to a misspelt one, if it is close enough to be a likely typo. */
    static String nearest(String typed, Collection<?> known) {
        return known.stream().map(Object::toString)
                .map(k -> Map.entry(k, distance(typed.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT))))
                .filter(e -> e.getValue() <= Math.max(2, typed.length() / 3))
                .min(Comparator.comparingInt(Map.Entry<String, Integer>::getValue).thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** Line and column of each field's value, so checks done after binding can still point into the file. */
    static final class FieldLocations {
        private final Map<String, JsonLocation> byPath = new HashMap<>();

        FieldLocations(String json) {
            try (JsonParser parser = Json.mapper().getFactory().createParser(json)) {
                Deque<String> stack = new ArrayDeque<>();
                Deque<Integer> arrayIndex = new ArrayDeque<>();
                String pendingField = null;
                JsonToken token;
                while ((token = parser.nextToken()) != null) {
                    switch (token) {
                        case FIELD_NAME -> pendingField = parser.currentName();
                        case START_OBJECT, START_ARRAY -> {
                            String segment = segment(pendingField, arrayIndex);
                            if (segment != null) {
                                stack.push(segment);
                                byPath.put(join(stack), parser.currentTokenLocation());
                            }
                            arrayIndex.push(token == JsonToken.START_ARRAY ? 0 : -1);
                            if (segment == null) {
                                stack.push("");
                            }
                            pendingField = null;
                        }
                        case END_OBJECT, END_ARRAY -> {
                            arrayIndex.pop();
                            stack.pop();
                            advanceIndex(arrayIndex);
                        }
                        default -> {
                            String segment = segment(pendingField, arrayIndex);
                            if (segment != null) {
                                stack.push(segment);
                                byPath.put(join(stack), parser.currentTokenLocation());
                                stack.pop();
                            }
                            advanceIndex(arrayIndex);
                            pendingField = null;
                        }
                    }
                }
            } catch (IOException e) {
                // The document already parsed once; if positions cannot be recovered, messages go without them.
            }
        }

        private static String segment(String field, Deque<Integer> arrayIndex) {
            if (field != null) {
                return field;
            }
            if (!arrayIndex.isEmpty() && arrayIndex.peek() >= 0) {
                return "[" + arrayIndex.peek() + "]";
            }
            return null;
        }

        private static void advanceIndex(Deque<Integer> arrayIndex) {
            if (!arrayIndex.isEmpty() && arrayIndex.peek() >= 0) {
                arrayIndex.push(arrayIndex.pop() + 1);
            }
        }

        private static String join(Deque<String> stack) {
            StringBuilder out = new StringBuilder();
            var it = stack.descendingIterator();
            while (it.hasNext()) {
                String s = it.next();
                if (s.isEmpty()) {
                    continue;
                }
                if (out.length() > 0 && !s.startsWith("[")) {
                    out.append('.');
                }
                out.append(s);
            }
            return out.toString();
        }

        String positionOf(String field) {
            JsonLocation location = byPath.get(field);
            return location == null ? "" : ":" + location.getLineNr() + ":" + location.getColumnNr();
        }
    }

    /** The keys an object takes; none (a runbook's "wait" action has only its "type") said as such, not as an empty list. */
    private static String validKeys(String known) {
        return known.isEmpty() ? "; this object takes no other key" : "; valid keys here: " + known;
    }
}
