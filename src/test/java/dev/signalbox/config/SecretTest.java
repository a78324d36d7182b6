package dev.signalbox.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretTest {
    @Test
    void toStringIsAlwaysRedacted() {
        Secret secret = Secret.of("tok-123", "env:RAILWAY_TOKEN");
        assertThat(secret.toString()).isEqualTo("****");
        assertThat("token=" + secret).isEqualTo("token=****");
        assertThat(String.format("%s", secret)).isEqualTo("****");
        assertThat(secret.reveal()).isEqualTo("tok-123");
        assertThat(secret.origin()).isEqualTo("env:RAILWAY_TOKEN");
    }

    @Test
    void referencesResolveFromEnvironmentAndFiles(@TempDir Path dir) throws Exception {
        assertThat(SecretReference.parse("env:RAILWAY_TOKEN", "f").resolve(Map.of("RAILWAY_TOKEN", "abc")).reveal()).isEqualTo("abc");
        Path file = dir.resolve("token");
        Files.writeString(file, "  from-file\n");
        assertThat(SecretReference.parse("file:" + file, "f").resolve(Map.of()).reveal()).isEqualTo("from-file");
        assertThatThrownBy(() -> SecretReference.parse("env:1BAD", "railway.token")).hasMessageContaining("not a valid environment variable");
        assertThatThrownBy(() -> SecretReference.parse("env:MISSING", "f").resolve(Map.of())).hasMessageContaining("MISSING is not set");
    }

    @Test
    void platformDirectoriesFollowEachConvention() {
        PlatformDirs linux = PlatformDirs.detect("Linux", Map.of("XDG_CONFIG_HOME", "/x/cfg"), "/home/me", null);
        assertThat(linux.profiles()).isEqualTo(Path.of("/x/cfg/signalbox/profiles"));
        assertThat(linux.auditLog()).isEqualTo(Path.of("/home/me/.local/state/signalbox/audit.jsonl"));
        PlatformDirs relativeXdg = PlatformDirs.detect("Linux", Map.of("XDG_CONFIG_HOME", "relative"), "/home/me", null);
        assertThat(relativeXdg.config()).isEqualTo(Path.of("/home/me/.config/signalbox"));
        PlatformDirs mac = PlatformDirs.detect("Mac OS X", Map.of(), "/Users/me", null);
        assertThat(mac.config()).isEqualTo(Path.of("/Users/me/Library/Application Support/Signalbox"));
        assertThat(mac.logs()).isEqualTo(Path.of("/Users/me/Library/Logs/Signalbox"));
        PlatformDirs windows = PlatformDirs.detect("Windows 11", Map.of("APPDATA", "/c/Users/me/AppData/Roaming"), "/c/Users/me", null);
        assertThat(windows.config()).isEqualTo(Path.of("/c/Users/me/AppData/Roaming/Signalbox"));
        PlatformDirs override = PlatformDirs.detect("Linux", Map.of("SIGNALBOX_HOME", "/tmp/sb"), "/home/me", null);
        assertThat(override.state()).isEqualTo(Path.of("/tmp/sb/state"));
    }
}
