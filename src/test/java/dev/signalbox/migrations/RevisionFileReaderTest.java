package dev.signalbox.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.migrations.MigrationProblem.Kind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every revision-file form of the "forms" fixture, read as Alembic would read it. */
class RevisionFileReaderTest {
    static Path versions;
    static Map<String, RevisionFile> byName;

    @BeforeAll
    static void readAll() throws MigrationException {
        ScriptLocation location = ScriptLocator.locate(Fixtures.project("forms").resolve("alembic.ini"), "alembic");
        versions = location.versionLocations().get(0);
        byName = ScriptLocator.revisionFiles(location).stream().map(RevisionFileReader::read)
                .collect(Collectors.toMap(f -> f.file().getFileName().toString(), Function.identity()));
    }

    @Test
    void filesAlembicIgnoresAreNotRead() {
        assertThat(byName.keySet()).doesNotContain("__init__.py", ".#5e_last_wins.py", "README.md", "d_nested.py")
                .allMatch(name -> name.endsWith(".py"));
        assertThat(byName.keySet()).noneMatch(name -> name.contains("cpython"));
    }

    @Test
    void plainTemplateGivesIdsMessageAndCreateDate() {
        RevisionFile f = byName.get("1a2b3c4d5e6f_create_users.py");
        assertThat(f.revision()).isEqualTo("1a2b3c4d5e6f");
        assertThat(f.downRevisions()).isEmpty();
        assertThat(f.message()).isEqualTo("create users");
        assertThat(f.createDate()).isEqualTo("2024-01-02 10:11:12.000000");
        assertThat(f.problems()).isEmpty();
        assertThat(f.upgradeCalls()).extracting(PythonCall::name).contains("op.create_table", "sa.Column");
    }

    @Test
    void typeAnnotationsOfBothStylesAreRead() {
        RevisionFile union = byName.get("2b_annotated.py");
        assertThat(union.revision()).isEqualTo("2b3c4d5e6f70");
        assertThat(union.downRevisions()).containsExactly("1a2b3c4d5e6f");
        RevisionFile pipe = byName.get("3c_pipe_annotation.py");
        assertThat(pipe.downRevisions()).containsExactly("1a2b3c4d5e6f");
        assertThat(pipe.branchLabels()).containsExactly("audit");
        assertThat(pipe.message()).isEqualTo("side branch with PEP 604 annotations");
    }

    @Test
    void multiLineTupleIsAMerge() {
        assertThat(byName.get("4d_merge_multiline.py").downRevisions()).containsExactly("2b3c4d5e6f70", "3c4d5e6f7081");
    }

    @Test
    void lastAssignmentWinsAndListsAndRawStringsWork() {
        RevisionFile f = byName.get("5e_last_wins.py");
        assertThat(f.revision()).isEqualTo("5e6f70819203");
        assertThat(f.downRevisions()).containsExactly("4d5e6f708192");
        assertThat(f.dependsOn()).containsExactly("3c4d5e6f7081");
        assertThat(f.message()).isEqualTo("the last assignment wins");
    }

    @Test
    void docstringHeaderIsTheFallbackIncludingTheOldTupleRepr() {
        RevisionFile f = byName.get("6f_docstring_only.py");
        assertThat(f.revision()).isEqualTo("6f7081920314");
        assertThat(f.idSource()).isEqualTo(RevisionFile.IdSource.DOCSTRING);
        assertThat(f.downRevisions()).containsExactly("5e6f70819203");
        assertThat(f.createDate()).isEqualTo("2013-05-06 07:08:09");
        assertThat(f.problems()).extracting(MigrationProblem::kind).containsExactly(Kind.FALLBACK_USED);
        assertThat(f.usable()).isTrue();
    }

    @Test
    void legacyHexFileNameIsTheLastFallback() {
        RevisionFile f = byName.get("7081920314a5.py");
        assertThat(f.revision()).isEqualTo("7081920314a5");
        assertThat(f.idSource()).isEqualTo(RevisionFile.IdSource.FILE_NAME);
        assertThat(f.downRevisions()).containsExactly("6f7081920314");
    }

    @Test
    void aComputedBranchLabelIsReportedAsUnresolvedWithItsLine() {
        RevisionFile f = byName.get("8_unresolved_label.py");
        assertThat(f.revision()).isEqualTo("819203142536");
        assertThat(f.branchLabels()).isEmpty();
        assertThat(f.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.UNRESOLVED_VALUE);
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).contains("branch_labels", "cli.EXPAND_BRANCH");
            assertThat(p.severity()).isEqualTo(MigrationProblem.Severity.WARNING);
        });
        assertThat(f.usable()).isTrue();
    }

    @Test
    void implicitConcatenationAndBareTuple() {
        RevisionFile f = byName.get("9_bare_tuple.py");
        assertThat(f.revision()).isEqualTo("920314253647");
        assertThat(f.downRevisions()).containsExactly("819203142536");
    }

    @Test
    void malformedFilesAreReportedPerFileNeverThrown() {
        RevisionFile broken = byName.get("a_broken.py");
        assertThat(broken.usable()).isFalse();
        assertThat(broken.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.MALFORMED_FILE);
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.file()).isEqualTo(versions.resolve("a_broken.py"));
        });
        RevisionFile noId = byName.get("b_no_id.py");
        assertThat(noId.usable()).isFalse();
        assertThat(noId.problems()).extracting(MigrationProblem::message).anySatisfy(m -> assertThat(m).contains("no revision id"));
        RevisionFile fstring = byName.get("c_fstring.py");
        assertThat(fstring.revision()).isNull();
        assertThat(fstring.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.UNRESOLVED_VALUE);
            assertThat(p.line()).isEqualTo(3);
        });
    }

    @Test
    void garbageNeverThrows() {
        for (String text : List.of("", "\"\"\"", "revision = (", "revision = ('a',", "x = [1, 2\n", "\\", "revision = 'a' +",
                "def upgrade():\n    op.execute(", "revision: = 'a'", "\u0000\u0001", "revision = b'abc'\ndown_revision = None")) {
            RevisionFile f = RevisionFileReader.parse(Path.of("garbage.py"), text);
            assertThat(f.file()).isEqualTo(Path.of("garbage.py"));
            assertThat(f.usable() || !f.problems().isEmpty()).as(text).isTrue();
        }
    }

    @Test
    void upgradeCallsKnowTheirKeywordsAndAutocommitBlocks() {
        RevisionFile f = RevisionFileReader.parse(Path.of("x.py"), """
                revision = "a1"
                down_revision = None

                def upgrade():
                    with op.get_context().autocommit_block():
                        op.create_index("ix_users_email", "users", ["email"], postgresql_concurrently=True)
                    op.add_column("users", sa.Column("age", sa.Integer(), nullable=False))
                    op.execute(sa.text("SET LOCAL lock_timeout = '5s'"))

                def downgrade():
                    op.drop_index("ix_users_email")
                """);
        assertThat(f.upgradeCalls()).extracting(PythonCall::name)
                .containsExactly("op.get_context", "op.get_context().autocommit_block", "op.create_index", "op.add_column",
                        "sa.Column", "sa.Integer", "op.execute", "sa.text");
        PythonCall index = f.upgradeCalls().get(2);
        assertThat(index.autocommit()).isTrue();
        assertThat(index.keyword("postgresql_concurrently").isTrue()).isTrue();
        assertThat(index.line()).isEqualTo(6);
        assertThat(f.upgradeCalls().get(3).autocommit()).isFalse();
        assertThat(f.upgradeCalls().get(6).positional().get(0).strings()).containsExactly("SET LOCAL lock_timeout = '5s'");
        assertThat(f.upgradeCalls().get(6).sqlStrings()).containsExactly(new PythonCall.SourceString("SET LOCAL lock_timeout = '5s'", 8));
    }
}
