package dev.signalbox.migrations;

import dev.signalbox.migrations.GitState.FileState;
import dev.signalbox.migrations.GitState.State;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.StatusCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.BranchTrackingStatus;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/** Reads the git state of the version directories with JGit (no git binary needed). Read-only. */
public final class GitInspector {
    /** A branch hundreds of commits ahead is unusual; walking further only costs time. */
    private static final int MAX_UNPUSHED_COMMITS = 500;

    private GitInspector() {
    }

    /**
     * False when no folder from {@code dir} up holds a {@code .git} and no GIT_DIR is set: then JGit (a signed jar
     * whose verification and ~50 classes cost a short command a tenth of a second) would find no work tree either.
     * A bare repository found on the way is "not a repository" for the inspection anyway.
     */
    static boolean mayBeInRepository(Path dir) {
        if (System.getenv("GIT_DIR") != null) {
            return true;
        }
        for (Path p = dir; p != null; p = p.getParent()) {
            if (java.nio.file.Files.exists(p.resolve(".git"))) {
                return true;
            }
        }
        return false;
    }

    public static GitState inspect(Collection<Path> versionLocations) {
        if (versionLocations.isEmpty()) {
            return new GitState(GitState.Repository.ERROR, null, null, 0, List.of(), "no version location to inspect");
        }
        Path first = versionLocations.iterator().next().toAbsolutePath().normalize();
        if (!mayBeInRepository(first)) {
            return GitState.notARepository(first);
        }
        return WithJgit.inspect(first, versionLocations);
    }

    /** Apart so that verifying GitInspector loads no JGit class (JGit's signed jar is checked on the first). */
    private static final class WithJgit {
        static GitState inspect(Path first, Collection<Path> versionLocations) {
            FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(first.toFile());
            if (builder.getGitDir() == null) {
                return GitState.notARepository(first);
            }
            try (Repository repo = builder.build(); Git git = new Git(repo)) {
                if (repo.isBare()) {
                    return GitState.notARepository(first);
                }
                Path workTree = repo.getWorkTree().toPath().toRealPath();
                List<String> prefixes = new ArrayList<>();
                for (Path location : versionLocations) {
                    Path real = location.toRealPath();
                    if (!real.startsWith(workTree)) {
                        continue;
                    }
                    String rel = workTree.relativize(real).toString().replace('\\', '/');
                    prefixes.add(rel.isEmpty() ? "." : rel);
                }
                Map<String, State> states = new LinkedHashMap<>();
                StatusCommand status = git.status();
                for (String prefix : prefixes) {
                    status.addPath(prefix);
                }
                org.eclipse.jgit.api.Status st = status.call();
                st.getUntracked().forEach(p -> states.put(p, State.UNTRACKED));
                st.getIgnoredNotInIndex().forEach(p -> {
                    if (p.endsWith(".py")) {
                        states.put(p, State.IGNORED);
                    }
                });
                st.getAdded().forEach(p -> states.put(p, State.ADDED));
                st.getModified().forEach(p -> states.putIfAbsent(p, State.MODIFIED));
                st.getChanged().forEach(p -> states.putIfAbsent(p, State.MODIFIED));
                st.getMissing().forEach(p -> states.putIfAbsent(p, State.DELETED));
                st.getRemoved().forEach(p -> states.putIfAbsent(p, State.DELETED));

                String branch = repo.getBranch();
                String fullBranch = repo.getFullBranch();
                String upstream = null;
                int ahead = 0;
                String note;
                BranchTrackingStatus tracking = fullBranch != null && fullBranch.startsWith("refs/heads/")
                        ? BranchTrackingStatus.of(repo, branch) : null;
                if (tracking == null) {
                    note = "branch " + branch + " has no upstream: which revision files are pushed is unknown";
                } else {
                    upstream = Repository.shortenRefName(tracking.getRemoteTrackingBranch());
                    ahead = tracking.getAheadCount();
                    if (ahead > 0) {
                        for (String path : unpushedPaths(repo, tracking, prefixes)) {
                            states.putIfAbsent(path, State.UNPUSHED);
                        }
                    }
                    note = ahead == 0 ? "branch " + branch + " is pushed to " + upstream
                            : "branch " + branch + " is " + ahead + " commit(s) ahead of " + upstream;
                }
                List<FileState> files = new ArrayList<>();
                for (Map.Entry<String, State> e : states.entrySet()) {
                    if (e.getKey().endsWith(".py")) {
                        files.add(new FileState(workTree.resolve(e.getKey()), e.getValue()));
                    }
                }
                return new GitState(GitState.Repository.REPOSITORY, branch, upstream, ahead, files, note);
            } catch (IOException | GitAPIException | RuntimeException e) {
                return new GitState(GitState.Repository.ERROR, null, null, 0, List.of(),
                        "cannot read the git state of " + first + ": " + e.getMessage());
            }
        }

        private static List<String> unpushedPaths(Repository repo, BranchTrackingStatus tracking, List<String> prefixes)
                throws IOException {
            List<String> paths = new ArrayList<>();
            ObjectId head = repo.resolve("HEAD");
            ObjectId remote = repo.resolve(tracking.getRemoteTrackingBranch());
            if (head == null) {
                return paths;
            }
            try (RevWalk walk = new RevWalk(repo);
                 DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
                diff.setRepository(repo);
                if (!prefixes.contains(".")) {
                    diff.setPathFilter(PathFilterGroup.createFromStrings(prefixes));
                }
                walk.markStart(walk.parseCommit(head));
                if (remote != null) {
                    walk.markUninteresting(walk.parseCommit(remote));
                }
                int seen = 0;
                for (RevCommit commit : walk) {
                    if (++seen > MAX_UNPUSHED_COMMITS) {
                        break;
                    }
                    RevCommit parent = commit.getParentCount() > 0 ? walk.parseCommit(commit.getParent(0)) : null;
                    for (DiffEntry entry : diff.scan(parent == null ? null : parent.getTree(), commit.getTree())) {
                        if (entry.getChangeType() != DiffEntry.ChangeType.DELETE) {
                            paths.add(entry.getNewPath());
                        }
                    }
                }
            }
            return paths;
        }
    }

    /** The root of the git working tree holding {@code path}, or null outside git (report paths are relative to it). */
    public static Path workTreeOf(Path path) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(path.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            return null;
        }
        try (Repository repo = builder.build()) {
            return repo.isBare() ? null : repo.getWorkTree().toPath().toRealPath();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
