package dev.signalbox.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes what an earlier sandbox left behind when its console died without cleaning up: folders named
 * {@code signalbox-sandbox-*} in the temp folder whose owning JVM is gone, and the postmaster still running
 * in them.
 */
public final class SandboxReaper {
    static final String PREFIX = "signalbox-sandbox-";
    static final String OWNER_FILE = "owner.pid";
    private static final Logger LOG = LoggerFactory.getLogger(SandboxReaper.class);

    private SandboxReaper() {
    }

    /** @return how many stale sandboxes were removed */
    public static int reapStale(Path tempFolder) {
        int reaped = 0;
        try (Stream<Path> entries = Files.list(tempFolder)) {
            for (Path dir : entries.filter(p -> p.getFileName().toString().startsWith(PREFIX)).toList()) {
                if (ownerAlive(dir)) {
                    continue;
                }
                stopPostmaster(dir.resolve("pgdata"));
                deleteTree(dir);
                reaped++;
            }
        } catch (IOException e) {
            LOG.warn("cannot scan {} for stale sandboxes", tempFolder, e);
        }
        return reaped;
    }

    private static boolean ownerAlive(Path dir) {
        try {
            long pid = Long.parseLong(Files.readString(dir.resolve(OWNER_FILE)).strip());
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | NumberFormatException e) {
            // No owner file: a sandbox still starting writes it first, so an old folder without one is stale
            // only if it is more than a minute old.
            try {
                return Files.getLastModifiedTime(dir).toMillis() > System.currentTimeMillis() - 60_000;
            } catch (IOException ignored) {
                return false;
            }
        }
    }

    private static void stopPostmaster(Path data) {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            long pid = Long.parseLong(lines.get(0).strip());
            ProcessHandle.of(pid).ifPresent(handle -> {
                // Only a postgres process: the pid may have been reused by something else since.
                boolean isPostgres = handle.info().command().map(c -> c.contains("postgres")).orElse(false);
                if (isPostgres) {
                    handle.destroyForcibly();
                    handle.onExit().join();
                }
            });
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot stop the stale sandbox postmaster in {}", data, e);
        }
    }

    public static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            LOG.warn("cannot delete {}", root, e);
        }
    }
}
