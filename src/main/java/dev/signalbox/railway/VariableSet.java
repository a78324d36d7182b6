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

    /** Name to masked value ({@code ****}, or empty for an empty value), safe to print. */
    public Map<String, String> masked() {
        Map<String, String> masked = new LinkedHashMap<>();
        values.forEach((name, value) -> masked.put(name, value.isEmpty() ? "" : Secret.REDACTED));
        return masked;
    }
}
