package dev.signalbox.ops.runbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.signalbox.Signalbox;
import dev.signalbox.common.Json;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.PlatformDirs;
import dev.signalbox.config.ProfileLoader;
import dev.signalbox.migrations.MigrationStatus;
import dev.signalbox.monitor.WatchFactory;
import dev.signalbox.ops.ActionGuard;
import dev.signalbox.ops.AuditLog;
import dev.signalbox.ops.AuditRecord;
import dev.signalbox.ops.Confirmation;
import dev.signalbox.ops.OpsContext;
import dev.signalbox.ops.Outcome;
import dev.signalbox.ops.RunbookClaimedException;
import dev.signalbox.railway.RailwayClient;
import dev.signalbox.sandbox.Sandbox;
import dev.signalbox.sandbox.Scenario;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A console killed with {@code kill -9} during the runbook's migration step (issue 14), and two consoles on two
 * machines starting the same runbook (issue 17), with real child JVMs: the console is {@code signalbox runbook run},
 * the migration a {@link MigrationStandIn} behind a shell, the database the sandbox's embedded PostgreSQL.
 */
@Timeout(300)
class RunbookKillTest {
    @TempDir
    Path home;
    Sandbox sandbox;
    Path commandFolder;
    LoadedProfile profile;
    final List<Process> started = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        System.setProperty("signalbox.home", home.resolve("this-machine").toString());
        sandbox = Sandbox.start(Scenario.DEATH_LOOP, line -> { });
        commandFolder = Files.createDirectories(home.resolve("command"));
        profile = profileWithStandIn();
    }

    @AfterEach
    void stop() {
        started.forEach(Process::destroyForcibly);
        pidIn(commandFolder.resolve("stand-in.pid")).flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroyForcibly);
        sandbox.close();
        System.clearProperty("signalbox.home");
    }

    /** The sandbox profile, its upgradeCommand a shell running the stand-in (a group of two processes). */
    private LoadedProfile profileWithStandIn() throws Exception {
        ObjectNode json = (ObjectNode) Json.mapper().readTree(sandbox.profileFile().toFile());
        ArrayNode command = ((ObjectNode) json.get("migrations")).putArray("upgradeCommand");
        command.add("/bin/sh").add("-c").add("\"$0\" -cp \"$1\" " + MigrationStandIn.class.getName() + " \"$2\"; exit $?")
                .add(javaBinary()).add(absoluteClassPath()).add(commandFolder.toString());
        Path file = home.resolve("sandbox-stand-in.json");
        Json.mapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), json);
        return new ProfileLoader().load(file);
    }

    private Process console(String machine, String user, String... args) throws Exception {
        List<String> words = new ArrayList<>(List.of(javaBinary(), "-cp", absoluteClassPath(), "-Dsignalbox.test=true",
                "-Dsignalbox.home=" + home.resolve(machine), "-Duser.name=" + user, Signalbox.class.getName()));
        words.addAll(List.of(args));
        Process process = new ProcessBuilder(words).redirectErrorStream(true)
                .redirectOutput(home.resolve(machine + "-" + user + ".out").toFile()).start();
        started.add(process);
        return process;
    }

    private Process runbookConsole(String machine, String user) throws Exception {
        return console(machine, user, "runbook", "run", BuiltInRunbooks.APPLY_MIGRATIONS_UNDER_BYPASS,
                "--profile", profile.file().toString(), "--yes", "--poll", "0.25");
    }

    private RunbookRunner runner() throws Exception {
        ActionGuard guard = new ActionGuard(OpsContext.of(profile.profile(), false), Confirmation.preapproved(null),
                new AuditLog(PlatformDirs.detect().auditLog()), Clock.systemUTC());
        EngineRunbookServices services = new EngineRunbookServices(profile, guard,
                RailwayClient.forProfile(profile.profile().railway()), Clock.systemUTC());
        return new RunbookRunner(RunbookLoader.find(profile, BuiltInRunbooks.APPLY_MIGRATIONS_UNDER_BYPASS), profile.name(),
                services, new RunbookProgressStore(PlatformDirs.detect().state()), Clock.systemUTC(), Duration.ofMillis(250));
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        int code = Signalbox.run(args, new PrintWriter(out), new PrintWriter(out));
        return code + ": " + out;
    }

    private List<AuditRecord> commandRecords() throws Exception {
        return new AuditLog(PlatformDirs.detect().auditLog()).read().records().stream()
                .filter(r -> r.action().equals("runbook.command")).toList();
    }

    @Test
    void aConsoleKilledMidMigrationLeavesNoOrphanAnAuditTrailAnInterruptedStatusAndAResumeMigratesOnce() throws Exception {
        Process console = runbookConsole("this-machine", System.getProperty("user.name"));
        Path standInPid = commandFolder.resolve("stand-in.pid");
        await(Duration.ofSeconds(150), () -> Files.exists(standInPid) || !console.isAlive(), "the migration step to start");
        assertThat(console.isAlive()).as(output("this-machine-" + System.getProperty("user.name"))).isTrue();
        ProcessHandle standIn = ProcessHandle.of(pidIn(standInPid).orElseThrow()).orElseThrow();

        // Written before the command ran: who, what (no secrets), and the pid of its process group.
        AuditRecord startedRecord = commandRecords().get(0);
        assertThat(startedRecord.outcome()).isEqualTo(Outcome.STARTED);
        assertThat(startedRecord.target()).contains(MigrationStandIn.class.getName()).doesNotContain("postgresql://");
        long group = pidOf(startedRecord.message());
        assertThat(standIn.parent().map(ProcessHandle::pid)).contains(group);
        assertThat(ProcessHandle.of(group).flatMap(h -> h.parent()).map(ProcessHandle::pid)).contains(console.pid());

        // Nobody else runs it meanwhile: not a second console, not this process.
        String status = run("runbook", "status", "--profile", profile.file().toString());
        assertThat(status).contains("RUNNING, run by the console pid " + console.pid());
        String second = run("runbook", "run", BuiltInRunbooks.APPLY_MIGRATIONS_UNDER_BYPASS, "--profile", profile.file().toString(), "--yes");
        assertThat(second).startsWith("1: ").contains("already running here: the console pid " + console.pid());
        assertThatThrownBy(() -> runner().run()).isInstanceOf(RunbookClaimedException.class)
                .hasMessageContaining("pid " + console.pid());
        assertThat(run("runbook", "abort", BuiltInRunbooks.APPLY_MIGRATIONS_UNDER_BYPASS, "--profile", profile.file().toString()))
                .startsWith("1: ").contains("Not aborted", "pid " + console.pid());

        console.destroyForcibly().waitFor();

        // The watchdog ends the whole group: the shell and the stand-in under it.
        standIn.onExit().get(30, TimeUnit.SECONDS);
        ProcessHandle.of(group).ifPresent(h -> h.onExit().join());
        assertThat(LocalCommand.groupAlive(group)).isFalse();
        assertThat(commandFolder.resolve("migrations.log")).doesNotExist();

        status = run("runbook", "status", "--profile", profile.file().toString());
        assertThat(status).contains("INTERRUPTED: the console holding it (pid " + console.pid()).contains("is gone");

        Files.writeString(commandFolder.resolve("release"), "go");
        RunbookProgress resumed = runner().run();
        assertThat(resumed.status()).as(String.join("\n", resumed.log())).isEqualTo(RunbookProgress.Status.COMPLETED);
        assertThat(Files.readAllLines(commandFolder.resolve("migrations.log"))).hasSize(1);
        assertThat(WatchFactory.inspectMigrations(sandbox.profile(), Clock.systemUTC()).status()).isEqualTo(MigrationStatus.UP_TO_DATE);
        assertThat(commandRecords()).extracting(AuditRecord::outcome)
                .containsExactly(Outcome.STARTED, Outcome.UNVERIFIED, Outcome.STARTED, Outcome.SUCCEEDED);
        assertThat(commandRecords().get(1).message()).contains("interrupted", "pid " + console.pid(), "is gone");
    }

    @Test
    void aSecondMachineIsRefusedWithWhoHoldsTheRunbookAndSinceWhenUntilTheHoldersConsoleDies() throws Exception {
        Process alice = runbookConsole("laptop-a", "alice");
        Path standInPid = commandFolder.resolve("stand-in.pid");
        await(Duration.ofSeconds(150), () -> Files.exists(standInPid) || !alice.isAlive(), "alice's migration step to start");
        assertThat(alice.isAlive()).as(output("laptop-a-alice")).isTrue();
        assertThat(claims()).containsExactly("signalbox:alice@" + host());

        // Bob, on another machine (his own state folder), starts the same runbook: refused, naming alice.
        Process bob = runbookConsole("laptop-b", "bob");
        assertThat(bob.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(bob.exitValue()).isEqualTo(1);
        assertThat(output("laptop-b-bob")).contains("Not started", "claimed by signalbox:alice@" + host(), " since ", "UTC");
        // His hand-made toggle write would fight alice's runbook: refused too, naming her.
        Process toggle = console("laptop-b", "bob", "railway", "set", Sandbox.BYPASS, "0", "--profile", profile.file().toString(), "--yes");
        assertThat(toggle.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(output("laptop-b-bob")).contains("signalbox:alice@" + host());
        assertThat(sandbox.serviceVariables()).containsEntry(Sandbox.BYPASS, "1");

        long aliceStandIn = Long.parseLong(Files.readString(standInPid).strip());
        alice.destroyForcibly().waitFor();
        await(Duration.ofSeconds(60), () -> claims().isEmpty(), "alice's claim to vanish with her session");
        // The watchdog ends alice's orphaned command within its poll: released before that, it would still migrate.
        await(Duration.ofSeconds(30), () -> ProcessHandle.of(aliceStandIn).map(p -> !p.isAlive()).orElse(true),
                "alice's orphaned migration command to be ended by her watchdog");

        Files.writeString(commandFolder.resolve("release"), "go");
        Process bobAgain = runbookConsole("laptop-b", "bob");
        assertThat(bobAgain.waitFor(240, TimeUnit.SECONDS)).isTrue();
        assertThat(bobAgain.exitValue()).as(output("laptop-b-bob")).isZero();
        assertThat(Files.readAllLines(commandFolder.resolve("migrations.log"))).hasSize(1);
        assertThat(claims()).as("released when bob's run ended").isEmpty();
    }

    /** Who holds an advisory lock on the sandbox database, by application_name. */
    private List<String> claims() {
        try (Connection connection = sandbox.database().connect(Sandbox.DATABASE, "test-observer");
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a"
                     + " ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted")) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String host() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "unknown-host";
        }
    }

    private String output(String name) {
        try {
            return Files.readString(home.resolve(name + ".out"));
        } catch (Exception e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    private static long pidOf(String message) {
        Matcher m = Pattern.compile("pid (\\d+)").matcher(message);
        assertThat(m.find()).as(message).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static java.util.Optional<Long> pidIn(Path file) {
        try {
            return java.util.Optional.of(Long.parseLong(Files.readString(file).strip()));
        } catch (Exception e) {
            return java.util.Optional.empty();
        }
    }

    private static void await(Duration limit, BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String absoluteClassPath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }
}
