package dev.signalbox.migrations;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Which revision files changed since a git ref ({@code migrations lint --changed-since}, the pull-request case).
 * Apart from {@link GitInspector}: checking this method's JGit types loads JGit's object ids when the class is linked,
 * and {@code migrations history} outside git must load no JGit at all (docs/performance.md).
 */
public final class GitChanges {
    private GitChanges() {
    }

    /**
     * The revision files added or changed since {@code ref} (a branch, tag or commit: the pull request's base):
     * a file whose content in the working tree differs from its blob at {@code ref}, or that {@code ref} does not
     * have. Working-tree content counts, so uncommitted edits are included. Read-only.
     *
     * @throws MigrationException not a git repository, or {@code ref} does not resolve (a shallow CI checkout)
     */
    public static java.util.Set<Path> changedSince(Collection<Path> files, String ref) throws MigrationException {
        java.util.Set<Path> changed = new java.util.LinkedHashSet<>();
        if (files.isEmpty()) {
            return changed;
        }
        Path first = files.iterator().next().toAbsolutePath().normalize();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(first.toFile());
        if (builder.getGitDir() == null) {
            throw MigrationException.configuration("--changed-since " + ref + ": " + first.getParent() + " is not inside a git repository");
        }
        try (Repository repo = builder.build(); org.eclipse.jgit.revwalk.RevWalk walk = new org.eclipse.jgit.revwalk.RevWalk(repo)) {
            ObjectId commit = repo.resolve(ref);
            if (commit == null) {
                throw MigrationException.configuration("--changed-since " + ref + ": no such branch, tag or commit in " + repo.getWorkTree()
                        + "; in CI fetch it first (actions/checkout with fetch-depth: 0, or git fetch origin " + ref + ")");
            }
            org.eclipse.jgit.revwalk.RevTree tree = walk.parseCommit(commit).getTree();
            Path workTree = repo.getWorkTree().toPath().toRealPath();
            try (org.eclipse.jgit.lib.ObjectInserter.Formatter hasher = new org.eclipse.jgit.lib.ObjectInserter.Formatter()) {
                for (Path file : files) {
                    Path real = file.toRealPath();
                    if (!real.startsWith(workTree)) {
                        changed.add(file);
                        continue;
                    }
                    String rel = workTree.relativize(real).toString().replace('\\', '/');
                    try (org.eclipse.jgit.treewalk.TreeWalk at = org.eclipse.jgit.treewalk.TreeWalk.forPath(repo, rel, tree)) {
                        ObjectId now = hasher.idFor(org.eclipse.jgit.lib.Constants.OBJ_BLOB, java.nio.file.Files.readAllBytes(real));
                        if (at == null || !at.getObjectId(0).equals(now)) {
                            changed.add(file);
                        }
                    }
                }
            }
            return changed;
        } catch (IOException | RuntimeException e) {
            throw MigrationException.failure("--changed-since " + ref + ": cannot compare with git: " + e.getMessage(), e);
        }
    }
}
