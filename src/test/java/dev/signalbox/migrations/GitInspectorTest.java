package dev.signalbox.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.migrations.GitState.FileState;
import dev.signalbox.migrations.GitState.State;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Incident 1: the revision files that exist only on this machine, in a real repository with a real remote. */
class GitInspectorTest {
    @TempDir
    Path root;

    private static Map<String, State> byName(GitState state) {
        return state.files().stream().collect(Collectors.toMap(f -> f.file().getFileName().toString(), FileState::state));
    }

    @Test
    void untrackedModifiedAddedAndUnpushedFilesAreNamed() throws Exception {
        Path remote = root.resolve("remote.git");
        Git.init().setBare(true).setDirectory(remote.toFile()).setInitialBranch("main").call().close();
        Path work = root.resolve("work");
        try (Git git = Git.cloneRepository().setURI(remote.toUri().toString()).setDirectory(work.toFile()).call()) {
            Path versions = Files.createDirectories(work.resolve("alembic/versions"));
            Files.writeString(versions.resolve("a1_base.py"), "revision = 'a1'\ndown_revision = None\n");
            Files.writeString(versions.resolve("b2_users.py"), "revision = 'b2'\ndown_revision = 'a1'\n");
            Files.writeString(work.resolve("README.md"), "service\n");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("base").setAuthor("t", "t@example.com").setCommitter("t", "t@example.com").call();
            git.push().call();
            // what 'git push -u origin <branch>' records (a clone of an empty repository has no tracking yet)
            String pushed = git.getRepository().getBranch();
            var config = git.getRepository().getConfig();
            config.setString("branch", pushed, "remote", "origin");
            config.setString("branch", pushed, "merge", "refs/heads/" + pushed);
            config.save();

            Files.writeString(versions.resolve("c3_committed_not_pushed.py"), "revision = 'c3'\ndown_revision = 'b2'\n");
            git.add().addFilepattern("alembic/versions/c3_committed_not_pushed.py").call();
            git.commit().setMessage("c3").setAuthor("t", "t@example.com").setCommitter("t", "t@example.com").call();
            Files.writeString(versions.resolve("d4_untracked.py"), "revision = 'd4'\ndown_revision = 'c3'\n");
            Files.writeString(versions.resolve("e5_staged.py"), "revision = 'e5'\ndown_revision = 'd4'\n");
            git.add().addFilepattern("alembic/versions/e5_staged.py").call();
            Files.writeString(versions.resolve("b2_users.py"), "revision = 'b2'\ndown_revision = 'a1'\n# edited\n");
            Files.writeString(work.resolve("README.md"), "changed, but not a revision\n");

            GitState state = GitInspector.inspect(List.of(versions));
            assertThat(state.repository()).isEqualTo(GitState.Repository.REPOSITORY);
            String branch = git.getRepository().getBranch();
            assertThat(state.branch()).isEqualTo(branch);
            assertThat(state.upstream()).isEqualTo("origin/" + branch);
            assertThat(state.ahead()).isEqualTo(1);
            assertThat(byName(state)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "c3_committed_not_pushed.py", State.UNPUSHED,
                    "d4_untracked.py", State.UNTRACKED,
                    "e5_staged.py", State.ADDED,
                    "b2_users.py", State.MODIFIED));
            assertThat(state.needsAttention()).isTrue();
            assertThat(state.files()).allMatch(f -> f.file().startsWith(work));
        }
    }

    @Test
    void aBranchWithoutUpstreamSaysPushStateIsUnknown() throws Exception {
        try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
            Path versions = Files.createDirectories(root.resolve("versions"));
            Files.writeString(versions.resolve("a1.py"), "revision = 'a1'\ndown_revision = None\n");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("a1").setAuthor("t", "t@example.com").setCommitter("t", "t@example.com").call();
            GitState state = GitInspector.inspect(List.of(versions));
            assertThat(state.upstream()).isNull();
            assertThat(state.files()).isEmpty();
            assertThat(state.note()).contains("no upstream");
        }
    }

    @Test
    void outsideARepositoryTheStateIsUnknownAndSaidSo() throws Exception {
        Path versions = Files.createDirectories(root.resolve("plain/versions"));
        GitState state = GitInspector.inspect(List.of(versions));
        assertThat(state.repository()).isEqualTo(GitState.Repository.NOT_A_REPOSITORY);
        assertThat(state.note()).contains("not inside a git repository", "unknown");
        assertThat(state.needsAttention()).isFalse();
    }
}
