package dev.signalbox.ops.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.signalbox.Signalbox;
import dev.signalbox.common.Json;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.PlatformDirs;
import dev.signalbox.config.ProfileLoader;
import dev.signalbox.health.HealthChecker;
import dev.signalbox.health.HealthTarget;
import dev.signalbox.health.HealthVerdict;
import dev.signalbox.monitor.WatchFactory;
import dev.signalbox.migrations.MigrationStatus;
import dev.signalbox.ops.ActionGuard;
import dev.signalbox.ops.AuditLog;
import dev.signalbox.ops.AuditRecord;
import dev.signalbox.ops.Confirmation;
import dev.signalbox.ops.OpsContext;
import dev.signalbox.ops.Outcome;
import dev.signalbox.railway.RailwayClient;
import dev.signalbox.sandbox.Sandbox;
import dev.signalbox.sandbox.Scenario;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Incident 4's procedure on the death-loop sandbox, end to end, and the ways it can go wrong. */
@Timeout(180)
class RunbookEndToEndTest {
    @TempDir
    Path home;
    Sandbox sandbox;

    @BeforeEach
    void isolate() throws Exception {
        System.setProperty("signalbox.home", home.toString());
        sandbox = Sandbox.start(Scenario.DEATH_LOOP, line -> { });
    }

    @AfterEach
    void cleanUp() {
        sandbox.close();
        System.clearProperty("signalbox.home");
    }

    private RunbookRunner runner(LoadedProfile profile) throws Exception {
        AuditLog audit = new AuditLog(PlatformDirs.detect().auditLog());
        ActionGuard guard = new ActionGuard(OpsContext.of(profile.profile(), false), Confirmation.preapproved(null), audit, Clock.systemUTC());
        EngineRunbookServices services = new EngineRunbookServices(profile, guard, RailwayClient.forProfile(profile.profile().railway()), Clock.systemUTC());
        Runbook runbook = RunbookLoader.find(profile, BuiltInRunbooks.APPLY_MIGRATIONS_UNDER_BYPASS);
        return new RunbookRunner(runbook, profile.name(), services, new RunbookProgressStore(PlatformDirs.detect().state()),
                Clock.systemUTC(), Duration.ofMillis(250));
    }

    private List<AuditRecord> audit() throws Exception {
        return new AuditLog(PlatformDirs.detect().auditLog()).read().records();
    }

    private void assertRecovered() throws Exception {
        assertThat(WatchFactory.inspectMigrations(sandbox.profile(), Clock.systemUTC()).status()).isEqualTo(MigrationStatus.UP_TO_DATE);
        assertThat(new HealthChecker().check(HealthTarget.fromProfile(sandbox.profile().profile())).verdict()).isEqualTo(HealthVerdict.UP);
        assertThat(sandbox.serviceVariables()).doesNotContainKey(Sandbox.BYPASS);
    }

    /** The sandbox profile with {@code change} made to its JSON, written beside the test's home. */
    private Path sandboxProfileWith(String name, Consumer<ObjectNode> change) throws Exception {
        ObjectNode json = (ObjectNode) Json.mapper().readTree(sandbox.profileFile().toFile());
        change.accept(json);
        Path file = home.resolve(name + ".json");
        Json.mapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), json);
        return file;
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private final StringWriter cliOut = new StringWriter();
    private final StringWriter cliErr = new StringWriter();

    /** {@code signalbox runbook run apply-migrations-under-bypass --profile FILE --yes}, as an on-call engineer types it. */
    private int runbookRun(Path profile) {
        cliOut.getBuffer().setLength(0);
        cliErr.getBuffer().setLength(0);
        return Signalbox.run(new String[]{"runbook", "run", BuiltInRunbooks.APPLY_MIGRATIONS_UNDER_BYPASS, "--profile",
                profile.toString(), "--yes", "--poll", "0.25"}, new PrintWriter(cliOut, true), new PrintWriter(cliErr, true));
    }

    /**
     * Nothing reached Railway (the simulator, over HTTP): no variable, no deployment; the audit log's records after the
     * first {@code auditBefore} are the refusal alone.
     */
    private void assertRefusedHavingChangedNothing(List<String> deploymentsBefore, int auditBefore, String... problems) throws Exception {
        assertThat(sandbox.serviceVariables()).doesNotContainKey(Sandbox.BYPASS);
        assertThat(deploymentIds()).as("deployments").isEqualTo(deploymentsBefore);
        List<AuditRecord> records = audit();
        assertThat(records.subList(auditBefore, records.size())).singleElement().satisfies(record -> {
            assertThat(record.action()).isEqualTo("runbook.preflight");
            assertThat(record.outcome()).isEqualTo(Outcome.REFUSED);
            assertThat(record.message()).startsWith("refused before any step: ").contains(problems);
        });
        assertThat(new RunbookProgressStore(PlatformDirs.detect().state()).load(sandbox.profile().name(),
                BuiltInRunbooks.APPLY_MIGRATIONS_UNDER_BYPASS)).as("no progress saved: 'runbook status' says never run").isEmpty();
        assertThat(cliOut.toString()).doesNotContain("Set the bypass");
    }

    private List<String> deploymentIds() {
        return sandbox.railway().deploymentIds(sandbox.railwayIds().environmentId(), sandbox.railwayIds().serviceId());
    }

    @Test
    void takesTheServiceFromCrashedToReadyWithEveryStepVerifiedAndAudited() throws Exception {
        RunbookRunner runner = runner(sandbox.profile());
        DeploymentPlan plan = DeploymentPlan.of(runner.runbook(), sandbox.profile().profile(), runner.progress());
        List<String> before = deploymentIds();
        RunbookProgress result = runner.run();

        // The plan (what the start dialog lists) and what Railway saw over HTTP agree: the redeploy of step 2 and the
        // deployment the bypass's deletion started in step 4, which step 5 follows instead of deploying a third time.
        assertThat(plan.started()).extracting(DeploymentPlan.Started::step, DeploymentPlan.Started::cause).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, DeploymentPlan.Cause.REDEPLOY),
                org.assertj.core.groups.Tuple.tuple(4, DeploymentPlan.Cause.VARIABLE_DELETE));
        assertThat(plan.follows()).extracting(DeploymentPlan.Follows::step, DeploymentPlan.Follows::startedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5, 4));
        List<String> started = deploymentIds().stream().filter(id -> !before.contains(id)).toList();
        assertThat(started).hasSize(plan.started().size())
                .containsExactlyInAnyOrder(result.step("redeploy-with-bypass").deploymentId(), result.step("clear-bypass").deploymentId());
        assertThat(result.step("redeploy-without-bypass").deploymentId()).isEqualTo(result.step("clear-bypass").deploymentId());

        assertThat(result.status()).as(String.join("\n", result.log())).isEqualTo(RunbookProgress.Status.COMPLETED);
        // The preflight said what it checked before the first step.
        assertThat(result.log().get(1)).contains("Preflight of runbook 'Apply migrations under bypass' passed: Railway token and ids",
                "migrations location " + sandbox.profile().profile().migrations().location(), "database reachable (database.directUrl");
        assertThat(result.steps()).allSatisfy(step -> {
            assertThat(step.status()).isEqualTo(RunbookProgress.StepStatus.DONE);
            assertThat(step.detail()).contains("verified");
        });
        assertThat(result.effects()).as("nothing left in effect: the bypass is cleared").isEmpty();
        assertRecovered();
        List<AuditRecord> records = audit();
        assertThat(records).extracting(AuditRecord::action)
                .contains("railway.redeploy", "runbook.command")
                .anySatisfy(action -> assertThat(action).contains("toggle"));
        assertThat(records).allSatisfy(r -> assertThat(r.outcome().name()).isIn("SUCCEEDED", "STARTED"));
        // The migration's record before it ran, then its end.
        assertThat(records.stream().filter(r -> r.action().equals("runbook.command")).map(AuditRecord::outcome).toList())
                .containsExactly(dev.signalbox.ops.Outcome.STARTED, dev.signalbox.ops.Outcome.SUCCEEDED);
        String auditText = Files.readString(PlatformDirs.detect().auditLog());
        String secret = sandbox.serviceVariables().get("SECRET_KEY");
        assertThat(auditText).doesNotContain(secret);

        // The post-mortem's timeline: the operator's actions and Railway's deployments, in order.
        java.io.StringWriter out = new java.io.StringWriter();
        int code = Signalbox.run(new String[]{"timeline", "--profile", sandbox.profileFile().toString(), "--markdown"},
                new java.io.PrintWriter(out), new java.io.PrintWriter(new java.io.StringWriter()));
        assertThat(code).isZero();
        assertThat(out.toString()).contains("## Timeline: sandbox-death-loop").contains("| operator |").contains("| runbook |")
                .contains("CRASHED").contains("SUCCESS").doesNotContain(secret);
    }

    @Test
    void aMigrationsLocationThatDoesNotExistIsRefusedWithExitTwoBeforeTheBypassIsSetOrAnythingRedeployed() throws Exception {
        Path absent = home.resolve("absent/alembic.ini");
        Path file = sandboxProfileWith("no-code-here", json -> ((ObjectNode) json.get("migrations")).put("location", absent.toString()));
        List<String> before = deploymentIds();

        int code = runbookRun(file);

        // It used to set the bypass, redeploy, then fail at the migration (exit 1) with advice about lock_timeout.
        assertThat(code).as(cliOut + "\n" + cliErr).isEqualTo(2);
        assertThat(cliErr.toString()).startsWith("Not started: runbook 'Apply migrations under bypass'")
                .contains("Nothing was changed")
                .contains(file + " (field migrations.location): " + absent + " does not exist")
                .doesNotContain("lock_timeout");
        assertRefusedHavingChangedNothing(before, 0, "(field migrations.location)");
    }

    @Test
    void everyUnusableSettingIsNamedAtOnceAndADatabaseThatDoesNotAnswerIsExitOne() throws Exception {
        Path noToken = home.resolve("no-token-here");
        Path settings = sandboxProfileWith("unusable", json -> {
            ((ObjectNode) json.get("railway")).put("token", "file:" + noToken).remove("serviceId");
            ((ObjectNode) json.get("migrations")).putArray("upgradeCommand").add("signalbox-test-no-such-alembic").add("upgrade").add("head");
        });
        List<String> before = deploymentIds();
        assertThat(runbookRun(settings)).as(cliOut + "\n" + cliErr).isEqualTo(2);
        assertThat(cliErr.toString()).contains(settings + " (field railway.token): the secret file " + noToken + " does not exist")
                .contains(settings + " (field railway): the profile's railway section lacks serviceId")
                .contains(settings + " (field migrations.upgradeCommand): step 'Run the migrations on the direct connection' runs"
                        + " 'signalbox-test-no-such-alembic', which is not on this console's PATH");
        assertRefusedHavingChangedNothing(before, 0, "(field railway.token)", "(field migrations.upgradeCommand)");

        // Nothing to fix in the file, only a database that does not answer: attention (1), not configuration.
        int port = closedPort();
        Path down = sandboxProfileWith("database-down", json -> {
            ((ObjectNode) json.get("database")).put("url", "postgresql://postgres@127.0.0.1:" + port + "/facteur?sslmode=disable")
                    .put("directUrl", "postgresql://postgres@127.0.0.1:" + port + "/facteur?sslmode=disable");
        });
        assertThat(runbookRun(down)).as(cliOut + "\n" + cliErr).isEqualTo(1);
        assertThat(cliErr.toString()).contains("needs something that does not answer now")
                .contains(down + " (field database.directUrl): cannot connect to postgresql://postgres@127.0.0.1:" + port);
        assertRefusedHavingChangedNothing(before, 1, "(field database.directUrl)");
    }

    @Test
    void aRedeployThatCrashesStopsTheRunbookWithTheLogLineAndTheBypassStillInEffect() throws Exception {
        // The app only understands "1"; a profile that sets "yes" starts a deployment that still crashes.
        Path profileFile = home.resolve("wrong-bypass.json");
        Files.writeString(profileFile, Files.readString(sandbox.profileFile()).replace("\"onValue\" : \"1\"", "\"onValue\" : \"yes\""));
        LoadedProfile wrong = new ProfileLoader().load(profileFile);

        RunbookProgress result = runner(wrong).run();

        assertThat(result.status()).isEqualTo(RunbookProgress.Status.FAILED);
        RunbookProgress.StepProgress redeploy = result.step("redeploy-with-bypass");
        assertThat(redeploy.status()).isEqualTo(RunbookProgress.StepStatus.FAILED);
        assertThat(redeploy.detail()).contains("CRASHED").contains("Database schema is not at head").contains("What to do");
        assertThat(result.effects()).extracting(RunbookProgress.Effect::description).containsExactly(Sandbox.BYPASS + " is ON");
    }

    @Test
    void aMigrationBlockedByALockFailsOnLockTimeoutAndResumesOnceTheBlockerIsGone() throws Exception {
        RunbookProgress result;
        try (Connection blocker = sandbox.database().connect(Sandbox.DATABASE, "facteur-api")) {
            blocker.setAutoCommit(false);
            try (Statement statement = blocker.createStatement()) {
                statement.executeQuery("SELECT id FROM user_personalization LIMIT 1").close();
            }
            result = runner(sandbox.profile()).run();
            blocker.rollback();
        }
        assertThat(result.status()).isEqualTo(RunbookProgress.Status.FAILED);
        assertThat(result.step("migrate").status()).isEqualTo(RunbookProgress.StepStatus.FAILED);
        assertThat(String.join("\n", result.log())).contains("lock timeout");
        assertThat(result.effects()).isNotEmpty();

        RunbookProgress resumed = runner(sandbox.profile()).run();
        assertThat(resumed.status()).as(String.join("\n", resumed.log())).isEqualTo(RunbookProgress.Status.COMPLETED);
        assertRecovered();
    }

    @Test
    void aRateLimitedVariableWriteFailsTheFirstStepAndChangesNothing() throws Exception {
        sandbox.railway().setRateLimitPerHour(1);
        RunbookProgress result = runner(sandbox.profile()).run();
        sandbox.railway().setRateLimitPerHour(0);

        assertThat(result.status()).isEqualTo(RunbookProgress.Status.FAILED);
        RunbookProgress.StepProgress first = result.step("set-bypass");
        assertThat(first.status()).isEqualTo(RunbookProgress.StepStatus.FAILED);
        assertThat(first.detail()).containsIgnoringCase("rate");
        assertThat(sandbox.serviceVariables()).doesNotContainKey(Sandbox.BYPASS);
        assertThat(result.step("redeploy-with-bypass").status()).isEqualTo(RunbookProgress.StepStatus.PENDING);
    }

    @Test
    void aConsoleKilledMidRunbookResumesWhereItStopped() throws Exception {
        String javaBinary = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process console = new ProcessBuilder(javaBinary, "-cp", System.getProperty("java.class.path"),
                "-Dsignalbox.test=true", "-Dsignalbox.home=" + home, Signalbox.class.getName(),
                "runbook", "run", BuiltInRunbooks.APPLY_MIGRATIONS_UNDER_BYPASS, "--profile", sandbox.profileFile().toString(),
                "--yes", "--poll", "0.25")
                .redirectErrorStream(true).redirectOutput(home.resolve("console.out").toFile()).start();
        RunbookProgressStore store = new RunbookProgressStore(PlatformDirs.detect().state());
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        boolean redeploying = false;
        while (!redeploying && System.nanoTime() < deadline && console.isAlive()) {
            var progress = readQuietly(store);
            redeploying = progress != null && progress.step("redeploy-with-bypass").status() == RunbookProgress.StepStatus.RUNNING
                    && progress.step("redeploy-with-bypass").deploymentId() != null;
            if (!redeploying) {
                LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            }
        }
        console.destroyForcibly().waitFor();
        // The case under test is a kill during the redeploy: a console that finished, failed or never got there first
        // would test something else.
        assertThat(redeploying).as("the console was killed while its redeploy ran; its output:\n"
                + Files.readString(home.resolve("console.out"))).isTrue();

        RunbookRunner resumed = runner(sandbox.profile());
        assertThat(resumed.progress().status()).isEqualTo(RunbookProgress.Status.INTERRUPTED);
        assertThat(resumed.progress().effects()).extracting(RunbookProgress.Effect::description).contains(Sandbox.BYPASS + " is ON");
        RunbookProgress result = resumed.run();

        assertThat(result.status()).as(String.join("\n", result.log())).isEqualTo(RunbookProgress.Status.COMPLETED);
        assertThat(String.join("\n", result.log())).contains("console stopped while this runbook ran")
                .contains("following deployment");
        assertRecovered();
    }

    private RunbookProgress readQuietly(RunbookProgressStore store) {
        try {
            return store.load(sandbox.profile().name(), BuiltInRunbooks.APPLY_MIGRATIONS_UNDER_BYPASS).orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
