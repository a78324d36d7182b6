package dev.signalbox.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signalbox.Signalbox;
import dev.signalbox.cli.ExitCode;
import dev.signalbox.common.Json;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code signalbox migrations [history|lint]} end to end: real files, a real PostgreSQL, text and JSON. */
class MigrationsCommandTest {
    static EmbeddedPostgres pg;
    static String dbUrl;

    @TempDir
    Path home;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @BeforeAll
    static void start() throws Exception {
        pg = EmbeddedPostgres.builder().start();
        dbUrl = "postgresql://postgres@localhost:" + pg.getPort() + "/postgres";
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)");
            // graph-branchy: a revision in the middle of its history
            st.execute("INSERT INTO alembic_version VALUES ('df7004c9d78d')");
        }
    }

    @AfterAll
    static void stop() throws IOException {
        pg.close();
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
        out = new StringWriter();
        err = new StringWriter();
        return Signalbox.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static String ini(String fixture) {
        return Fixtures.project(fixture).resolve("alembic.ini").toString();
    }

    @Test
    void historyPrintsWhatAlembicPrints() throws Exception {
        assertThat(run("migrations", "history", "--config", ini("graph-branchy"), "--no-git")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).isEqualTo(Files.readString(Fixtures.project("graph-branchy").resolve("expected-history.txt")));
    }

    @Test
    void historyKeepsStdoutAlembicsAndPutsProblemsOnStderr() {
        assertThat(run("migrations", "history", "--dir", Fixtures.project("forms").toString(), "--no-git")).isEqualTo(ExitCode.ATTENTION);
        assertThat(out.toString()).startsWith("819203142536 -> 920314253647 (audit) (head), bare tuple").doesNotContain("!");
        assertThat(err.toString()).contains("a_broken.py:5: not valid Python");
        assertThat(run("migrations", "history", "--graph", "--config", ini("graph-branchy"), "--no-git")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).startsWith("*  eb4e895e8b6b").contains("(merges lanes");
    }

    @Test
    void historyMarksTheDatabaseRevisionCurrent() {
        assertThat(run("migrations", "history", "--config", ini("graph-branchy"), "--db", dbUrl, "--no-git"))
                .isEqualTo(ExitCode.ATTENTION);
        assertThat(out.toString()).contains("218ed58dcdb4 -> df7004c9d78d (current), step 44 of graph-branchy");
    }

    @Test
    void jsonWithADatabaseHasEveryDocumentedField() throws Exception {
        assertThat(run("migrations", "--config", ini("graph-branchy"), "--db", dbUrl, "--json")).isEqualTo(ExitCode.ATTENTION);
        JsonNode json = Json.mapper().readTree(out.toString());
        assertThat(json.get("status").asText()).isEqualTo("PENDING");
        assertThat(json.get("attention").asBoolean()).isTrue();
        assertThat(json.get("database").get("current")).extracting(JsonNode::asText).containsExactly("df7004c9d78d");
        assertThat(json.get("database").get("versionNumLength").asInt()).isEqualTo(32);
        JsonNode first = json.get("revisions").get(0);
        for (String field : List.of("revision", "downRevisions", "dependsOn", "branchLabels", "message", "createDate", "file",
                "head", "effectiveHead", "mergePoint", "branchPoint", "current")) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(first.get("revision").asText()).isEqualTo("eb4e895e8b6b");
        assertThat(first.get("head").asBoolean()).isTrue();
        List<String> history = new ArrayList<>();
        json.get("revisions").forEach(r -> history.add(r.get("revision").asText()));
        List<String> expected = Fixtures.graph("graph-branchy").history().stream().map(Revision::id).toList();
        assertThat(history).isEqualTo(expected);
        assertThat(json.get("heads")).extracting(JsonNode::asText).containsExactly("eb4e895e8b6b");
        assertThat(json.get("bases")).hasSize(1);
        List<String> pending = new ArrayList<>();
        json.get("pending").forEach(p -> pending.add(p.asText()));
        assertThat(pending).isEqualTo(Fixtures.graph("graph-branchy").upgradePath(List.of("df7004c9d78d")).stream()
                .map(Revision::id).toList()).isNotEmpty();
        assertThat(json.get("unknown")).isEmpty();
        assertThat(json.get("git").get("repository").asText()).isEqualTo("REPOSITORY");
        assertThat(json.has("lint")).isTrue();
        assertThat(json.has("problems")).isTrue();
        assertThat(out.toString()).doesNotContain("password");
    }

    @Test
    void jsonWithoutDatabaseSaysNotChecked() throws Exception {
        assertThat(run("migrations", "--dir", Fixtures.project("forms").toString(), "--json", "--no-git"))
                .isEqualTo(ExitCode.ATTENTION);
        JsonNode json = Json.mapper().readTree(out.toString());
        assertThat(json.get("status").asText()).isEqualTo("NOT_CHECKED");
        assertThat(json.has("database")).isFalse();
        assertThat(json.has("pending")).isFalse();
        assertThat(json.get("problems").findValuesAsText("kind")).contains("MALFORMED_FILE", "UNRESOLVED_VALUE");
        assertThat(json.get("problems").findValuesAsText("file")).anyMatch(f -> f.endsWith("a_broken.py"));
    }

    @Test
    void textStateNamesPendingRevisionsInUpgradeOrder() {
        assertThat(run("migrations", "--config", ini("graph-linear"), "--db", dbUrl, "--version-table", "missing_version", "--no-git"))
                .isEqualTo(ExitCode.ATTENTION);
        assertThat(out.toString()).contains("no version table", "missing_version: absent", "pending (in upgrade order)",
                "public.alembic_version look like Alembic version tables");
    }

    @Test
    void lintExitsOneWithRuleIdsAndLines() throws Exception {
        assertThat(run("migrations", "lint", "--config", ini("lint"))).isEqualTo(ExitCode.ATTENTION);
        assertThat(out.toString()).contains("0001_risky.py:12: warning: lock-without-timeout", "instead:", "ignored in 3 revision(s)");
        assertThat(run("migrations", "lint", "--config", ini("lint"), "--json")).isEqualTo(ExitCode.ATTENTION);
        JsonNode json = Json.mapper().readTree(out.toString());
        assertThat(json.get("lint").get(0).get("rule").asText()).isNotBlank();
        assertThat(run("migrations", "lint", "--config", ini("graph-linear"))).isEqualTo(ExitCode.OK);
    }

    @Test
    void usageErrors() {
        assertThat(run("migrations")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("exactly one of --profile P, --dir DIR or --config alembic.ini");
        assertThat(run("migrations", "--config", home.resolve("nope.ini").toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("nope.ini does not exist");
    }

    @Test
    void aDatabaseThatCannotBeReadIsAFailureNotAUsageError() {
        // exit 1 as 'db' and 'check' say of the same database; the password never shows
        assertThat(run("migrations", "--dir", Fixtures.project("forms").toString(), "--db", "postgresql://u:s3cret@127.0.0.1:1/db",
                "--timeout", "1", "--no-git")).isEqualTo(ExitCode.ATTENTION);
        assertThat(err.toString()).startsWith("error: cannot connect to").doesNotContain("s3cret");
    }

    @Test
    void profileDrivesTheCommandAndTheCheckItem() throws Exception {
        Path profile = home.resolve("svc.json");
        Files.writeString(profile, "{\"name\":\"svc\",\"environment\":\"staging\","
                + "\"database\":{\"url\":\"" + dbUrl + "\"},"
                + "\"migrations\":{\"location\":\"" + ini("graph-branchy").replace("\\", "\\\\") + "\"}}");
        assertThat(run("migrations", "--profile", profile.toString(), "--no-git")).isEqualTo(ExitCode.ATTENTION);
        assertThat(out.toString()).contains("Migrations: pending");
        assertThat(run("check", "--profile", profile.toString())).isEqualTo(ExitCode.ATTENTION);
        assertThat(out.toString()).contains("migrations", "pending").contains("pending 46e430f97058");
    }
}
