package dev.signalbox.migrations;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.file.Path;
import java.util.List;

/**
 * Git's view of the revision files: a revision that exists only on a laptop (untracked, modified, or committed
 * but not pushed) is not in the deployed image, and a database migrated from that laptop becomes "unknown" to
 * every deploy (incident 1).
 *
 * @param repository  REPOSITORY, NOT_A_REPOSITORY (state unknown), or ERROR (see {@code note})
 * @param branch      the checked-out branch (or the commit id when detached)
 * @param upstream    its upstream ({@code origin/main}), or null when it has none
 * @param ahead       commits on the branch that the upstream does not have
 * @param files       revision files that are not clean and pushed; clean files are not listed
 * @param note        one sentence for the person: what is known and what is not
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GitState(Repository repository, String branch, String upstream, int ahead, List<FileState> files,
                       String note) {

    public enum Repository { REPOSITORY, NOT_A_REPOSITORY, ERROR }

    public enum State {
        /** Not known to git: it will not be in any image built from the repository. */
        UNTRACKED,
        /** Matches a .gitignore pattern: never committed. */
        IGNORED,
        /** Added to the index but never committed. */
        ADDED,
        /** Changed since the last commit (staged or not). */
        MODIFIED,
        /** Deleted from the working tree but still in the last commit. */
        DELETED,
        /** Committed, but in commits the upstream branch does not have yet. */
        UNPUSHED
    }

    public record FileState(Path file, State state) {
    }

    public GitState {
        files = List.copyOf(files);
    }

    public static GitState notARepository(Path where) {
        return new GitState(Repository.NOT_A_REPOSITORY, null, null, 0, List.of(),
                where + " is not inside a git repository: whether the revision files are committed and pushed is unknown");
    }

    /** True when a file is in a state that will not reach a deploy built from the upstream branch. */
    public boolean needsAttention() {
        return !files.isEmpty();
    }
}
