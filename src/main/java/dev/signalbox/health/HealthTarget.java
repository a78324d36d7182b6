package dev.signalbox.health;

import dev.signalbox.config.ConfigException;
import dev.signalbox.config.Profile;
import dev.signalbox.config.ServiceUrl;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What to watch: a service's endpoints, the environment it should report, and the normal polling interval.
 *
 * @param service     the profile name, or the base URL when probing without a profile
 * @param environment the environment the service should report (e.g. {@code production}); null when unknown
 * @param production  whether the profile is a production one (a service answering {@code development} there is misconfigured)
 * @param interval    the normal time between two probes of one endpoint
 */
public record HealthTarget(String service, String environment, boolean production, List<HealthEndpoint> endpoints,
                           Duration interval) {

    public HealthTarget {
        Objects.requireNonNull(service, "service");
        endpoints = List.copyOf(endpoints);
        interval = interval == null ? Duration.ofSeconds(10) : interval;
        Set<String> names = new HashSet<>();
        for (HealthEndpoint endpoint : endpoints) {
            if (!names.add(endpoint.name())) {
                throw new IllegalArgumentException("two endpoints are named '" + endpoint.name() + "'");
            }
        }
    }

    /** The liveness, readiness and extra endpoints of a profile's {@code api} section. */
    public static HealthTarget fromProfile(Profile profile) throws ConfigException {
        Profile.ApiSettings api = profile.api();
        if (api == null) {
            throw new ConfigException("api", "profile '" + profile.name() + "' has no 'api' section; add one with a baseUrl to probe its health");
        }
        ServiceUrl base;
        try {
            base = ServiceUrl.parse(api.baseUrl());
        } catch (ConfigException e) {
            throw new ConfigException("api.baseUrl", e.getMessage(), e);
        }
        List<HealthEndpoint> endpoints = new ArrayList<>();
        endpoints.add(endpoint(base, api.liveness(), "liveness", HealthEndpoint.Role.LIVENESS));
        endpoints.add(endpoint(base, api.readiness(), "readiness", HealthEndpoint.Role.READINESS));
        int index = 1;
        Set<String> taken = new HashSet<>(List.of("liveness", "readiness"));
        for (Profile.Endpoint extra : api.extraEndpoints()) {
            String name = extra.name() != null ? extra.name() : extra.path();
            if (!taken.add(name)) {
                throw new ConfigException("api.extraEndpoints[" + index + "]", "the name '" + name + "' is used twice; give each endpoint its own name");
            }
            endpoints.add(endpoint(base, extra, name, HealthEndpoint.Role.EXTRA));
            index++;
        }
        return new HealthTarget(profile.name(), profile.environment(), profile.isProduction(), endpoints,
                Duration.ofSeconds(profile.polling().healthSeconds()));
    }

    /** Probing a base URL without a profile ({@code signalbox health --url}). */
    public static HealthTarget forUrl(ServiceUrl base, String livenessPath, String readinessPath, String environment) {
        List<HealthEndpoint> endpoints = new ArrayList<>();
        if (livenessPath != null) {
            endpoints.add(new HealthEndpoint("liveness", HealthEndpoint.Role.LIVENESS, base.resolve(livenessPath), 200, Map.of()));
        }
        if (readinessPath != null) {
            endpoints.add(new HealthEndpoint("readiness", HealthEndpoint.Role.READINESS, base.resolve(readinessPath), 200, Map.of()));
        }
        boolean production = environment != null && environment.toLowerCase(java.util.Locale.ROOT).startsWith("prod");
        return new HealthTarget(base.toString(), environment, production, endpoints, Duration.ofSeconds(10));
    }

    public HealthTarget withInterval(Duration newInterval) {
        return new HealthTarget(service, environment, production, endpoints, newInterval);
    }

    private static HealthEndpoint endpoint(ServiceUrl base, Profile.Endpoint endpoint, String name, HealthEndpoint.Role role) {
        return new HealthEndpoint(endpoint.name() != null ? endpoint.name() : name, role, base.resolve(endpoint.path()),
                endpoint.expectStatus(), endpoint.expectBody());
    }
}
