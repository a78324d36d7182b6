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
@JsonPropertyOrder({"service", "checkedAt", "verdict", "reasons", "endpoints", "rules", "traffic"})
public record HealthReport(String service, Instant checkedAt, HealthVerdict verdict, List<String> reasons,
                           List<Endpoint> endpoints, List<RuleResult> rules, Traffic traffic) {

    /**
     * Real traffic from Railway's httpLogs beside the probes; null without a Railway service in the profile.
     *
     * @param error why it could not be read (the other keys are then null)
     */
    @JsonPropertyOrder({"deploymentId", "lastMinute", "minutes", "error"})
    public record Traffic(String deploymentId, Minute lastMinute, List<Minute> minutes, String error) {
        static Traffic of(dev.signalbox.traffic.TrafficSnapshot snapshot) {
            return new Traffic(snapshot.deploymentId(), Minute.of(snapshot.lastMinute()),
                    snapshot.minutes().stream().map(Minute::of).toList(), null);
        }

        static Traffic failed(String error) {
            return new Traffic(null, null, null, error);
        }
    }

    @JsonPropertyOrder({"start", "requests", "serverErrors", "serverErrorPercent", "p95Ms"})
    public record Minute(Instant start, int requests, int serverErrors, double serverErrorPercent, Integer p95Ms) {
        static Minute of(dev.signalbox.traffic.TrafficMinute minute) {
            return new Minute(minute.start(), minute.requests(), minute.serverErrors(),
                    Math.round(minute.serverErrorPercent() * 10) / 10.0, minute.p95Millis());
        }
    }

    /** The same report with real traffic beside it; a 5xx rate at or over the Overview's red line needs attention. */
    public HealthReport withTraffic(Traffic newTraffic) {
        return new HealthReport(service, checkedAt, verdict, reasons, endpoints, rules, newTraffic);
    }

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
                snapshot.rules(), null);
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
        return verdict == HealthVerdict.UP && !trafficFailing() ? ExitCode.OK : ExitCode.ATTENTION;
    }

    /** Real users got 5xx answers at the rate the 5xx alert trigger fires on by default (incident 7 whatever readiness says). */
    private boolean trafficFailing() {
        return traffic != null && traffic.lastMinute() != null
                && traffic.lastMinute().requests() >= dev.signalbox.traffic.TrafficSnapshot.MIN_REQUESTS_FOR_RATE
                && traffic.lastMinute().serverErrorPercent() >= dev.signalbox.traffic.TrafficSnapshot.DEFAULT_ALERT_PERCENT;
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
        if (traffic != null) {
            if (traffic.error() != null) {
                out.append("  real traffic: not read (").append(traffic.error()).append(")\n");
            } else if (traffic.deploymentId() == null) {
                out.append("  real traffic: no deployment serves the domain\n");
            } else {
                Minute last = traffic.lastMinute();
                out.append(last.requests() == 0 ? "  real traffic: no requests in the last minute\n"
                        : String.format(Locale.ROOT, "  real traffic: %d requests in the last minute, 5xx %.1f%%, p95 %d ms%s%n",
                        last.requests(), last.serverErrorPercent(), last.p95Ms(), trafficFailing()
                                ? " (users get errors whatever the probes say)" : ""));
            }
        }
        return out.toString();
    }
}
