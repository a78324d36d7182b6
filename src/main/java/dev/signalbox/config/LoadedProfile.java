package dev.signalbox.config;

import java.nio.file.Path;
import java.util.Objects;

/** A profile together with the file it came from; relative paths in it resolve against that file's folder. */
public record LoadedProfile(Path file, Profile profile) {
    public LoadedProfile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(profile, "profile");
    }

    public Path resolve(String relativeOrAbsolute) {
        Path parent = file.toAbsolutePath().getParent();
        return parent.resolve(relativeOrAbsolute).normalize();
    }

    public String name() {
        return profile.name();
    }
}
