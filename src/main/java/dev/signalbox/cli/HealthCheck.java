package dev.signalbox.cli;

import dev.signalbox.config.ConfigException;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.health.HealthChecker;
import dev.signalbox.health.HealthTarget;
import dev.signalbox.health.HealthVerdict;
import java.util.ArrayList;
import java.util.List;

/** The {@code health} item of {@code signalbox check}: each endpoint probed once, as {@code signalbox health} does. */
public final class HealthCheck {
    private final HealthChecker checker;

    public HealthCheck(HealthChecker checker) {
        this.checker = checker;
    }

    public void addTo(CheckReport.Builder report, LoadedProfile loaded) {
        if (loaded.profile().api() == null) {
            return;
        }
        HealthTarget target;
        try {
            target = HealthTarget.fromProfile(loaded.profile());
        } catch (ConfigException e) {
            report.add("health", CheckReport.Status.ERROR, "cannot probe: " + e.getMessage(), List.of());
            return;
        }
        HealthReport health = HealthReport.of(checker.check(target));
        List<String> details = new ArrayList<>();
        for (HealthReport.Endpoint e : health.endpoints()) {
            details.add(e.name() + " " + e.verdict() + " " + (e.httpStatus() == null ? "no answer" : "HTTP " + e.httpStatus())
                    + (e.latencyMs() == null ? "" : " in " + e.latencyMs() + " ms") + " (" + e.url() + ")");
        }
        if (health.verdict() != HealthVerdict.UP) {
            details.addAll(1 < health.reasons().size() ? health.reasons().subList(1, health.reasons().size()) : List.of());
        }
        CheckReport.Status status = health.verdict() == HealthVerdict.UP ? CheckReport.Status.OK : CheckReport.Status.ATTENTION;
        report.add("health", status, health.verdict() + ": " + health.reasons().get(0), details);
    }
}
