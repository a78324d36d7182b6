package dev.signalbox.migrations;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Benchmark (not a test): generates a project of 10,000 revisions with branches, merges and depends_on, then
 * measures (1) locate + parse + build the graph (history order included) and (2) classify against a real
 * PostgreSQL: read the version table on an open connection and compute the pending upgrade order.
 * Targets: under 1 s and under 50 ms. Command and figures: docs/performance.md.
 */
public final class MigrationBenchmark {
    private static final int REVISIONS = 10_000;
    private static final int RUNS = 7;

    private MigrationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("signalbox-bench");
        try {
            String middle = generate(dir.resolve("versions"), REVISIONS, new Random(42));
            ScriptLocation location = ScriptLocator.fromDirectory(dir.resolve("versions"));
            MigrationInspector inspector = new MigrationInspector(location, false, false, Clock.systemUTC());

            long[] load = new long[RUNS];
            RevisionGraph graph = null;
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                graph = inspector.loadGraph();
                load[i] = System.nanoTime() - start;
            }
            long[] parseOnly = new long[RUNS];
            long[] graphOnly = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                List<RevisionFile> files = ScriptLocator.revisionFiles(location).parallelStream().map(RevisionFileReader::read).toList();
                long parsed = System.nanoTime();
                RevisionGraph.build(files);
                parseOnly[i] = parsed - start;
                graphOnly[i] = System.nanoTime() - parsed;
            }
            System.out.printf("  of which list + parse: median %d ms; graph + history order: median %d ms%n",
                    median(parseOnly) / 1_000_000, median(graphOnly) / 1_000_000);
            System.out.printf("graph: %d revisions, %d heads, %d merge points, %d branch points, %d problems%n",
                    graph.revisions().size(), graph.heads().size(), graph.mergePoints().size(), graph.branchPoints().size(),
                    graph.problems().size());
            System.out.printf("locate + parse + graph + history order: first %d ms, median %d ms (target < 1000 ms)%n",
                    load[0] / 1_000_000, median(load) / 1_000_000);

            try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
                 Connection c = pg.getPostgresDatabase().getConnection()) {
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)");
                    st.execute("INSERT INTO alembic_version VALUES ('" + middle + "')");
                }
                VersionTableReader reader = new VersionTableReader("alembic_version", null, Duration.ofSeconds(2));
                long[] classify = new long[RUNS * 3];
                MigrationInspector.Classification result = null;
                for (int i = 0; i < classify.length; i++) {
                    long start = System.nanoTime();
                    DatabaseState state = reader.read(c);
                    result = MigrationInspector.classify(graph, state);
                    classify[i] = System.nanoTime() - start;
                }
                System.out.printf("classify against PostgreSQL (read version table + pending order): status %s, %d pending;"
                                + " first %.1f ms, median %.1f ms (target < 50 ms)%n", result.status(), result.pending().size(),
                        classify[0] / 1e6, median(classify) / 1e6);
            }
        } finally {
            try (var walk = Files.walk(dir)) {
                walk.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static long median(long[] values) {
        long[] copy = values.clone();
        Arrays.sort(copy);
        return copy[copy.length / 2];
    }

    /** Writes the project; returns a revision about half-way, where the database is put. */
    static String generate(Path versions, int count, Random random) throws IOException {
        Files.createDirectories(versions);
        List<String> all = new ArrayList<>();
        List<String> tips = new ArrayList<>();
        String middle = null;
        for (int i = 0; i < count; i++) {
            String id = String.format("%012x", random.nextLong() & 0xffffffffffffL);
            String down;
            String depends = "None";
            double roll = random.nextDouble();
            if (all.isEmpty()) {
                down = "None";
            } else if (tips.size() >= 2 && (roll < 0.08 || tips.size() > 4)) {
                String a = tips.remove(random.nextInt(tips.size()));
                String b = tips.remove(random.nextInt(tips.size()));
                down = "(\n    \"" + a + "\",\n    \"" + b + "\",\n)";
            } else if (roll < 0.14) {
                String parent = all.get(all.size() - 1 - random.nextInt(Math.min(all.size(), 50)));
                tips.remove(parent);
                down = "\"" + parent + "\"";
            } else {
                String parent = tips.isEmpty() ? all.get(all.size() - 1) : tips.remove(random.nextInt(tips.size()));
                down = "\"" + parent + "\"";
                if (roll > 0.99 && all.size() > 100) {
                    depends = "\"" + all.get(random.nextInt(all.size() - 50)) + "\"";
                }
            }
            tips.add(id);
            all.add(id);
            if (i == count / 2) {
                middle = id;
            }
            String body = "\"\"\"step " + i + " of the benchmark history\n\nRevision ID: " + id + "\nRevises: \nCreate Date: "
                    + "2024-05-01 12:00:00.000000\n\n\"\"\"\nfrom typing import Sequence, Union\n\nfrom alembic import op\n"
                    + "import sqlalchemy as sa\n\n# revision identifiers, used by Alembic.\nrevision: str = \"" + id + "\"\n"
                    + "down_revision: Union[str, Sequence[str], None] = " + down + "\n"
                    + "branch_labels: Union[str, Sequence[str], None] = None\n"
                    + "depends_on: Union[str, Sequence[str], None] = " + depends + "\n\n\n"
                    + "def upgrade() -> None:\n    op.add_column(\"t" + i + "\", sa.Column(\"c\", sa.Integer(), nullable=True))\n"
                    + "    op.create_index(\"ix_t" + i + "\", \"t" + i + "\", [\"c\"])\n\n\n"
                    + "def downgrade() -> None:\n    op.drop_index(\"ix_t" + i + "\")\n    op.drop_column(\"t" + i + "\", \"c\")\n";
            Files.writeString(versions.resolve(String.format("%05d_%s_step.py", random.nextInt(100_000), id)), body);
        }
        return middle;
    }
}
