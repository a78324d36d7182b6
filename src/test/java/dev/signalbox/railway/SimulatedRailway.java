package dev.signalbox.railway;

import dev.signalbox.common.Http;
import dev.signalbox.config.Profile.TokenKind;
import dev.signalbox.config.Secret;
import dev.signalbox.railway.simulator.RailwaySimulator;
import dev.signalbox.railway.simulator.ScriptedDeploymentRunner;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A seeded simulator plus clients talking to it over loopback HTTP. Waiting advances the simulator's clock
 * instead of sleeping, and every wait is recorded so tests can check Retry-After and poll intervals.
 */
public final class SimulatedRailway implements AutoCloseable {
    public final ScriptedDeploymentRunner runner = new ScriptedDeploymentRunner();
    public final RailwaySimulator simulator = RailwaySimulator.builder().runner(runner).build();
    public final RailwaySimulator.SeededService seeded = simulator.seedFacteur();
    public final List<Duration> pauses = new CopyOnWriteArrayList<>();
    public final Pacer pacer = duration -> {
        pauses.add(duration);
        simulator.advance(duration);
    };

    public RailwayClient client(TokenKind kind, String token) {
        return client(kind, token, Duration.ofSeconds(30));
    }

    public RailwayClient client(TokenKind kind, String token, Duration maxRetryWait) {
        return new RailwayClient(new RailwayTransport(simulator.endpoint(), kind, Secret.of(token, "env:RAILWAY_TOKEN"),
                Http.client(), pacer, simulator.clock(), maxRetryWait));
    }

    /** The profile's usual client: a project token for production. */
    public RailwayClient projectClient() {
        return client(TokenKind.PROJECT, seeded.projectToken());
    }

    public RailwayTarget target() {
        return new RailwayTarget(seeded.projectId(), seeded.environmentId(), seeded.serviceId());
    }

    @Override
    public void close() {
        simulator.close();
    }
}
