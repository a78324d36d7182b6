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
        // The test's go-ahead is a file: wait for its creation event, not on a timer.
        try (java.nio.file.WatchService watcher = folder.getFileSystem().newWatchService()) {
            folder.register(watcher, java.nio.file.StandardWatchEventKinds.ENTRY_CREATE);
            while (!Files.exists(release)) {
                java.nio.file.WatchKey key = watcher.poll(1, java.util.concurrent.TimeUnit.SECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
            }
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        int code = Signalbox.run(new String[]{"sandbox", "migrate"}, out, out);
        Files.writeString(folder.resolve("migrations.log"), "migrated by pid " + pid + " (exit " + code + ")\n",
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.exit(code);
    }
}
