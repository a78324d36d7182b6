package dev.signalbox.ui.migrations;

import dev.signalbox.migrations.GitState;
import dev.signalbox.migrations.LintFinding;
import dev.signalbox.migrations.MigrationProblem;
import dev.signalbox.migrations.MigrationSnapshot;
import dev.signalbox.migrations.Revision;
import dev.signalbox.migrations.UnknownRevision;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The answer at the top of the view: the database's revision(s) against the code's heads, in one title and
 * one paragraph that says what happens on the next deploy and what to do about it.
 *
 * @param attention short counts a person should look at next (lint findings, problems, files only on this machine)
 */
public record StatusBanner(Tone tone, String title, String detail, List<String> databaseRevisions,
                           List<String> codeHeads, List<String> attention) {

    public enum Tone { SUCCESS, WARNING, DANGER, NEUTRAL }

    public StatusBanner {
        databaseRevisions = List.copyOf(databaseRevisions);
        codeHeads = List.copyOf(codeHeads);
        attention = List.copyOf(attention);
    }

    public static StatusBanner of(MigrationSnapshot snapshot) {
        List<String> heads = snapshot.graph().heads();
        List<String> current = snapshot.database() == null ? List.of() : snapshot.database().current();
        String at = current.isEmpty() ? "no revision" : String.join(", ", current);
        String headText = heads.isEmpty() ? "no head" : String.join(", ", heads);
        String order = snapshot.pending().stream().map(Revision::id).collect(Collectors.joining(", "));
        int pending = snapshot.pending().size();
        StatusBanner.Tone tone;
        String title;
        String detail;
        switch (snapshot.status()) {
            case UP_TO_DATE -> {
                tone = Tone.SUCCESS;
                title = "Up to date";
                detail = "The database is at " + at + ", the code's head: 'alembic upgrade head' has nothing to do.";
            }
            case PENDING -> {
                tone = Tone.WARNING;
                title = pending + " pending revision" + (pending == 1 ? "" : "s");
                detail = "The database is at " + at + "; the code's head is " + headText + ". 'alembic upgrade head'"
                        + " will apply " + order + " (in this order). If the service checks for head at start-up, it"
                        + " crashes until they are applied (incident 4: set the bypass, migrate, unset it).";
            }
            case UNKNOWN_REVISION -> {
                tone = Tone.DANGER;
                List<String> ids = snapshot.unknown().stream().map(UnknownRevision::revision).toList();
                title = "Database at an unknown revision: " + String.join(", ", ids);
                detail = snapshot.unknown().stream().map(u -> sentence(u.explanation())).collect(Collectors.joining(" "));
            }
            case MULTIPLE_HEADS -> {
                tone = Tone.DANGER;
                title = "Multiple heads: a merge revision is needed";
                detail = "The code has " + heads.size() + " heads (" + headText + "): 'alembic upgrade head' refuses to"
                        + " choose. Create a merge revision with 'alembic merge -m \"merge heads\" " + String.join(" ", heads)
                        + "', commit and push it." + (pending == 0 ? "" : " " + pending + " revision(s) are pending meanwhile.");
            }
            case NO_VERSION_TABLE -> {
                tone = Tone.WARNING;
                title = "No version table";
                detail = "The database has no " + snapshot.database().versionTable() + ": it was never migrated, or the"
                        + " project uses another version_table or schema. 'alembic upgrade head' would apply all "
                        + pending + " revisions." + (snapshot.database().candidates().isEmpty() ? ""
                        : " Tables that look like version tables: " + String.join(", ", snapshot.database().candidates()) + ".");
            }
            case REVISION_ID_TOO_LONG -> {
                tone = Tone.DANGER;
                title = "A pending revision id is too long for version_num";
                detail = "'alembic upgrade head' will fail when it stamps it; see the problems below. Shorten the id or"
                        + " widen alembic_version.version_num first.";
            }
            case OVERLAPPING_VERSIONS -> {
                tone = Tone.DANGER;
                title = "The version table overlaps";
                detail = "It holds a revision and one of its ancestors: 'alembic upgrade' stops with \"Requested revision"
                        + " ... overlaps with other requested revisions ...\" and applies nothing; see the problems below.";
            }
            default -> {
                tone = Tone.NEUTRAL;
                title = "Database not checked";
                detail = "The profile has no database: only the code was read. Its head is " + headText + ".";
            }
        }
        return new StatusBanner(tone, title, detail, current, heads, attention(snapshot));
    }

    private static String sentence(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static List<String> attention(MigrationSnapshot snapshot) {
        List<String> out = new ArrayList<>();
        List<LintFinding> lint = snapshot.lint();
        if (!lint.isEmpty()) {
            long pendingFindings = lint.stream()
                    .filter(f -> snapshot.pending().stream().anyMatch(r -> r.id().equals(f.revision()))).count();
            out.add(lint.size() + " lint finding" + (lint.size() == 1 ? "" : "s")
                    + (pendingFindings > 0 ? " (" + pendingFindings + " in pending revisions)" : ""));
        }
        List<MigrationProblem> problems = snapshot.problems();
        if (!problems.isEmpty()) {
            out.add(problems.size() + " problem" + (problems.size() == 1 ? "" : "s"));
        }
        GitState git = snapshot.git();
        if (git != null && git.needsAttention()) {
            Set<GitState.State> localOnly = Set.of(GitState.State.UNTRACKED, GitState.State.IGNORED, GitState.State.ADDED,
                    GitState.State.UNPUSHED);
            long onlyHere = git.files().stream().filter(f -> localOnly.contains(f.state())).count();
            long other = git.files().size() - onlyHere;
            if (onlyHere > 0) {
                out.add(onlyHere + " revision file" + (onlyHere == 1 ? "" : "s") + " only on this machine");
            }
            if (other > 0) {
                out.add(other + " revision file" + (other == 1 ? "" : "s") + " modified or deleted");
            }
        }
        return out;
    }
}
