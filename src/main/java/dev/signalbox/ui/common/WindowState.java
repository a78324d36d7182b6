package dev.signalbox.ui.common;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.signalbox.common.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * What the window remembers between runs: size, position, maximised, last view, theme. Stored as JSON in the
 * state folder; a missing or unreadable file means defaults, never an error in the user's face.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WindowState(Double x, Double y, double width, double height, boolean maximized, String section,
                          String theme) {
    public static final WindowState DEFAULT = new WindowState(null, null, 1280, 800, false, "OVERVIEW", null);

    public static WindowState load(Path file) {
        try {
            if (Files.exists(file)) {
                WindowState state = Json.mapper().readerFor(WindowState.class)
                        .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                        .readValue(file.toFile());
                if (state.width() >= 400 && state.height() >= 300) {
                    return state;
                }
            }
        } catch (IOException e) {
            // Defaults are fine.
        }
        return DEFAULT;
    }

    public void save(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Json.mapper().writeValue(temporary.toFile(), this);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Losing the window position is not worth bothering anyone about.
        }
    }
}
