package dev.signalbox.config;

import java.io.IOException;
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

    public List<Entry> list() {
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return entries;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
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
