package dev.signalbox.config;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * What the window remembers between runs: size, position, maximised, last view, theme. A small properties file in
 * the state folder (read before the first frame, so deliberately not JSON: Jackson's start-up cost is not worth
 * five numbers). A missing or unreadable file means defaults, never an error in the user's face.
 */
public record WindowState(Double x, Double y, double width, double height, boolean maximized, String section,
                          String theme) {
    public static final WindowState DEFAULT = new WindowState(null, null, 1280, 800, false, "OVERVIEW", null);

    public static WindowState load(Path file) {
        if (!Files.exists(file)) {
            return DEFAULT;
        }
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(in);
            double width = Double.parseDouble(props.getProperty("width", "1280"));
            double height = Double.parseDouble(props.getProperty("height", "800"));
            if (width < 400 || height < 300) {
                return DEFAULT;
            }
            return new WindowState(number(props, "x"), number(props, "y"), width, height,
                    Boolean.parseBoolean(props.getProperty("maximized", "false")),
                    props.getProperty("section", "OVERVIEW"), props.getProperty("theme"));
        } catch (IOException | IllegalArgumentException e) {
            return DEFAULT;
        }
    }

    private static Double number(Properties props, String key) {
        String value = props.getProperty(key);
        return value == null ? null : Double.valueOf(value);
    }

    public void save(Path file) {
        Properties props = new Properties();
        if (x != null && y != null) {
            props.setProperty("x", Double.toString(x));
            props.setProperty("y", Double.toString(y));
        }
        props.setProperty("width", Double.toString(width));
        props.setProperty("height", Double.toString(height));
        props.setProperty("maximized", Boolean.toString(maximized));
        props.setProperty("section", section);
        if (theme != null) {
            props.setProperty("theme", theme);
        }
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                props.store(out, "Signalbox window state");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Losing the window position is not worth bothering anyone about.
        }
    }
}
