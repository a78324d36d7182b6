package dev.signalbox.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.config.PlatformDirs;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A fresh clone must pass its own tests on any machine (issue 13): the build and the tests read nothing outside the
 * project folder. Two checks: the build files and sources name no place outside it, and the folders the code
 * falls back to ({@link PlatformDirs}: the user's profiles, audit log, journal) point into {@code target/} while
 * the tests run, so no test reads or writes the real ones.
 */
class SelfContainedTest {
    /** What the project's own files may not name. Example users in test data are {@code /home/me}, {@code /Users/me}. */
    private static final String SHARED = "sha" + "red";
    private static final String WORK = "wo" + "rk";
    static final List<Pattern> OUTSIDE = List.of(
            // Spelt in pieces so that this file does not itself name the places it forbids.
            Pattern.compile("\\.\\./" + SHARED),                         // the workspace beside the project
            Pattern.compile("(?<![\\w.])/" + WORK + "/"),                 // this workspace's absolute root
            Pattern.compile("(?<![\\w.])/(home|Users)/(?!me\\b)[A-Za-z]"), // a real user's home
            Pattern.compile("(?<![\\w.])/root/"),
            Pattern.compile("\\$\\{(user\\.home|env\\.HOME)}"),         // Maven expanding the builder's home
            Pattern.compile("\\$\\{project\\.basedir}/\\.\\."),         // Maven climbing out of the project
            Pattern.compile("System\\.getProperty\\(\"user\\.home\"\\)|System\\.getenv\\(\"HOME\"\\)"));

    /** The files the build and the tests are made of. */
    static final List<String> SCANNED = List.of("pom.xml", ".ci", "src", "resources", "packaging", "docs");
    static final Set<String> BINARY = Set.of("png", "jpg", "ico", "icns", "jar", "gz", "zip", "class");
    /** The one place the code is meant to read the user's home: where it keeps its files when not told otherwise. */
    static final Path PLATFORM_DIRS = Path.of("src/main/java/dev/signalbox/config/PlatformDirs.java");

    @Test
    void noBuildOrSourceFileNamesAPlaceOutsideTheProject() throws IOException {
        List<String> found = new ArrayList<>();
        for (String root : SCANNED) {
            Path start = Path.of(root);
            if (!Files.exists(start)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(start)) {
                for (Path file : files.filter(Files::isRegularFile).filter(SelfContainedTest::isText).toList()) {
                    // The guides' prose may name such a place to warn about it; their scripts may not.
                    boolean guide = file.startsWith("docs") && file.toString().endsWith(".md");
                    if (guide || file.equals(PLATFORM_DIRS) || file.endsWith("SelfContainedTest.java")) {
                        continue;
                    }
                    found.addAll(outsideReferences(file.toString(), read(file)));
                }
            }
        }
        assertThat(found).as("references to places outside the project folder").isEmpty();
    }

    @Test
    void theCheckReportsAReferenceOutsideTheProject() {
        assertThat(outsideReferences("Bad.java", "Path.of(\"../" + SHARED + "/railway/schema.json\")")).singleElement()
                .asString().startsWith("Bad.java:1:");
        assertThat(outsideReferences("pom.xml", "a\n<dir>${user.home}/x</dir>")).singleElement().asString().startsWith("pom.xml:2:");
        assertThat(outsideReferences("run", "cd /" + WORK + "/main && mvn verify")).hasSize(1);
        assertThat(outsideReferences("T.java", "Path.of(\"/home/alice/.config\")")).hasSize(1);
        assertThat(outsideReferences("T.java", "String h = System.getProperty(\"user.home\");")).hasSize(1);
        assertThat(outsideReferences("T.java", "detect(\"Linux\", Map.of(), \"/home/me\", null)")).isEmpty();
    }

    @Test
    void theFoldersSignalboxFallsBackToAreInsideTheBuildFolderDuringTests() {
        // SIGNALBOX_HOME is set by the build (pom.xml, surefire) as an environment variable, which outlives a test
        // clearing its own signalbox.home property: a test without its own folder still never touches ~/.config.
        PlatformDirs dirs = PlatformDirs.detect();
        Path target = Path.of("target").toAbsolutePath();
        assertThat(List.of(dirs.config(), dirs.state(), dirs.logs(), dirs.profiles(), dirs.auditLog()))
                .allSatisfy(path -> assertThat(path.toAbsolutePath().normalize().startsWith(target)).as(path + " is inside " + target).isTrue());
    }

    static List<String> outsideReferences(String name, String text) {
        List<String> found = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            for (Pattern pattern : OUTSIDE) {
                Matcher m = pattern.matcher(lines[i]);
                if (m.find()) {
                    found.add(name + ":" + (i + 1) + ": " + lines[i].strip());
                }
            }
        }
        return found;
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 || !BINARY.contains(name.substring(dot + 1));
    }

    private static String read(Path file) throws IOException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            return "";
        }
    }
}
