package dev.signalbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.Signalbox;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

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

    @Test
    void helpListsTheCommandsAndExitCodes() {
        assertThat(run("--help")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("check", "profile", "--profile", "--read-only", "Exit codes", "needs attention");
    }

    @Test
    void versionPrintsAVersion() {
        assertThat(run("--version")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).startsWith("signalbox ").contains("Java " + System.getProperty("java.version"));
    }

    @Test
    void aBrokenProfileExitsTwoNamingLineAndColumnBeforeAnyWindow() throws Exception {
        Path broken = home.resolve("broken.json");
        Files.writeString(broken, "{\n  \"name\": \"svc\",\n  \"environment\" \"prod\"\n}");
        assertThat(run("--profile", broken.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains(broken + ":3:").contains("malformed JSON");
    }

    @Test
    void anOptionValueThatIsAlsoACommandNameIsTakenAsTheValue() throws Exception {
        Path profile = home.resolve("health.json");
        Files.writeString(profile, "{\"name\":\"svc\",\"environment\":\"staging\"}");
        // A view named like a command: rejected only for an unknown view, never parsed as the "health" command.
        assertThat(run("--view", "healthy")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("unknown view 'healthy'").doesNotContain("Expected parameter");
        assertThat(run("check", "--profile", "check")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("check").contains("no such profile");
        assertThat(run("profile", "validate", "--profile", profile.toString())).isEqualTo(ExitCode.OK);
    }

    /**
     * An unknown scenario, on each command that takes one, exits 2 before starting anything, and the message lists
     * every name the option takes: the project sandbox's too (it was missing, as it is not one of the enum's).
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"window", "sandbox", "check"})
    void anUnknownScenarioExitsTwoListingEveryScenarioProjectIncluded(String command) {
        String[] args = switch (command) {
            case "window" -> new String[]{"--scenario", "nope"};
            case "sandbox" -> new String[]{"sandbox", "--scenario", "nope"};
            default -> new String[]{"check", "--sandbox", "--scenario", "nope"};
        };
        assertThat(run(args)).as(err.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("--scenario: unknown scenario 'nope'; choose one of healthy, missing-revision,")
                .contains(", start-command-migrations, project");
        for (String name : dev.signalbox.sandbox.Scenario.cliNames()) {
            assertThat(err.toString()).as("the names listed").contains(name);
        }
        assertThat(dev.signalbox.sandbox.Scenario.cliNames()).contains("project");
    }

    /** The help of each command that takes --scenario names every scenario, the project sandbox included. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", "sandbox", "check"})
    void theHelpOfEachScenarioOptionNamesEveryScenario(String command) {
        String[] args = command.isEmpty() ? new String[]{"--help"} : new String[]{command, "--help"};
        assertThat(run(args)).isEqualTo(ExitCode.OK);
        String help = out.toString().replaceAll("\\s+", " ");
        for (String name : dev.signalbox.sandbox.Scenario.cliNames()) {
            assertThat(help).as("'%s --help' names %s", command, name).contains(name);
        }
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(run("check", "--bogus")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("Unknown option: '--bogus'");
    }

    @Test
    void checkIsOkWhenReferencesResolveAndAttentionWhenTheyDoNot() throws Exception {
        Path good = home.resolve("good.json");
        Files.writeString(good, "{\"name\":\"svc\",\"environment\":\"staging\"}");
        assertThat(run("check", "--profile", good.toString())).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("Profile svc: ok");

        Path missingToken = home.resolve("token.json");
        Files.writeString(missingToken, "{\"name\":\"svc\",\"environment\":\"staging\",\"railway\":{\"token\":\"env:SIGNALBOX_TEST_UNSET_TOKEN\"}}");
        StringWriter before = new StringWriter();
        before.write(out.toString());
        assertThat(run("check", "--profile", missingToken.toString(), "--json")).isEqualTo(ExitCode.ATTENTION);
        assertThat(out.toString()).contains("\"status\" : \"ATTENTION\"").contains("SIGNALBOX_TEST_UNSET_TOKEN is not set");
    }

    @Test
    void checkWithoutProfileIsAUsageError() {
        assertThat(run("check")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("no profile given");
    }

    @Test
    void profileInitWritesAValidProfileFoundByName() {
        assertThat(run("profile", "init", "billing")).isEqualTo(ExitCode.OK);
        assertThat(home.resolve("config/profiles/billing.json")).exists();
        // The template's migrations.location is an example path to edit: validate says so (exit 2), the rest reads.
        assertThat(run("profile", "validate", "--profile", "billing")).as(out.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(out.toString()).contains("profile 'billing' reads, but cannot be used as written", "(field migrations.location)",
                "facteur/backend/alembic.ini does not exist");
        assertThat(run("profile", "init", "billing")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("already exists; nothing was written");
        assertThat(run("profile", "list")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("billing");
    }

    @Test
    void usageErrorsAndHelpListEveryCommandThoughOnlyTheNamedOneIsBuilt() {
        // Only "migrations" is given to picocli for this line; its mistakes are answered as with every command.
        assertThat(run("migrations", "histroy")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("Unmatched argument at index 1: 'histroy'").contains("Did you mean: migrations history");

        StringWriter topLevel = new StringWriter();
        assertThat(Signalbox.run(new String[]{"--bogus"}, new PrintWriter(new StringWriter()), new PrintWriter(topLevel, true)))
                .isEqualTo(ExitCode.USAGE);
        assertThat(topLevel.toString()).contains("Unknown option: '--bogus'")
                .contains("check", "health", "migrations", "db", "railway", "runbook", "timeline", "sandbox", "profile", "help");

        StringWriter checkHelp = new StringWriter();
        assertThat(Signalbox.run(new String[]{"help", "check"}, new PrintWriter(checkHelp, true), new PrintWriter(err, true)))
                .isEqualTo(ExitCode.OK);
        assertThat(checkHelp.toString()).startsWith("Usage: signalbox check").contains("--sandbox");

        StringWriter topHelp = new StringWriter();
        assertThat(Signalbox.run(new String[]{"-h", "check"}, new PrintWriter(topHelp, true), new PrintWriter(err, true)))
                .isEqualTo(ExitCode.OK);
        assertThat(topHelp.toString()).startsWith("Usage: signalbox [").contains("timeline", "sandbox");
    }
}
