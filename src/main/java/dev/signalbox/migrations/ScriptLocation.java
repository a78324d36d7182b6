package dev.signalbox.migrations;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a project's revision files are, as Alembic would find them.
 *
 * @param configFile       the alembic.ini or pyproject.toml read, or null when a directory was given directly
 * @param section          the ini section read ({@code alembic -n NAME}); null without an ini
 * @param scriptDirectory  {@code script_location} (holds env.py), or null when only a versions directory is known
 * @param versionLocations the directories scanned for revision files, in Alembic's order
 * @param recursive        {@code recursive_version_locations = true}: sub-directories are scanned too
 * @param problems         locations that do not exist (Alembic skips them silently; we say so)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScriptLocation(Path configFile, String section, Path scriptDirectory, List<Path> versionLocations,
                             boolean recursive, List<MigrationProblem> problems) {
    public ScriptLocation {
        versionLocations = List.copyOf(versionLocations);
        problems = List.copyOf(problems);
    }

    /** A versions directory given directly. */
    public static ScriptLocation versionsDirectory(Path directory) {
        return new ScriptLocation(null, null, null, List.of(directory.toAbsolutePath().normalize()), false, List.of());
    }

    /** env.py of the script directory, where a project may set lock_timeout for every migration. */
    public Path envPy() {
        return scriptDirectory == null ? null : scriptDirectory.resolve("env.py");
    }
}
