package dev.signalbox.bench;

import dev.signalbox.migrations.LintFinding;
import dev.signalbox.migrations.MigrationLinter;
import dev.signalbox.migrations.RevisionFile;
import dev.signalbox.migrations.RevisionFileReader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Benchmark (not a test): one revision file whose {@code upgrade()} makes N {@code op.} calls (half of them add_column
 * with a nested sa.Column, then create_index and execute of raw SQL), read and linted as
 * {@code migrations lint} does. The cost must grow linearly with N (issue 14: 20,000 calls took 5 s, 40,000 took
 * 25 s). Arguments: the call counts (default 10000 40000 160000). Command and figures: docs/performance.md.
 */
public final class RevisionFileBenchmark {
    private static final int RUNS = 5;

    private RevisionFileBenchmark() {
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[]{10_000, 40_000, 160_000} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        Path file = Path.of("versions", "ffff0000_huge.py");
        MigrationLinter linter = new MigrationLinter(false);
        // Warm-up, so the first size is not paying for the JIT.
        lintOnce(file, source(5_000), linter);
        for (int calls : sizes) {
            String text = source(calls);
            long[] times = new long[RUNS];
            int findings = 0;
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                findings = lintOnce(file, text, linter);
                times[i] = System.nanoTime() - start;
            }
            Arrays.sort(times);
            System.out.printf("%,9d op. calls (%,6d KB): parse + lint median %,6d ms, %.2f µs per call; %,d findings%n",
                    calls, text.length() / 1024, times[RUNS / 2] / 1_000_000, times[RUNS / 2] / 1e3 / calls, findings);
        }
    }

    private static int lintOnce(Path file, String text, MigrationLinter linter) {
        RevisionFile revision = RevisionFileReader.parse(file, text);
        List<LintFinding> findings = linter.lint(revision);
        return findings.size();
    }

    /** A revision file with {@code calls} operations in upgrade(). */
    public static String source(int calls) {
        StringBuilder out = new StringBuilder(calls * 80);
        out.append("\"\"\"huge\n\nRevision ID: ffff0000\nRevises: \nCreate Date: 2024-05-01 12:00:00\n\n\"\"\"\n")
                .append("from alembic import op\nimport sqlalchemy as sa\n\nrevision = \"ffff0000\"\ndown_revision = None\n\n\n")
                .append("def upgrade() -> None:\n");
        for (int i = 0; i < calls; i++) {
            switch (i % 4) {
                case 0, 2 -> out.append("    op.add_column(\"t").append(i).append("\", sa.Column(\"c\", sa.Integer(), nullable=False))\n");
                case 1 -> out.append("    op.create_index(\"ix_t").append(i).append("\", \"t").append(i).append("\", [\"c\"])\n");
                default -> out.append("    op.execute(\"ALTER TABLE t").append(i).append(" ADD COLUMN d integer\")\n");
            }
        }
        out.append("\n\ndef downgrade() -> None:\n    pass\n");
        return out.toString();
    }
}
