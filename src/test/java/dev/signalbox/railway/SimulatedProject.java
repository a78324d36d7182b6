package dev.signalbox.railway;

import dev.signalbox.common.Http;
import dev.signalbox.config.Profile;
import dev.signalbox.config.Secret;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.railway.simulator.RailwaySimulator;
import dev.signalbox.railway.simulator.SimulatorClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A simulated Railway project of {@code services} services in staging and production, each deployed once (the
 * first production service CRASHED), watched with an account token: what the project-wide read and its benchmark
 * run against. The simulator's clock only moves when told to, so an hour of polling takes milliseconds.
 */
public final class SimulatedProject implements AutoCloseable {
    public final RailwaySimulator simulator;
    public final String accountToken;
    public final Map<RailwayTarget, Profile> members = new LinkedHashMap<>();

    public SimulatedProject(int services, int rateLimitPerHour) {
        this(services, rateLimitPerHour, null);
    }

    /** {@code clock} null: the simulator's manual clock, which only moves when told to. */
    public SimulatedProject(int services, int rateLimitPerHour, SimulatorClock clock) {
        RailwaySimulator.Builder builder = RailwaySimulator.builder().rateLimitPerHour(rateLimitPerHour);
        simulator = (clock == null ? builder : builder.clock(clock)).build();
        String workspace = simulator.addWorkspace("Acme");
        String project = simulator.addProject(workspace, "acme");
        accountToken = simulator.issueAccountToken();
        for (String environmentName : List.of("staging", "production")) {
            String environment = simulator.addEnvironment(project, environmentName);
            for (int i = 0; i < services; i++) {
                String service = serviceId(project, "svc-" + i);
                simulator.putVariable(environment, service, "DATABASE_URL", "postgresql://u:secret@db.internal:5432/" + environmentName);
                simulator.putVariable(environment, service, "SECRET_KEY", "k7Qe9vXw2LmN4pRt6YzA8bCd0EfGhJkM");
                String deployment = simulator.deploy(environment, service, "release 42");
                simulator.runUntilIdle();
                if (i == 0 && environmentName.equals("production")) {
                    simulator.crash(deployment, List.of("sqlalchemy.exc.OperationalError: connection refused"));
                }
                members.put(new RailwayTarget(project, environment, service), new Profile("svc-" + i + "-" + environmentName,
                        environmentName, null, null, null, null, null,
                        new Profile.RailwaySettings(simulator.endpoint(), "env:RAILWAY_API_TOKEN", Profile.TokenKind.ACCOUNT,
                                project, environment, service),
                        List.of(new Profile.ToggleVariable("MAINTENANCE_MODE", Profile.ToggleKind.MAINTENANCE, "true", "false", null)),
                        List.of(new Profile.RequiredVariable("SECRET_KEY", null, 32, true, null)), null));
            }
        }
    }

    private final Map<String, String> servicesByName = new LinkedHashMap<>();

    private String serviceId(String project, String name) {
        return servicesByName.computeIfAbsent(name, n -> simulator.addService(project, n));
    }

    /**
     * The members as profiles loaded from {@code dir}, their token in a file there (what {@code RailwayClient.forProfile}
     * resolves without an environment variable), each changed by {@code change}.
     */
    public Map<RailwayTarget, LoadedProfile> loaded(Path dir, UnaryOperator<Profile> change) throws IOException {
        Path token = Files.createDirectories(dir).resolve("railway-token");
        Files.writeString(token, accountToken);
        Map<RailwayTarget, LoadedProfile> loaded = new LinkedHashMap<>();
        for (Map.Entry<RailwayTarget, Profile> member : members.entrySet()) {
            Profile p = member.getValue();
            Profile.RailwaySettings r = p.railway();
            Profile withFile = new Profile(p.name(), p.environment(), p.production(), p.readOnly(), p.api(), p.database(),
                    p.migrations(), new Profile.RailwaySettings(r.endpoint(), "file:" + token, r.tokenKind(), r.projectId(),
                    r.environmentId(), r.serviceId()), p.toggles(), p.requiredVariables(), p.polling());
            loaded.put(member.getKey(), new LoadedProfile(dir.resolve(p.name() + ".json"), change.apply(withFile)));
        }
        return loaded;
    }

    public RailwayClient client() {
        return new RailwayClient(new RailwayTransport(simulator.endpoint(), Profile.TokenKind.ACCOUNT,
                Secret.of(accountToken, "env:RAILWAY_API_TOKEN"), Http.client(), simulator::advance, simulator.clock(),
                Duration.ofSeconds(30)));
    }

    @Override
    public void close() {
        simulator.close();
    }
}
