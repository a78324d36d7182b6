package dev.signalbox.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.signalbox.health.EndpointHealth;
import dev.signalbox.health.FailureClass;
import dev.signalbox.health.HealthSnapshot;
import dev.signalbox.health.HealthVerdict;
import dev.signalbox.health.ProbeSample;
import dev.signalbox.health.ProbeTimings;
import dev.signalbox.health.RuleResult;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The stable {@code --json} shape of {@code signalbox health} (documented in docs/cli-json.md), and its text form.
 * Every key is always present; a value that does not apply is {@code null}.
 */
@JsonPropertyOrder({"service", "checkedAt", "verdict", "reasons", "endpoints", "rules"})
public record HealthReport(String service, Instant checkedAt, HealthVerdict verdict, List<String> reasons,
                           List<Endpoint> endpoints, List<RuleResult> rules) {

    @JsonPropertyOrder({"name", "role", "url", "verdict", "httpStatus", "latencyMs", "timings", "failure", "failureMessage",
            "redirectLocation", "reasons", "fields", "certificateExpiresAt"})
    public record Endpoint(String name, String role, String url, HealthVerdict verdict, Integer httpStatus, Double latencyMs,
                           Timings timings, FailureClass failure, String failureMessage, String redirectLocation,
                           List<String> reasons, Map<String, String> fields, Instant certificateExpiresAt) {
    }

    /** Milliseconds per phase; null for a phase that did not happen. */
    @JsonPropertyOrder({"dnsMs", "connectMs", "tlsMs", "firstByteMs", "totalMs"})
    public record Timings(Double dnsMs, Double connectMs, Double tlsMs, Double firstByteMs, Double totalMs) {
    }

    public static HealthReport of(HealthSnapshot snapshot) {
        List<Endpoint> endpoints = snapshot.endpoints().stream().map(HealthReport::endpoint).toList();
        return new HealthReport(snapshot.service(), snapshot.takenAt(), snapshot.verdict(), snapshot.reasons(), endpoints,
                snapshot.rules());
    }

    private static Endpoint endpoint(EndpointHealth health) {
        ProbeSample sample = health.lastSample();
        String role = health.endpoint().role().name().toLowerCase(Locale.ROOT);
        if (sample == null) {
            return new Endpoint(health.name(), role, health.endpoint().url(), health.verdict(), null, null, null, null, null, null,
                    health.reasons(), Map.of(), null);
        }
        ProbeTimings t = sample.timings();
        Timings timings = new Timings(ms(t.dnsMicros()), ms(t.connectMicros()), ms(t.tlsMicros()), ms(t.firstByteMicros()), ms(t.totalMicros()));
        return new Endpoint(health.name(), role, sample.url(), health.verdict(), sample.hasResponse() ? sample.httpStatus() : null,
                ms(t.totalMicros()), timings, sample.failure(), sample.failureMessage(), sample.redirectLocation(), health.reasons(),
                sample.fields(), sample.certificateExpiresAt());
    }

    private static Double ms(long micros) {
        return micros < 0 ? null : Math.round(micros / 100.0) / 10.0;
    }

    public int exitCode() {
        return verdict == HealthVerdict.UP ? ExitCode.OK : ExitCode.ATTENTION;
    }

    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append(service).append(": ").append(verdict).append('\n');
        if (verdict != HealthVerdict.UP) {
            for (String reason : reasons) {
                out.append("  ! ").append(reason).append('\n');
            }
        }
        for (Endpoint e : endpoints) {
            out.append(String.format(Locale.ROOT, "  %-10s %-8s %-4s %9s  %s%n", e.name(), e.verdict(),
                    e.httpStatus() == null ? "-" : e.httpStatus(), e.latencyMs() == null ? "-" : e.latencyMs() + " ms", e.url()));
            if (e.verdict() != HealthVerdict.UP) {
                for (String reason : e.reasons()) {
                    out.append("      - ").append(reason).append('\n');
                }
            }
        }
        return out.toString();
    }
}
