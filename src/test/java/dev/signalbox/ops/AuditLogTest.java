package dev.signalbox.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.Signalbox;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit file under concurrent writers and past its size limit: ordered, whole, private, and all readable. */
class AuditLogTest {
    @TempDir
    Path home;

    private static AuditRecord record(String profile, String summary) {
        return new AuditRecord(null, "alice", profile, "staging", "railway.variable.set", profile + " / staging: X", summary,
                Map.of(), Map.of(), Outcome.SUCCEEDED, "done");
    }

    @Test
    void twentyConcurrentWritersLeaveWholeLinesInTimeOrder() throws Exception {
        Path file = home.resolve("state/audit.jsonl");
        int writers = 20;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<AuditRecord>> written = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String summary = "write " + i;
            // One AuditLog per writer, as separate consoles and CLI runs have: only the locks order them.
            AuditLog log = new AuditLog(file);
            written.add(pool.submit(() -> {
                go.await();
                return log.append(record("facteur-api", summary), Clock.systemUTC());
            }));
        }
        go.countDown();
        for (Future<AuditRecord> future : written) {
            assertThat(future.get(60, TimeUnit.SECONDS).time()).isNotNull();
        }
        pool.shutdown();

        AuditLog.Entries entries = new AuditLog(file).read();
        assertThat(entries.problems()).isEmpty();
        assertThat(entries.records()).hasSize(writers);
        List<Instant> times = entries.records().stream().map(AuditRecord::time).toList();
        assertThat(times).as("file order is time order").isSorted();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aFullFileIsRotatedAndEveryRecordStaysReadableByTheTimeline() throws Exception {
        Path file = home.resolve("state/audit.jsonl");
        AuditLog log = new AuditLog(file, 2_000);
        for (int i = 0; i < 40; i++) {
            log.append(record("facteur-api", "change number " + i), Clock.systemUTC());
        }

        List<Path> rotated = log.rotated();
        assertThat(rotated).isNotEmpty();
        assertThat(rotated.get(0).getFileName().toString()).isEqualTo("audit.1.jsonl");
        for (Path each : rotated) {
            assertThat(Files.size(each)).isLessThan(2_000 + 1_000);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(each))).isEqualTo("rw-------");
        }
        assertThat(log.read().records()).extracting(AuditRecord::summary)
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 40).mapToObj(i -> "change number " + i).toList());

        // The post-mortem's timeline reads the rotated files too: the first change is in audit.1.jsonl.
        Path profile = home.resolve("facteur-api.json");
        Files.writeString(profile, "{\"name\": \"facteur-api\", \"environment\": \"staging\"}");
        System.setProperty("signalbox.home", home.toString());
        try {
            StringWriter out = new StringWriter();
            int code = Signalbox.run(new String[]{"timeline", "--profile", profile.toString()}, new PrintWriter(out),
                    new PrintWriter(new StringWriter()));
            assertThat(code).isZero();
            assertThat(out.toString()).contains("change number 0 ").contains("change number 39 ");
        } finally {
            System.clearProperty("signalbox.home");
        }
    }
}
