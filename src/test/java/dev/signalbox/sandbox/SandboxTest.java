package dev.signalbox.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.Signalbox;
import dev.signalbox.health.HealthChecker;
import dev.signalbox.health.HealthSnapshot;
import dev.signalbox.health.HealthTarget;
import dev.signalbox.health.HealthVerdict;
import dev.signalbox.migrations.MigrationInspector;
import dev.signalbox.migrations.MigrationSnapshot;
import dev.signalbox.migrations.MigrationStatus;
import dev.signalbox.migrations.Revision;
import dev.signalbox.migrations.ScriptLocator;
import dev.signalbox.migrations.VersionTableReader;
import dev.signalbox.railway.Deployment;
import dev.signalbox.railway.DeploymentStatus;
import dev.signalbox.railway.LogLine;
import dev.signalbox.railway.RailwayClient;
import dev.signalbox.railway.RailwayTarget;
import dev.signalbox.config.DatabaseUrl;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each scenario, checked through the engines and the command line the way an engineer would look at it. */
class SandboxTest {

    private static HealthSnapshot health(Sandbox sandbox) throws Exception {
        return new HealthChecker().check(HealthTarget.fromProfile(sandbox.profile().profile()));
    }

    private static MigrationSnapshot migrations(Sandbox sandbox) throws Exception {
        var settings = sandbox.profile().profile();
        var location = ScriptLocator.locate(Path.of(settings.migrations().location()), "alembic");
        return new MigrationInspector(location, true, true, java.time.Clock.systemUTC())
                .inspect(DatabaseUrl.parse(settings.database().directUrl()), new VersionTableReader("alembic_version", null, Duration.ofSeconds(5)));
    }

    private static Deployment latestDeployment(Sandbox sandbox) throws Exception {
        var railway = sandbox.profile().profile().railway();
        return RailwayClient.forProfile(railway).latestDeployment(RailwayTarget.of(railway)).orElseThrow();
    }

    private static List<String> deployLog(Sandbox sandbox, Deployment deployment) throws Exception {
        var railway = sandbox.profile().profile().railway();
        return RailwayClient.forProfile(railway).logs(LogLine.LogSource.DEPLOY, deployment.id(), null, null, 200)
                .stream().map(LogLine::message).toList();
    }

    @Test
    void healthyIsUpAtHeadWithASuccessfulDeploymentAndLeavesNothingBehind() throws Exception {
        Path root;
        long postmaster;
        try (Sandbox sandbox = Sandbox.start(Scenario.HEALTHY, line -> { })) {
            root = sandbox.root();
            postmaster = Long.parseLong(Files.readAllLines(root.resolve("pgdata/postmaster.pid")).get(0).strip());
            assertThat(health(sandbox).verdict()).isEqualTo(HealthVerdict.UP);
            MigrationSnapshot migrations = migrations(sandbox);
            assertThat(migrations.status()).isEqualTo(MigrationStatus.UP_TO_DATE);
            assertThat(migrations.database().current()).containsExactly("a3b4c5d6e7f8");
            assertThat(migrations.graph().branchPoints()).containsExactly("2b3c4d5e6f70");
            assertThat(migrations.graph().mergePoints()).containsExactly("5e6f708192a3");
            assertThat(migrations.lint()).isNotEmpty();
            assertThat(latestDeployment(sandbox).status()).isEqualTo(DeploymentStatus.SUCCESS);
            assertThat(sandbox.profile().profile().environment()).isEqualTo("sandbox");
        }
        assertThat(root).doesNotExist();
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    @Test
    void deathLoopCrashesAtStartUpWithTheHeadCheckAndTwoPendingRevisions() throws Exception {
        try (Sandbox sandbox = Sandbox.start(Scenario.DEATH_LOOP, line -> { })) {
            Deployment latest = latestDeployment(sandbox);
            assertThat(latest.status()).isEqualTo(DeploymentStatus.CRASHED);
            assertThat(deployLog(sandbox, latest)).anySatisfy(line ->
                    assertThat(line).contains("Database schema is not at head").contains(Sandbox.BYPASS));
            assertThat(health(sandbox).verdict()).isEqualTo(HealthVerdict.DOWN);
            MigrationSnapshot migrations = migrations(sandbox);
            assertThat(migrations.status()).isEqualTo(MigrationStatus.PENDING);
            assertThat(migrations.pending()).extracting(Revision::id).containsExactly("92a3b4c5d6e7", "a3b4c5d6e7f8");
        }
    }

    @Test
    void missingRevisionIsUnknownToTheCodeAndCrashesLikeAlembic() throws Exception {
        try (Sandbox sandbox = Sandbox.start(Scenario.MISSING_REVISION, line -> { })) {
            MigrationSnapshot migrations = migrations(sandbox);
            assertThat(migrations.status()).isEqualTo(MigrationStatus.UNKNOWN_REVISION);
            assertThat(migrations.unknown()).extracting(u -> u.revision()).containsExactly(Sandbox.LAPTOP_REVISION);
            Deployment latest = latestDeployment(sandbox);
            assertThat(latest.status()).isEqualTo(DeploymentStatus.CRASHED);
            assertThat(deployLog(sandbox, latest)).anySatisfy(line ->
                    assertThat(line).contains("Can't locate revision identified by '" + Sandbox.LAPTOP_REVISION + "'"));
        }
    }

    @Test
    void readinessLiesSays200WhileTheDatabaseIsNotConnected() throws Exception {
        try (Sandbox sandbox = Sandbox.start(Scenario.READINESS_LIES, line -> { })) {
            HealthSnapshot snapshot = health(sandbox);
            var readiness = snapshot.endpoint("readiness").orElseThrow();
            assertThat(readiness.lastSample().httpStatus()).isEqualTo(200);
            assertThat(readiness.verdict()).isNotEqualTo(HealthVerdict.UP);
            assertThat(String.join(" ", readiness.reasons())).containsIgnoringCase("connecting");
        }
    }

    @Test
    void theSandboxMigrateCommandBringsADeathLoopDatabaseToHead() throws Exception {
        try (Sandbox sandbox = Sandbox.start(Scenario.DEATH_LOOP, line -> { })) {
            Path ini = Path.of(sandbox.profile().profile().migrations().location());
            ProcessBuilder builder = new ProcessBuilder(sandbox.profile().profile().migrations().upgradeCommand())
                    .directory(ini.getParent().toFile()).redirectErrorStream(true);
            builder.environment().put("DATABASE_URL", sandbox.profile().profile().database().directUrl());
            builder.environment().put("PGOPTIONS", "-c lock_timeout=5s");
            Process migrate = builder.start();
            String output = new String(migrate.getInputStream().readAllBytes());
            assertThat(migrate.waitFor()).as(output).isZero();
            assertThat(output).contains("Running upgrade 8192a3b4c5d6 -> 92a3b4c5d6e7").contains("applied 2 revision(s)");
            assertThat(migrations(sandbox).status()).isEqualTo(MigrationStatus.UP_TO_DATE);
        }
    }

    @Test
    void aKilledConsoleLeavesNoPostgresAndNoFolder() throws Exception {
        String javaBinary = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process console = new ProcessBuilder(javaBinary, "-cp", System.getProperty("java.class.path"),
                "-Dsignalbox.test=true", Signalbox.class.getName(), "sandbox", "--scenario", "healthy")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String profilePath = new java.io.BufferedReader(new java.io.InputStreamReader(console.getInputStream())).readLine();
        assertThat(profilePath).as("the sandbox printed its profile path").isNotNull().endsWith("sandbox-healthy.json");
        Path root = Path.of(profilePath).getParent();
        long postmaster = Long.parseLong(Files.readAllLines(root.resolve("pgdata/postmaster.pid")).get(0).strip());

        console.destroyForcibly().waitFor();

        ProcessHandle.of(postmaster).ifPresent(handle -> handle.onExit().orTimeout(20, java.util.concurrent.TimeUnit.SECONDS).join());
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (Files.exists(root) && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false)).as("postmaster still running").isFalse();
        assertThat(root).as("sandbox folder left behind").doesNotExist();
    }

    /** {@code signalbox check --sandbox --scenario NAME --json}, parsed: what a script would look at. */
    private static com.fasterxml.jackson.databind.JsonNode checkSandbox(String scenario, int expectedExit) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Signalbox.run(new String[]{"check", "--sandbox", "--scenario", scenario, "--json"}, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isEqualTo(expectedExit);
        return dev.signalbox.common.Json.mapper().readTree(out.toString());
    }

    private static com.fasterxml.jackson.databind.JsonNode item(com.fasterxml.jackson.databind.JsonNode report, String part) {
        for (var item : report.path("items")) {
            if (item.path("part").asText().equals(part)) {
                return item;
            }
        }
        throw new AssertionError("no '" + part + "' item in " + report);
    }

    @Test
    void blockedMigrationShowsTheIdleTransactionBlockingTheMigrationAndTheQueue() throws Exception {
        var report = checkSandbox("blocked-migration", 1);
        var database = item(report, "database");
        assertThat(database.path("status").asText()).isEqualTo("ATTENTION");
        assertThat(database.toString()).contains("2 session(s) wait behind pid").contains("idle in transaction");
        assertThat(item(report, "railway").toString()).contains("FACTEUR_MIGRATION_IN_PROGRESS (bypass) is ON");
        assertThat(item(report, "migrations").path("summary").asText()).contains("2 pending");
    }

    @Test
    void wrongFkIsCaughtByTheProfilesExpectationAndNotValidConstraintsAreListed() throws Exception {
        var database = item(checkSandbox("wrong-fk", 1), "database");
        assertThat(database.toString()).contains("references public.user_profiles(id), expected public.users(id)")
                .contains("subscriptions_plan_check").contains("NOT VALID");
    }

    @Test
    void poolerScenarioIsDetectedAsATransactionPooler() throws Exception {
        assertThat(PgBouncerProcess.binary()).as("pgbouncer must be installed (apt-get install pgbouncer)").isPresent();
        var database = item(checkSandbox("pooler", 0), "database");
        assertThat(database.path("summary").asText()).contains("pooler transaction");
        assertThat(database.toString()).contains("SET and startup options timeouts do not apply");
    }

    @Test
    void unknownScenarioIsAUsageError() {
        StringWriter err = new StringWriter();
        int code = Signalbox.run(new String[]{"sandbox", "--scenario", "meltdown"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("unknown scenario 'meltdown'").contains("death-loop");
    }
}
