package dev.signalbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The completion and man page the .deb installs come from the same model as --help. */
class CommandLineDocsTest {
    @TempDir
    Path out;

    @Test
    void writesCompletionForEveryCommandAndAManPageWithEachCommandsHelp() throws Exception {
        CommandLineDocs.main(new String[]{out.toString()});

        String bash = Files.readString(out.resolve("bash-completion/signalbox"));
        assertThat(bash).contains("complete -F _complete_signalbox", "migrations history", "migrations lint", "railway vars",
                "--sandbox", "--dir");
        assertThat(Files.readString(out.resolve("zsh/_signalbox"))).startsWith("#compdef signalbox").contains("_complete_signalbox");

        String man = Files.readString(out.resolve("man/signalbox.1"));
        assertThat(man).startsWith(".\\\" Generated").contains(".TH SIGNALBOX 1", ".SH NAME", ".SH SYNOPSIS", ".SH COMMANDS");
        for (String command : new String[]{"check", "health", "migrations", "migrations history", "db", "railway", "runbook",
                "timeline", "sandbox", "profile"}) {
            assertThat(man).contains(".SS \"signalbox " + command + "\"");
        }
        // the exit codes of --help, and no line a formatter would take for a request
        assertThat(man).contains("3   internal error (see the log file)");
        assertThat(man.lines().filter(l -> !l.startsWith(".") && l.startsWith("'"))).isEmpty();
    }
}
