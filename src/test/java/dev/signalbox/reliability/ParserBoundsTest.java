package dev.signalbox.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.Signalbox;
import dev.signalbox.cli.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each parser bounds its depth and size: a hostile input is a positioned error, never a crash. */
class ParserBoundsTest {
    @TempDir
    Path home;

    /** The reproduction through the real entry point: 6,000 parentheses around a down_revision. */
    @Test
    void theRealEntryPointNeverEndsInAStackTrace() throws Exception {
        Path versions = Files.createDirectories(home.resolve("versions"));
        Files.writeString(versions.resolve("a1_base.py"), "revision = 'a1'\ndown_revision = None\n");
        Files.writeString(versions.resolve("b2_deep.py"), "revision = 'b2'\ndown_revision = "
                + "(".repeat(6000) + "'a1'" + ")".repeat(6000) + "\n");
        for (String sub : List.of("history", "lint")) {
            ChildJvm.Result result = ChildJvm.run(home, List.of(), Signalbox.class.getName(), "migrations", sub, "--dir", versions.toString());
            assertThat(result.err()).as(sub).doesNotContain("\tat ").doesNotContain("Exception in thread");
            assertThat(result.exitCode()).as(sub + ": " + result.err() + result.out()).isIn(ExitCode.OK, ExitCode.ATTENTION);
            assertThat(result.out() + result.err()).as(sub).contains(versions.resolve("b2_deep.py") + ":2").contains("nesting too deep");
            assertThat(result.out()).as(sub + ": the other revisions are still read").contains(sub.equals("history") ? "a1 (head)" : "in 1 revision(s)");
        }
    }

}
