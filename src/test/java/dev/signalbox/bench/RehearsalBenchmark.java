package dev.signalbox.bench;

import dev.signalbox.migrations.MigrationRehearsal;
import dev.signalbox.migrations.RehearsalReport;
import dev.signalbox.sandbox.Sandbox;
import dev.signalbox.sandbox.Scenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * End-to-end time of 'signalbox migrations rehearse' on the death-loop sandbox (two pending revisions): start of a
 * throwaway PostgreSQL, schema by replaying the migrations (or pg_dump when its version fits), each pending revision
 * run by the upgrade command (a child JVM), production's facts, removal of the copy. Figures go to docs/performance.md.
 *
 * <pre>
 * mvn -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.signalbox.bench.RehearsalBenchmark [-Dexec.args=RUNS]
 * </pre>
 */
public final class RehearsalBenchmark {
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        try (Sandbox sandbox = Sandbox.start(Scenario.DEATH_LOOP, line -> { })) {
            List<Long> totals = new ArrayList<>();
            RehearsalReport last = null;
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                last = new MigrationRehearsal(sandbox.profile(), MigrationRehearsal.DEFAULT_RISKY_BYTES, Duration.ofMinutes(5), line -> { }).run();
                totals.add((System.nanoTime() - t0) / 1_000_000);
            }
            Collections.sort(totals);
            System.out.printf("rehearsal of %d pending revision(s), schema from %s, %d runs: min %d ms, median %d ms, max %d ms%n",
                    last.revisions().size(), last.schemaSource(), runs, totals.get(0), totals.get(runs / 2), totals.get(runs - 1));
            for (RehearsalReport.RevisionResult r : last.revisions()) {
                System.out.printf("  last run: %s %s, upgrade command on the copy %d ms%n", r.revision(), r.verdict(), r.durationMs());
            }
        }
    }
}
