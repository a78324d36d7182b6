package dev.signalbox.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The build's version, from {@code signalbox.properties} (filtered by Maven). */
public final class Version {
    private Version() {
    }

    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/signalbox.properties")) {
            if (in != null) {
                Properties props = new Properties();
                props.load(in);
                String version = props.getProperty("version", "");
                if (!version.isEmpty() && !version.startsWith("${")) {
                    return version;
                }
            }
        } catch (IOException e) {
            // fall through
        }
        return "development";
    }
}
