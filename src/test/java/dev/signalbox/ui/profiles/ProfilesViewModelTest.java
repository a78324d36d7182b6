package dev.signalbox.ui.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.signalbox.config.ConfigException;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.Profile;
import dev.signalbox.config.ProfileLoader;
import dev.signalbox.config.ProfileStore;
import dev.signalbox.monitor.PartResult;
import dev.signalbox.monitor.ProfilePartTests;
import dev.signalbox.railway.SimulatedRailway;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's logic without a window: form and JSON kept in step, the loader's verdict, the atomic write, the part tests. */
class ProfilesViewModelTest {
    @TempDir
    Path folder;

    private ProfilesViewModel model() {
        return new ProfilesViewModel(new ProfileStore(folder.resolve("profiles")), null,
                new ProfilePartTests(Map.of(), duration -> { }, Clock.systemUTC()));
    }

    @Test
    void aNewProfileStartsFromTheExampleAndTheFormRewritesOnlyWhatItShows() throws Exception {
        ProfilesViewModel model = model();
        model.newProfile();
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.fileProperty().get()).isEqualTo(folder.resolve("profiles/new-service.json"));
        assertThat(model.form().name.get()).isEqualTo("new-service");
        assertThat(model.form().databaseUrl.get()).isEqualTo("env:DATABASE_URL");
        assertThat(model.form().toggles.get()).startsWith("FACTEUR_MIGRATION_IN_PROGRESS | bypass | 1 |  | Lets the app");
        assertThat(model.canSaveProperty().get()).isTrue();

        model.form().name.set("billing-api");
        model.form().baseUrl.set("https://billing.example.com");
        model.form().healthSeconds.set("15");

        assertThat(model.fileProperty().get()).isEqualTo(folder.resolve("profiles/billing-api.json"));
        Profile profile = new ProfileLoader().parse(model.textProperty().get(), "editor");
        assertThat(profile.name()).isEqualTo("billing-api");
        assertThat(profile.api().baseUrl()).isEqualTo("https://billing.example.com");
        assertThat(profile.polling().healthSeconds()).isEqualTo(15);
        // Keys the form has no field for survive: the constraint expectation, the readiness status, the toggles.
        assertThat(profile.database().expectations()).hasSize(1);
        assertThat(profile.api().readiness().expectBody()).containsEntry("/database", "connected");
        assertThat(profile.toggles()).extracting(Profile.ToggleVariable::name)
                .containsExactly("FACTEUR_MIGRATION_IN_PROGRESS", "MAINTENANCE_MODE");
        assertThat(profile.requiredVariables()).extracting(Profile.RequiredVariable::secret).containsExactly(true, true, false);
    }

    @Test
    void editingTheJsonFillsTheFormAndAnErrorNamesFileLineColumnAndField() {
        ProfilesViewModel model = model();
        model.newProfile();
        model.textProperty().set("""
                {
                  "name": "orders",
                  "environment": "staging",
                  "api": { "baseUrl": "ftp://orders.example.com" }
                }
                """);
        assertThat(model.form().name.get()).isEqualTo("orders");
        assertThat(model.form().production.get()).isFalse();
        assertThat(model.errorProperty().get())
                .contains("new-service.json:4:")
                .contains("(field api.baseUrl)")
                .contains("only http:// and https://");
        assertThat(model.canSaveProperty().get()).isFalse();

        model.textProperty().set("{\n  \"name\": \"orders\",\n  \"environment\": \n}");
        assertThat(model.errorProperty().get()).contains("new-service.json:4:1").contains("malformed JSON");
        assertThat(model.jsonReadableProperty().get()).isFalse();
        // The form does not overwrite a text it cannot read.
        model.form().name.set("other");
        assertThat(model.textProperty().get()).contains("\"environment\": \n}");
    }

    @Test
    void aLiteralTokenIsRefusedAndNeverWritten() throws Exception {
        ProfilesViewModel model = model();
        model.newProfile();
        model.form().token.set("3f1c2b7a-literal-token-value");
        assertThat(model.errorProperty().get())
                .contains("(field railway.token)")
                .contains("secrets are never stored in a profile")
                .doesNotContain("3f1c2b7a");
        assertThat(model.canSaveProperty().get()).isFalse();

        Path target = folder.resolve("profiles/new-service.json");
        assertThatThrownBy(() -> model.write(target, model.textProperty().get(), true))
                .isInstanceOf(ConfigException.class).hasMessageContaining("secrets are never stored");
        assertThat(target).doesNotExist();
    }

    @Test
    void writeIsAtomicValidatesAndDoesNotOverwriteWhenCreating() throws Exception {
        ProfilesViewModel model = model();
        model.newProfile();
        Path target = folder.resolve("profiles/new-service.json");
        LoadedProfile written = model.write(target, model.textProperty().get(), true);
        assertThat(written.name()).isEqualTo("new-service");
        assertThat(new ProfileLoader().load(target).profile()).isEqualTo(written.profile());
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("new-service.json");
        }
        assertThatThrownBy(() -> model.write(target, model.textProperty().get(), true))
                .hasMessageContaining("already exists");
        // Editing an existing file replaces it.
        String renamed = model.textProperty().get().replace("\"environment\": \"production\"", "\"environment\": \"staging\"");
        assertThat(model.write(target, renamed, false).profile().environment()).isEqualTo("staging");
    }

    @Test
    void apiTestSaysUpOrExactlyWhatFailed() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = "{\"status\":\"ok\",\"database\":\"connected\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            ProfilePartTests tests = new ProfilePartTests(Map.of(), d -> { }, Clock.systemUTC());
            PartResult up = tests.api(apiProfile("http://127.0.0.1:" + server.getAddress().getPort()));
            assertThat(up.ok()).isTrue();
            assertThat(up.headline()).startsWith("API: UP - liveness UP, HTTP 200");
            int closed = closedPort();
            PartResult refused = tests.api(apiProfile("http://127.0.0.1:" + closed));
            assertThat(refused.ok()).isFalse();
            assertThat(refused.headline()).startsWith("API: liveness and readiness: connection refused by 127.0.0.1:" + closed)
                    .endsWith("(http://127.0.0.1:" + closed + "/api/health, http://127.0.0.1:" + closed + "/api/health/ready)");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void railwayTestTellsAnAccountTokenSentAsAProjectToken() throws Exception {
        try (SimulatedRailway railway = new SimulatedRailway()) {
            Path token = Files.writeString(folder.resolve("token"), railway.seeded.accountToken());
            ProfilePartTests tests = new ProfilePartTests(Map.of(), railway.pacer, Clock.systemUTC());
            Profile.RailwaySettings asProject = new Profile.RailwaySettings(railway.simulator.endpoint(), "file:" + token,
                    Profile.TokenKind.PROJECT, railway.seeded.projectId(), railway.seeded.environmentId(), railway.seeded.serviceId());
            PartResult wrongKind = tests.railway(railwayProfile(asProject));
            assertThat(wrongKind.ok()).isFalse();
            assertThat(wrongKind.headline()).isEqualTo("Railway: Not Authorized - this looks like an account token sent as a"
                    + " project token; set the token kind to account");

            Profile.RailwaySettings asAccount = new Profile.RailwaySettings(railway.simulator.endpoint(), "file:" + token,
                    Profile.TokenKind.ACCOUNT, null, null, null);
            List<ProfilePartTests.RailwayChoice> choices = tests.discover(asAccount);
            assertThat(choices).extracting(c -> c.service().id()).contains(railway.seeded.serviceId());

            PartResult missing = tests.railway(railwayProfile(new Profile.RailwaySettings(railway.simulator.endpoint(),
                    "env:RAILWAY_TOKEN", Profile.TokenKind.PROJECT, "p", "e", "s")));
            assertThat(missing.headline()).isEqualTo("Railway: environment variable RAILWAY_TOKEN is not set; export it before starting Signalbox");
        }
    }

    @Test
    void databaseAndMigrationsTestsNameWhatIsMissing() {
        ProfilePartTests tests = new ProfilePartTests(Map.of(), d -> { }, Clock.systemUTC());
        Profile profile = new Profile("svc", "staging", null, null, null,
                new Profile.DatabaseSettings("env:DATABASE_URL", null, null, null, null),
                new Profile.MigrationSettings("missing/alembic.ini", null, null), null, null, null, null);
        assertThat(tests.database(profile).headline())
                .isEqualTo("Database: environment variable DATABASE_URL is not set; export it before starting Signalbox");
        PartResult migrations = tests.migrations(new LoadedProfile(folder.resolve("svc.json"), profile));
        assertThat(migrations.ok()).isFalse();
        assertThat(migrations.headline()).isEqualTo("Migrations: " + folder.resolve("missing/alembic.ini")
                + " does not exist; give an alembic.ini, a pyproject.toml with [tool.alembic], or a versions directory");
    }

    private static Profile apiProfile(String baseUrl) {
        return new Profile("svc", "staging", null, null, new Profile.ApiSettings(baseUrl, null, null, null),
                null, null, null, null, null, null);
    }

    private static Profile railwayProfile(Profile.RailwaySettings settings) {
        return new Profile("svc", "staging", null, null, null, null, null, settings, null, null, null);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
