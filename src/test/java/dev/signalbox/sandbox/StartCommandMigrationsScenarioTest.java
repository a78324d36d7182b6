package dev.signalbox.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signalbox.Signalbox;
import dev.signalbox.common.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The start-command-migrations scenario shows every deploy-settings judgement, through 'check --json'. */
class StartCommandMigrationsScenarioTest {

    @Test
    void everyJudgementShowsWithItsFactAndFixAndNoSecret() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Signalbox.run(new String[]{"check", "--sandbox", "--scenario", "start-command-migrations", "--json"},
                new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isEqualTo(1);
        JsonNode report = Json.mapper().readTree(out.toString());
        List<String> kinds = new ArrayList<>();
        for (JsonNode judgement : report.path("deploySettings").path("judgements")) {
            kinds.add(judgement.path("kind").asText());
            assertThat(judgement.path("fact").asText()).isNotBlank();
            assertThat(judgement.path("fix").asText()).isNotBlank();
        }
        assertThat(kinds).containsExactlyInAnyOrder("MIGRATIONS_IN_START_COMMAND", "REPLICAS_MIGRATE_AT_ONCE",
                "HEALTHCHECK_DEPENDS_ON_DATABASE", "VARIABLES_MISSING_ON_PLATFORM", "DOTENV_COMMITTED", "STAGED_CHANGES",
                "SHARED_VARIABLE_DIFFERS");
        JsonNode deploy = null;
        for (JsonNode item : report.path("items")) {
            if (item.path("part").asText().equals("deploy")) {
                deploy = item;
            }
        }
        assertThat(deploy).as("the deploy item of check").isNotNull();
        assertThat(deploy.path("status").asText()).isEqualTo("ATTENTION");
        assertThat(deploy.toString()).contains(Sandbox.START_COMMAND).contains(Sandbox.MISSING_VARIABLE)
                .contains("/api/health/ready").contains("2 replicas").contains("(api: variables)");
        // The shared secret is compared, never shown: neither value is anywhere in the output.
        assertThat(out.toString()).doesNotContain("NEXTAUTH_SECRET=").contains("compared by salted fingerprint");
    }

    @Test
    void theHealthyScenarioHasNothingToSay() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Signalbox.run(new String[]{"check", "--sandbox", "--scenario", "healthy", "--json"}, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(out + "\n" + err).isZero();
        JsonNode report = Json.mapper().readTree(out.toString());
        assertThat(report.path("deploySettings").path("judgements").size()).isZero();
    }
}
