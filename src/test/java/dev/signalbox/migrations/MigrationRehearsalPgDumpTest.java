package dev.signalbox.migrations;

import static dev.signalbox.migrations.MigrationRehearsalTest.catalogFingerprint;
import static dev.signalbox.migrations.MigrationRehearsalTest.copiesLeft;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.signalbox.Signalbox;
import dev.signalbox.cli.ExitCode;
import dev.signalbox.common.Json;
import dev.signalbox.sandbox.DistributionPostgres;
import dev.signalbox.sandbox.Sandbox;
import dev.signalbox.sandbox.SandboxMigrator;
import dev.signalbox.sandbox.Scenario;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rehearsal's {@code pg_dump --schema-only} path, for real: "production" is a PostgreSQL server of the same
 * major version as the {@code pg_dump} on the PATH (the distribution's binaries, {@link DistributionPostgres}; the copy
 * then runs them too, production's major version),
 * seeded as the death-loop sandbox's database is (migrated to two revisions before head, the same rows). The
 * sandbox supplies the Alembic project and the upgrade command. The embedded PostgreSQL 17 cannot be production
 * here: an older {@code pg_dump} refuses to dump a newer server, which {@link MigrationRehearsalTest} covers.
 */
class MigrationRehearsalPgDumpTest {
    private static final String FK_SWAP = "92a3b4c5d6e7";
    private static final String ADD_SUBSCRIPTIONS = "a3b4c5d6e7f8";
    private static Sandbox sandbox;
    private static DistributionPostgres production;

    @TempDir
    static Path profiles;

    @BeforeAll
    static void startProduction() throws Exception {
        int pgDump = MigrationRehearsal.pgDumpMajor();
        assertThat(pgDump).as("the version of pg_dump on the PATH: install it (Debian: apt-get install postgresql-client)")
                .isPositive();
        sandbox = Sandbox.start(Scenario.DEATH_LOOP, line -> { });
        production = DistributionPostgres.start(pgDump);
        try (Connection admin = production.connect("postgres"); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + Sandbox.DATABASE);
            statement.execute("CREATE DATABASE drifted");
        }
        for (String database : List.of(Sandbox.DATABASE, "drifted")) {
            try (Connection c = production.connect(database)) {
                new SandboxMigrator(sandbox.revisionGraph(), line -> { }).upgrade(c, Sandbox.BEHIND_REVISION);
                Sandbox.seedRows(c);
                try (Statement statement = c.createStatement()) {
                    // users has statistics, user_personalization never had any (reltuples -1 on PostgreSQL 14+).
                    statement.execute("ANALYZE users");
                }
            }
        }
        try (Connection c = production.connect("drifted"); Statement statement = c.createStatement()) {
            // Drift made by hand on production: the constraint the pending revision drops has another name there.
            statement.execute("ALTER TABLE user_personalization RENAME CONSTRAINT user_personalization_user_id_fkey"
                    + " TO user_personalization_user_fk");
        }
    }

    @AfterAll
    static void stopProduction() throws Exception {
        try {
            if (production != null) {
                production.close();
            }
        } finally {
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }

    /** The sandbox's profile with production's URLs pointing at {@code database} on the distribution's server. */
    private static Path profileOn(String database) throws Exception {
        ObjectNode json = (ObjectNode) Json.mapper().readTree(Files.readString(sandbox.profileFile()));
        ObjectNode settings = (ObjectNode) json.get("database");
        settings.put("url", production.url(database));
        settings.put("directUrl", production.url(database));
        json.put("name", "pg" + production.major() + "-" + database);
        Path file = profiles.resolve(database + ".json");
        Files.writeString(file, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json));
        return file;
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run rehearse(Path profile, String... extra) {
        List<String> args = new ArrayList<>(List.of("migrations", "rehearse", "--profile", profile.toString()));
        args.addAll(List.of(extra));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Signalbox.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    private static String fingerprint(String database) throws Exception {
        try (Connection c = production.connect(database)) {
            return catalogFingerprint(c);
        }
    }

    @Test
    void theCopyGetsProductionsSchemaFromPgDumpAndProductionIsNotWritten() throws Exception {
        String before = fingerprint(Sandbox.DATABASE);

        Run run = rehearse(profileOn(Sandbox.DATABASE), "--json");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
        JsonNode report = Json.mapper().readTree(run.out());
        assertThat(report.get("schemaSource").asText()).isEqualTo("PG_DUMP");
        assertThat(report.get("productionVersion").asInt() / 10000).isEqualTo(production.major());
        List<String> notes = new ArrayList<>();
        report.get("notes").forEach(n -> notes.add(n.asText()));
        assertThat(notes).noneMatch(n -> n.contains("pg_dump")).noneMatch(n -> n.contains("replayed"));
        // The machine has production's server binaries (this test started production with them): the copy runs them too.
        assertThat(report.get("copyVersion").asInt() / 10000).isEqualTo(production.major());
        assertThat(notes).noneMatch(n -> n.startsWith("the copy runs PostgreSQL"));
        assertThat(report.get("currentRevisions")).extracting(JsonNode::asText).containsExactly(Sandbox.BEHIND_REVISION);
        JsonNode swap = report.get("revisions").get(0);
        assertThat(swap.get("revision").asText()).isEqualTo(FK_SWAP);
        assertThat(swap.get("verdict").asText()).as(swap.get("reason").asText()).isEqualTo("SAFE_NOW");
        List<String> tags = new ArrayList<>();
        swap.get("statements").forEach(s -> tags.add(s.get("commandTag").asText()));
        assertThat(tags).containsExactly("ALTER TABLE", "ALTER TABLE");
        JsonNode personalization = null;
        JsonNode users = null;
        for (JsonNode table : swap.get("tables")) {
            if (table.get("table").asText().equals("public.user_personalization")) {
                personalization = table;
            } else if (table.get("table").asText().equals("public.users")) {
                users = table;
            }
        }
        assertThat(personalization).as(swap.toString()).isNotNull();
        assertThat(personalization.get("strongestLock").asText()).isEqualTo("AccessExclusiveLock");
        assertThat(personalization.get("productionBytes").asLong()).isNotNegative();
        assertThat(personalization.get("productionRows").isNull()).as("never analyzed: no row count").isTrue();
        assertThat(users).as(swap.toString()).isNotNull();
        assertThat(users.get("productionRows").asLong()).isEqualTo(50);
        JsonNode subscriptions = report.get("revisions").get(1);
        assertThat(subscriptions.get("revision").asText()).isEqualTo(ADD_SUBSCRIPTIONS);
        assertThat(subscriptions.get("verdict").asText()).isEqualTo("SAFE_NOW");

        assertThat(fingerprint(Sandbox.DATABASE)).isEqualTo(before);
        assertThat(copiesLeft()).isEmpty();
    }

    @Test
    void theTextSaysTheCopyCameFromPgDumpAndARowCountNeverAnalyzedIsUnknown() throws Exception {
        Run run = rehearse(profileOn(Sandbox.DATABASE));

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("copy from pg_dump --schema-only on PostgreSQL ")
                .contains("(production PostgreSQL " + production.major() + ", at " + Sandbox.BEHIND_REVISION + ")")
                .containsPattern("public\\.user_personalization: AccessExclusiveLock, \\d+ bytes, row count unknown \\(never analyzed\\) on production")
                .containsPattern("public\\.users: AccessExclusiveLock, \\d+ bytes, ~50 rows on production")
                .doesNotContain("~-1");
        assertThat(run.err()).contains("- Starting a throwaway PostgreSQL " + production.major() + " for the copy ("
                        + production.binaries() + ", production's major version)")
                .contains("- Copying production's schema with pg_dump --schema-only")
                .doesNotContain("Replaying the migrations");
    }

    @Test
    void driftOnProductionThatTheMigrationsDoNotKnowMakesTheRevisionFailOnTheCopy() throws Exception {
        String before = fingerprint("drifted");

        Run run = rehearse(profileOn("drifted"), "--json");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.ATTENTION);
        JsonNode report = Json.mapper().readTree(run.out());
        assertThat(report.get("schemaSource").asText()).isEqualTo("PG_DUMP");
        JsonNode swap = report.get("revisions").get(0);
        assertThat(swap.get("verdict").asText()).isEqualTo("FAILS");
        // Replayed migrations would have created the constraint under its old name; production's own schema has not.
        assertThat(swap.get("error").asText()).contains("user_personalization_user_id_fkey").contains("does not exist");
        assertThat(report.get("revisions").get(1).get("verdict").asText()).isEqualTo("NOT_RUN");
        assertThat(fingerprint("drifted")).isEqualTo(before);
        assertThat(copiesLeft()).isEmpty();
    }
}
