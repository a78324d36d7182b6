package dev.signalbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signalbox.Signalbox;
import dev.signalbox.common.Json;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DbCommandTest {
    private static EmbeddedPostgres postgres;

    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE users (id int PRIMARY KEY)");
            st.execute("CREATE TABLE user_profiles (id int PRIMARY KEY)");
            st.execute("CREATE TABLE user_personalization (id int PRIMARY KEY, user_id int REFERENCES user_profiles (id))");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void isolateHome() {
        System.setProperty("signalbox.home", home.toString());
    }

    @AfterEach
    void restoreHome() {
        System.clearProperty("signalbox.home");
    }

    private int run(String... args) {
        return Signalbox.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static String url() {
        return "postgresql://postgres@localhost:" + postgres.getPort() + "/postgres";
    }

    @Test
    void jsonHasTheDocumentedFieldsAndExitsZeroOnAHealthyDatabase() throws Exception {
        assertThat(run("db", "--db", url(), "--json")).as(err.toString()).isEqualTo(ExitCode.OK);
        JsonNode json = Json.mapper().readTree(out.toString());
        assertThat(json.path("status").asText()).isIn("info", "warning");
        JsonNode connection = json.path("connection");
        assertThat(connection.path("pooler").asText()).isEqualTo("none");
        assertThat(connection.path("ssl").path("client").asBoolean(true)).isFalse();
        assertThat(connection.path("ssl").has("server")).isTrue();
        assertThat(connection.path("settings").path("statement_timeout").path("value").asText()).isEqualTo("0");
        assertThat(connection.path("settings").path("statement_timeout").path("source").asText()).isEqualTo("default");
        assertThat(connection.path("url").asText()).startsWith("postgresql://postgres@localhost:");

        JsonNode fk = null;
        for (JsonNode constraint : json.path("constraints")) {
            assertThat(constraint.fieldNames()).toIterable().contains("schema", "table", "name", "type", "columns",
                    "referencedTable", "referencedColumns", "validated");
            if (constraint.path("type").asText().equals("FOREIGN KEY")) {
                fk = constraint;
            }
        }
        assertThat(fk).isNotNull();
        assertThat(fk.path("table").asText()).isEqualTo("user_personalization");
        assertThat(fk.path("referencedTable").asText()).isEqualTo("public.user_profiles");
        assertThat(fk.path("referencedColumns").get(0).asText()).isEqualTo("id");
        assertThat(fk.path("validated").asBoolean()).isTrue();
        assertThat(json.path("invalidIndexes").isArray()).isTrue();
        assertThat(json.path("expectations").isArray()).isTrue();
        assertThat(json.path("locks").isArray()).isTrue();
        assertThat(json.path("locks")).isEmpty();
    }

    @Test
    void aProfileExpectationMismatchExitsOneInDbAndInCheck() throws Exception {
        Path profile = home.resolve("svc.json");
        Files.writeString(profile, "{\"name\": \"svc\", \"environment\": \"production\", \"database\": {\"url\": \"" + url()
                + "\", \"expectations\": [{\"table\": \"user_personalization\", \"columns\": [\"user_id\"],"
                + " \"type\": \"FOREIGN KEY\", \"references\": \"public.users(id)\", \"validated\": true}]}}");
        assertThat(run("db", "--profile", profile.toString(), "--json")).as(err.toString()).isEqualTo(ExitCode.ATTENTION);
        JsonNode json = Json.mapper().readTree(out.toString());
        assertThat(json.path("status").asText()).isEqualTo("attention");
        JsonNode expectation = json.path("expectations").get(0);
        assertThat(expectation.path("status").asText()).isEqualTo("mismatch");
        assertThat(expectation.path("problems").get(0).asText())
                .isEqualTo("references public.user_profiles(id), expected public.users(id)");

        StringWriter text = new StringWriter();
        out.getBuffer().setLength(0);
        assertThat(run("db", "--profile", profile.toString())).isEqualTo(ExitCode.ATTENTION);
        text.write(out.toString());
        assertThat(text.toString()).contains("pooler      none").contains("Expectation mismatch");

        out.getBuffer().setLength(0);
        assertThat(run("check", "--profile", profile.toString())).isEqualTo(ExitCode.ATTENTION);
        assertThat(out.toString()).contains("ATTENTION database").contains("references public.user_profiles(id)");
    }

    @Test
    void profileAndDbTogetherIsAUsageErrorAndAnUnreachableDatabaseExitsOne() {
        assertThat(run("db", "--profile", "x", "--db", url())).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("give either --profile or --db");
        assertThat(run("db", "--db", "env:SIGNALBOX_TEST_UNSET_DB")).isEqualTo(ExitCode.USAGE);
        assertThat(run("db", "--db", "postgresql://nobody@127.0.0.1:1/none", "--json")).isEqualTo(ExitCode.ATTENTION);
        assertThat(out.toString()).contains("\"connection\" : null").contains("cannot connect to postgresql://nobody@127.0.0.1:1/none");
        assertThat(List.of(err.toString())).noneMatch(s -> s.contains("internal error"));
    }
}
