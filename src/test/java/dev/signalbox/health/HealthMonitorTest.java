package dev.signalbox.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.common.Http;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HealthMonitorTest {
    private static final Duration DEADLINE = Duration.ofSeconds(10);
    /** Fast enough for a test, with the same shape as production's settings. */
    private static final PollingPolicy FAST = new PollingPolicy(new PollingPolicy.Settings(Duration.ofMillis(40), Duration.ofMillis(20),
            Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofMinutes(5), Duration.ofSeconds(1), 0.1, Duration.ofMillis(10)), new java.util.SplittableRandom(7)::nextLong);
    private static final HealthProbe.Settings SHORT = new HealthProbe.Settings(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5), 64 * 1024);

    private ServiceStub service;
    private HealthMonitor monitor;
    private final BlockingQueue<HealthSnapshot> snapshots = new LinkedBlockingQueue<>();

    @BeforeEach
    void startService() throws Exception {
        service = new ServiceStub().start();
        service.answer("/api/health", 200, "{\"status\":\"ok\"}").answer("/api/health/ready", 200, "{\"database\":\"connected\"}");
        HealthTarget target = new HealthTarget("facteur-api", "production", true, List.of(
                new HealthEndpoint("liveness", HealthEndpoint.Role.LIVENESS, service.base() + "/api/health", 200, Map.of()),
                new HealthEndpoint("readiness", HealthEndpoint.Role.READINESS, service.base() + "/api/health/ready", 200, Map.of())),
                Duration.ofMillis(40));
        monitor = HealthMonitor.builder(target).client(Http.client()).probeSettings(SHORT).policy(FAST).historyCapacity(1000).build();
        monitor.subscribe(snapshots::add);
    }

    @AfterEach
    void stop() {
        monitor.close();
        service.close();
    }

    private HealthSnapshot awaitSnapshot(Predicate<HealthSnapshot> condition) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (System.nanoTime() < deadline) {
            HealthSnapshot snapshot = snapshots.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (snapshot != null && condition.test(snapshot)) {
                return snapshot;
            }
        }
        throw new AssertionError("no snapshot met the condition within " + DEADLINE + "; last: " + monitor.snapshot());
    }

    @Test
    void beforeStartEverythingIsUnknown() {
        HealthSnapshot snapshot = monitor.snapshot();
        assertThat(snapshot.verdict()).isEqualTo(HealthVerdict.UNKNOWN);
        assertThat(snapshot.endpoints()).extracting(EndpointHealth::verdict).containsOnly(HealthVerdict.UNKNOWN);
        assertThat(snapshot.endpoints().get(0).reasons()).containsExactly("not probed yet");
    }

    @Test
    void seesTheServiceGoDownAndComeBackWithTimestampedTransitions() throws Exception {
        monitor.start();
        HealthSnapshot up = awaitSnapshot(s -> s.verdict() == HealthVerdict.UP);
        assertThat(up.verdictSince()).isNotNull();

        service.answer("/api/health/ready", 503, "{\"database\":\"disconnected\"}");
        HealthSnapshot down = awaitSnapshot(s -> s.verdict() == HealthVerdict.DOWN);
        assertThat(down.reasons()).anySatisfy(r -> assertThat(r).startsWith("alive but not ready"));
        assertThat(down.endpoint("readiness").orElseThrow().nextProbeAt()).isAfter(down.endpoint("readiness").orElseThrow().lastSample().time());

        service.answer("/api/health/ready", 200, "{\"database\":\"connected\"}");
        HealthSnapshot again = awaitSnapshot(s -> s.verdict() == HealthVerdict.UP);

        List<HealthTransition> service = again.transitions().stream().filter(t -> t.endpoint().equals(HealthTransition.SERVICE)).toList();
        assertThat(service).extracting(HealthTransition::to).containsSubsequence(HealthVerdict.UP, HealthVerdict.DOWN, HealthVerdict.UP);
        assertThat(again.transitions()).anySatisfy(t -> {
            assertThat(t.endpoint()).isEqualTo("readiness");
            assertThat(t.from()).isEqualTo(HealthVerdict.UP);
            assertThat(t.to()).isEqualTo(HealthVerdict.DOWN);
            assertThat(t.reasons().get(0)).contains("HTTP 503");
        });
        for (int i = 1; i < again.transitions().size(); i++) {
            assertThat(again.transitions().get(i).at()).isAfterOrEqualTo(again.transitions().get(i - 1).at());
        }
        EndpointHealth ready = again.endpoint("readiness").orElseThrow();
        WindowStats fiveMinutes = ready.windows().get(0);
        assertThat(fiveMinutes.window()).isEqualTo(Duration.ofMinutes(5));
        assertThat(fiveMinutes.samples()).isGreaterThanOrEqualTo(3);
        assertThat(fiveMinutes.uptime()).isGreaterThan(0.0).isLessThan(1.0);
        assertThat(fiveMinutes.p95Millis()).isGreaterThanOrEqualTo(fiveMinutes.p50Millis());
        // The history as of this snapshot: the monitor goes on probing (a changed verdict is re-probed within 10 ms
        // here), so the live history may already hold a later sample.
        assertThat(monitor.history().points("readiness", java.time.Instant.EPOCH))
                .filteredOn(point -> !point.time().isAfter(ready.lastSample().time()))
                .hasSize(fiveMinutes.samples());
    }

    @Test
    void aChangedVerdictIsConfirmedByOneMoreProbeWithoutWaitingForTheInterval() throws Exception {
        // An hour between probes (20 min while failing): the only probes besides the first and those asked for
        // with probeNow are the confirmations.
        HealthTarget hourlyTarget = new HealthTarget("facteur-api", "production", true, List.of(
                new HealthEndpoint("readiness", HealthEndpoint.Role.READINESS, service.base() + "/api/health/ready", 200, Map.of())),
                Duration.ofHours(1));
        BlockingQueue<HealthSnapshot> seen = new LinkedBlockingQueue<>();
        try (HealthMonitor hourly = HealthMonitor.builder(hourlyTarget).client(Http.client()).probeSettings(SHORT).build()) {
            hourly.subscribe(seen::add);
            hourly.start();
            EndpointHealth first = awaitSample(seen, hourly, 1);
            assertThat(first.verdict()).isEqualTo(HealthVerdict.UP);
            assertThat(first.nextProbeAt()).isAfter(first.lastSample().time().plus(Duration.ofMinutes(50)));

            service.answer("/api/health/ready", 503, "{\"database\":\"disconnected\"}");
            probeNowWhenIdle(hourly);
            EndpointHealth confirmedDown = awaitSample(seen, hourly, 3);
            assertThat(confirmedDown.verdict()).isEqualTo(HealthVerdict.DOWN);
            assertThat(hourly.history().points("readiness", java.time.Instant.EPOCH)).extracting(HealthHistory.Point::verdict)
                    .containsExactly(HealthVerdict.UP, HealthVerdict.DOWN, HealthVerdict.DOWN);
            // Confirmed once, not again: the next probe is the failing interval away.
            assertThat(confirmedDown.nextProbeAt()).isAfter(confirmedDown.lastSample().time().plus(Duration.ofMinutes(15)));

            service.answer("/api/health/ready", 200, "{\"database\":\"connected\"}");
            probeNowWhenIdle(hourly);
            EndpointHealth confirmedUp = awaitSample(seen, hourly, 5);
            assertThat(confirmedUp.verdict()).isEqualTo(HealthVerdict.UP);
            assertThat(confirmedUp.nextProbeAt()).isAfter(confirmedUp.lastSample().time().plus(Duration.ofMinutes(50)));
            assertThat(service.hits("/api/health/ready")).isEqualTo(5);
        }
    }

    @Test
    void aListenerStillBusyWhenTheConfirmingProbeIsDueDoesNotEndTheProbing() throws Exception {
        // The confirming probe comes 500 ms after a changed verdict, scheduled before the listeners are called: a
        // listener slower than that (a UI or alert listener on a busy machine) once made the due probe find the
        // previous one in flight and drop itself, and with nothing else scheduled the endpoint was never probed again.
        HealthTarget hourlyTarget = new HealthTarget("facteur-api", "production", true, List.of(
                new HealthEndpoint("readiness", HealthEndpoint.Role.READINESS, service.base() + "/api/health/ready", 200, Map.of())),
                Duration.ofHours(1));
        BlockingQueue<HealthSnapshot> seen = new LinkedBlockingQueue<>();
        java.util.concurrent.atomic.AtomicBoolean holdNextDown = new java.util.concurrent.atomic.AtomicBoolean();
        // Two threads, as a project's shared probe pool has (or a monitor of two endpoints): with one, the due probe
        // would simply wait for the thread.
        java.util.concurrent.ScheduledThreadPoolExecutor pool = new java.util.concurrent.ScheduledThreadPoolExecutor(2);
        try (HealthMonitor hourly = HealthMonitor.builder(hourlyTarget).client(Http.client()).probeSettings(SHORT)
                .sharedExecutor(pool).build()) {
            hourly.subscribe(snapshot -> {
                EndpointHealth readiness = snapshot.endpoint("readiness").orElseThrow();
                if (readiness.verdict() == HealthVerdict.DOWN && holdNextDown.compareAndSet(true, false)) {
                    // Return only once the confirming probe is overdue: it has fired while this probe was in flight.
                    java.time.Instant due = readiness.nextProbeAt().plusMillis(300);
                    Object pause = new Object();
                    while (java.time.Instant.now().isBefore(due)) {
                        synchronized (pause) {
                            try {
                                pause.wait(20);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                return;
                            }
                        }
                    }
                }
                seen.add(snapshot);
            });
            hourly.start();
            assertThat(awaitSample(seen, hourly, 1).verdict()).isEqualTo(HealthVerdict.UP);

            service.answer("/api/health/ready", 503, "{\"database\":\"disconnected\"}");
            holdNextDown.set(true);
            probeNowWhenIdle(hourly);

            EndpointHealth confirmed = awaitSample(seen, hourly, 3);
            assertThat(confirmed.verdict()).isEqualTo(HealthVerdict.DOWN);
            assertThat(hourly.history().points("readiness", java.time.Instant.EPOCH)).extracting(HealthHistory.Point::verdict)
                    .containsExactly(HealthVerdict.UP, HealthVerdict.DOWN, HealthVerdict.DOWN);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * probeNow() skips an endpoint whose probe is still in flight, and a probe is in flight until its listeners
     * have returned: a test that probes right after receiving a snapshot waits for the probe to let go first.
     */
    private static void probeNowWhenIdle(HealthMonitor monitor) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        Object pause = new Object();
        while (monitor.isProbing()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("a probe still in flight after " + DEADLINE);
            }
            synchronized (pause) {
                // Another thread clears the flag without telling us; 5 ms between looks, not a sleep to let time pass.
                pause.wait(5);
            }
        }
        monitor.probeNow();
    }

    /** Waits for the snapshot that carries the endpoint's n-th sample. */
    private static EndpointHealth awaitSample(BlockingQueue<HealthSnapshot> seen, HealthMonitor monitor, int n) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (System.nanoTime() < deadline) {
            HealthSnapshot snapshot = seen.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            EndpointHealth readiness = snapshot == null ? null : snapshot.endpoint("readiness").orElseThrow();
            // The snapshot's own count (its 5-minute window), not the live history: a queued snapshot may be older.
            if (readiness != null && readiness.windows().get(0).samples() >= n) {
                return readiness;
            }
        }
        throw new AssertionError("no readiness sample number " + n + " within " + DEADLINE + "; last: " + monitor.snapshot());
    }

    @Test
    void neverHasTwoProbesOfOneEndpointInFlight() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch arrived = new CountDownLatch(1);
        service.block(new ServiceStub.BlockingAnswer() {
            @Override
            public String path() {
                return "/api/health/ready";
            }

            @Override
            public MockResponse await() throws InterruptedException {
                arrived.countDown();
                release.await(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
                return ServiceStub.json(200, "{\"database\":\"connected\"}");
            }
        });
        monitor.start();
        assertThat(arrived.await(DEADLINE.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        int livenessBefore = service.hits("/api/health");
        for (int i = 0; i < 50; i++) {
            monitor.probeNow();
        }
        // Liveness keeps its own schedule meanwhile: wait until it has been probed several more times.
        awaitSnapshot(s -> service.hits("/api/health") >= livenessBefore + 5);

        assertThat(service.hits("/api/health/ready")).isEqualTo(1);
        release.countDown();
        awaitSnapshot(s -> s.endpoint("readiness").orElseThrow().lastSample() != null);
    }

    @Test
    void stopEndsProbingAndCloseReleasesTheThreads() throws Exception {
        monitor.start();
        awaitSnapshot(s -> s.verdict() == HealthVerdict.UP);
        monitor.stop();
        assertThat(monitor.isRunning()).isFalse();
        assertThat(monitor.snapshot().verdict()).isEqualTo(HealthVerdict.UP);
        monitor.start();
        snapshots.clear();
        awaitSnapshot(s -> true);
        monitor.close();
        assertThat(monitor.isRunning()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(monitor::start).hasMessageContaining("closed");
    }

    @Test
    void aFailingListenerDoesNotStopTheOthers() throws Exception {
        monitor.subscribe(snapshot -> {
            throw new IllegalStateException("listener bug");
        });
        monitor.start();
        awaitSnapshot(s -> s.verdict() == HealthVerdict.UP);
        snapshots.clear();
        awaitSnapshot(s -> true);
    }
}
