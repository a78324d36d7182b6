package dev.signalbox.ops.runbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A runbook's local command as a process group: what it spawns ends with it, and its description hides secrets. */
@Timeout(60)
class LocalCommandTest {
    @TempDir
    Path folder;

    private static long firstNumber(List<String> lines) {
        return lines.stream().filter(l -> l.matches("\\d+")).map(Long::parseLong).findFirst().orElseThrow();
    }

    @Test
    void aBackgroundProcessLeftByTheCommandEndsWithIt() throws Exception {
        // A wrapper script that starts something in the background and exits: the something must not run on.
        LocalCommand command = new LocalCommand(List.of("/bin/sh", "-c", "sleep 600 & echo $!"), folder, Map.of());
        List<String> output = new CopyOnWriteArrayList<>();
        long[] group = new long[1];

        LocalCommand.Result result = command.run(Duration.ofSeconds(30), output::add, gate -> {
            assertThat(gate.ownProcessGroup()).isTrue();
            group[0] = gate.pid();
            gate.open();
        });

        assertThat(result.succeeded()).isTrue();
        ProcessHandle.of(firstNumber(output)).ifPresent(left -> left.onExit().join());
        assertThat(LocalCommand.groupAlive(group[0])).isFalse();
    }

    @Test
    void cancelEndsTheWholeGroupAndAGateNotOpenedRunsNothing() throws Exception {
        LocalCommand command = new LocalCommand(List.of("/bin/sh", "-c", "sleep 600 & echo $!; wait"), folder, Map.of());
        List<String> output = new CopyOnWriteArrayList<>();
        CompletableFuture<LocalCommand.Result> running = CompletableFuture.supplyAsync(() -> {
            try {
                return command.run(Duration.ofSeconds(50), output::add);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (output.isEmpty()) {
            assertThat(System.nanoTime()).as("the command printed its child's pid").isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
        long grandchild = firstNumber(output);

        command.cancel();

        assertThat(running.get(20, TimeUnit.SECONDS).cancelled()).isTrue();
        ProcessHandle.of(grandchild).ifPresent(left -> left.onExit().join());
        assertThat(LocalCommand.groupAlive(command.pid())).isFalse();

        // The caller could not write its "started" record: the command must not run at all.
        Path marker = folder.resolve("ran");
        LocalCommand refused = new LocalCommand(List.of("/bin/sh", "-c", "touch ran"), folder, Map.of());
        assertThatThrownBy(() -> refused.run(Duration.ofSeconds(20), line -> { }, gate -> {
            throw new IOException("audit log not writable");
        })).isInstanceOf(IOException.class).hasMessageContaining("audit log");
        assertThat(marker).doesNotExist();
    }

    @Test
    void theDescriptionMasksPasswordsInUrlsAndSecretOptions() {
        LocalCommand command = new LocalCommand(List.of("alembic", "-x", "url=postgresql://app:hunter2@db.internal:5432/app",
                "--db-password=hunter2", "upgrade", "head"), folder, Map.of("DATABASE_URL", "postgresql://app:hunter2@db/app"));
        assertThat(command.describe()).doesNotContain("hunter2")
                .contains("postgresql://app:****@db.internal:5432/app", "--db-password=****", "upgrade head");
    }
}
