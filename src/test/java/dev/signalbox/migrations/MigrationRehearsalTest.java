package dev.signalbox.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signalbox.Signalbox;
import dev.signalbox.cli.ExitCode;
import dev.signalbox.common.Json;
import dev.signalbox.migrations.RehearsalReport.RevisionResult;
import dev.signalbox.migrations.RehearsalReport.Verdict;
import dev.signalbox.sandbox.Sandbox;
import dev.signalbox.sandbox.SandboxDatabase;
import dev.signalbox.sandbox.Scenario;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The rehearsal on the sandbox: production is the sandbox's database, the upgrade command 'signalbox sandbox migrate'. */
public class MigrationRehearsalTest {
    private static final String FK_SWAP = "92a3b4c5d6e7";
    private static final String ADD_SUBSCRIPTIONS = "a3b4c5d6e7f8";

    /** Everything a migration could change in production's catalog, and its alembic_version rows. */
    static String catalogFingerprint(Connection c) throws SQLException {
        try (Statement statement = c.createStatement(); ResultSet rs = statement.executeQuery(
                "SELECT md5(coalesce((SELECT string_agg(format('%s %s %s %s', c.oid, c.relname, c.relkind, c.relfilenode), ',' ORDER BY c.oid)"
                        + "   FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace), '')"
                        + " || coalesce((SELECT string_agg(format('%s %s %s %s', k.oid, k.conname, k.convalidated, pg_get_constraintdef(k.oid)), ',' ORDER BY k.oid)"
                        + "   FROM pg_constraint k WHERE k.connamespace = 'public'::regnamespace), '')"
                        + " || coalesce((SELECT string_agg(format('%s %s %s %s', a.attrelid, a.attname, a.atttypid, a.attnotnull), ',' ORDER BY a.attrelid, a.attnum)"
                        + "   FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid WHERE c.relnamespace = 'public'::regnamespace), '')"
                        + " || coalesce((SELECT string_agg(version_num, ',' ORDER BY version_num) FROM alembic_version), ''))")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Rehearsal copies this JVM started that are still on disk. */
    public static List<Path> copiesLeft() throws Exception {
        List<Path> left = new ArrayList<>();
        String me = Long.toString(ProcessHandle.current().pid());
        try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            for (Path dir : entries.filter(p -> p.getFileName().toString().startsWith("signalbox-sandbox-rehearsal-")).toList()) {
                Path owner = dir.resolve("owner.pid");
                if (!Files.exists(owner) || Files.readString(owner).strip().equals(me)) {
                    left.add(dir);
                }
            }
        }
        return left;
    }

    @Test
    void deathLoopFkSwapIsSafeNowAndProductionIsNotWritten() throws Exception {
        try (Sandbox sandbox = Sandbox.start(Scenario.DEATH_LOOP, line -> { })) {
            String before;
            try (Connection c = sandbox.database().connect(Sandbox.DATABASE, "test")) {
                before = catalogFingerprint(c);
            }
            List<String> progress = new ArrayList<>();
            RehearsalReport report = new MigrationRehearsal(sandbox.profile(), MigrationRehearsal.DEFAULT_RISKY_BYTES,
                    Duration.ofMinutes(5), progress::add).run();

            assertThat(report.currentRevisions()).containsExactly(Sandbox.BEHIND_REVISION);
            // pg_dump refuses a server newer than itself: the copy's schema comes from the migrations, and it says so.
            int pgDump = MigrationRehearsal.pgDumpMajor();
            int embedded = report.productionVersion() / 10000;
            assertThat(pgDump).as("this test needs a pg_dump older than the embedded PostgreSQL %d on the PATH"
                    + " (Debian 12's postgresql-client is 15; MigrationRehearsalPgDumpTest covers a pg_dump that fits)", embedded)
                    .isBetween(1, embedded - 1);
            assertThat(embedded).as("SandboxDatabase.EMBEDDED_MAJOR must name the embedded binaries' major version")
                    .isEqualTo(SandboxDatabase.EMBEDDED_MAJOR);
            assertThat(report.copyVersion() / 10000).as("production runs the embedded major: so does the copy").isEqualTo(embedded);
            assertThat(report.notes()).noneMatch(n -> n.startsWith("the copy runs PostgreSQL"));
            assertThat(report.schemaSource()).isEqualTo(RehearsalReport.SchemaSource.REPLAYED_MIGRATIONS);
            assertThat(report.notes()).contains("pg_dump " + pgDump + " cannot dump PostgreSQL " + embedded
                    + ": the copy's schema is the project's migrations replayed, not production's own");
            assertThat(progress).contains("Replaying the migrations on the copy up to " + Sandbox.BEHIND_REVISION)
                    .doesNotContain("Copying production's schema with pg_dump --schema-only");
            assertThat(report.revisions()).extracting(RevisionResult::revision).containsExactly(FK_SWAP, ADD_SUBSCRIPTIONS);
            RevisionResult swap = report.revisions().get(0);
            assertThat(swap.verdict()).as(swap.reason()).isEqualTo(Verdict.SAFE_NOW);
            assertThat(swap.statements()).extracting(RehearsalReport.StatementLocks::commandTag).containsExactly("ALTER TABLE", "ALTER TABLE");
            assertThat(swap.tables()).anySatisfy(t -> {
                assertThat(t.table()).isEqualTo("public.user_personalization");
                assertThat(t.strongestLock()).isEqualTo("AccessExclusiveLock");
                assertThat(t.rewritten()).isFalse();
                assertThat(t.productionBytes()).isNotNegative();
            });
            // Dropping the FK removes its triggers on the referenced table: ACCESS EXCLUSIVE on users too.
            assertThat(swap.tables()).anySatisfy(t -> {
                assertThat(t.table()).isEqualTo("public.users");
                assertThat(t.strongestLock()).isEqualTo("AccessExclusiveLock");
            });
            RevisionResult subscriptions = report.revisions().get(1);
            assertThat(subscriptions.verdict()).isEqualTo(Verdict.SAFE_NOW);
            assertThat(subscriptions.statements()).isNotEmpty();
            assertThat(report.allSafe()).isTrue();

            try (Connection c = sandbox.database().connect(Sandbox.DATABASE, "test")) {
                assertThat(catalogFingerprint(c)).isEqualTo(before);
            }
            assertThat(copiesLeft()).isEmpty();
        }
    }

    @Test
    void blockedMigrationNamesTheIdleTransactionItWouldWaitBehind() throws Exception {
        try (Sandbox sandbox = Sandbox.start(Scenario.BLOCKED_MIGRATION, line -> { })) {
            int idlePid;
            String before;
            try (Connection c = sandbox.database().connect(Sandbox.DATABASE, "test"); Statement statement = c.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT pid FROM pg_stat_activity WHERE state = 'idle in transaction'"
                         + " AND datname = current_database()")) {
                assertThat(rs.next()).isTrue();
                idlePid = rs.getInt(1);
                before = catalogFingerprint(c);
            }
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = Signalbox.run(new String[] {"migrations", "rehearse", "--profile", sandbox.profileFile().toString(), "--json"},
                    new PrintWriter(out, true), new PrintWriter(err, true));

            assertThat(exit).as(err.toString()).isEqualTo(ExitCode.ATTENTION);
            assertThat(out.toString()).as(err.toString()).startsWith("{");
            JsonNode json = Json.mapper().readTree(out.toString());
            JsonNode swap = json.get("revisions").get(0);
            assertThat(swap.get("revision").asText()).isEqualTo(FK_SWAP);
            assertThat(swap.get("verdict").asText()).isEqualTo("WOULD_BLOCK_NOW");
            List<Integer> blockedBy = new ArrayList<>();
            swap.get("blockedBy").forEach(n -> blockedBy.add(n.asInt()));
            assertThat(blockedBy).first().isEqualTo(idlePid);
            assertThat(swap.get("reason").asText()).contains("would wait behind pid " + idlePid).contains("idle in transaction");
            try (Connection c = sandbox.database().connect(Sandbox.DATABASE, "test")) {
                assertThat(catalogFingerprint(c)).isEqualTo(before);
            }
            assertThat(copiesLeft()).isEmpty();
        }
    }

    @Test
    void aTableOverTheRiskySizeUnderAWriteBlockingLockIsRisky() throws Exception {
        try (Sandbox sandbox = Sandbox.start(Scenario.DEATH_LOOP, line -> { })) {
            RehearsalReport report = new MigrationRehearsal(sandbox.profile(), 0, Duration.ofMinutes(5), line -> { }).run();
            RevisionResult swap = report.revisions().get(0);
            assertThat(swap.verdict()).isEqualTo(Verdict.RISKY);
            assertThat(swap.reason()).contains("holds AccessExclusiveLock on public.user_personalization");
        }
    }
}
