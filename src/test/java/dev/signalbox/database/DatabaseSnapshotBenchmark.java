package dev.signalbox.database;

import dev.signalbox.config.DatabaseUrl;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;

/**
 * One full {@link DatabaseInspector#snapshot()} on a large, busy database: 2,000 tables with 6,000 constraints
 * (PRIMARY KEY, FOREIGN KEY, CHECK on each), 200 other sessions of which 100 wait on locks (50 idle-in-transaction
 * holders, 50 ALTER TABLEs waiting for ACCESS EXCLUSIVE, 50 SELECTs queued behind them, 50 idle). Target: under 50 ms.
 * <p>
 * {@code mvn -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.signalbox.database.DatabaseSnapshotBenchmark}
 */
public final class DatabaseSnapshotBenchmark {
    private static final int TABLES = 2_000;
    private static final int LOCKED_TABLES = 50;
    private static final int RUNS = 50;

    private DatabaseSnapshotBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "300").start()) {
            DataSource admin = postgres.getPostgresDatabase();
            long setupStart = System.nanoTime();
            try (Connection c = admin.getConnection()) {
                Sessions.execute(c, "DO $$ BEGIN FOR i IN 1.." + TABLES + " LOOP"
                        + " EXECUTE format('CREATE TABLE t%s (id int PRIMARY KEY, parent_id int REFERENCES t%s (id),"
                        + " amount int CHECK (amount >= 0))', i, greatest(i - 1, 1)); END LOOP; END $$");
                Sessions.execute(c, "ANALYZE");
            }
            try (Sessions sessions = new Sessions(admin)) {
                for (int i = 1; i <= LOCKED_TABLES; i++) {
                    Connection holder = sessions.open("worker-" + i);
                    Sessions.execute(holder, "BEGIN");
                    Sessions.execute(holder, "SELECT * FROM t" + i);
                    sessions.start(sessions.open("alembic"), "ALTER TABLE t" + i + " ADD COLUMN note text");
                }
                Sessions.await("50 waiters", Duration.ofSeconds(60), Sessions.query(admin,
                        "SELECT 1 FROM pg_locks WHERE NOT granted HAVING count(*) >= " + LOCKED_TABLES));
                for (int i = 1; i <= LOCKED_TABLES; i++) {
                    sessions.start(sessions.open("web-" + i), "SELECT * FROM t" + i);
                }
                for (int i = 1; i <= 50; i++) {
                    sessions.open("idle-" + i);
                }
                Sessions.await("100 waiters", Duration.ofSeconds(60), Sessions.query(admin,
                        "SELECT 1 FROM pg_locks WHERE NOT granted HAVING count(*) >= " + 2 * LOCKED_TABLES));
                System.out.printf("setup: %d tables, 200 sessions in %.1f s%n", TABLES, (System.nanoTime() - setupStart) / 1e9);

                DatabaseUrl url = DatabaseUrl.parse("postgresql://postgres@localhost:" + postgres.getPort() + "/postgres");
                try (DatabaseInspector inspector = DatabaseInspector.open(url, DatabaseInspector.Options.defaults())) {
                    long first = System.nanoTime();
                    DatabaseSnapshot snapshot = inspector.snapshot();
                    double firstMs = (System.nanoTime() - first) / 1e6;
                    check(snapshot);
                    for (int i = 0; i < 5; i++) {
                        inspector.snapshot();
                    }
                    double[] times = new double[RUNS];
                    for (int i = 0; i < RUNS; i++) {
                        long start = System.nanoTime();
                        check(inspector.snapshot());
                        times[i] = (System.nanoTime() - start) / 1e6;
                    }
                    Arrays.sort(times);
                    System.out.printf("first snapshot (connect + probe + read): %.1f ms%n", firstMs);
                    System.out.printf("snapshot over %d runs: min %.1f ms, median %.1f ms, p95 %.1f ms, max %.1f ms (target < 50 ms)%n",
                            RUNS, times[0], times[RUNS / 2], times[(int) (RUNS * 0.95)], times[RUNS - 1]);
                    System.out.printf("contents: %d constraints, %d sessions, %d lock roots, %d waiting%n",
                            snapshot.constraints().size(), snapshot.sessions().size(), snapshot.lockTree().roots().size(),
                            snapshot.lockTree().waitingCount());
                }
            }
        }
    }

    private static void check(DatabaseSnapshot snapshot) throws SQLException {
        List<String> problems = new ArrayList<>();
        if (!snapshot.errors().isEmpty()) {
            problems.add("errors " + snapshot.errors());
        }
        if (snapshot.constraints().size() != 3 * TABLES) {
            problems.add(snapshot.constraints().size() + " constraints");
        }
        if (snapshot.lockTree().waitingCount() != 2 * LOCKED_TABLES || snapshot.lockTree().roots().size() != LOCKED_TABLES) {
            problems.add("lock tree " + snapshot.lockTree().roots().size() + " roots, " + snapshot.lockTree().waitingCount() + " waiting");
        }
        if (!problems.isEmpty()) {
            throw new SQLException("the snapshot is not what the benchmark set up: " + problems);
        }
    }
}
