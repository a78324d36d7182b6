package dev.signalbox.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Railway CLI's config and libpq's variables and files, read as the CLI and libpq read them. */
class LocalSourcesTest {
    @TempDir
    Path home;

    private Path writeCliConfig(String name, String json) throws Exception {
        Path file = home.resolve(".railway").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, json);
        return file;
    }

    @Test
    void aDirectoryUsesItsClosestLinkedParentAndRailwayEnvPicksTheFile() throws Exception {
        Path repo = home.resolve("code/facteur");
        writeCliConfig("config.json", """
                {"projects": {"%s": {"projectPath": "%s", "name": "facteur", "project": "p-1", "environment": "e-1",
                  "environmentName": "production", "service": "s-1"}},
                 "user": {"token": "account-login-token"}}
                """.formatted(repo, repo));
        writeCliConfig("config-staging.json", "{\"projects\": {}, \"user\": {}}");
        Map<String, String> env = Map.of("HOME", home.toString());
        RailwayCliConfig config = RailwayCliConfig.read(env).orElseThrow();
        RailwayCliConfig.Link link = config.closestLink(repo.resolve("backend/app")).orElseThrow();
        assertThat(link.projectId()).isEqualTo("p-1");
        assertThat(link.serviceId()).isEqualTo("s-1");
        assertThat(config.closestLink(home.resolve("elsewhere"))).isEmpty();
        assertThat(config.hasLogin()).isTrue();
        // The login is read when the reference is resolved, never copied.
        Secret login = SecretReference.parse("railway-cli:login", "railway.token").resolve(env);
        assertThat(login.reveal()).isEqualTo("account-login-token");
        assertThat(login.toString()).isEqualTo("****");

        Map<String, String> staging = Map.of("HOME", home.toString(), "RAILWAY_ENV", "staging");
        assertThat(RailwayCliConfig.read(staging).orElseThrow().links()).isEmpty();
        assertThatThrownBy(() -> SecretReference.parse("railway-cli:login", "railway.token").resolve(staging))
                .isInstanceOf(ConfigException.class).hasMessageContaining("not logged in").hasMessageContaining("config-staging.json");
    }

    @Test
    void aMalformedCliConfigNamesFileLineAndField() throws Exception {
        Path file = writeCliConfig("config.json", "{\n  \"projects\": {\n    \"/x\": {\"project\": 12}\n  }\n}\n");
        assertThatThrownBy(() -> RailwayCliConfig.read(Map.of("HOME", home.toString())))
                .isInstanceOf(ConfigException.class).hasMessageContaining(file + ":3:").hasMessageContaining("projects./x.project");
        writeCliConfig("config.json", "{\"projects\": {\n");
        assertThatThrownBy(() -> RailwayCliConfig.read(Map.of("HOME", home.toString())))
                .isInstanceOf(ConfigException.class).hasMessageContaining("malformed JSON");
    }

    @Test
    void serviceFileWinsOverVariablesAndPgpassGivesThePassword() throws Exception {
        Path services = home.resolve("pg_service.conf");
        Files.writeString(services, "# team databases\n[facteur]\nhost=db.internal\nport=6543\ndbname=facteur\nuser=app\n");
        Path pgpass = home.resolve(".pgpass");
        Files.writeString(pgpass, "other:*:*:*:nope\ndb.internal:6543:facteur:app:pa\\:ss\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        Map<String, String> env = Map.of("HOME", home.toString(), "PGSERVICEFILE", services.toString(), "PGSERVICE", "facteur",
                "PGHOST", "ignored.example", "PGSSLMODE", "require");
        DatabaseUrl url = DatabaseReference.parse("libpq:").resolve(env);
        assertThat(url.hosts().get(0).host()).isEqualTo("db.internal");
        assertThat(url.hosts().get(0).port()).isEqualTo(6543);
        assertThat(url.user()).isEqualTo("app");
        assertThat(url.sslMode()).isEqualTo("require");
        assertThat(url.password().reveal()).isEqualTo("pa:ss");

        // libpq ignores a password file others can read.
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(DatabaseReference.parse("libpq:").resolve(env).hasPassword()).isFalse();
        assertThat(DatabaseReference.parse("libpq:").resolve(Map.of("HOME", home.toString(), "PGSERVICEFILE", services.toString(),
                "PGSERVICE", "facteur", "PGPASSWORD", "from-env")).password().reveal()).isEqualTo("from-env");
    }

    @Test
    void variablesAloneAndSslrootcertSystem() throws Exception {
        DatabaseUrl url = DatabaseReference.parse("libpq:").resolve(Map.of("HOME", home.toString(), "PGHOST", "x.proxy.rlwy.net",
                "PGPORT", "41234", "PGUSER", "postgres", "PGDATABASE", "railway", "PGSSLROOTCERT", "system"));
        assertThat(url.redacted()).contains("x.proxy.rlwy.net:41234").contains("railway");
        assertThat(url.sslMode()).isEqualTo("verify-full");
    }

    @Test
    void aMalformedServiceFileIsPositionedAndAnUnknownServiceSaysWhereItLooked() throws Exception {
        Path services = home.resolve("pg_service.conf");
        Files.writeString(services, "[facteur]\nhost=db\nport 5432\n");
        Map<String, String> env = Map.of("HOME", home.toString(), "PGSERVICEFILE", services.toString());
        assertThatThrownBy(() -> DatabaseReference.parse("libpq:service=facteur").resolve(env))
                .isInstanceOf(ConfigException.class).hasMessageContaining(services + ":3");
        Files.writeString(services, "[facteur]\nhots=db\n");
        assertThatThrownBy(() -> DatabaseReference.parse("libpq:service=facteur").resolve(env))
                .isInstanceOf(ConfigException.class).hasMessageContaining(services + ":2").hasMessageContaining("'hots'");
        Files.writeString(services, "[other]\nhost=db\n");
        assertThatThrownBy(() -> DatabaseReference.parse("libpq:service=facteur").resolve(env))
                .isInstanceOf(ConfigException.class).hasMessageContaining("\"facteur\" not found").hasMessageContaining(services.toString());
        assertThatThrownBy(() -> DatabaseReference.parse("libpq:host=x")).isInstanceOf(ConfigException.class);
    }

    @Test
    void aLiteralUrlWithoutPasswordTakesPgpasswordThenPgpass() throws Exception {
        Path pgpass = home.resolve(".pgpass");
        Files.writeString(pgpass, "localhost:5432:app:me:from-pgpass\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        DatabaseReference literal = DatabaseReference.parse("postgresql://me@localhost:5432/app");
        assertThat(literal.resolve(Map.of("HOME", home.toString())).password().reveal()).isEqualTo("from-pgpass");
        assertThat(literal.resolve(Map.of("HOME", home.toString(), "PGPASSWORD", "pw")).password().reveal()).isEqualTo("pw");
    }
}
