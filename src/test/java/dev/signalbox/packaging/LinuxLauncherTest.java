package dev.signalbox.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * packaging/linux/signalbox, the app image's bin/signalbox (and /usr/bin/signalbox, and the menu entry), run as
 * installed: in an image whose window launcher and Java only report how they were called.
 */
@EnabledOnOs(OS.LINUX)
class LinuxLauncherTest {
    @TempDir
    Path image;

    @Test
    void theWindowStartsWithGtksOpenGlOff() throws Exception {
        install();

        assertThat(launch(Map.of())).isEqualTo("window GDK_GL=disable args=");
        assertThat(launch(Map.of(), "--read-only")).isEqualTo("window GDK_GL=disable args=--read-only");
    }

    @Test
    void aValueTheUserSetIsKept() throws Exception {
        install();

        assertThat(launch(Map.of("GDK_GL", "always"))).isEqualTo("window GDK_GL=always args=");
    }

    @Test
    void commandsRunOnTheBundledJavaWithoutIt() throws Exception {
        install();

        assertThat(launch(Map.of(), "check", "--json")).startsWith("java GDK_GL= args=")
                .endsWith("dev.signalbox.Signalbox check --json");
    }

    private void install() throws IOException {
        Files.createDirectories(image.resolve("bin"));
        Files.createDirectories(image.resolve("lib/runtime/bin"));
        Files.copy(Path.of("packaging/linux/signalbox"), image.resolve("bin/signalbox"));
        executable(image.resolve("bin/signalbox"));
        script(image.resolve("bin/Signalbox"), "window");
        script(image.resolve("lib/runtime/bin/java"), "java");
    }

    private static void script(Path file, String name) throws IOException {
        Files.writeString(file, "#!/bin/sh\necho \"" + name + " GDK_GL=${GDK_GL:-} args=$*\"\n");
        executable(file);
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private String launch(Map<String, String> environment, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(image.resolve("bin/signalbox").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("GDK_GL");
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }
}
