package dev.signalbox.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardCopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The profiles in the platform's config directory ({@code <config>/profiles/*.json}). */
public final class ProfileStore {

    /** One file of the profiles folder: loaded, or the reason it could not be. */
    public record Entry(Path file, LoadedProfile profile, ConfigException error) {
        public String displayName() {
            return profile != null ? profile.name() : file.getFileName().toString();
        }
    }

    private final Path folder;
    private final ProfileLoader loader = new ProfileLoader();

    public ProfileStore(PlatformDirs dirs) {
        this(dirs.profiles());
    }

    public ProfileStore(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** The text of a profile file, as it is (valid or not), for an editor. */
    public String readText(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /**
     * Validates again, then writes beside the target and moves it into place, so a crash never leaves a
     * half-written profile and an invalid text is never written at all.
     *
     * @param isNew refuse to overwrite an existing file
     */
    public LoadedProfile write(Path target, String content, boolean isNew) throws ConfigException, IOException {
        loader.parse(content, target.toString());
        if (isNew && Files.exists(target)) {
            throw new ConfigException(target.toString(), "already exists; choose another name (nothing was written)");
        }
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, ".profile", ".tmp");
        try {
            Files.writeString(temporary, content.endsWith("\n") ? content : content + "\n", StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return loader.load(target);
    }

    /** One project file of the profiles folder: loaded, or the reason it could not be. */
    public record ProjectEntry(Path file, Project project, ConfigException error) {
    }

    /** The project files in the profiles folder (JSON objects with {@code members}), each loaded with its members. */
    public List<ProjectEntry> projects() {
        List<ProjectEntry> entries = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return entries;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                if (ProjectLoader.isProjectFile(file)) {
                    try {
                        entries.add(new ProjectEntry(file, new ProjectLoader().load(file), null));
                    } catch (ConfigException e) {
                        entries.add(new ProjectEntry(file, null, e));
                    }
                }
            }
        } catch (IOException e) {
            // An unreadable folder lists as empty, as for profiles.
        }
        return entries;
    }

    public List<Entry> list() {
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return entries;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                if (ProjectLoader.isProjectFile(file)) {
                    // Listed by projects(): a project file is not a profile with unknown keys.
                    continue;
                }
                try {
                    entries.add(new Entry(file, loader.load(file), null));
                } catch (ConfigException e) {
                    entries.add(new Entry(file, null, e));
                }
            }
        } catch (IOException e) {
            // An unreadable folder lists as empty; the chooser says where it looked.
        }
        return entries;
    }

    /**
     * Finds a profile by file path, or by name in the profiles folder ({@code --profile facteur} reads
     * {@code profiles/facteur.json}).
     */
    public LoadedProfile find(String pathOrName) throws ConfigException {
        Path direct = Path.of(pathOrName);
        if (Files.exists(direct) || pathOrName.contains("/") || pathOrName.contains("\\") || pathOrName.endsWith(".json")) {
            return loader.load(direct);
        }
        Path named = folder.resolve(pathOrName + ".json");
        if (Files.exists(named)) {
            return loader.load(named);
        }
        for (Entry entry : list()) {
            if (entry.profile() != null && entry.profile().name().equals(pathOrName)) {
                return entry.profile();
            }
        }
        throw new ConfigException(pathOrName, "no such profile file, and no profile of that name in " + folder);
    }
}
