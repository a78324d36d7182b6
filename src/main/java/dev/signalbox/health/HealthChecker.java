package dev.signalbox.health;

import dev.signalbox.common.Http;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import okhttp3.OkHttpClient;

/**
 * Probes every endpoint of a target once, in parallel, and judges them: {@code signalbox health} and the health
 * item of {@code signalbox check}. Blocking; bounded by the probe's call timeout.
 */
public final class HealthChecker {
    private final HealthProbe probe;
    private final Clock clock;

    public HealthChecker(OkHttpClient client, HealthProbe.Settings settings, Clock clock) {
        this.probe = new HealthProbe(client, settings, clock);
        this.clock = clock;
    }

    /** With the shared client, default timeouts and the system clock. */
    public HealthChecker() {
        this(Http.client(), HealthProbe.Settings.DEFAULT, Clock.systemUTC());
    }

    public static HealthSnapshot checkOnce(HealthTarget target) {
        return new HealthChecker().check(target);
    }

    public HealthSnapshot check(HealthTarget target) {
        List<ProbeSample> samples = probeAll(target.endpoints());
        HealthState state = new HealthState(target, null);
        for (ProbeSample sample : samples) {
            state.accept(sample);
        }
        return withoutInitialTransitions(state.snapshot(clock.instant(), false));
    }

    private List<ProbeSample> probeAll(List<HealthEndpoint> endpoints) {
        if (endpoints.size() == 1) {
            return List.of(probe.probe(endpoints.get(0)));
        }
        ExecutorService executor = Executors.newFixedThreadPool(endpoints.size(), runnable -> {
            Thread thread = new Thread(runnable, "signalbox-health-check");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<CompletableFuture<ProbeSample>> futures = new ArrayList<>();
            for (HealthEndpoint endpoint : endpoints) {
                futures.add(CompletableFuture.supplyAsync(() -> probe.probe(endpoint), executor));
            }
            return futures.stream().map(CompletableFuture::join).toList();
        } finally {
            executor.shutdownNow();
        }
    }

    /** A one-shot check has no history: "UNKNOWN to DOWN" transitions would only be noise. */
    private static HealthSnapshot withoutInitialTransitions(HealthSnapshot snapshot) {
        return new HealthSnapshot(snapshot.service(), snapshot.takenAt(), snapshot.verdict(), snapshot.reasons(), null,
                snapshot.endpoints(), List.of(), false, snapshot.serviceRules());
    }
}
