package dev.signalbox.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.signalbox.Signalbox;
import dev.signalbox.cli.ExitCode;
import dev.signalbox.common.Json;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code signalbox migrations lint} as CI runs it: the four formats (SARIF validated against the SARIF 2.1.0 schema,
 * GitHub annotations read line by line), --fail-on, --changed-since on a real git repository, ignore comments and
 * pyproject.toml settings, and bad input.
 */
class LintReportFormatsTest {
    @TempDir
    Path project;

    private Path scripts;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @BeforeEach
    void aProjectUnderGit() throws Exception {
        scripts = project.resolve("migrations");
        Files.createDirectories(scripts.resolve("versions"));
        Files.writeString(scripts.resolve("env.py"), "# env\n");
        revision("0001", null, """
                op.execute(\"SET LOCAL lock_timeout = '5s'\")
                op.create_index("ix_orders_user", "orders", ["user_id"])
                # signalbox: ignore[breaking-drop] nothing reads orders.legacy since release 41
                op.drop_column("orders", "legacy")""");
        revision("0002", "0001", """
                op.execute(\"SET LOCAL lock_timeout = '5s'\")
                op.drop_column("users", "nickname")""");
        try (Git git = Git.init().setDirectory(project.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("base").setAuthor("t", "t@example.com").setCommitter("t", "t@example.com").setSign(false).call();
        }
    }

    private void revision(String id, String down, String body) throws Exception {
        Files.writeString(scripts.resolve("versions/" + id + "_step.py"), "\"\"\"step " + id + "\"\"\"\nfrom alembic import op\n"
                + "import sqlalchemy as sa\n\nrevision = \"" + id + "\"\ndown_revision = " + (down == null ? "None" : "\"" + down + "\"")
                + "\n\n\ndef upgrade():\n" + body.indent(4));
    }

    private int lint(String... options) {
        List<String> args = new ArrayList<>(List.of("migrations", "lint", "--dir", scripts.toString()));
        args.addAll(List.of(options));
        out = new StringWriter();
        err = new StringWriter();
        return Signalbox.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void textShowsSeverityLockAndTheIgnoredReason() {
        assertThat(lint()).isEqualTo(ExitCode.ATTENTION);
        assertThat(out.toString())
                .contains("0001_step.py:11: error: index-not-concurrent: op.create_index(\"ix_orders_user\", \"orders\", ...)")
                .contains("0001_step.py:13: warning: breaking-drop: op.drop_column(\"orders\", \"legacy\")\n"
                        + "    ignored: nothing reads orders.legacy since release 41")
                .contains("1 error(s), 1 warning(s), 1 ignored in 2 revision(s)");
    }

    @Test
    void failOnChoosesTheSeverityThatFails() throws Exception {
        assertThat(lint("--fail-on", "none")).isEqualTo(ExitCode.OK);
        assertThat(lint("--fail-on", "error")).isEqualTo(ExitCode.ATTENTION);
        Files.delete(scripts.resolve("versions/0001_step.py"));
        revision("0001", null, "op.execute(\"SET LOCAL lock_timeout = '5s'\")");
        assertThat(lint("--fail-on", "error")).as("only a warning left").isEqualTo(ExitCode.OK);
        assertThat(lint("--fail-on", "warning")).isEqualTo(ExitCode.ATTENTION);
        assertThat(lint()).as("warning is the default").isEqualTo(ExitCode.ATTENTION);
    }

    @Test
    void changedSinceLintsOnlyTheRevisionsAddedOrChangedSinceTheRef() throws Exception {
        assertThat(lint("--changed-since", "main", "--format", "json")).isEqualTo(ExitCode.OK);
        assertThat(Json.mapper().readTree(out.toString()).get("lint")).isEmpty();
        assertThat(Json.mapper().readTree(out.toString()).get("revisions").asInt()).isZero();

        revision("0003", "0002", "op.create_unique_constraint(\"u_email\", \"users\", [\"email\"])");
        Files.writeString(scripts.resolve("versions/0002_step.py"),
                Files.readString(scripts.resolve("versions/0002_step.py")) + "    op.execute(\"DROP INDEX ix_users_nick\")\n");
        assertThat(lint("--changed-since", "main", "--format", "json")).isEqualTo(ExitCode.ATTENTION);
        JsonNode json = Json.mapper().readTree(out.toString());
        List<String> seen = new ArrayList<>();
        json.get("lint").forEach(f -> seen.add(f.get("revision").asText() + " " + f.get("rule").asText()));
        assertThat(seen).containsExactlyInAnyOrder("0002 breaking-drop", "0002 drop-index-not-concurrent",
                "0003 unique-constraint-builds-index", "0003 lock-without-timeout");
        assertThat(json.get("revisions").asInt()).isEqualTo(2);
    }

    @Test
    void sarifIsValidSarif210WithRuleMetadataAndLocations() throws Exception {
        Files.writeString(scripts.resolve("versions/0002_step.py"),
                Files.readString(scripts.resolve("versions/0002_step.py")) + "    op.execute(\"ALTER TABLE users ADD CONSTRAINT u UNIQUE (email)\")\n");
        assertThat(lint("--format", "sarif")).isEqualTo(ExitCode.ATTENTION);
        String sarif = out.toString();

        Schema schema;
        try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0-rtm.5.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        }
        List<Error> errors = schema.validate(sarif, InputFormat.JSON);
        assertThat(errors).isEmpty();

        JsonNode run = Json.mapper().readTree(sarif).get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertThat(rules).hasSize(LintRule.values().length);
        JsonNode results = run.get("results");
        assertThat(results).hasSize(4);
        JsonNode index = results.get(0);
        assertThat(index.get("ruleId").asText()).isEqualTo("index-not-concurrent");
        assertThat(index.get("level").asText()).isEqualTo("error");
        assertThat(rules.get(index.get("ruleIndex").asInt()).get("id").asText()).isEqualTo("index-not-concurrent");
        JsonNode location = index.get("locations").get(0).get("physicalLocation");
        assertThat(location.get("artifactLocation").get("uri").asText()).isEqualTo("migrations/versions/0001_step.py");
        assertThat(location.get("region").get("startLine").asInt()).isEqualTo(11);
        JsonNode ignored = results.get(1);
        assertThat(ignored.get("suppressions").get(0).get("justification").asText())
                .isEqualTo("nothing reads orders.legacy since release 41");
        assertThat(rules.get(index.get("ruleIndex").asInt()).get("properties").get("lock").asText()).startsWith("SHARE");
    }

    private static final Pattern ANNOTATION = Pattern.compile("^::(error|warning|notice) file=([^,]+),line=(\\d+),title=([^:]+)::(.*)$");

    @Test
    void githubFormatPrintsOneWorkflowCommandPerFinding() throws Exception {
        Files.writeString(scripts.resolve("versions/0002_step.py"),
                Files.readString(scripts.resolve("versions/0002_step.py"))
                        + "    op.execute(\"\"\"\n        SELECT 1;\n        ALTER TABLE users ADD CONSTRAINT u UNIQUE (email)\n    \"\"\")\n");
        assertThat(lint("--format", "github")).isEqualTo(ExitCode.ATTENTION);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(5);
        List<String> parsed = new ArrayList<>();
        for (String line : lines.subList(0, 4)) {
            Matcher m = ANNOTATION.matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            assertThat(m.group(5)).doesNotContain("\n").contains("%0A");
            parsed.add(m.group(1) + " " + m.group(2) + ":" + m.group(3) + " " + m.group(4));
        }
        assertThat(parsed).containsExactly(
                "error migrations/versions/0001_step.py:11 index-not-concurrent",
                "notice migrations/versions/0001_step.py:13 breaking-drop (ignored)",
                "warning migrations/versions/0002_step.py:11 breaking-drop",
                "error migrations/versions/0002_step.py:14 unique-constraint-builds-index");
        assertThat(lines.get(1)).endsWith("::op.drop_column(\"orders\", \"legacy\")%0Aignored: nothing reads orders.legacy since release 41");
        assertThat(lines.get(0)).contains("%0Ainstead: op.create_index(..., postgresql_concurrently=True)");
        assertThat(lines.get(4)).isEqualTo("2 error(s), 1 warning(s), 1 ignored in 2 revision(s)");
    }

    @Test
    void pyprojectSettingsApplyAndABadOneIsAUsageError() throws Exception {
        Files.writeString(project.resolve("pyproject.toml"), "[tool.signalbox.lint]\ndisabled = [\"breaking-drop\", \"index-not-concurrent\"]\n");
        assertThat(lint()).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("0 error(s), 0 warning(s), 0 ignored in 2 revision(s) (settings: " + project.resolve("pyproject.toml"));

        Files.writeString(project.resolve("pyproject.toml"), "[tool.signalbox.lint]\npostgres_version = \"sixteen\"\n");
        assertThat(lint()).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("pyproject.toml [tool.signalbox.lint] postgres_version: \"sixteen\" is not a PostgreSQL major version");
        MigrationInspector inspector = new MigrationInspector(ScriptLocator.fromDirectory(scripts), false, true, java.time.Clock.systemUTC());
        assertThat(inspector.inspect().problems()).extracting(MigrationProblem::message).anySatisfy(m ->
                assertThat(m).contains("postgres_version").endsWith("the lint used the default settings"));
    }

    @Test
    void badOptionsAreUsageErrorsThatSayWhatIsExpected() {
        assertThat(lint("--format", "xml")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("--format xml: expected text, json, sarif or github");
        assertThat(lint("--fail-on", "sometimes")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("--fail-on sometimes: expected error, warning or none");
        assertThat(lint("--changed-since", "no-such-branch")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("--changed-since no-such-branch: no such branch, tag or commit");
    }
}
