package dev.signalbox.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.cli.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's exit-code table on internal errors: logged trace, one sentence naming the log, exit code 3. */
class LastResortTest {
    @TempDir
    Path home;

    @Test
    void aStackOverflowIsLoggedAndExitsThreeWithOneSentence() throws Exception {
        ChildJvm.Result result = ChildJvm.run(home, List.of("-Xss512k"), FaultyCommands.class.getName(), "overflow");
        assertInternalError(result, "overflow", "StackOverflowError");
    }

    @Test
    void anOutOfMemoryErrorIsLoggedAndExitsThree() throws Exception {
        ChildJvm.Result result = ChildJvm.run(home, List.of("-Xmx48m"), FaultyCommands.class.getName(), "out-of-memory");
        assertInternalError(result, "out-of-memory", "OutOfMemoryError");
    }

    @Test
    void anUnexpectedExceptionIsLoggedAndExitsThree() throws Exception {
        ChildJvm.Result result = ChildJvm.run(home, List.of(), FaultyCommands.class.getName(), "bug");
        assertInternalError(result, "bug", "IllegalStateException: a state the code never expected");
    }

    private void assertInternalError(ChildJvm.Result result, String command, String what) throws Exception {
        Path log = home.resolve("logs").resolve("signalbox.log");
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.INTERNAL);
        assertThat(result.err().strip()).as("one sentence, no stack trace on the terminal")
                .doesNotContain("\n").doesNotContain("\tat ")
                .contains("internal error in '" + command + "'").contains(what).contains("the stack trace is in " + log);
        assertThat(Files.readString(log)).contains("internal error in '" + command + "'").contains(what.split(":")[0]).contains("\tat ");
    }
}
