package dev.signalbox.migrations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A revision file's text for reading in a pane, or why it cannot be shown. Blocking file I/O: call off the FX thread.
 *
 * @param error what went wrong and what to do (then {@code text} is empty); null when read
 */
public record SourceFile(Path file, String text, String error) {

    public static SourceFile read(Path file, long maxBytes) {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                return new SourceFile(file, "", file + " is " + size + " bytes: too big to show here; open it in an editor");
            }
            return new SourceFile(file, Files.readString(file, StandardCharsets.UTF_8), null);
        } catch (IOException | RuntimeException e) {
            return new SourceFile(file, "", "Cannot read " + file + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + ". The file may have been moved or deleted since the last check; refresh to re-read the project.");
        }
    }
}
