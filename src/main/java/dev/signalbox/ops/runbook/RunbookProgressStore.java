package dev.signalbox.ops.runbook;

import dev.signalbox.common.Json;
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
