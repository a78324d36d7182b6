package dev.signalbox.railway;

import dev.signalbox.config.Secret;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A service's variables as Railway renders them for the running service. Values are {@link Secret}s: printing,
 * logging or serialising this record shows {@code ****}; {@link #reveal(String)} is the explicit demand.
 */
public record VariableSet(RailwayTarget target, Map<String, Secret> values, Instant readAt) {
    public VariableSet {
        values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public Optional<Secret> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** The value in clear, for a person who asked for it; never log the result. */
    public Optional<String> reveal(String name) {
        return get(name).map(Secret::reveal);
    }

    /** Words in a variable's name that say its value is a credential. */
    private static final java.util.regex.Pattern SECRET_NAME = java.util.regex.Pattern.compile(
            "SECRET|TOKEN|PASSWORD|PASSWD|PASSPHRASE|PWD|KEY|DSN|CREDENTIAL|AUTH|SALT|PRIVATE|CERT|COOKIE|SESSION|SIGN|WEBHOOK|PEPPER",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * True when a value may be a credential: its name says so (SECRET_KEY, RAILWAY_TOKEN, SENTRY_DSN, ...), or the
     * value carries one whatever the name (a URL with a user or password before '@', a PEM block). Names that say
     * nothing of the kind (ENVIRONMENT, PORT, RAILWAY_ENVIRONMENT_NAME) are configuration an on-call engineer reads
     * at a glance; everything else stays masked until revealed.
     */
    public static boolean looksSecret(String name, String value) {
        if (name == null || SECRET_NAME.matcher(name).find()) {
            return true;
        }
        if (value == null) {
            return false;
        }
        int scheme = value.indexOf("://");
        if (scheme >= 0) {
            int end = value.indexOf('/', scheme + 3);
            String authority = end < 0 ? value.substring(scheme + 3) : value.substring(scheme + 3, end);
            if (authority.contains("@")) {
                return true;
            }
        }
        return value.contains("-----BEGIN");
    }

    /** Name to masked value ({@code ****}, or empty for an empty value), safe to print. */
    public Map<String, String> masked() {
        Map<String, String> masked = new LinkedHashMap<>();
        values.forEach((name, value) -> masked.put(name, value.isEmpty() ? "" : Secret.REDACTED));
        return masked;
    }
}
