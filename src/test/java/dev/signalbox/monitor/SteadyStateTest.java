package dev.signalbox.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.sandbox.Sandbox;
import dev.signalbox.sandbox.Scenario;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many full poll cycles of a watched profile (health, database, migrations, Railway, transitions, journal) against
 * the sandbox: the retained heap must not grow with the number of cycles. Histories are bounded by design; this
 * proves nothing else accumulates.
 */
@Timeout(240)
class SteadyStateTest {
    static final int WARM_UP = 40;
    static final int CYCLES = 240;

    @TempDir
    Path home;

    private static long retainedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Test
    void theHeapStaysFlatOverManySnapshotCycles() throws Exception {
        System.setProperty("signalbox.home", home.toString());
        try (Sandbox sandbox = Sandbox.start(Scenario.BLOCKED_MIGRATION, line -> { });
             ServiceWatch watch = WatchFactory.start(sandbox.profile())) {
            Map<Part, AtomicInteger> published = new EnumMap<>(Part.class);
            for (Part part : Part.values()) {
                published.put(part, new AtomicInteger());
            }
            watch.addListener(state -> published.get(state.part()).incrementAndGet());

            long warm = 0;
            for (int cycle = 1; cycle <= CYCLES; cycle++) {
                Map<Part, Integer> before = new EnumMap<>(Part.class);
                published.forEach((part, count) -> before.put(part, count.get()));
                watch.refreshAll();
                long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                for (Part part : new Part[]{Part.DATABASE, Part.MIGRATIONS, Part.RAILWAY}) {
                    while (published.get(part).get() == before.get(part) && System.nanoTime() < deadline) {
                        LockSupport.parkNanos(Duration.ofMillis(2).toNanos());
                    }
                    assertThat(published.get(part).get()).as(part + " published in cycle " + cycle).isGreaterThan(before.get(part));
                }
                if (cycle == WARM_UP) {
                    warm = retainedHeap();
                }
            }
            long end = retainedHeap();
            long growth = end - warm;
            System.out.printf("steady state: %d cycles, retained heap %.1f MB after warm-up, %.1f MB at the end (%+.2f MB)%n",
                    CYCLES, warm / 1e6, end / 1e6, growth / 1e6);
            assertThat(watch.state(Part.DATABASE).isFailing()).isFalse();
            assertThat(watch.state(Part.HEALTH).hasValue()).isTrue();
            // 200 more cycles than the warm-up: a leak of even 25 KB per cycle would show as 5 MB.
            assertThat(growth).as("retained heap growth over %d cycles", CYCLES - WARM_UP).isLessThan(5_000_000L);
        } finally {
            System.clearProperty("signalbox.home");
        }
    }
}
