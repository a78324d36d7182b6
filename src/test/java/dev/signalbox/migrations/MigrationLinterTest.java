package dev.signalbox.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MigrationLinterTest {
    static List<LintFinding> findings;

    @BeforeAll
    static void lintFixture() throws Exception {
        MigrationInspector inspector = new MigrationInspector(
                ScriptLocator.locate(Fixtures.project("lint").resolve("alembic.ini"), "alembic"), false, true, java.time.Clock.systemUTC());
        findings = inspector.lint(inspector.loadGraph());
    }

    private static List<LintFinding> of(String revision) {
        return findings.stream().filter(f -> f.revision().equals(revision)).toList();
    }

    @Test
    void everyRuleFiresOnTheRiskyRevisionWithLine() {
        assertThat(of("0001")).extracting(LintFinding::rule, LintFinding::line).containsExactly(
                tuple("foreign-key-without-not-valid", 10),
                tuple("lock-without-timeout", 10),
                tuple("check-without-not-valid", 11),
                tuple("lock-without-timeout", 11),
                tuple("lock-without-timeout", 12),
                tuple("index-not-concurrent", 13),
                tuple("lock-without-timeout", 13),
                tuple("concurrent-index-in-transaction", 14),
                tuple("not-null-without-default", 15),
                tuple("lock-without-timeout", 15),
                tuple("breaking-rename", 16),
                tuple("lock-without-timeout", 16),
                tuple("breaking-drop", 17),
                tuple("lock-without-timeout", 17),
                // the statements' own lines inside the multi-line op.execute(""" ... """) of line 18
                tuple("lock-without-timeout", 19),
                tuple("validate-in-same-transaction", 20),
                tuple("set-local-outside-transaction", 23));
        assertThat(of("0001")).allSatisfy(f -> {
            assertThat(f.file().getFileName()).isEqualTo(Path.of("0001_risky.py"));
            assertThat(f.lock()).isNotBlank();
            assertThat(f.why()).isNotBlank();
            assertThat(f.safePattern()).isNotBlank();
        });
    }

    @Test
    void theSafeWayIsQuiet() {
        assertThat(of("0002")).isEmpty();
    }

    @Test
    void rawSqlIsLintedToo() {
        assertThat(of("0003")).extracting(LintFinding::rule).containsExactly(
                "lock-without-timeout",
                "foreign-key-without-not-valid",
                "lock-without-timeout",
                "index-not-concurrent",
                "lock-without-timeout",
                "set-not-null-scans-table",
                "lock-without-timeout",
                "column-type-rewrite",
                "lock-without-timeout",
                "breaking-rename",
                "lock-without-timeout",
                "breaking-drop",
                "lock-without-timeout",
                "not-null-without-default",
                "lock-without-timeout",
                "concurrent-index-in-transaction");
    }

    @Test
    void aLockTimeoutInEnvPyCoversEveryRevision() {
        RevisionFile risky = RevisionFileReader.read(Fixtures.project("lint").resolve("versions/0001_risky.py"));
        assertThat(new MigrationLinter(true).lint(risky)).extracting(LintFinding::rule).doesNotContain("lock-without-timeout");
    }

    @Test
    void everyRuleIsDocumented() throws Exception {
        Path doc = Path.of("docs/migration-lint.md");
        String text = java.nio.file.Files.readString(doc);
        for (LintRule rule : LintRule.values()) {
            assertThat(text).as(rule.id()).contains("## " + rule.id());
        }
    }
}
