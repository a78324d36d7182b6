package dev.signalbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signalbox.Signalbox;
import dev.signalbox.common.Json;
import dev.signalbox.sandbox.Sandbox;
import dev.signalbox.sandbox.SandboxMigrator;
import dev.signalbox.sandbox.Scenario;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --profile PROJECT} on the sandbox: production (its own database, two revisions behind) and staging (the
 * sandbox's database at head, a variable production lacks) as two members of one project file, plus a QA member that
 * shares production's database.
 */
class ProjectCheckTest {
    private static Sandbox sandbox;
    private static Path folder;
    private static final String STAGING_ONLY_VALUE = "staging-only-value-9f3c";

    @TempDir
    static Path temp;

    @BeforeAll
    static void stage() throws Exception {
        sandbox = Sandbox.start(Scenario.HEALTHY, line -> { });
        folder = temp;
        try (Connection admin = sandbox.database().connect("postgres", "test"); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE facteur_prod");
        }
        try (Connection production = sandbox.database().connect("facteur_prod", "test")) {
            new SandboxMigrator(sandbox.revisionGraph(), line -> { }).upgrade(production, Sandbox.BEHIND_REVISION);
        }
        var railway = sandbox.railway();
        var ids = sandbox.railwayIds();
        String staging = railway.addEnvironment(ids.projectId(), "staging");
        railway.putVariable(staging, ids.serviceId(), "NEW_FEATURE_FLAG", STAGING_ONLY_VALUE);
        Path stagingToken = folder.resolve("staging-token");
        Files.writeString(stagingToken, railway.issueProjectToken(ids.projectId(), staging));

        String prodUrl = sandbox.database().url("facteur_prod");
        Files.writeString(folder.resolve("project.json"), """
                { "project": "facteur",
                  "members": [
                    { "profile": "%s",
                      "overrides": { "name": "api-production", "environment": "production", "production": true,
                                     "database": { "url": "%s", "directUrl": "%s" } } },
                    { "profile": "%s",
                      "overrides": { "name": "api-staging", "environment": "staging", "production": false,
                                     "railway": { "environmentId": "%s", "token": "file:%s" } } },
                    { "profile": "%s",
                      "overrides": { "name": "api-qa", "environment": "qa", "production": false, "railway": null,
                                     "database": { "url": "%s", "directUrl": "%s" } } } ] }
                """.formatted(sandbox.profileFile(), prodUrl, prodUrl, sandbox.profileFile(), staging, stagingToken,
                sandbox.profileFile(), prodUrl, prodUrl));
    }

    @AfterAll
    static void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
        sandbox = null;
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Signalbox.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void reportsEveryMemberAndWhatDiffersBetweenThemAndExitsWithTheWorst() throws Exception {
        Run run = run("check", "--profile", folder.resolve("project.json").toString(), "--json");
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.ATTENTION);
        JsonNode report = Json.mapper().readTree(run.out());
        assertThat(report.path("project").asText()).isEqualTo("facteur");
        assertThat(report.path("status").asText()).isEqualTo("ERROR");
        List<String> members = new ArrayList<>();
        report.path("members").forEach(m -> members.add(m.path("profile").asText() + "/" + m.path("environment").asText()));
        assertThat(members).containsExactly("api-production/production", "api-staging/staging", "api-qa/qa");

        List<String> findings = new ArrayList<>();
        report.path("findings").forEach(f -> findings.add(f.path("kind").asText() + " " + f.path("severity").asText() + " "
                + f.path("summary").asText()));
        assertThat(findings).anySatisfy(f -> assertThat(f).startsWith("MIGRATIONS_BEHIND ATTENTION api-production is 2 revisions behind api-staging"));
        assertThat(findings).anySatisfy(f -> assertThat(f).startsWith("VARIABLES_MISSING_IN_PRODUCTION ATTENTION")
                .contains("NEW_FEATURE_FLAG").contains("api-staging").contains("api-production"));
        assertThat(findings).anySatisfy(f -> assertThat(f).startsWith("SHARED_DATABASE ERROR environments production, qa")
                .contains("facteur_prod"));
        assertThat(run.out()).doesNotContain(STAGING_ONLY_VALUE);
    }

    @Test
    void theTextReportListsMembersThenFindingsWithTheirFix() {
        Run run = run("check", "--profile", folder.resolve("project.json").toString());
        assertThat(run.exit()).isEqualTo(ExitCode.ATTENTION);
        assertThat(run.out()).startsWith("Project facteur: error (3 members)")
                .contains("api-production (production)", "Across members:", "fix: run the pending migrations on api-production")
                .doesNotContain(STAGING_ONLY_VALUE);
    }

    @Test
    void aBrokenProjectFileExitsTwoNamingTheMemberAndField() throws Exception {
        Path typo = folder.resolve("typo.json");
        Files.writeString(typo, "{ \"project\": \"facteur\",\n  \"members\": [ { \"profil\": \"api.json\" } ] }");
        Run run = run("check", "--profile", typo.toString());
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains(typo + ":2:").contains("members[0].profil").contains("unknown key 'profil'");

        Path missing = folder.resolve("missing.json");
        Files.writeString(missing, "{ \"project\": \"facteur\",\n  \"members\": [\n    { \"profile\": \"nowhere.json\" } ] }");
        run = run("check", "--profile", missing.toString());
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains(missing + ":3:").contains("members[0].profile").contains("nowhere.json not found");

        Path duplicate = folder.resolve("duplicate.json");
        Files.writeString(duplicate, "{ \"project\": \"facteur\", \"members\": [ { \"profile\": \"%s\" }, { \"profile\": \"%s\" } ] }"
                .formatted(sandbox.profileFile(), sandbox.profileFile()));
        run = run("check", "--profile", duplicate.toString());
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("two members are named 'sandbox-healthy'").contains("members[1]");
    }
}
