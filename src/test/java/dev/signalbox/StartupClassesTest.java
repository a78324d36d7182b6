package dev.signalbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Short commands load only what they use (issue 19): a child JVM with -verbose:class, as the benchmark in
 * docs/performance.md counts them. No timing here: which libraries a command loads is a fact, its time a figure.
 */
class StartupClassesTest {
    private static final List<String> HEAVY = List.of("ch.qos.logback.", "com.fasterxml.jackson.", "org.eclipse.jgit.",
            "okhttp3.", "graphql.", "org.postgresql.", "javafx.");

    @TempDir
    Path home;

    private List<String> loadedClasses(String... args) throws IOException, InterruptedException {
        String javaBinary = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(javaBinary, "-verbose:class", "-Dsignalbox.home=" + home,
                "-cp", System.getProperty("java.class.path"), Signalbox.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new String(process.getInputStream().readAllBytes()).lines().toList();
        assertThat(process.waitFor()).as(String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()))).isZero();
        return lines.stream().filter(l -> l.startsWith("[") && l.contains("class,load")).toList();
    }

    private static List<String> heavy(List<String> loaded) {
        return loaded.stream().filter(l -> HEAVY.stream().anyMatch(l::contains)).toList();
    }

    @Test
    void versionLoadsNoLoggingJsonGitHttpOrCommandModels() throws Exception {
        List<String> loaded = loadedClasses("--version");
        assertThat(heavy(loaded)).isEmpty();
        // picocli reads a command's options (nested classes such as MigrationsCommand$Source) only when given it
        assertThat(loaded).noneMatch(l -> l.contains("dev.signalbox.cli.") && l.contains("$"));
    }

    @Test
    void historyOfADirectoryOutsideGitLoadsNoLoggingJsonOrGit() throws Exception {
        Path versions = home.resolve("versions");
        Files.createDirectories(versions);
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/migrations/graph-branchy/versions"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, versions.resolve(f.getFileName()));
            }
        }
        List<String> loaded = loadedClasses("migrations", "history", "--dir", versions.toString());
        assertThat(loaded).anyMatch(l -> l.contains("dev.signalbox.migrations.RevisionGraph "));
        assertThat(heavy(loaded)).isEmpty();
        // the types of the railway command's fields are loaded only when picocli reads that command
        assertThat(loaded).noneMatch(l -> l.contains("dev.signalbox.railway."));
    }
}
