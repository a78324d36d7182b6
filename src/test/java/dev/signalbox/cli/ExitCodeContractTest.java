package dev.signalbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.Signalbox;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The exit-code contract as a user meets it with bad input: 2 when a setting or an argument is wrong (and the message
 * names the file and the field), 1 when something that was tried failed. Each case is one the audit of every command
 * found wrong: a database on a closed loopback port, a token file with any text (never sent: the command stops first).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ExitCodeContractTest {
    @TempDir
    Path home;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

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

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String fixtureIni() throws Exception {
        return Path.of(ExitCodeContractTest.class.getResource("/migrations/graph-linear/alembic.ini").toURI()).toString();
    }

    /** A profile of {@code sections} (JSON members after name and environment). */
    private Path profile(String name, String sections) throws Exception {
        Path file = home.resolve(name + ".json");
        Files.writeString(file, "{\"name\": \"svc\", \"environment\": \"staging\"" + (sections.isEmpty() ? "" : ", " + sections) + "}");
        return file;
    }

    private String unreachableDatabase() throws Exception {
        return "\"database\": {\"url\": \"postgresql://postgres@127.0.0.1:" + closedPort() + "/app?sslmode=disable\"}";
    }

    private static String migrations(String location) {
        return "\"migrations\": {\"location\": \"" + location.replace("\\", "\\\\") + "\"}";
    }

    private String railway(String extra) throws Exception {
        Path token = home.resolve("token");
        Files.writeString(token, "any-token\n");
        return "\"railway\": {\"endpoint\": \"http://127.0.0.1:" + closedPort() + "/graphql/v2\", \"token\": \"file:"
                + token.toString().replace("\\", "\\\\") + "\", \"tokenKind\": \"project\"" + extra + "}";
    }

    @Test
    void rehearseWithoutAMigrationsSectionIsAConfigurationErrorNamingTheFileAndTheField() throws Exception {
        Path file = profile("no-migrations", unreachableDatabase());
        assertThat(run("migrations", "rehearse", "--profile", file.toString())).as(err.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).startsWith("error: " + file + " (field migrations): the profile has no \"migrations\" section")
                .contains("\"upgradeCommand\"").doesNotContain("rehearsal FAILED");

        Path noDatabase = profile("no-database", migrations(fixtureIni()));
        assertThat(run("migrations", "rehearse", "--profile", noDatabase.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).startsWith("error: " + noDatabase + " (field database): the profile has no \"database\" section");

        Path nowhere = profile("nowhere", unreachableDatabase() + ", " + migrations(home.resolve("absent/alembic.ini").toString()));
        assertThat(run("migrations", "rehearse", "--profile", nowhere.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains(nowhere + " (field migrations.location)", "absent/alembic.ini does not exist");

        Path untargetable = profile("untargetable", unreachableDatabase() + ", \"migrations\": {\"location\": \""
                + fixtureIni().replace("\\", "\\\\") + "\", \"upgradeCommand\": [\"alembic\", \"upgrade\"]}");
        assertThat(run("migrations", "rehearse", "--profile", untargetable.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains(untargetable + " (field migrations.upgradeCommand)", "end the profile's migrations.upgradeCommand with 'head'")
                .as("refused before production is read").doesNotContain("alembic_version");
    }

    @Test
    void rehearseThatCannotReachProductionStillFailsWithOne() throws Exception {
        Path file = profile("unreachable", unreachableDatabase() + ", " + migrations(fixtureIni()));
        assertThat(run("migrations", "rehearse", "--profile", file.toString())).as(err.toString()).isEqualTo(ExitCode.ATTENTION);
        assertThat(err.toString()).contains("rehearsal FAILED: cannot connect to postgresql://postgres@127.0.0.1:");
    }

    @Test
    void migrationsThatCannotReadTheDatabaseExitOneAndAnUnsetDatabaseReferenceNamesTheField() throws Exception {
        Path file = profile("unreachable", unreachableDatabase() + ", " + migrations(fixtureIni()));
        assertThat(run("migrations", "--profile", file.toString(), "--no-git", "--timeout", "1")).isEqualTo(ExitCode.ATTENTION);
        assertThat(err.toString()).startsWith("error: cannot connect to postgresql://postgres@127.0.0.1:");
        assertThat(run("migrations", "history", "--profile", file.toString(), "--timeout", "1")).isEqualTo(ExitCode.ATTENTION);

        Path unset = profile("unset", "\"database\": {\"url\": \"env:SIGNALBOX_TEST_UNSET_DATABASE_URL\"}, " + migrations(fixtureIni()));
        assertThat(run("migrations", "--profile", unset.toString(), "--no-git")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains(unset + " (field database.url)", "SIGNALBOX_TEST_UNSET_DATABASE_URL is not set");

        Path nowhere = profile("nowhere", migrations(home.resolve("absent/alembic.ini").toString()));
        assertThat(run("migrations", "--profile", nowhere.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains(nowhere + " (field migrations.location)");

        assertThat(run("migrations", "--config", fixtureIni(), "--timeout", "0")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("--timeout: must be between 1 and 300 seconds, got 0");
    }

    @Test
    void lintReadsOnlyTheFilesSoAProfileWhoseDatabaseIsDownOrUnsetStillLints() throws Exception {
        Path down = profile("down", unreachableDatabase() + ", " + migrations(fixtureIni()));
        assertThat(run("migrations", "lint", "--profile", down.toString())).as(err.toString()).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("0 error(s), 0 warning(s)");
        Path unset = profile("unset", "\"database\": {\"url\": \"env:SIGNALBOX_TEST_UNSET_DATABASE_URL\"}, " + migrations(fixtureIni()));
        assertThat(run("migrations", "lint", "--profile", unset.toString())).as(err.toString()).isEqualTo(ExitCode.OK);
    }

    @Test
    void checkOfAProfileWhoseMigrationsCannotBeLocatedIsAConfigurationError() throws Exception {
        Path nowhere = profile("nowhere", migrations(home.resolve("absent/alembic.ini").toString()));
        assertThat(run("check", "--profile", nowhere.toString())).as(out.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(out.toString()).contains("ERROR     migrations", "absent/alembic.ini does not exist",
                "fix " + nowhere + " (field migrations.location)");

        // A database that does not answer is a failure of the check, not of the profile.
        Path down = profile("down", unreachableDatabase() + ", " + migrations(fixtureIni()));
        assertThat(run("check", "--profile", down.toString())).isEqualTo(ExitCode.ATTENTION);
    }

    @Test
    void railwayCommandsNameTheProfileFileOfAnUnusableTokenOrMissingIdAndRefuseANonPositiveLimit() throws Exception {
        Path unset = profile("unset-token", "\"railway\": {\"token\": \"env:SIGNALBOX_TEST_UNSET_TOKEN\", \"tokenKind\": \"project\","
                + " \"projectId\": \"p\", \"environmentId\": \"e\", \"serviceId\": \"s\"}");
        assertThat(run("railway", "deployments", "--profile", unset.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).startsWith("error: " + unset + " (field railway.token): ").contains("SIGNALBOX_TEST_UNSET_TOKEN is not set");

        Path noService = profile("no-service", railway(", \"projectId\": \"p\", \"environmentId\": \"e\""));
        assertThat(run("railway", "vars", "--profile", noService.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).startsWith("error: " + noService + ": the profile's railway section lacks serviceId");

        Path complete = profile("complete", railway(", \"projectId\": \"p\", \"environmentId\": \"e\", \"serviceId\": \"s\""));
        assertThat(run("railway", "deployments", "--limit", "0", "--profile", complete.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("--limit: must be 1 or more, got 0").doesNotContain("No deployments");
    }

    @Test
    void aRunbookTheProfileCannotHaveSaysWhatTheProfileLacksAndABadPollIsAUsageError() throws Exception {
        Path noMigrations = profile("no-migrations", railway(", \"projectId\": \"p\", \"environmentId\": \"e\", \"serviceId\": \"s\"")
                + ", \"toggles\": [{\"name\": \"MIGRATION_BYPASS\", \"kind\": \"bypass\", \"onValue\": \"1\"}]");
        for (String verb : List.of("run", "abort")) {
            assertThat(run("runbook", verb, "apply-migrations-under-bypass", "--profile", noMigrations.toString())).isEqualTo(ExitCode.USAGE);
            assertThat(err.toString()).startsWith("error: " + noMigrations + ": no runbook 'apply-migrations-under-bypass'")
                    .contains("available: none", "needs a \"migrations\" section in the profile");
        }
        assertThat(run("runbook", "run", "apply-migrations-under-bypass", "--poll", "-1", "--profile", noMigrations.toString()))
                .isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("--poll: must be more than 0");
    }

    @Test
    void aProfileOfItsOwnRunbooksWithoutRailwayIsRefusedNotAnInternalError() throws Exception {
        Files.writeString(home.resolve("runbooks.json"), "[{\"name\": \"restart\", \"title\": \"Restart\", \"description\": \"redeploys\","
                + " \"steps\": [{\"id\": \"r\", \"title\": \"Redeploy\", \"action\": {\"type\": \"redeploy\"}, \"timeoutSeconds\": 5}]}]");
        Path file = profile("own-runbooks", "\"runbooksFile\": \"runbooks.json\"");
        // It was a NullPointerException, exit 3, with the log's path; the preflight names what the step needs.
        assertThat(run("runbook", "run", "restart", "--yes", "--profile", file.toString())).as(err.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).startsWith("Not started: runbook 'Restart' needs settings that profile svc lacks")
                .contains(file + " (field railway): the profile has no \"railway\" section, and step 'Redeploy' acts on Railway")
                .doesNotContain("internal error");

        Files.writeString(home.resolve("runbooks.json"), "[{\"name\": \"pause\", \"title\": \"Pause\", \"description\": \"waits\","
                + " \"steps\": [{\"id\": \"w\", \"title\": \"Wait\", \"action\": {\"type\": \"wait\", \"seconds\": 5}, \"timeoutSeconds\": 5}]}]");
        assertThat(run("runbook", "list", "--profile", file.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("(field [0].steps[0].action.seconds): unknown key 'seconds'; this object takes no other key");
    }

    @Test
    void aRunbookStepWithoutTimeoutSecondsTakesTheDefaultAndABadOneIsNamedAtItsLine() throws Exception {
        Path runbooks = home.resolve("runbooks.json");
        String head = "[{\"name\": \"pause\", \"title\": \"Pause\", \"description\": \"waits\",\n"
                + " \"steps\": [{\"id\": \"w\", \"title\": \"Wait\", \"action\": {\"type\": \"wait\"}";
        Files.writeString(runbooks, head + "}]}]");
        Path file = profile("own-runbooks", "\"runbooksFile\": \"runbooks.json\"");
        // It was "expected a whole number here", though the field is optional.
        assertThat(run("runbook", "list", "--json", "--profile", file.toString())).as(err.toString()).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("\"timeoutSeconds\" : 60");
        // A step that needs nothing from the profile runs without Railway or a database.
        assertThat(run("runbook", "run", "pause", "--yes", "--profile", file.toString())).as(err.toString()).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("Runbook pause: COMPLETED");

        Files.writeString(runbooks, head + ",\n  \"timeoutSeconds\": null}]}]");
        assertThat(run("runbook", "list", "--profile", file.toString())).as("null is the field left out").isEqualTo(ExitCode.OK);
        Map<String, String> bad = Map.of("0", "a step's timeout is 1 to 86400 seconds, got 0; leave it out for the default of 60",
                "-5", "got -5", "86401", "got 86401", "1.5", "expected a whole number here", "\"ten\"", "expected a whole number here");
        for (Map.Entry<String, String> value : bad.entrySet()) {
            Files.writeString(runbooks, head + ",\n  \"timeoutSeconds\": " + value.getKey() + "}]}]");
            assertThat(run("runbook", "list", "--profile", file.toString())).as(value.getKey()).isEqualTo(ExitCode.USAGE);
            assertThat(err.toString()).as(value.getKey()).startsWith("error: " + runbooks + ":3:")
                    .contains("(field [0].steps[0].timeoutSeconds): ", value.getValue());
        }
    }

    @Test
    void validateNamesAMigrationsLocationThatDoesNotExistAsAConfigurationError() throws Exception {
        Path absent = home.resolve("absent/alembic.ini");
        Path nowhere = profile("nowhere", migrations(absent.toString()));
        // It said "valid profile" and exited 0; 'check' and 'migrations' exit 2 for the same profile.
        assertThat(run("profile", "validate", "--profile", nowhere.toString())).as(out.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(out.toString()).doesNotContain("valid profile")
                .contains(nowhere + ": profile 'svc' reads, but cannot be used as written")
                .contains(nowhere + " (field migrations.location): " + absent + " does not exist");

        Path found = profile("found", migrations(fixtureIni()));
        assertThat(run("profile", "validate", "--profile", found.toString())).as(out.toString()).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains(found + ": valid profile 'svc'");
    }

    @Test
    void everyCommandsHelpFormatsWithoutAPicocliWarning() {
        List<String> warned = new ArrayList<>();
        PrintStream systemErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        // picocli reports a description it cannot format (an unescaped '%') on System.err, and prints it raw.
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            List<CommandLine> all = new ArrayList<>(List.of(new CommandLine(new Signalbox(), new CommandFactory(dev.signalbox.app.AppContext.lazy()))));
            for (Class<?> command : List.of(InitCommand.class, CheckCommand.class, HealthCommand.class, MigrationsCommand.class,
                    DbCommand.class, RailwayCommand.class, RunbookCommand.class, TimelineCommand.class, SandboxCommand.class,
                    ProfileCommand.class, WatchCommand.class)) {
                all.get(0).addSubcommand(command);
            }
            for (int i = 0; i < all.size(); i++) {
                CommandLine command = all.get(i);
                all.addAll(command.getSubcommands().values());
                captured.reset();
                command.getUsageMessage();
                if (captured.size() > 0) {
                    warned.add(command.getCommandName() + ": " + captured.toString(StandardCharsets.UTF_8));
                }
            }
        } finally {
            System.setErr(systemErr);
        }
        assertThat(warned).isEmpty();
    }
}
