package dev.signalbox.discovery;

import dev.signalbox.config.ConfigException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the small text files of a repository with a size bound: a multi-megabyte "Procfile" is not one. */
final class TextFiles {
    static final long MAX_BYTES = 1 << 20;

    private TextFiles() {
    }

    static String read(Path file) throws ConfigException {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ConfigException(file.toString(), "larger than " + MAX_BYTES / 1024 + " KiB; not read");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new ConfigException(file.toString(), "not UTF-8 text");
        } catch (IOException e) {
            throw new ConfigException(file.toString(), "cannot read (" + e.getClass().getSimpleName() + ")");
        }
    }
}
