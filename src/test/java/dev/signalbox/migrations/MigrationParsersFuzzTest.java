package dev.signalbox.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.reliability.Fuzz;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property: the revision-file reader (and the linter after it) and the alembic.ini reader return a value or a
 * positioned error of their own type for any input; never another exception. The timeout only catches a hang.
 */
class MigrationParsersFuzzTest {
    private static final String REVISION = """
            \"\"\"add personalization

            Revision ID: 3c4d5e6f7a8b
            Revises: 2b3c4d5e6f7a
            Create Date: 2024-05-01 12:00:00.000000

            \"\"\"
            from typing import Sequence, Union

            from alembic import op
            import sqlalchemy as sa

            revision: str = "3c4d5e6f7a8b"
            down_revision: Union[str, Sequence[str], None] = ("2b3c4d5e6f7a", "1a2b3c4d5e6f")
            branch_labels = None
            depends_on = None


            def upgrade() -> None:
                op.execute("SET LOCAL lock_timeout = '3s'")
                op.add_column("users", sa.Column("flag", sa.Boolean(), nullable=False, server_default=sa.text("false")))
                with op.get_context().autocommit_block():
                    op.create_index("ix_users_flag", "users", ["flag"], postgresql_concurrently=True)
                with op.batch_alter_table("orders") as batch_op:
                    batch_op.drop_column("legacy")
                op.create_foreign_key("fk_p_u", "personalization", "users", ["user_id"], ["id"], postgresql_not_valid=True)
                op.execute(sa.text(r'''ALTER TABLE personalization VALIDATE CONSTRAINT fk_p_u'''))


            def downgrade() -> None:
                pass
            """;

    private static final String INI = """
            [DEFAULT]
            base = migrations

            [alembic]
            script_location = %(here)s/%(base)s
            version_locations = %(here)s/%(base)s/versions
                %(here)s/more
            prepend_sys_path = .
            sqlalchemy.url = driver://user:pass@localhost/dbname

            [loggers]
            keys = root
            """;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void theRevisionReaderAlwaysGivesARevisionFileWithPositionedProblems() {
        long seed = Fuzz.seed();
        Path file = Path.of("versions", "3c4d5e6f7a8b_add.py");
        MigrationLinter linter = new MigrationLinter(false);
        for (Fuzz.Case c : Fuzz.cases(REVISION, seed, Fuzz.casesPerParser())) {
            try {
                RevisionFile read = RevisionFileReader.parse(file, c.text());
                assertThat(read.problems()).as(c.describe(seed)).allSatisfy(p -> {
                    assertThat(p.file()).isEqualTo(file);
                    assertThat(p.line()).isGreaterThanOrEqualTo(0);
                });
                linter.lint(read);
                RevisionGraph.build(java.util.List.of(read));
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("not a value nor a positioned problem: " + e + " for " + c.describe(seed), e);
            }
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void theIniReaderGivesValuesOrAPositionedMigrationException(@TempDir Path dir) throws Exception {
        long seed = Fuzz.seed() + 1;
        Path ini = dir.resolve("alembic.ini");
        for (Fuzz.Case c : Fuzz.cases(INI, seed, Fuzz.casesPerParser())) {
            Files.write(ini, c.bytes());
            try {
                IniFile read = IniFile.read(ini);
                for (String section : read.sectionNames()) {
                    for (String key : new String[]{"script_location", "version_locations", "sqlalchemy.url", "keys", "base"}) {
                        try {
                            read.get(section, key);
                        } catch (MigrationException e) {
                            assertThat(e.getMessage()).as(c.describe(seed)).startsWith(ini.toString());
                        }
                    }
                }
            } catch (MigrationException e) {
                assertThat(e.getMessage()).as(c.describe(seed)).startsWith(ini.toString());
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("not a value nor a MigrationException: " + e + " for " + c.describe(seed), e);
            }
        }
    }
}
