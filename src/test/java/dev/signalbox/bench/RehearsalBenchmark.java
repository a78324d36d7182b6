package dev.signalbox.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.signalbox.common.Json;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.ProfileLoader;
import dev.signalbox.sandbox.DistributionPostgres;
import dev.signalbox.migrations.MigrationRehearsal;
import dev.signalbox.migrations.RehearsalReport;
import dev.signalbox.sandbox.Sandbox;
import dev.signalbox.sandbox.SandboxMigrator;
import dev.signalbox.sandbox.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * End-to-end time of 'signalbox migrations rehearse' on the death-loop sandbox (two pending revisions): start of a
 * throwaway PostgreSQL, production's schema into it, each pending revision run by the upgrade command (a child JVM),
 * production's facts, removal of the copy. Figures go to docs/performance.md.
 * <p>
 * By default production is the sandbox's embedded PostgreSQL 17, which an older pg_dump cannot dump, so the schema
 * comes from replaying the migrations. With {@code pg-dump}, production is the distribution's PostgreSQL of pg_dump's
 * own major version, seeded as the sandbox's database, and the schema comes from {@code pg_dump --schema-only}.
 *
 * <pre>
 * java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" dev.signalbox.bench.RehearsalBenchmark [RUNS] [pg-dump]
 * </pre>
 */
public final class RehearsalBenchmark {
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        boolean pgDump = args.length > 1 && args[1].equals("pg-dump");
        try (Sandbox sandbox = Sandbox.start(Scenario.DEATH_LOOP, line -> { })) {
            if (!pgDump) {
                measure(sandbox.profile(), runs);
                return;
            }
            try (DistributionPostgres production = DistributionPostgres.start(MigrationRehearsal.pgDumpMajor())) {
                try (Connection admin = production.connect("postgres"); Statement statement = admin.createStatement()) {
                    statement.execute("CREATE DATABASE " + Sandbox.DATABASE);
                }
                try (Connection c = production.connect(Sandbox.DATABASE)) {
                    new SandboxMigrator(sandbox.revisionGraph(), line -> { }).upgrade(c, Sandbox.BEHIND_REVISION);
                    Sandbox.seedRows(c);
                }
                ObjectNode json = (ObjectNode) Json.mapper().readTree(Files.readString(sandbox.profileFile()));
                ((ObjectNode) json.get("database")).put("url", production.url(Sandbox.DATABASE)).put("directUrl", production.url(Sandbox.DATABASE));
                Path file = sandbox.root().resolve("pg-dump-benchmark.json");
                Files.writeString(file, Json.mapper().writeValueAsString(json));
                measure(new ProfileLoader().load(file), runs);
            }
        }
    }

    private static void measure(LoadedProfile profile, int runs) throws Exception {
        List<Long> totals = new ArrayList<>();
        RehearsalReport last = null;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            last = new MigrationRehearsal(profile, MigrationRehearsal.DEFAULT_RISKY_BYTES, Duration.ofMinutes(5), line -> { }).run();
            totals.add((System.nanoTime() - t0) / 1_000_000);
        }
        Collections.sort(totals);
        System.out.printf("rehearsal of %d pending revision(s), production PostgreSQL %d, copy %d, schema from %s, %d runs:"
                        + " min %d ms, median %d ms, max %d ms%n", last.revisions().size(), last.productionVersion() / 10000,
                last.copyVersion() / 10000, last.schemaSource(), runs, totals.get(0), totals.get(runs / 2), totals.get(runs - 1));
        for (RehearsalReport.RevisionResult r : last.revisions()) {
            System.out.printf("  last run: %s %s, upgrade command on the copy %d ms%n", r.revision(), r.verdict(), r.durationMs());
        }
    }
}
