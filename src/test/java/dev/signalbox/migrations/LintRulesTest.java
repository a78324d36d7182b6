package dev.signalbox.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every rule and every false alarm the issue lists, in both forms: raw SQL through op.execute /
 * conn.execute(text(...)) / op.get_bind().execute(text(...)), and Alembic operations. Each case is a revision file
 * written to disk and read as Signalbox reads any revision.
 */
class LintRulesTest {
    @TempDir
    Path dir;

    private int counter;

    private RevisionFile revision(String body) throws IOException {
        counter++;
        String text = "\"\"\"case\"\"\"\nfrom alembic import op\nimport sqlalchemy as sa\nfrom sqlalchemy import text\n\n"
                + "revision = \"r" + counter + "\"\ndown_revision = None\n\n\ndef upgrade():\n" + body.indent(4) + "\n";
        Path file = dir.resolve("r" + counter + ".py");
        Files.writeString(file, text);
        return RevisionFileReader.read(file);
    }

    /** Active findings' rule ids (a SET LOCAL lock_timeout first unless the case is about timeouts). */
    private List<String> rules(String body) throws IOException {
        return rules(new MigrationLinter(false), body);
    }

    private List<String> rules(MigrationLinter linter, String body) throws IOException {
        return linter.lint(revision(body)).stream().filter(LintFinding::active).map(LintFinding::rule).toList();
    }

    private List<String> withTimeout(String body) throws IOException {
        return rules("op.execute(\"SET LOCAL lock_timeout = '5s'\")\n" + body);
    }

    // ---- unique constraints and primary keys ---------------------------------------------------------------

    @Test
    void uniqueOrPrimaryKeyOnAnExistingTableBuildsAnIndexUnderAccessExclusive() throws IOException {
        for (String body : List.of(
                "op.execute(\"ALTER TABLE users ADD CONSTRAINT u_email UNIQUE (email)\")",
                "op.execute(\"ALTER TABLE users ADD PRIMARY KEY (id)\")",
                "conn = op.get_bind()\nconn.execute(text(\"ALTER TABLE users ADD UNIQUE (email)\"))",
                "op.get_bind().execute(text(\"ALTER TABLE users ADD CONSTRAINT pk PRIMARY KEY (id)\"))",
                "op.execute(\"ALTER TABLE users ADD COLUMN code text UNIQUE\")",
                "op.create_unique_constraint(\"u_email\", \"users\", [\"email\"])",
                "op.create_primary_key(\"pk_users\", \"users\", [\"id\"])",
                "op.add_column(\"users\", sa.Column(\"code\", sa.Text(), unique=True))",
                "with op.batch_alter_table(\"users\") as batch_op:\n    batch_op.create_unique_constraint(\"u_email\", [\"email\"])")) {
            assertThat(withTimeout(body)).as(body).containsExactly("unique-constraint-builds-index");
        }
    }

    @Test
    void addConstraintUsingAnIndexBuiltConcurrentlyIsTheSafePattern() throws IOException {
        assertThat(rules("""
                with op.get_context().autocommit_block():
                    op.execute("CREATE UNIQUE INDEX CONCURRENTLY u_email_idx ON users (email)")
                op.execute("SET LOCAL lock_timeout = '5s'")
                op.execute("ALTER TABLE users ADD CONSTRAINT u_email UNIQUE USING INDEX u_email_idx")
                op.execute("ALTER TABLE users ADD CONSTRAINT users_pkey PRIMARY KEY USING INDEX users_id_idx")""")).isEmpty();
    }

    // ---- column type changes -----------------------------------------------------------------------------

    @Test
    void aTypeChangeRewritesTheTable() throws IOException {
        for (String body : List.of(
                "op.execute(\"ALTER TABLE users ALTER COLUMN age TYPE bigint\")",
                "op.execute(\"ALTER TABLE users ALTER age SET DATA TYPE bigint USING age::bigint\")",
                "op.get_bind().execute(text(\"ALTER TABLE users ALTER COLUMN name TYPE varchar(20)\"))",
                "op.alter_column(\"users\", \"age\", type_=sa.BigInteger())",
                "op.alter_column(\"users\", \"name\", type_=sa.String(20), existing_type=sa.String(50))",
                "op.alter_column(\"users\", \"name\", type_=sa.Integer(), existing_type=sa.Text())",
                "op.alter_column(\"prices\", \"amount\", type_=sa.Numeric(12, 4), existing_type=sa.Numeric(10, 2))")) {
            assertThat(withTimeout(body)).as(body).containsExactly("column-type-rewrite");
        }
    }

    @Test
    void binaryCoercibleChangesDoNotRewrite() throws IOException {
        for (String body : List.of(
                "op.alter_column(\"users\", \"name\", type_=sa.String(100), existing_type=sa.String(50))",
                "op.alter_column(\"users\", \"name\", type_=sa.Text(), existing_type=sa.String(length=50))",
                "op.alter_column(\"users\", \"name\", type_=sa.String(), existing_type=sa.Text())",
                "op.alter_column(\"prices\", \"amount\", type_=sa.Numeric(14, 2), existing_type=sa.Numeric(10, 2))")) {
            assertThat(withTimeout(body)).as(body).isEmpty();
        }
    }

    @Test
    void theOldTypeComesFromEarlierRevisionsInBothForms() throws IOException {
        MigrationLinter linter = new MigrationLinter(true);
        rules(linter, "op.execute(\"CREATE TABLE users (id bigint PRIMARY KEY, name varchar(50) NOT NULL, note text)\")");
        rules(linter, "op.create_table(\"orders\", sa.Column(\"ref\", sa.String(10)))");
        assertThat(rules(linter, "op.execute(\"ALTER TABLE users ALTER COLUMN name TYPE varchar(200)\")")).isEmpty();
        assertThat(rules(linter, "op.execute(\"ALTER TABLE users ALTER COLUMN note TYPE varchar\")")).isEmpty();
        assertThat(rules(linter, "op.alter_column(\"orders\", \"ref\", type_=sa.String(40))")).isEmpty();
        assertThat(rules(linter, "op.execute(\"ALTER TABLE users ALTER COLUMN name TYPE varchar(10)\")")).containsExactly("column-type-rewrite");
        assertThat(rules(linter, "op.alter_column(\"orders\", \"ref\", type_=sa.Integer())")).containsExactly("column-type-rewrite");
    }

    // ---- SET NOT NULL --------------------------------------------------------------------------------------

    @Test
    void setNotNullScansTheTable() throws IOException {
        for (String body : List.of(
                "op.execute(\"ALTER TABLE users ALTER COLUMN email SET NOT NULL\")",
                "op.get_bind().execute(text(\"ALTER TABLE users ALTER email SET NOT NULL\"))",
                "op.alter_column(\"users\", \"email\", nullable=False)",
                "with op.batch_alter_table(\"users\") as batch_op:\n    batch_op.alter_column(\"email\", nullable=False)")) {
            assertThat(withTimeout(body)).as(body).containsExactly("set-not-null-scans-table");
        }
    }

    @Test
    void aValidatedNotNullCheckFromAnEarlierRevisionMakesSetNotNullSafe() throws IOException {
        MigrationLinter sql = new MigrationLinter(true);
        rules(sql, "op.execute(\"ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID\")");
        rules(sql, "with op.get_context().autocommit_block():\n    op.execute(\"ALTER TABLE users VALIDATE CONSTRAINT users_email_nn\")");
        assertThat(rules(sql, "op.execute(\"ALTER TABLE users ALTER COLUMN email SET NOT NULL\")")).isEmpty();

        MigrationLinter ops = new MigrationLinter(true);
        rules(ops, "op.create_check_constraint(\"ck_nn\", \"users\", \"email IS NOT NULL\", postgresql_not_valid=True)");
        assertThat(rules(ops, "op.alter_column(\"users\", \"email\", nullable=False)")).as("not validated yet")
                .containsExactly("set-not-null-scans-table");
        rules(ops, "with op.get_context().autocommit_block():\n    op.execute(\"ALTER TABLE users VALIDATE CONSTRAINT ck_nn\")");
        assertThat(rules(ops, "op.alter_column(\"users\", \"email\", nullable=False)")).isEmpty();

        MigrationLinter pg11 = new MigrationLinter(true, new LintSettings(Set.of(), 11, true, null));
        rules(pg11, "op.execute(\"ALTER TABLE users ADD CONSTRAINT nn CHECK (email IS NOT NULL) NOT VALID\")");
        rules(pg11, "with op.get_context().autocommit_block():\n    op.execute(\"ALTER TABLE users VALIDATE CONSTRAINT nn\")");
        assertThat(rules(pg11, "op.execute(\"ALTER TABLE users ALTER COLUMN email SET NOT NULL\")")).as("PostgreSQL 11 scans anyway")
                .containsExactly("set-not-null-scans-table");
    }

    // ---- ADD COLUMN defaults and generated columns ---------------------------------------------------------

    @Test
    void volatileDefaultsAndStoredGeneratedColumnsRewrite() throws IOException {
        for (String body : List.of(
                "op.execute(\"ALTER TABLE users ADD COLUMN token uuid DEFAULT gen_random_uuid()\")",
                "op.execute(\"ALTER TABLE users ADD COLUMN r float DEFAULT random()\")",
                "op.get_bind().execute(text(\"ALTER TABLE users ADD COLUMN seen timestamptz DEFAULT clock_timestamp()\"))",
                "op.execute(\"ALTER TABLE users ADD COLUMN total numeric GENERATED ALWAYS AS (price * qty) STORED\")",
                "op.execute(\"ALTER TABLE users ADD COLUMN n bigint GENERATED ALWAYS AS IDENTITY\")",
                "op.execute(\"ALTER TABLE users ADD COLUMN n bigserial\")",
                "op.add_column(\"users\", sa.Column(\"token\", sa.Uuid(), server_default=sa.text(\"gen_random_uuid()\")))",
                "op.add_column(\"users\", sa.Column(\"r\", sa.Float(), server_default=sa.func.random()))",
                "op.add_column(\"users\", sa.Column(\"total\", sa.Numeric(), sa.Computed(\"price * qty\", persisted=True)))",
                "op.add_column(\"users\", sa.Column(\"n\", sa.BigInteger(), sa.Identity()))")) {
            assertThat(withTimeout(body)).as(body).containsExactly("add-column-rewrites-table");
        }
    }

    @Test
    void constantDefaultsAndNowDoNotRewriteOnPostgres11AndLater() throws IOException {
        for (String body : List.of(
                "op.execute(\"ALTER TABLE users ADD COLUMN tier text DEFAULT 'free' NOT NULL\")",
                "op.execute(\"ALTER TABLE users ADD COLUMN created timestamptz DEFAULT now()\")",
                "op.execute(\"ALTER TABLE users ADD COLUMN meta jsonb DEFAULT '{}'::jsonb\")",
                "op.execute(\"ALTER TABLE users ADD COLUMN at timestamptz DEFAULT CURRENT_TIMESTAMP\")",
                "op.add_column(\"users\", sa.Column(\"tier\", sa.Text(), nullable=False, server_default=\"free\"))",
                "op.add_column(\"users\", sa.Column(\"created\", sa.DateTime(), server_default=sa.func.now()))",
                "op.add_column(\"users\", sa.Column(\"created\", sa.DateTime(), server_default=sa.text(\"now()\")))")) {
            assertThat(withTimeout(body)).as(body).isEmpty();
        }
        MigrationLinter pg10 = new MigrationLinter(true, new LintSettings(Set.of(), 10, true, null));
        assertThat(rules(pg10, "op.execute(\"ALTER TABLE users ADD COLUMN tier text DEFAULT 'free'\")"))
                .as("before 11 every default rewrites").containsExactly("add-column-rewrites-table");
        assertThat(rules(pg10, "op.add_column(\"users\", sa.Column(\"tier\", sa.Text(), server_default=\"free\"))"))
                .containsExactly("add-column-rewrites-table");
    }

    @Test
    void aStoredGeneratedOrIdentityColumnThatIsNotNullNeedsNoDefault() throws IOException {
        assertThat(withTimeout("op.execute(\"ALTER TABLE users ADD COLUMN total numeric GENERATED ALWAYS AS (a + b) STORED NOT NULL\")"))
                .containsExactly("add-column-rewrites-table");
        assertThat(withTimeout("op.add_column(\"users\", sa.Column(\"total\", sa.Numeric(), sa.Computed(\"a + b\"), nullable=False))"))
                .containsExactly("add-column-rewrites-table");
        assertThat(withTimeout("op.add_column(\"users\", sa.Column(\"n\", sa.BigInteger(), sa.Identity(), nullable=False))"))
                .containsExactly("add-column-rewrites-table");
    }

    // ---- foreign key in ADD COLUMN -------------------------------------------------------------------------

    @Test
    void aForeignKeyInsideAddColumnIsAValidatedForeignKey() throws IOException {
        for (String body : List.of(
                "op.execute(\"ALTER TABLE orders ADD COLUMN user_id bigint REFERENCES users (id)\")",
                "conn = op.get_bind()\nconn.execute(text(\"ALTER TABLE orders ADD user_id bigint CONSTRAINT fk REFERENCES users\"))",
                "op.add_column(\"orders\", sa.Column(\"user_id\", sa.BigInteger(), sa.ForeignKey(\"users.id\")))")) {
            assertThat(withTimeout(body)).as(body).containsExactly("foreign-key-without-not-valid");
        }
    }

    // ---- DROP INDEX --------------------------------------------------------------------------------------

    @Test
    void dropIndexWithoutConcurrently() throws IOException {
        for (String body : List.of(
                "op.execute(\"DROP INDEX ix_users_email\")",
                "op.get_bind().execute(text(\"DROP INDEX IF EXISTS public.ix_users_email\"))",
                "op.drop_index(\"ix_users_email\", table_name=\"users\")")) {
            assertThat(withTimeout(body)).as(body).containsExactly("drop-index-not-concurrent");
        }
        assertThat(rules("with op.get_context().autocommit_block():\n    op.execute(\"DROP INDEX CONCURRENTLY ix_users_email\")\n"
                + "    op.drop_index(\"ix_b\", table_name=\"users\", postgresql_concurrently=True)")).isEmpty();
        assertThat(rules("op.execute(\"DROP INDEX CONCURRENTLY ix_users_email\")")).containsExactly("concurrent-index-in-transaction");
        assertThat(rules("op.drop_index(\"ix\", table_name=\"users\", postgresql_concurrently=True)"))
                .containsExactly("concurrent-index-in-transaction");
    }

    // ---- lock_timeout ------------------------------------------------------------------------------------

    @Test
    void everyStatementStrongerThanShareUpdateExclusiveNeedsALockTimeout() throws IOException {
        for (String body : List.of(
                "op.execute(\"ALTER TABLE users ADD COLUMN note text\")",
                "op.execute(\"ALTER TABLE users ALTER COLUMN tier SET DEFAULT 'free'\")",
                "op.execute(\"ALTER TABLE users DISABLE TRIGGER audit\")",
                "op.execute(\"TRUNCATE users\")",
                "op.execute(\"LOCK TABLE users IN EXCLUSIVE MODE\")",
                "op.execute(\"CREATE TRIGGER t BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION f()\")",
                "op.execute(\"REFRESH MATERIALIZED VIEW stats\")",
                "op.add_column(\"users\", sa.Column(\"note\", sa.Text()))",
                "op.alter_column(\"users\", \"tier\", server_default=\"free\")",
                "op.drop_constraint(\"fk\", \"orders\")")) {
            assertThat(rules(body)).as(body).containsExactly("lock-without-timeout");
        }
    }

    @Test
    void shareUpdateExclusiveAndRowLocksNeedNoTimeout() throws IOException {
        assertThat(rules("""
                op.execute("ALTER TABLE users VALIDATE CONSTRAINT fk")
                op.execute("ALTER TABLE users ALTER COLUMN email SET STATISTICS 500")
                op.execute("ALTER TABLE users SET (fillfactor = 70)")
                op.execute("UPDATE users SET tier = 'free' WHERE tier IS NULL")
                op.execute("INSERT INTO settings (k, v) VALUES ('a', 'b')")""")).isEmpty();
    }

    @Test
    void onlyARealLockTimeoutCounts() throws IOException {
        String risky = "\nop.execute(\"ALTER TABLE users ADD COLUMN note text\")";
        assertThat(rules("op.execute(\"SET LOCAL lock_timeout = '5s'\")" + risky)).isEmpty();
        assertThat(rules("op.execute(\"SET lock_timeout TO 5000\")" + risky)).isEmpty();
        assertThat(rules("op.execute(\"SELECT set_config('lock_timeout', '5s', true)\")" + risky)).isEmpty();
        assertThat(rules("op.execute(\"SET foo.lock_timeout = '5s'\")" + risky)).containsExactly("lock-without-timeout");
        assertThat(rules("op.execute(\"SET LOCAL myapp.lock_timeout = '5s'\")" + risky)).containsExactly("lock-without-timeout");
        assertThat(rules("op.execute(\"SET LOCAL lock_timeout = 0\")" + risky)).containsExactly("lock-without-timeout");
        assertThat(rules("op.execute(\"SET LOCAL statement_timeout = '5s'\")" + risky)).containsExactly("lock-without-timeout");
        assertThat(rules(risky.strip() + "\nop.execute(\"SET LOCAL lock_timeout = '5s'\")")).as("too late")
                .containsExactly("lock-without-timeout");
    }

    // ---- tables created in the same migration ------------------------------------------------------------

    @Test
    void tablesCreatedEarlierInTheMigrationByRawSqlAreNew() throws IOException {
        assertThat(rules("""
                op.execute(\"\"\"
                    CREATE TABLE invoices (id bigint, user_id bigint, total numeric(10, 2));
                    CREATE INDEX ix_invoices_user ON invoices (user_id);
                    ALTER TABLE invoices ADD CONSTRAINT fk_user FOREIGN KEY (user_id) REFERENCES users (id);
                    ALTER TABLE invoices ADD PRIMARY KEY (id);
                    ALTER TABLE invoices ALTER COLUMN user_id SET NOT NULL;
                \"\"\")
                op.create_index("ix_invoices_total", "invoices", ["total"])
                op.create_unique_constraint("u_inv", "invoices", ["id"])
                op.add_column("invoices", sa.Column("n", sa.Integer(), nullable=False))""")).isEmpty();
        assertThat(rules("""
                op.create_table("invoices", sa.Column("id", sa.BigInteger()))
                op.execute("CREATE INDEX ix ON public.invoices (id)")
                op.execute("ALTER TABLE \\"invoices\\" ADD CONSTRAINT u UNIQUE (id)")""")).isEmpty();
    }

    @Test
    void identifiersFoldAsPostgresFoldsThem() {
        assertThat(MigrationLinter.ident("public.Orders")).isEqualTo("orders");
        assertThat(MigrationLinter.ident("\"public\".\"Orders\"")).isEqualTo("Orders");
        assertThat(MigrationLinter.ident("\"my.table\"")).isEqualTo("my.table");
        assertThat(MigrationLinter.ident("app . users")).isEqualTo("users");
    }

    // ---- parsing: chained calls, statement lines ---------------------------------------------------------

    @Test
    void chainedExecuteCallsAreRead() throws IOException {
        assertThat(rules("op.get_bind().execute(text(\"CREATE INDEX ix ON users (email)\"))"))
                .containsExactly("index-not-concurrent", "lock-without-timeout");
        assertThat(rules("op.get_bind().execute(sa.text(\"CREATE INDEX ix ON users (email)\").execution_options(x=1))"))
                .containsExactly("index-not-concurrent", "lock-without-timeout");
    }

    @Test
    void aFindingPointsAtTheStatementsOwnLineInsideAMultiLineString() throws IOException {
        RevisionFile file = revision("""
                op.execute(\"\"\"
                    SET LOCAL lock_timeout = '5s';

                    -- the index first
                    CREATE INDEX ix_a ON users (a);
                    ALTER TABLE users
                        ALTER COLUMN b SET NOT NULL;
                \"\"\")
                op.execute(
                    "ALTER TABLE users DROP COLUMN c; "
                    "DROP INDEX ix_old"
                )""");
        // upgrade() starts on line 10 of the generated file; op.execute( is line 11
        assertThat(new MigrationLinter(false).lint(file)).extracting(LintFinding::rule, LintFinding::line).containsExactly(
                tuple("index-not-concurrent", 15),
                tuple("set-not-null-scans-table", 16),
                tuple("breaking-drop", 20),
                tuple("drop-index-not-concurrent", 21));
    }

    @Test
    void semicolonsInStringsAndDollarQuotesDoNotSplit() throws IOException {
        assertThat(withTimeout("""
                op.execute(\"\"\"
                    CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN PERFORM 1; DROP TABLE nope; RETURN NEW; END $$ LANGUAGE plpgsql;
                    UPDATE t SET v = 'a; DROP TABLE x';
                \"\"\")""")).isEmpty();
    }

    // ---- ignore comments and settings --------------------------------------------------------------------

    @Test
    void anIgnoreCommentWithAReasonCoversItsStatementAndIsShown() throws IOException {
        List<LintFinding> findings = new MigrationLinter(true).lint(revision("""
                # signalbox: ignore[index-not-concurrent] the table holds 40 rows
                op.create_index("ix_a", "countries", ["code"])
                op.execute(\"\"\"
                    CREATE INDEX ix_b ON countries (name);  -- not covered
                \"\"\")  # signalbox: ignore[drop-index-not-concurrent] wrong rule id here
                op.drop_index("ix_c", table_name="t")  # signalbox: ignore[drop-index-not-concurrent]"""));
        assertThat(findings).extracting(LintFinding::rule, LintFinding::line, LintFinding::ignoredBecause).containsExactly(
                tuple("index-not-concurrent", 12, "the table holds 40 rows"),
                tuple("index-not-concurrent", 14, null),
                tuple("ignore-without-reason", 16, null),
                tuple("drop-index-not-concurrent", 16, null));
        assertThat(findings.get(0).toText()).contains("ignored: the table holds 40 rows");
    }

    @Test
    void anIgnoreAboveAnExecuteCoversTheStatementsInside() throws IOException {
        List<LintFinding> findings = new MigrationLinter(true).lint(revision("""
                # signalbox: ignore[index-not-concurrent,breaking-drop] lookup table, 12 rows, no readers
                op.execute(\"\"\"
                    CREATE INDEX ix_b ON countries (name);
                    ALTER TABLE countries DROP COLUMN old;
                \"\"\")"""));
        assertThat(findings).allSatisfy(f -> assertThat(f.ignoredBecause()).isEqualTo("lookup table, 12 rows, no readers"));
        assertThat(findings).hasSize(2);
    }

    @Test
    void disabledRulesAndOutsideATransaction() throws IOException {
        MigrationLinter quiet = new MigrationLinter(true, new LintSettings(Set.of("breaking-drop"), 14, true, null));
        assertThat(rules(quiet, "op.drop_column(\"users\", \"legacy\")")).isEmpty();
        MigrationLinter noTransaction = new MigrationLinter(true, new LintSettings(Set.of(), 14, false, null));
        assertThat(rules(noTransaction, "op.create_index(\"ix\", \"users\", [\"a\"], postgresql_concurrently=True)")).isEmpty();
        assertThat(rules(noTransaction, "op.execute(\"SET LOCAL lock_timeout = '5s'\")")).containsExactly("set-local-outside-transaction");
    }

    @Test
    void settingsAreReadFromPyprojectWithPositionedErrors() throws Exception {
        Path good = dir.resolve("pyproject.toml");
        Files.writeString(good, "[tool.signalbox.lint]\ndisabled = [\"breaking-drop\"]\npostgres_version = 12\nassume_in_transaction = false\n");
        LintSettings settings = LintSettings.read(good);
        assertThat(settings.disabled()).containsExactly("breaking-drop");
        assertThat(settings.postgresVersion()).isEqualTo(12);
        assertThat(settings.assumeInTransaction()).isFalse();

        List<String> errors = new ArrayList<>();
        for (String bad : List.of("disabled = [\"no-such-rule\"]", "postgres_version = \"16\"", "assume_in_transaction = 1", "colour = 1")) {
            Files.writeString(good, "[tool.signalbox.lint]\n" + bad + "\n");
            try {
                LintSettings.read(good);
            } catch (MigrationException e) {
                errors.add(e.getMessage());
            }
        }
        assertThat(errors).hasSize(4).allSatisfy(m -> assertThat(m).contains("pyproject.toml [tool.signalbox.lint]"));
        assertThat(errors.get(0)).contains("no-such-rule").contains("breaking-drop");
    }
}
