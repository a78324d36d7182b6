package dev.signalbox.migrations;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One revision file, read as text the way Alembic loads it.
 *
 * @param revision       the revision id, or null when none could be determined (then {@link #problems()} says why)
 * @param downRevisions  {@code down_revision} as ids (empty for a base); several for a merge
 * @param branchLabels   {@code branch_labels} as written in this file (not the labels Alembic propagates)
 * @param dependsOn      {@code depends_on} as written (revision ids or branch labels)
 * @param message        first paragraph of the module docstring ({@code alembic history}'s text)
 * @param createDate     the docstring's {@code Create Date:} value as written, or null
 * @param idSource       where the revision id came from
 * @param problems       what could not be read, each with the file and line
 * @param upgradeCalls   the calls in {@code upgrade()}, for the lint
 */
public record RevisionFile(Path file, String revision, List<String> downRevisions, List<String> branchLabels,
                           List<String> dependsOn, String message, String createDate, IdSource idSource,
                           List<MigrationProblem> problems, List<PythonCall> upgradeCalls) {

    public enum IdSource { ASSIGNMENT, DOCSTRING, FILE_NAME, NONE }

    public RevisionFile {
        Objects.requireNonNull(file, "file");
        downRevisions = List.copyOf(downRevisions);
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
        message = message == null ? "" : message;
        problems = List.copyOf(problems);
        upgradeCalls = List.copyOf(upgradeCalls);
    }

    /** One {@code op.execute("...")} of {@code upgrade()} whose SQL is a literal string. */
    public record ExecutedSql(String sql, int line, boolean autocommit) {
    }

    /**
     * The literal SQL that {@code upgrade()} passes to {@code op.execute}, in order; {@code autocommit} when inside
     * {@code autocommit_block()}. (The sandbox applies its demo project with these.)
     */
    public List<ExecutedSql> executedSql() {
        return upgradeCalls.stream()
                .filter(call -> call.isOperation() && call.method().equals("execute"))
                .map(call -> {
                    String sql = call.stringArg(0, "sqltext");
                    return sql == null ? null : new ExecutedSql(sql, call.line(), call.autocommit());
                })
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /** True when the file can take part in the graph (Alembic would have loaded it). */
    public boolean usable() {
        return revision != null && problems.stream().noneMatch(p -> p.severity() == MigrationProblem.Severity.ERROR);
    }
}
