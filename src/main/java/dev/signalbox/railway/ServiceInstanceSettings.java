package dev.signalbox.railway;

import java.util.List;

/**
 * A service instance's deploy settings on Railway (dashboard or config as code, as last applied).
 *
 * @param healthcheckPath    the path Railway probes before a deployment goes live; null = no health check
 * @param healthcheckTimeout seconds Railway waits for that path; null = Railway's default (300 s)
 * @param preDeployCommand   the commands run once before the new deployment starts, joined with {@code " && "}
 * @param domains            service domains first, then custom domains
 */
public record ServiceInstanceSettings(String serviceName, String healthcheckPath, Integer healthcheckTimeout,
                                      String startCommand, String preDeployCommand, String restartPolicyType,
                                      Integer restartPolicyMaxRetries, Integer numReplicas, List<String> domains) {
    /** Railway's documented default when no healthcheckTimeout is set. */
    public static final int DEFAULT_HEALTHCHECK_TIMEOUT_SECONDS = 300;

    public ServiceInstanceSettings {
        domains = domains == null ? List.of() : List.copyOf(domains);
    }
}
