package dev.signalbox.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.common.Json;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.Profile;
import dev.signalbox.config.ProfileLoader;
import dev.signalbox.deploy.DeploySettingsReport.Kind;
import dev.signalbox.railway.Pacer;
import dev.signalbox.railway.RailwayClient;
import dev.signalbox.railway.RailwayTarget;
import dev.signalbox.railway.simulator.RailwaySimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Judgements read from a real (simulated) Railway over HTTP and a real repository on disk. */
class DeploySettingsTest {
    @TempDir
    Path dir;

    private LoadedProfile profile(RailwaySimulator railway, RailwaySimulator.SeededService seeded, Path repo,
                                  List<Profile.RequiredVariable> required) throws Exception {
        Path tokenFile = dir.resolve("token");
        Files.writeString(tokenFile, seeded.accountToken());
        Files.createDirectories(repo.resolve("migrations/versions"));
        Files.writeString(repo.resolve("alembic.ini"), "[alembic]\nscript_location = migrations\n");
        Profile profile = new Profile("api", "production", null, null,
                new Profile.ApiSettings("https://api.example.com", null,
                        new Profile.Endpoint("readiness", "/api/health/ready", 200, Map.of("/database", "connected")), null),
                null, new Profile.MigrationSettings(repo.resolve("alembic.ini").toString(), null, null),
                new Profile.RailwaySettings(railway.endpoint(), "file:" + tokenFile, Profile.TokenKind.ACCOUNT,
                        seeded.projectId(), seeded.environmentId(), seeded.serviceId()),
                null, required, null);
        Path file = dir.resolve("api.json");
        Files.writeString(file, Json.mapper().writeValueAsString(profile));
        return new ProfileLoader().load(file);
    }

    private static DeploySettingsReport read(RailwaySimulator railway, LoadedProfile loaded) throws Exception {
        RailwayClient client = RailwayClient.forProfile(loaded.profile().railway(), Map.of(), Pacer.sleeping(), Clock.systemUTC());
        return new DeploySettingsReader(client, RailwayTarget.of(loaded.profile().railway()), loaded).read();
    }

    @Test
    void aHealthCheckTimeoutShorterThanTheObservedStartUpIsCalledOut() throws Exception {
        try (RailwaySimulator railway = RailwaySimulator.start()) {
            RailwaySimulator.SeededService seeded = railway.seedFacteur();
            // The simulator's deploying phase lasts 15 s: the first deploy-log line to SUCCESS is most of it.
            railway.configureInstance(seeded.environmentId(), seeded.serviceId(), new RailwaySimulator.InstanceSettings(
                    "/api/health", 5, "uvicorn app:app", List.of("alembic upgrade head"), "ON_FAILURE", 10, 1, List.of()));
            Path repo = Files.createDirectories(dir.resolve("repo"));
            LoadedProfile loaded = profile(railway, seeded, repo, List.of());
            long before = railway.requestCount();
            DeploySettingsReport report = read(railway, loaded);
            // The window reads this part every 5 minutes: its cost against Railway's hourly budget is fixed and small.
            assertThat(railway.requestCount() - before).isEqualTo(5);
            assertThat(report.unavailable()).isEmpty();
            assertThat(report.judgements()).extracting(DeploySettingsReport.Judgement::kind).containsExactly(Kind.HEALTHCHECK_TIMEOUT_TOO_SHORT);
            assertThat(report.judgements().get(0).fact()).contains("healthcheckTimeout is 5 s").contains("took 1");
            assertThat(report.notes()).anyMatch(n -> n.startsWith("pre-deploy command (Railway preDeployCommand): alembic upgrade head"));

            railway.configureInstance(seeded.environmentId(), seeded.serviceId(), new RailwaySimulator.InstanceSettings(
                    "/api/health", 60, "uvicorn app:app", List.of("alembic upgrade head"), "ON_FAILURE", 10, 1, List.of()));
            assertThat(read(railway, profile(railway, seeded, repo, List.of())).judgements()).isEmpty();
        }
    }

    @Test
    void aSharedSecretIsComparedByFingerprintAndNeverShown() throws Exception {
        try (RailwaySimulator railway = RailwaySimulator.start()) {
            RailwaySimulator.SeededService seeded = railway.seedFacteur();
            String web = railway.addService(seeded.projectId(), "web");
            railway.putVariable(seeded.environmentId(), seeded.serviceId(), "NEXTAUTH_SECRET", "first-secret-value-0123456789abcdef");
            railway.putVariable(seeded.environmentId(), web, "NEXTAUTH_SECRET", "first-secret-value-0123456789abcdef");
            Path repo = Files.createDirectories(dir.resolve("repo"));
            List<Profile.RequiredVariable> required = List.of(new Profile.RequiredVariable("NEXTAUTH_SECRET", null, null, true, null, "web"));
            DeploySettingsReport same = read(railway, profile(railway, seeded, repo, required));
            assertThat(same.judgements()).isEmpty();
            assertThat(same.notes()).contains("NEXTAUTH_SECRET is identical in this service and web");

            railway.putVariable(seeded.environmentId(), web, "NEXTAUTH_SECRET", "second-secret-value-0123456789abcdef");
            DeploySettingsReport differs = read(railway, profile(railway, seeded, repo, required));
            assertThat(differs.judgements()).extracting(DeploySettingsReport.Judgement::kind).containsExactly(Kind.SHARED_VARIABLE_DIFFERS);
            String json = Json.mapper().writeValueAsString(differs);
            assertThat(json).contains("differs between this service and web").doesNotContain("first-secret").doesNotContain("second-secret");
        }
    }

    @Test
    void aRepositoryAloneIsJudgedWhenRailwayIsNotConfigured() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(repo.resolve("migrations/versions"));
        Files.writeString(repo.resolve("alembic.ini"), "[alembic]\nscript_location = migrations\n");
        Files.writeString(repo.resolve("Procfile"), "web: alembic upgrade head && uvicorn app:app\n");
        Profile profile = new Profile("api", "staging", null, null, null, null,
                new Profile.MigrationSettings(repo.resolve("alembic.ini").toString(), null, null), null, null, null, null);
        Path file = dir.resolve("api.json");
        Files.writeString(file, Json.mapper().writeValueAsString(profile));
        DeploySettingsReport report = new DeploySettingsReader(null, null, new ProfileLoader().load(file)).read();
        assertThat(report.judgements()).extracting(DeploySettingsReport.Judgement::kind).containsExactly(Kind.MIGRATIONS_IN_START_COMMAND);
        assertThat(report.judgements().get(0).fact()).contains("Procfile:1");
        assertThat(report.judgements().get(0).fix()).contains("preDeployCommand");
    }
}
