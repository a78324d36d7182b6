package dev.signalbox.health;

import java.util.Map;
import java.util.Objects;

/**
 * One URL to probe and what a good answer looks like.
 *
 * @param name         shown to the user: {@code liveness}, {@code readiness}, or the extra endpoint's name
 * @param role         decides which built-in judgements apply
 * @param url          absolute http(s) URL
 * @param expectStatus the status of a good answer (200 unless the profile says otherwise)
 * @param expectBody   JSON pointer to expected scalar value, e.g. {@code "/database": "connected"}
 */
public record HealthEndpoint(String name, Role role, String url, int expectStatus, Map<String, String> expectBody) {

    public enum Role {
        /** The process runs ({@code /api/health}); must not depend on the database. */
        LIVENESS,
        /** The service can serve ({@code /api/health/ready}); 503 while the database is not usable. */
        READINESS,
        /** Any other endpoint the profile lists. */
        EXTRA
    }

    public HealthEndpoint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(url, "url");
        expectBody = expectBody == null ? Map.of() : Map.copyOf(expectBody);
    }
}
