package dev.signalbox.ops;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.signalbox.config.Secret;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The state of an action's target before or after it, as the audit log records it: names to display values,
 * with secret values already masked. There is no way to put a secret in here unmasked by mistake:
 * {@link Builder#secret} takes the value only to say whether it is set.
 */
public final class AuditState {
    public static final AuditState NONE = new AuditState(Map.of());

    private final Map<String, String> values;

    private AuditState(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static Builder builder() {
        return new Builder();
    }

    public static AuditState of(String key, String value) {
        return builder().put(key, value).build();
    }

    @JsonValue
    public Map<String, String> values() {
        return values;
    }

    public String get(String key) {
        return values.get(key);
    }

    /** How a secret value is shown: set or not, nothing more (a length narrows a guess, and helps nobody). */
    public static String mask(Secret value) {
        return value == null ? "(absent)" : value.isEmpty() ? "(empty)" : Secret.REDACTED;
    }

    @Override
    public String toString() {
        return values.toString();
    }

    public static final class Builder {
        private final Map<String, String> values = new LinkedHashMap<>();

        /** A value safe to show (a status, an id, a toggle's "1"). */
        public Builder put(String key, String value) {
            values.put(key, value == null ? "(absent)" : value);
            return this;
        }

        /** A secret: recorded masked. */
        public Builder secret(String key, Secret value) {
            values.put(key, mask(value));
            return this;
        }

        public AuditState build() {
            return new AuditState(values);
        }
    }
}
