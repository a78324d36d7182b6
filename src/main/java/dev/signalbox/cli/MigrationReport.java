package dev.signalbox.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.signalbox.migrations.DatabaseState;
import dev.signalbox.migrations.GitState;
import dev.signalbox.migrations.LintFinding;
import dev.signalbox.migrations.MigrationProblem;
import dev.signalbox.migrations.MigrationSnapshot;
import dev.signalbox.migrations.Revision;
import dev.signalbox.migrations.UnknownRevision;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The {@code --json} form of {@code signalbox migrations}: stable field names, documented in docs/cli-json.md.
 * Paths are plain strings; enums are upper-case names.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MigrationReport(String config, List<String> versionLocations, String status, boolean attention, String summary,
                       List<RevisionItem> revisions, List<String> heads, List<String> bases, List<String> effectiveHeads,
                       List<ProblemItem> problems, DatabaseItem database, List<String> pending,
                       List<UnknownRevision> unknown, GitItem git, List<LintItem> lint) {

    public record RevisionItem(String revision, List<String> downRevisions, List<String> dependsOn, List<String> branchLabels,
                        String message, String createDate, String file, boolean head, boolean effectiveHead,
                        boolean mergePoint, boolean branchPoint, boolean current) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProblemItem(String kind, String severity, String message, String file, Integer line) {
        static ProblemItem of(MigrationProblem p) {
            return new ProblemItem(p.kind().name(), p.severity().name(), p.message(), str(p.file()), p.line() > 0 ? p.line() : null);
        }
    }

    public record DatabaseItem(String versionTable, boolean tableExists, List<String> current, int versionNumLength,
                        List<String> candidates) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GitItem(String repository, String branch, String upstream, int ahead, List<GitFile> files, String note) {
    }

    public record GitFile(String file, String state) {
    }

    public record LintItem(String rule, String revision, String file, int line, String what, String lock, String why,
                    String safePattern, String severity, String ignoredBecause) {
        static LintItem of(LintFinding f) {
            return new LintItem(f.rule(), f.revision(), str(f.file()), f.line(), f.what(), f.lock(), f.why(), f.safePattern(),
                    f.severity().name().toLowerCase(java.util.Locale.ROOT), f.ignoredBecause());
        }
    }

    public static MigrationReport of(MigrationSnapshot s) {
        Set<String> current = s.database() == null ? Set.of() : Set.copyOf(s.database().current());
        List<RevisionItem> revisions = s.graph().history().stream().map(r -> revision(r, current.contains(r.id()))).toList();
        DatabaseState db = s.database();
        GitState git = s.git();
        return new MigrationReport(
                str(s.location().configFile()),
                s.location().versionLocations().stream().map(Path::toString).toList(),
                s.status().name(),
                s.needsAttention(),
                s.summary(),
                revisions,
                s.graph().heads(),
                s.graph().bases(),
                s.graph().effectiveHeads(),
                s.problems().stream().map(ProblemItem::of).toList(),
                db == null ? null : new DatabaseItem(db.versionTable(), db.tableExists(), db.current(), db.versionNumLength(), db.candidates()),
                db == null ? null : s.pending().stream().map(Revision::id).toList(),
                db == null ? null : s.unknown(),
                git == null ? null : new GitItem(git.repository().name(), git.branch(), git.upstream(), git.ahead(),
                        git.files().stream().map(f -> new GitFile(f.file().toString(), f.state().name())).toList(), git.note()),
                s.lint().stream().map(LintItem::of).toList());
    }

    private static RevisionItem revision(Revision r, boolean current) {
        return new RevisionItem(r.id(), r.downRevisions(), r.dependsOn(), r.branchLabels(), r.message(), r.createDate(),
                str(r.file()), r.head(), r.effectiveHead(), r.mergePoint(), r.branchPoint(), current);
    }

    private static String str(Path path) {
        return path == null ? null : path.toString();
    }
}
