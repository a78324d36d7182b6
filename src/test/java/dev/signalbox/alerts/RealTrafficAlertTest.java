package dev.signalbox.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signalbox.common.Json;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.Profile;
import dev.signalbox.health.EndpointHealth;
import dev.signalbox.health.HealthSnapshot;
import dev.signalbox.monitor.EventJournal;
import dev.signalbox.monitor.Part;
import dev.signalbox.monitor.PartState;
import dev.signalbox.monitor.ServiceWatch;
import dev.signalbox.monitor.WatchFactory;
import dev.signalbox.railway.LogStreamStatus;
import dev.signalbox.sandbox.Sandbox;
import dev.signalbox.sandbox.Scenario;
import dev.signalbox.traffic.TrafficSnapshot;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incident 7 with real traffic: on the readiness-lies sandbox the readiness endpoint answers 200 while the sandbox's
 * users get 500s. The watch's traffic part (Railway's httpLogs over the simulator's WebSocket) shows the 5xx rate, and
 * the 5xx-rate trigger alerts a loopback webhook receiver once.
 */
class RealTrafficAlertTest {
    @TempDir
    Path state;

    @Test
    void readinessSays200WhileRealRequestsFailAndThe5xxRateAlerts() throws Exception {
        Profile.AlertTriggers serverErrorsOnly = new Profile.AlertTriggers(false, false, false, null, null, false, 20);
        try (Sandbox sandbox = Sandbox.start(Scenario.READINESS_LIES, line -> { });
             WebhookReceiver receiver = new WebhookReceiver(200)) {
            LoadedProfile loaded = new LoadedProfile(sandbox.profileFile(), sandbox.profile().profile().withAlerts(
                    new Profile.AlertSettings(List.of(new Profile.Webhook("ops", "env:OPS_WEBHOOK_URL", Profile.WebhookFormat.JSON)),
                            serverErrorsOnly, 2, null, null, false)));
            try (ServiceWatch watch = WatchFactory.start(loaded, new EventJournal(state, loaded.name()))) {
                WatchAlerts.attach(watch, Map.of("OPS_WEBHOOK_URL", receiver.url()), true, false, null,
                        new WebhookSender.Retry(3, Duration.ofMillis(50), Duration.ofMillis(200)), Clock.systemUTC());

                await(() -> traffic(watch) != null && traffic(watch).serverErrorsAtLeast(50), "a 5xx rate of real requests over 50%");
                TrafficSnapshot traffic = traffic(watch);
                assertThat(traffic.stream().mode()).isEqualTo(LogStreamStatus.Mode.STREAMING);
                assertThat(traffic.deploymentId()).isEqualTo(sandbox.railway().servingDeployment(
                        sandbox.railwayIds().environmentId(), sandbox.railwayIds().serviceId()));
                assertThat(traffic.lastMinute().requests()).isGreaterThanOrEqualTo(TrafficSnapshot.MIN_REQUESTS_FOR_RATE);
                assertThat(traffic.lastMinute().p95Millis()).isNotNull();
                assertThat(traffic.minutes()).last().satisfies(m -> assertThat(m.serverErrors()).isPositive());

                // Meanwhile the readiness probe got HTTP 200: the lie that only the real traffic exposes.
                await(() -> readinessStatus(watch) == 200, "a readiness probe answered 200");

                receiver.awaitCount(1);
                JsonNode firing = Json.mapper().readTree(receiver.bodies().get(0));
                assertThat(firing.path("alert").asText()).isEqualTo("server-errors");
                assertThat(firing.path("state").asText()).isEqualTo("firing");
                assertThat(firing.path("title").asText()).endsWith("of real requests answered 5xx");
                assertThat(firing.path("detail").asText()).contains("requests in the last minute got a 5xx", "limit is 20%");
                assertThat(receiver.bodies().get(0)).doesNotContain(receiver.url(), "postgresql://",
                        sandbox.railwayIds().projectToken());
            }

            // signalbox health --json: the same traffic, read once with the httpLogs query, beside the probes.
            java.io.StringWriter out = new java.io.StringWriter();
            java.io.StringWriter err = new java.io.StringWriter();
            int exit = dev.signalbox.Signalbox.run(new String[] {"health", "--profile", sandbox.profileFile().toString(), "--json"},
                    new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true));
            JsonNode report = Json.mapper().readTree(out.toString());
            assertThat(exit).as(err.toString()).isEqualTo(dev.signalbox.cli.ExitCode.ATTENTION);
            assertThat(report.path("endpoints").findValues("httpStatus")).extracting(JsonNode::asInt).contains(200);
            JsonNode traffic = report.path("traffic");
            assertThat(traffic.path("error").isNull()).as(traffic.toString()).isTrue();
            assertThat(traffic.path("lastMinute").path("requests").asInt()).isGreaterThanOrEqualTo(TrafficSnapshot.MIN_REQUESTS_FOR_RATE);
            assertThat(traffic.path("lastMinute").path("serverErrorPercent").asDouble()).isGreaterThanOrEqualTo(50.0);
            assertThat(traffic.path("minutes").size()).isEqualTo(5);
        }
    }

    private static TrafficSnapshot traffic(ServiceWatch watch) {
        PartState<?> state = watch.state(Part.TRAFFIC);
        return state != null && state.value() instanceof TrafficSnapshot snapshot ? snapshot : null;
    }

    private static int readinessStatus(ServiceWatch watch) {
        if (!(watch.state(Part.HEALTH).value() instanceof HealthSnapshot health)) {
            return -1;
        }
        return health.endpoints().stream().filter(e -> e.name().equals("readiness")).map(EndpointHealth::lastSample)
                .filter(java.util.Objects::nonNull).findFirst().map(s -> s.httpStatus()).orElse(-1);
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        Object monitor = new Object();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 90 s for " + what);
            }
            synchronized (monitor) {
                // Polls a condition other threads change without telling us; 20 ms between looks, not a sleep to let time pass.
                monitor.wait(20);
            }
        }
    }
}
