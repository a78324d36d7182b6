package dev.signalbox;

import dev.signalbox.ui.ConsoleApplication;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * The run recorded into the packaged AppCDS archive ({@code packaging/create-cds-archive.sh}, JDK 17's
 * {@code -XX:ArchiveClassesAtExit}): the short commands an on-call engineer types, then the window up to its first
 * frame, in one JVM, so that one archive serves both the {@code signalbox} command and the window launcher.
 * {@code ArchiveTraining MIGRATIONS_DIR [--no-window]}.
 */
public final class ArchiveTraining {
    private ArchiveTraining() {
    }

    public static void main(String[] args) {
        String migrations = args[0];
        boolean window = args.length < 2 || !args[1].equals("--no-window");
        List<String[]> commands = List.of(
                new String[]{"--version"},
                new String[]{"--help"},
                new String[]{"migrations", "history", "--dir", migrations},
                new String[]{"migrations", "--dir", migrations, "--no-git"},
                new String[]{"migrations", "lint", "--dir", migrations},
                new String[]{"check", "--help"},
                new String[]{"check", "--sandbox"},
                new String[]{"check", "--sandbox", "--json"});
        for (String[] command : commands) {
            int code = Signalbox.run(command, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
            System.out.println("archive training: signalbox " + String.join(" ", command) + " -> exit " + code);
        }
        if (window) {
            ConsoleApplication.launchConsole(new String[]{"--measure-startup=true"});
        }
        System.exit(0);
    }
}
