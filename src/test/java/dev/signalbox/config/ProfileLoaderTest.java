package dev.signalbox.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileLoaderTest {
    private final ProfileLoader loader = new ProfileLoader();

    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        Path file = dir.resolve("p.json");
        Files.writeString(file, json);
        return file;
    }

    static String example() throws IOException {
        try (InputStream in = ProfileLoaderTest.class.getResourceAsStream("/profiles/example.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theShippedExampleLoadsWithDefaultsFilledIn() throws Exception {
        LoadedProfile loaded = loader.load(write(example()));
        Profile p = loaded.profile();
        assertThat(p.name()).isEqualTo("facteur-api");
        assertThat(p.isProduction()).isTrue();
        assertThat(p.api().liveness().path()).isEqualTo("/api/health");
        assertThat(p.api().readiness().expectBody()).containsEntry("/database", "connected");
        assertThat(p.database().versionTable()).isEqualTo("alembic_version");
        assertThat(p.railway().tokenKind()).isEqualTo(Profile.TokenKind.PROJECT);
        assertThat(p.railway().endpoint()).isEqualTo("https://backboard.railway.com/graphql/v2");
        assertThat(p.toggles()).extracting(Profile.ToggleVariable::kind)
                .containsExactly(Profile.ToggleKind.BYPASS, Profile.ToggleKind.MAINTENANCE);
        assertThat(p.toggles().get(0).offValue()).isNull();
        assertThat(loaded.resolve(p.migrations().location())).isEqualTo(dir.resolve("../facteur/backend/alembic.ini").normalize());
    }

    @Test
    void minimalProfileGetsDefaultEndpointsAndPolling() throws Exception {
        Profile p = loader.parse("{\"name\":\"svc\",\"environment\":\"staging\",\"api\":{\"baseUrl\":\"http://localhost:8000\"}}", "x");
        assertThat(p.isProduction()).isFalse();
        assertThat(p.api().readiness().path()).isEqualTo("/api/health/ready");
        assertThat(p.polling().healthSeconds()).isEqualTo(10);
    }

    @Test
    void malformedJsonNamesFileLineAndColumn() throws Exception {
        Path file = write("{\n  \"name\": \"svc\",\n  \"environment\": \"prod\"\n  \"api\": {}\n}");
        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + ":4:")
                .hasMessageContaining("malformed JSON");
    }

    @Test
    void unknownKeySuggestsTheNearestValidOne() throws Exception {
        Path file = write("{\"name\":\"svc\",\"environment\":\"prod\",\n\"api\":{\"baseUrl\":\"http://x\",\n  \"readines\":{\"path\":\"/r\"}}}");
        assertThatThrownBy(() -> loader.load(file))
                .hasMessageContaining(file + ":3:")
                .hasMessageContaining("field api.readines")
                .hasMessageContaining("unknown key 'readines'; did you mean 'readiness'?");
    }

    @Test
    void aMisspeltRequiredKeyIsReportedAsTheTypoNotAsAMissingField() {
        assertThatThrownBy(() -> loader.parse("{\"name\":\"svc\",\n  \"environmnt\":\"prod\"}", "f.json"))
                .hasMessageContaining("f.json:2:")
                .hasMessageContaining("unknown key 'environmnt'; did you mean 'environment'?");
        assertThatThrownBy(() -> loader.parse("{\"name\":\"svc\",\"environment\":\"p\",\"toggles\":[{\"name\":\"A\"},\n{\"nmae\":\"B\"}]}", "f.json"))
                .hasMessageContaining("f.json:2:")
                .hasMessageContaining("field toggles[1].nmae")
                .hasMessageContaining("did you mean 'name'?");
    }

    @Test
    void unknownKeyFarFromAnyListsTheValidKeys() {
        assertThatThrownBy(() -> loader.parse("{\"name\":\"svc\",\"environment\":\"p\",\"zzzzzzzzzz\":1}", "f.json"))
                .hasMessageContaining("unknown key 'zzzzzzzzzz'; valid keys here:")
                .hasMessageContaining("database");
    }

    @Test
    void missingRequiredFieldIsNamedWithItsParent() {
        assertThatThrownBy(() -> loader.parse("{\"name\":\"svc\",\"environment\":\"prod\",\n\"api\":{\"liveness\":{\"path\":\"/h\"}}}", "f.json"))
                .hasMessageContaining("f.json:2:")
                .hasMessageContaining("field api.baseUrl")
                .hasMessageContaining("missing required field 'baseUrl'");
        assertThatThrownBy(() -> loader.parse("{\"environment\":\"prod\"}", "f.json"))
                .hasMessageContaining("field name").hasMessageContaining("missing required field 'name'");
    }

    @Test
    void wrongTypeSaysWhatWasExpected() {
        assertThatThrownBy(() -> loader.parse("{\"name\":\"svc\",\"environment\":\"prod\",\"polling\":{\"healthSeconds\":\"often\"}}", "f.json"))
                .hasMessageContaining("field polling.healthSeconds")
                .hasMessageContaining("expected a whole number");
        assertThatThrownBy(() -> loader.parse("{\"name\":\"svc\",\"environment\":\"prod\",\"railway\":{\"token\":\"env:T\",\"tokenKind\":\"team\"}}", "f.json"))
                .hasMessageContaining("field railway.tokenKind")
                .hasMessageContaining("'team' is not one of: project, account, workspace");
    }

    @Test
    void invalidUrlsSayWhichPartIsWrongAndWhere() {
        assertThatThrownBy(() -> loader.parse("{\"name\":\"svc\",\"environment\":\"prod\",\n\"api\":{\"baseUrl\":\"ftp://host\"}}", "f.json"))
                .hasMessageContaining("f.json:2:")
                .hasMessageContaining("field api.baseUrl")
                .hasMessageContaining("only http:// and https://");
        assertThatThrownBy(() -> loader.parse("{\"name\":\"svc\",\"environment\":\"prod\",\n\n\"database\":{\"url\":\"postgresql://u@host:54x2/db\"}}", "f.json"))
                .hasMessageContaining("f.json:3:")
                .hasMessageContaining("field database.url")
                .hasMessageContaining("port after ':' is not a number");
    }

    @Test
    void secretsInTheProfileAreRefusedWithoutEchoingThem() {
        assertThatThrownBy(() -> loader.parse("{\"name\":\"svc\",\"environment\":\"prod\",\"railway\":{\"token\":\"3f1c2b-secret-token\"}}", "f.json"))
                .hasMessageContaining("field railway.token")
                .hasMessageContaining("env:RAILWAY_TOKEN")
                .hasMessageNotContaining("3f1c2b-secret-token");
        assertThatThrownBy(() -> loader.parse("{\"name\":\"svc\",\"environment\":\"prod\",\"database\":{\"url\":\"postgresql://app:hunter2@db.example.com/app\"}}", "f.json"))
                .hasMessageContaining("field database.url")
                .hasMessageContaining("contains a password")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void duplicateKeysAreAnError() {
        assertThatThrownBy(() -> loader.parse("{\"name\":\"a\",\"name\":\"b\",\"environment\":\"p\"}", "f.json"))
                .hasMessageContaining("Duplicate field 'name'");
    }

    @Test
    void emptyAndMissingFilesAreReportedPlainly() throws Exception {
        Path empty = write("");
        assertThatThrownBy(() -> loader.load(empty)).hasMessageContaining("empty");
        assertThatThrownBy(() -> loader.load(dir.resolve("nope.json"))).hasMessageContaining("profile file not found");
    }
}
