package dev.signalbox.health;

import java.time.Instant;
import java.util.List;

/**
 * A change of verdict.
 *
 * @param endpoint the endpoint's name, or {@link #SERVICE} for the service's overall verdict
 * @param reasons  the reasons of the new verdict
 */
public record HealthTransition(Instant at, String endpoint, HealthVerdict from, HealthVerdict to, List<String> reasons) {
    public static final String SERVICE = "service";

    public HealthTransition {
        reasons = List.copyOf(reasons);
    }
}
