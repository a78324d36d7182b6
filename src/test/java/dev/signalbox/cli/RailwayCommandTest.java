package dev.signalbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signalbox.Signalbox;
import dev.signalbox.common.Json;
import dev.signalbox.railway.SimulatedRailway;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code signalbox railway ...} end to end against the simulator over HTTP. */
class RailwayCommandTest {
    @TempDir
    Path home;

    private final SimulatedRailway railway = new SimulatedRailway();
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @BeforeEach
    void isolateHome() {
        System.setProperty("signalbox.home", home.toString());
    }

    @AfterEach
    void restore() {
        System.clearProperty("signalbox.home");
        railway.close();
    }

    private Path profile(String environment) throws Exception {
        Path token = home.resolve("token");
        Files.writeString(token, railway.seeded.projectToken() + "\n");
        Path file = home.resolve(environment + ".json");
        Files.writeString(file, """
                {"name": "facteur-%s", "environment": "%s",
                 "railway": {"endpoint": "%s", "token": "file:%s", "tokenKind": "project",
                             "projectId": "%s", "environmentId": "%s", "serviceId": "%s"},
                 "toggles": [{"name": "MAINTENANCE_MODE", "kind": "maintenance", "onValue": "true", "offValue": "false"}],
                 "requiredVariables": [{"name": "SECRET_KEY", "minLength": 32}, {"name": "SENTRY_DSN"}]}
                """.formatted(environment, environment, railway.simulator.endpoint(), token, railway.seeded.projectId(),
                railway.seeded.environmentId(), railway.seeded.serviceId()));
        return file;
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Signalbox.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void aRefusedTokenExitsTwoFromEveryCommand() throws Exception {
        Path file = profile("staging");
        Files.writeString(home.resolve("token"), "a-revoked-token\n");
        for (String[] command : new String[][]{{"railway", "deployments"}, {"railway", "vars"},
                {"railway", "set", "MAINTENANCE_MODE", "true", "--yes"}, {"railway", "redeploy", "--yes", "--no-follow"}, {"check"}}) {
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(command), java.util.stream.Stream.of("--profile", file.toString()))
                    .toArray(String[]::new);
            assertThat(run(args)).as(String.join(" ", command) + ": " + out + err).isEqualTo(ExitCode.USAGE);
            assertThat(out.toString() + err).as(String.join(" ", command)).contains("Not Authorized");
        }
    }

    @Test
    void deploymentsAsJsonListStatusesAndTheBudget() throws Exception {
        assertThat(run("railway", "deployments", "--profile", profile("staging").toString(), "--json")).isEqualTo(ExitCode.OK);
        JsonNode json = Json.mapper().readTree(out.toString());
        assertThat(json.path("deployments").get(0).path("status").asText()).isEqualTo("SUCCESS");
        assertThat(json.path("deployments").get(0).path("id").asText()).isEqualTo(railway.seeded.firstDeploymentId());
        assertThat(json.path("budget").path("limit").asInt()).isEqualTo(1000);
    }

    @Test
    void setWithYesChangesStagingAndIsAudited() throws Exception {
        String profile = profile("staging").toString();
        assertThat(run("railway", "set", "MAINTENANCE_MODE", "true", "--skip-deploy", "--yes", "--profile", profile)).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).startsWith("SUCCEEDED: MAINTENANCE_MODE is \"true\" (read back).");
        assertThat(railway.simulator.variables(railway.seeded.environmentId(), railway.seeded.serviceId())).containsEntry("MAINTENANCE_MODE", "true");
        String audit = Files.readString(home.resolve("state/audit.jsonl"));
        assertThat(audit).contains("\"action\":\"railway.variable.set\"", "\"outcome\":\"SUCCEEDED\"", "\"MAINTENANCE_MODE\":\"true\"");

        assertThat(run("railway", "vars", "--profile", profile, "--json")).isEqualTo(ExitCode.ATTENTION);
        JsonNode vars = Json.mapper().readTree(out.toString());
        assertThat(vars.path("variables").path("SECRET_KEY").asText()).isEqualTo("****");
        assertThat(vars.path("togglesOn").get(0).asText()).isEqualTo("MAINTENANCE_MODE (maintenance) is ON");
        assertThat(vars.path("required").get(1).path("verdict").asText()).isEqualTo("MISSING");
        assertThat(out.toString()).doesNotContain("k7Qe9v").doesNotContain("s3cr3t-db-password");
    }

    @Test
    void yesIsRefusedForProductionUnlessTheEnvironmentIsNamed() throws Exception {
        String profile = profile("production").toString();
        assertThat(run("railway", "unset", "ENVIRONMENT", "--yes", "--profile", profile)).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("--yes: refused for production profile facteur-production", "--confirm-environment production");
        assertThat(run("railway", "unset", "ENVIRONMENT", "--yes", "--confirm-environment", "staging", "--profile", profile))
                .isEqualTo(ExitCode.ATTENTION);
        assertThat(out.toString()).startsWith("REFUSED");
        assertThat(railway.simulator.mutationCount()).isZero();
        assertThat(run("railway", "unset", "ENVIRONMENT", "--yes", "--confirm-environment", "production", "--profile", profile))
                .isEqualTo(ExitCode.OK);
        assertThat(railway.simulator.variables(railway.seeded.environmentId(), railway.seeded.serviceId())).doesNotContainKey("ENVIRONMENT");
    }

    @Test
    void readOnlyRefusesARedeploy() throws Exception {
        assertThat(run("railway", "redeploy", "--read-only", "--yes", "--profile", profile("staging").toString(), "--json"))
                .isEqualTo(ExitCode.ATTENTION);
        assertThat(Json.mapper().readTree(out.toString()).path("outcome").asText()).isEqualTo("REFUSED");
        assertThat(railway.simulator.mutationCount()).isZero();
    }

    @Test
    void logsMarkFailureSignaturesAndDiscoverListsIds() throws Exception {
        railway.runner.crashNextStart("psycopg.OperationalError: SSL SYSCALL error: EOF detected");
        railway.simulator.deploy(railway.seeded.environmentId(), railway.seeded.serviceId(), "Append ?ssl=disable");
        railway.simulator.runUntilIdle();
        String profile = profile("staging").toString();
        assertThat(run("railway", "logs", "--signatures", "--profile", profile)).isEqualTo(ExitCode.ATTENTION);
        assertThat(out.toString()).contains("(CRASHED)", "!! deploy", "SSL SYSCALL error", "-> TLS to the database failed");

        assertThat(run("railway", "discover", "--profile", profile, "--json")).isEqualTo(ExitCode.OK);
        JsonNode discovered = Json.mapper().readTree(out.toString());
        assertThat(discovered.path("tokenKind").asText()).isEqualTo("project");
        assertThat(discovered.path("projects").get(0).path("environments").get(0).path("id").asText()).isEqualTo(railway.seeded.environmentId());
    }

    @Test
    void checkHasARailwayItem() throws Exception {
        assertThat(run("check", "--profile", profile("staging").toString())).isEqualTo(ExitCode.ATTENTION);
        assertThat(out.toString()).contains("railway", "latest deployment", "SUCCESS", "variable SENTRY_DSN: not set");
    }

    @Test
    void revealPrintsTheValueAndAuditsWhoRevealedWhichNameButNeverTheValue() throws Exception {
        String profile = profile("staging").toString();
        String secret = railway.simulator.variables(railway.seeded.environmentId(), railway.seeded.serviceId()).get("SECRET_KEY");

        assertThat(run("railway", "vars", "--reveal", "SECRET_KEY", "--profile", profile)).isEqualTo(ExitCode.OK);

        assertThat(out.toString().strip()).isEqualTo(secret);
        java.util.List<dev.signalbox.ops.AuditRecord> records =
                new dev.signalbox.ops.AuditLog(home.resolve("state/audit.jsonl")).read().records();
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.action()).isEqualTo("railway.variable.reveal");
            assertThat(record.user()).isEqualTo(System.getProperty("user.name"));
            assertThat(record.target()).endsWith(": SECRET_KEY");
            assertThat(record.summary()).contains("SECRET_KEY", "railway vars --reveal");
        });
        assertThat(Files.readString(home.resolve("state/audit.jsonl"))).doesNotContain(secret);
    }
}
