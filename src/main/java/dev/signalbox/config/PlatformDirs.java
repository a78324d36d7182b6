package dev.signalbox.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Signalbox keeps its files, following each platform's convention: XDG on Linux,
 * {@code ~/Library} on macOS, {@code %APPDATA%}/{@code %LOCALAPPDATA%} on Windows.
 * {@code SIGNALBOX_HOME} (or the system property {@code signalbox.home}) puts everything under one
 * folder instead, which tests and portable installs use.
 *
 * @param config  profiles and preferences
 * @param state   audit log, runbook progress, window state
 * @param logs    rotating log files
 */
public record PlatformDirs(Path config, Path state, Path logs) {

    public Path profiles() {
        return config.resolve("profiles");
    }

    public Path auditLog() {
        return state.resolve("audit.jsonl");
    }

    /**
     * The user's home as other tools see it ({@code HOME} first, as the Railway CLI's dirs::home_dir and libpq do):
     * where their files live (~/.railway, ~/.pgpass). The one place, with {@link #detect()}, that reads it.
     */
    public static Path userHome(Map<String, String> environment) {
        String home = environment.get("HOME");
        return Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home"));
    }

    public static PlatformDirs detect() {
        return detect(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"),
                System.getProperty("signalbox.home"));
    }

    static PlatformDirs detect(String osName, Map<String, String> env, String userHome, String homeOverride) {
        String override = homeOverride != null ? homeOverride : env.get("SIGNALBOX_HOME");
        if (override != null && !override.isBlank()) {
            Path root = Path.of(override);
            return new PlatformDirs(root.resolve("config"), root.resolve("state"), root.resolve("logs"));
        }
        Path home = Path.of(userHome);
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            Path support = home.resolve("Library/Application Support/Signalbox");
            return new PlatformDirs(support, support.resolve("state"), home.resolve("Library/Logs/Signalbox"));
        }
        if (os.contains("win")) {
            Path roaming = pathOr(env.get("APPDATA"), home.resolve("AppData/Roaming")).resolve("Signalbox");
            Path local = pathOr(env.get("LOCALAPPDATA"), home.resolve("AppData/Local")).resolve("Signalbox");
            return new PlatformDirs(roaming, local.resolve("state"), local.resolve("logs"));
        }
        Path config = pathOr(env.get("XDG_CONFIG_HOME"), home.resolve(".config")).resolve("signalbox");
        Path state = pathOr(env.get("XDG_STATE_HOME"), home.resolve(".local/state")).resolve("signalbox");
        return new PlatformDirs(config, state, state.resolve("logs"));
    }

    private static Path pathOr(String value, Path fallback) {
        // XDG says a relative path in these variables is invalid and must be ignored.
        if (value == null || value.isBlank() || !Path.of(value).isAbsolute()) {
            return fallback;
        }
        return Path.of(value);
    }
}
