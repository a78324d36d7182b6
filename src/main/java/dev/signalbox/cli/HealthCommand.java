package dev.signalbox.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.signalbox.common.Json;
import dev.signalbox.config.ConfigException;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.ServiceUrl;
import dev.signalbox.health.HealthEndpoint;
import dev.signalbox.health.HealthMonitor;
import dev.signalbox.health.HealthProbe;
import dev.signalbox.health.HealthSnapshot;
import dev.signalbox.health.HealthTarget;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "health", mixinStandardHelpOptions = true,
        description = {"Probes the service's liveness and readiness endpoints and says what the answers mean:",
                "status, latency, failure class (DNS, refused, TLS, timeout, HTTP error, invalid JSON, body too large,",
                "redirect) and the body's claims (a readiness 200 saying the database is 'connecting' is DOWN).",
                "With a profile that has a Railway service, real traffic too: the 5xx rate and p95 of the last minutes of",
                "Railway's httpLogs (a readiness that says 200 while users get 500s is incident 7).",
                "Exit 0 when UP, 1 otherwise (DEGRADED, DOWN, UNKNOWN, or 10%% or more of real requests answered 5xx),",
                "2 on a usage or configuration error."})
public final class HealthCommand implements Callable<Integer> {
    @Mixin
    ProfileOptions profileOptions;

    @Option(names = "--url", paramLabel = "BASE", description = "Probe this base URL instead of a profile's api.baseUrl (e.g. https://api.example.com).")
    String url;

    @Option(names = "--liveness", paramLabel = "PATH", description = "Liveness path (default: the profile's, or /api/health).")
    String liveness;

    @Option(names = "--readiness", paramLabel = "PATH", description = "Readiness path (default: the profile's, or /api/health/ready).")
    String readiness;

    @Option(names = "--environment", paramLabel = "ENV",
            description = "With --url: the environment the service should report (e.g. production); a body saying otherwise is DEGRADED.")
    String environment;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Give up on an endpoint after this many seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--watch", description = "Keep probing (adaptive interval) and print each change until interrupted (Ctrl-C).")
    boolean watch;

    @Option(names = "--json", description = "Print JSON (with --watch: one JSON object per line, per probe).")
    boolean json;

    /** For tests and scripts: stop watching after this many snapshots. */
    @Option(names = "--watch-updates", hidden = true, defaultValue = "0")
    int watchUpdates;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ConfigException, InterruptedException {
        HealthTarget target = target();
        if (timeoutSeconds < 1 || timeoutSeconds > 300) {
            throw new ConfigException("--timeout", "must be between 1 and 300 seconds, got " + timeoutSeconds);
        }
        Duration call = Duration.ofSeconds(timeoutSeconds);
        HealthProbe.Settings settings = new HealthProbe.Settings(min(HealthProbe.Settings.DEFAULT.connectTimeout(), call),
                min(HealthProbe.Settings.DEFAULT.readTimeout(), call), call, HealthProbe.Settings.DEFAULT.maxBodyBytes());
        PrintWriter out = spec.commandLine().getOut();
        if (watch) {
            return watch(target, settings, out);
        }
        HealthReport report = HealthReport.of(profileOptions.app().healthChecker(settings).check(target));
        if (loadedProfile != null && loadedProfile.profile().railway() != null) {
            report = report.withTraffic(traffic(loadedProfile));
        }
        if (json) {
            Output.json(out, report);
        } else {
            out.print(report.toText());
            out.flush();
        }
        return report.exitCode();
    }

    private LoadedProfile loadedProfile;

    /** The serving deployment's requests of the last minutes; a Railway failure is reported in the key, not fatal. */
    private HealthReport.Traffic traffic(LoadedProfile loaded) {
        var railway = loaded.profile().railway();
        try {
            var reader = new dev.signalbox.traffic.TrafficReader(profileOptions.app().railwayClient(railway),
                    dev.signalbox.railway.RailwayTarget.of(railway), profileOptions.app().clock(),
                    dev.signalbox.monitor.WatchFactory.probePaths(loaded.profile()));
            return HealthReport.Traffic.of(reader.read(5));
        } catch (ConfigException | dev.signalbox.railway.RailwayException e) {
            return HealthReport.Traffic.failed(e.getMessage());
        }
    }

    private HealthTarget target() throws ConfigException {
        if (profileOptions.isSet() && url != null) {
            throw new ConfigException("--url", "give either --profile or --url, not both");
        }
        checkPath("--liveness", liveness);
        checkPath("--readiness", readiness);
        if (url != null) {
            ServiceUrl base;
            try {
                base = ServiceUrl.parse(url);
            } catch (ConfigException e) {
                throw new ConfigException("--url", e.getMessage(), e);
            }
            return HealthTarget.forUrl(base, liveness != null ? liveness : "/api/health",
                    readiness != null ? readiness : "/api/health/ready", environment);
        }
        if (!profileOptions.isSet()) {
            throw new ConfigException("--profile", "no service given; name a profile with --profile P, or a base URL with --url BASE");
        }
        if (environment != null) {
            throw new ConfigException("--environment", "only with --url; a profile has its own 'environment'");
        }
        LoadedProfile loaded = profileOptions.load();
        loadedProfile = loaded;
        HealthTarget target;
        try {
            target = HealthTarget.fromProfile(loaded.profile());
        } catch (ConfigException e) {
            throw new ConfigException(loaded.file().toString(), e.getMessage(), e);
        }
        if (liveness == null && readiness == null) {
            return target;
        }
        List<HealthEndpoint> endpoints = new ArrayList<>();
        for (HealthEndpoint endpoint : target.endpoints()) {
            String path = endpoint.role() == HealthEndpoint.Role.LIVENESS ? liveness
                    : endpoint.role() == HealthEndpoint.Role.READINESS ? readiness : null;
            if (path == null) {
                endpoints.add(endpoint);
            } else {
                String base = ServiceUrl.parse(loaded.profile().api().baseUrl()).resolve(path);
                endpoints.add(new HealthEndpoint(endpoint.name(), endpoint.role(), base, endpoint.expectStatus(), endpoint.expectBody()));
            }
        }
        return new HealthTarget(target.service(), target.environment(), target.production(), endpoints, target.interval());
    }

    private static void checkPath(String option, String path) throws ConfigException {
        if (path != null && !path.startsWith("/")) {
            throw new ConfigException(option, "a path starts with '/', got '" + path + "'");
        }
    }

    private int watch(HealthTarget target, HealthProbe.Settings settings, PrintWriter out) throws InterruptedException {
        BlockingQueue<HealthSnapshot> snapshots = new LinkedBlockingQueue<>();
        try (HealthMonitor monitor = HealthMonitor.builder(target).probeSettings(settings).build()) {
            monitor.subscribe(snapshots::add);
            monitor.start();
            String previous = null;
            HealthReport last = null;
            int seen = 0;
            while (watchUpdates == 0 || seen < watchUpdates) {
                HealthSnapshot snapshot = snapshots.take();
                seen++;
                last = HealthReport.of(snapshot);
                if (json) {
                    try {
                        out.println(Json.mapper().writeValueAsString(last));
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException("cannot render JSON output", e);
                    }
                    out.flush();
                    continue;
                }
                String state = snapshot.verdict() + snapshot.endpoints().stream()
                        .map(e -> e.name() + "=" + e.verdict() + e.reasons()).collect(Collectors.joining(","));
                if (!Objects.equals(state, previous)) {
                    previous = state;
                    out.print(snapshot.takenAt() + "  " + last.toText());
                    out.flush();
                }
            }
            return last == null ? ExitCode.ATTENTION : last.exitCode();
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
