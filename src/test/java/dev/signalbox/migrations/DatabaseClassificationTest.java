package dev.signalbox.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every classification against a real PostgreSQL: each test gets its own schema for its version table. */
class DatabaseClassificationTest {
    static EmbeddedPostgres pg;
    static final AtomicInteger SCHEMAS = new AtomicInteger();

    @TempDir
    Path project;

    @BeforeAll
    static void start() throws IOException {
        pg = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws IOException {
        pg.close();
    }

    private void revision(String id, String down) throws IOException {
        Files.createDirectories(project.resolve("versions"));
        Files.writeString(project.resolve("versions/" + id + "_step.py"), "\"\"\"step " + id + "\"\"\"\nrevision = '" + id
                + "'\ndown_revision = " + (down == null ? "None" : down.startsWith("(") ? down : "'" + down + "'") + "\n");
    }

    private void chain() throws IOException {
        revision("aaa1", null);
        revision("bbb2", "aaa1");
        revision("ccc3", "bbb2");
    }

    /** A fresh schema holding alembic_version with the given rows, as Alembic creates it. */
    private String versionTable(String... rows) throws SQLException {
        String schema = "t" + SCHEMAS.incrementAndGet();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
            st.execute("CREATE TABLE " + schema + ".alembic_version (version_num VARCHAR(32) NOT NULL,"
                    + " CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))");
            for (String row : rows) {
                st.execute("INSERT INTO " + schema + ".alembic_version VALUES ('" + row + "')");
            }
        }
        return schema;
    }

    private MigrationSnapshot inspect(String table, String schema) throws Exception {
        MigrationInspector inspector = new MigrationInspector(ScriptLocation.versionsDirectory(project.resolve("versions")),
                false, true, java.time.Clock.systemUTC());
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            return inspector.inspect(c, new VersionTableReader(table, schema, Duration.ofSeconds(2)));
        }
    }

    @Test
    void upToDate() throws Exception {
        chain();
        MigrationSnapshot s = inspect("alembic_version", versionTable("ccc3"));
        assertThat(s.status()).isEqualTo(MigrationStatus.UP_TO_DATE);
        assertThat(s.database().current()).containsExactly("ccc3");
        assertThat(s.database().versionNumLength()).isEqualTo(32);
        assertThat(s.pending()).isEmpty();
        assertThat(s.needsAttention()).isFalse();
    }

    @Test
    void pendingInUpgradeOrder() throws Exception {
        chain();
        MigrationSnapshot s = inspect(null, versionTable("aaa1"));
        assertThat(s.status()).isEqualTo(MigrationStatus.PENDING);
        assertThat(s.pending()).extracting(Revision::id).containsExactly("bbb2", "ccc3");
        assertThat(s.summary()).contains("2 pending");
    }

    @Test
    void aRevisionAndItsAncestorInTheVersionTableOverlapAsAlembicSays() throws Exception {
        chain();
        MigrationSnapshot s = inspect("alembic_version", versionTable("ccc3", "aaa1"));
        assertThat(s.status()).isEqualTo(MigrationStatus.OVERLAPPING_VERSIONS);
        assertThat(s.pending()).isEmpty();
        assertThat(s.needsAttention()).isTrue();
        assertThat(s.problems()).extracting(MigrationProblem::message).anySatisfy(m ->
                assertThat(m).startsWith("Requested revision ccc3 overlaps with other requested revisions aaa1"));
        assertThat(s.summary()).contains("overlaps");
    }

    @Test
    void emptyVersionTableMeansEverythingIsPending() throws Exception {
        chain();
        MigrationSnapshot s = inspect("alembic_version", versionTable());
        assertThat(s.status()).isEqualTo(MigrationStatus.PENDING);
        assertThat(s.pending()).extracting(Revision::id).containsExactly("aaa1", "bbb2", "ccc3");
    }

    @Test
    void unknownRevisionWhenTheCodeIsBehindTheDatabase() throws Exception {
        chain();
        MigrationSnapshot s = inspect("alembic_version", versionTable("a8da35e3c12b"));
        assertThat(s.status()).isEqualTo(MigrationStatus.UNKNOWN_REVISION);
        assertThat(s.pending()).isEmpty();
        assertThat(s.unknown()).singleElement().satisfies(u -> {
            assertThat(u.revision()).isEqualTo("a8da35e3c12b");
            assertThat(u.likelyCause()).isEqualTo(UnknownRevision.Cause.CODE_BEHIND_DATABASE);
            assertThat(u.explanation()).contains("Can't locate revision identified by 'a8da35e3c12b'");
        });
    }

    @Test
    void unknownRevisionWhenFilesAreMissing() throws Exception {
        chain();
        revision("ddd4", "(\"ccc3\", \"lost5\")");
        MigrationSnapshot s = inspect("alembic_version", versionTable("lost5"));
        assertThat(s.status()).isEqualTo(MigrationStatus.UNKNOWN_REVISION);
        assertThat(s.unknown()).singleElement().satisfies(u -> {
            assertThat(u.likelyCause()).isEqualTo(UnknownRevision.Cause.FILES_MISSING);
            assertThat(u.explanation()).contains("ddd4");
        });
        assertThat(s.problems()).extracting(MigrationProblem::kind).contains(MigrationProblem.Kind.MISSING_PARENT);
    }

    @Test
    void multipleHeadsNeedAMerge() throws Exception {
        chain();
        revision("eee5", "bbb2");
        MigrationSnapshot s = inspect("alembic_version", versionTable("ccc3"));
        assertThat(s.status()).isEqualTo(MigrationStatus.MULTIPLE_HEADS);
        assertThat(s.graph().heads()).containsExactly("ccc3", "eee5");
        assertThat(s.pending()).extracting(Revision::id).containsExactly("eee5");
        assertThat(s.problems()).extracting(MigrationProblem::kind).contains(MigrationProblem.Kind.MULTIPLE_HEADS);
    }

    @Test
    void databaseOnTwoBranchesIsReadAsTwoRows() throws Exception {
        chain();
        revision("eee5", "bbb2");
        revision("fff6", "(\"ccc3\", \"eee5\")");
        MigrationSnapshot s = inspect("alembic_version", versionTable("ccc3", "eee5"));
        assertThat(s.database().current()).containsExactly("ccc3", "eee5");
        assertThat(s.status()).isEqualTo(MigrationStatus.PENDING);
        assertThat(s.pending()).extracting(Revision::id).containsExactly("fff6");
    }

    @Test
    void noVersionTableListsCandidates() throws Exception {
        chain();
        String schema = versionTable("bbb2");
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("ALTER TABLE " + schema + ".alembic_version RENAME TO alembic_version_reporting");
        }
        MigrationSnapshot s = inspect("alembic_version", schema);
        assertThat(s.status()).isEqualTo(MigrationStatus.NO_VERSION_TABLE);
        assertThat(s.database().tableExists()).isFalse();
        assertThat(s.database().candidates()).contains(schema + ".alembic_version_reporting");
        assertThat(s.pending()).extracting(Revision::id).containsExactly("aaa1", "bbb2", "ccc3");
        // naming the table as the project configures it finds the state
        MigrationSnapshot configured = inspect(schema + ".alembic_version_reporting", null);
        assertThat(configured.status()).isEqualTo(MigrationStatus.PENDING);
        assertThat(configured.pending()).extracting(Revision::id).containsExactly("ccc3");
    }

    @Test
    void revisionIdLongerThanVersionNum() throws Exception {
        chain();
        String longId = "add_user_personalization_fk_to_users_table";
        revision(longId, "ccc3");
        MigrationSnapshot s = inspect("alembic_version", versionTable("ccc3"));
        assertThat(s.status()).isEqualTo(MigrationStatus.REVISION_ID_TOO_LONG);
        assertThat(s.problems()).filteredOn(p -> p.kind() == MigrationProblem.Kind.REVISION_ID_TOO_LONG).singleElement()
                .satisfies(p -> assertThat(p.message()).contains(longId, "holds 32"));
    }

    @Test
    void aLockedVersionTableFailsFastInsteadOfHanging() throws Exception {
        chain();
        String schema = versionTable("aaa1");
        try (Connection holder = pg.getPostgresDatabase().getConnection(); Statement st = holder.createStatement()) {
            holder.setAutoCommit(false);
            st.execute("LOCK TABLE " + schema + ".alembic_version IN ACCESS EXCLUSIVE MODE");
            assertThatThrownBy(() -> inspect("alembic_version", schema)).isInstanceOf(MigrationException.class)
                    .hasMessageContaining(schema + ".alembic_version").hasMessageContaining("55P03");
            holder.rollback();
        }
    }

    @Test
    void theCallersConnectionIsLeftAsItWas() throws Exception {
        chain();
        String schema = versionTable("ccc3");
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            new VersionTableReader("alembic_version", schema, Duration.ofSeconds(2)).read(c);
            assertThat(c.getAutoCommit()).isTrue();
            try (Statement st = c.createStatement(); var rs = st.executeQuery("SHOW lock_timeout")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("0");
            }
        }
    }

    @Test
    void incidentOneDatabaseMigratedFromFilesThatExistOnlyOnThisLaptop() throws Exception {
        Path remote = project.resolve("remote.git");
        org.eclipse.jgit.api.Git.init().setBare(true).setDirectory(remote.toFile()).call().close();
        Path work = project.resolve("work");
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.cloneRepository().setURI(remote.toUri().toString())
                .setDirectory(work.toFile()).call()) {
            Path versions = Files.createDirectories(work.resolve("versions"));
            Files.writeString(versions.resolve("aaa1_base.py"), "revision = 'aaa1'\ndown_revision = None\n");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("base").setAuthor("t", "t@example.com").setCommitter("t", "t@example.com").call();
            git.push().call();
            String branch = git.getRepository().getBranch();
            var config = git.getRepository().getConfig();
            config.setString("branch", branch, "remote", "origin");
            config.setString("branch", branch, "merge", "refs/heads/" + branch);
            config.save();
            Files.writeString(versions.resolve("a8da35e3c12b_merge_and_fk.py"), "revision = 'a8da35e3c12b'\ndown_revision = 'aaa1'\n");

            MigrationInspector inspector = new MigrationInspector(ScriptLocation.versionsDirectory(versions), true, false,
                    java.time.Clock.systemUTC());
            MigrationSnapshot s;
            try (Connection c = pg.getPostgresDatabase().getConnection()) {
                s = inspector.inspect(c, new VersionTableReader("alembic_version", versionTable("a8da35e3c12b"), Duration.ofSeconds(2)));
            }
            // locally everything looks fine, which is exactly the trap
            assertThat(s.status()).isEqualTo(MigrationStatus.UP_TO_DATE);
            assertThat(s.git().files()).extracting(GitState.FileState::state).containsExactly(GitState.State.UNTRACKED);
            assertThat(s.problems()).filteredOn(p -> p.kind() == MigrationProblem.Kind.LOCAL_ONLY_REVISION).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("a8da35e3c12b", "untracked", "Can't locate revision"));
            assertThat(s.needsAttention()).isTrue();
        }
    }
}
