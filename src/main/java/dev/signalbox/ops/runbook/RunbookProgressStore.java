package dev.signalbox.ops.runbook;

import dev.signalbox.common.Json;
import dev.signalbox.ops.RunbookClaimedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Runbook progress on disk: one JSON file per profile and runbook in the state folder, written to a temporary
 * file and moved into place, so a crash mid-write never leaves a half-written progress file.
 */
public final class RunbookProgressStore {
    private final Path folder;

    public RunbookProgressStore(Path stateFolder) {
        this.folder = stateFolder.resolve("runbooks");
    }

    private Path file(String profile, String runbook) {
        return folder.resolve(safe(profile) + "--" + safe(runbook) + ".json");
    }

    private Path lockFile(String profile, String runbook) {
        return folder.resolve(safe(profile) + "--" + safe(runbook) + ".lock");
    }

    /** Takes the machine-wide lock of this runbook for this profile, or throws naming the console that holds it. */
    public RunbookLock lock(String profile, String runbook) throws RunbookClaimedException {
        return RunbookLock.acquire(lockFile(profile, runbook), "Runbook '" + runbook + "' on profile " + profile);
    }

    /** Who holds (or last held, if it died holding it) the runbook's lock on this machine. */
    public Optional<RunbookLock.Holder> holder(String profile, String runbook) {
        return RunbookLock.holder(lockFile(profile, runbook));
    }

    /**
     * The saved progress as it stands: saved RUNNING while the console that held it is gone reads INTERRUPTED
     * (nobody is running it), RUNNING while that console lives (maybe another window or the CLI).
     */
    public Optional<RunbookProgress> current(String profile, String runbook) {
        Optional<RunbookProgress> saved = load(profile, runbook);
        if (saved.isEmpty() || saved.get().status() != RunbookProgress.Status.RUNNING) {
            return saved;
        }
        Optional<RunbookLock.Holder> holder = holder(profile, runbook);
        if (holder.isPresent() && holder.get().alive()) {
            return saved;
        }
        return Optional.of(saved.get().withStatus(RunbookProgress.Status.INTERRUPTED, saved.get().updatedAt()));
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    public void save(RunbookProgress progress) {
        try {
            Files.createDirectories(folder);
            Path target = file(progress.profile(), progress.runbook());
            Path temporary = Files.createTempFile(folder, ".progress", ".tmp");
            Json.mapper().writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), progress);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save runbook progress in " + folder, e);
        }
    }

    public Optional<RunbookProgress> load(String profile, String runbook) {
        Path file = file(profile, runbook);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.mapper().readValue(file.toFile(), RunbookProgress.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read runbook progress " + file + ": " + e.getMessage(), e);
        }
    }

    public void delete(String profile, String runbook) {
        try {
            Files.deleteIfExists(file(profile, runbook));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
