package dev.signalbox.ops.runbook;

import dev.signalbox.Signalbox;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The runbook's migration command in the kill tests, started by {@link RunbookKillTest} through a shell (so the
 * command's group holds a shell and this JVM, as a wrapper script would): writes its pid, waits until the test
 * creates {@code release}, then migrates as {@code signalbox sandbox migrate} does and notes it in
 * {@code migrations.log}. A stand-in killed before the release never migrates.
 */
public final class MigrationStandIn {

    private MigrationStandIn() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        long pid = ProcessHandle.current().pid();
        Path temporary = Files.createTempFile(folder, "stand-in", ".tmp");
        Files.writeString(temporary, Long.toString(pid));
        Files.move(temporary, folder.resolve("stand-in.pid"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        Path release = folder.resolve("release");
        while (!Files.exists(release)) {
            // A child process waiting for the test's go-ahead; the test itself waits on exact conditions.
            Thread.sleep(50);
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        int code = Signalbox.run(new String[]{"sandbox", "migrate"}, out, out);
        Files.writeString(folder.resolve("migrations.log"), "migrated by pid " + pid + " (exit " + code + ")\n",
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.exit(code);
    }
}
