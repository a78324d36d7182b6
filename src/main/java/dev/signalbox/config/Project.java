package dev.signalbox.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A project file: the services and environments one on-call rota watches together, each a complete profile
 * (a profile file, optionally with overrides so one file serves staging and production).
 *
 * @param file    the project file
 * @param name    the project's name, for titles and reports
 * @param members every service x environment, in the file's order, each a validated profile with unique name
 */
public record Project(Path file, String name, List<LoadedProfile> members) {
    public Project {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        members = List.copyOf(members);
    }
}
