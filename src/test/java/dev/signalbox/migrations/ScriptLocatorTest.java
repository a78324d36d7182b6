package dev.signalbox.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptLocatorTest {
    @TempDir
    Path root;

    @BeforeEach
    void layout() throws IOException {
        for (String dir : new String[]{"migrations/versions", "extra one", "more", "deep/a/b"}) {
            Files.createDirectories(root.resolve(dir));
        }
        Files.writeString(root.resolve("migrations/env.py"), "");
    }

    private ScriptLocation ini(String body) throws IOException, MigrationException {
        Path ini = root.resolve("alembic.ini");
        Files.writeString(ini, body);
        return ScriptLocator.locate(ini, "alembic");
    }

    @Test
    void hereInterpolationAndDefaultVersionsDirectory() throws Exception {
        ScriptLocation location = ini("[alembic]\nscript_location = %(here)s/migrations\nsqlalchemy.url = driver://u@h/db\n");
        assertThat(location.scriptDirectory()).isEqualTo(root.resolve("migrations"));
        assertThat(location.versionLocations()).containsExactly(root.resolve("migrations/versions"));
        assertThat(location.problems()).isEmpty();
    }

    @Test
    void legacySplitOnSpacesAndCommas() throws Exception {
        ScriptLocation location = ini("[alembic]\nscript_location = migrations\nversion_locations = %(here)s/more, %(here)s/deep  migrations/versions\n");
        assertThat(location.versionLocations()).extracting(p -> root.relativize(p).toString())
                .containsExactly("more", "deep", "migrations/versions");
    }

    @Test
    void pathSeparatorKeepsSpacesInsidePaths() throws Exception {
        ScriptLocation location = ini("[alembic]\nscript_location = migrations\npath_separator = ;\n"
                + "version_locations = %(here)s/extra one;more\n");
        assertThat(location.versionLocations()).extracting(p -> root.relativize(p).toString()).containsExactly("extra one", "more");
    }

    @Test
    void newlineSeparatorWithContinuationLines() throws Exception {
        ScriptLocation location = ini("[alembic]\nscript_location = migrations\npath_separator = newline\n"
                + "version_locations =\n    extra one\n    more\n");
        assertThat(location.versionLocations()).extracting(p -> root.relativize(p).toString()).containsExactly("extra one", "more");
    }

    @Test
    void legacyVersionPathSeparatorAndOs() throws Exception {
        ScriptLocation colon = ini("[alembic]\nscript_location = migrations\nversion_path_separator = :\nversion_locations = more:deep\n");
        assertThat(colon.versionLocations()).hasSize(2);
        ScriptLocation os = ini("[alembic]\nscript_location = migrations\npath_separator = os\nversion_locations = more"
                + java.io.File.pathSeparator + "deep\n");
        assertThat(os.versionLocations()).hasSize(2);
        ScriptLocation space = ini("[alembic]\nscript_location = migrations\npath_separator = space\nversion_locations = more deep\n");
        assertThat(space.versionLocations()).hasSize(2);
    }

    @Test
    void badSeparatorNamesFileAndLine() {
        assertThatThrownBy(() -> ini("[alembic]\nscript_location = migrations\npath_separator = pipe\nversion_locations = a|b\n"))
                .isInstanceOf(MigrationException.class).hasMessageContaining("alembic.ini:3").hasMessageContaining("'pipe'");
    }

    @Test
    void missingLocationsAreReportedNotFatal() throws Exception {
        ScriptLocation location = ini("[alembic]\nscript_location = migrations\nversion_locations = more nowhere\n");
        assertThat(location.versionLocations()).hasSize(1);
        assertThat(location.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("nowhere"));
    }

    @Test
    void recursiveVersionLocationsReadSubdirectoriesInNameOrder() throws Exception {
        Files.writeString(root.resolve("deep/z.py"), "revision='z'\ndown_revision=None\n");
        Files.writeString(root.resolve("deep/a/b/y.py"), "revision='y'\ndown_revision='z'\n");
        Files.writeString(root.resolve("deep/a/x.py"), "revision='x'\ndown_revision='y'\n");
        ScriptLocation flat = ini("[alembic]\nscript_location = migrations\nversion_locations = deep\n");
        assertThat(ScriptLocator.revisionFiles(flat)).extracting(p -> p.getFileName().toString()).containsExactly("z.py");
        ScriptLocation deep = ini("[alembic]\nscript_location = migrations\nversion_locations = deep\nrecursive_version_locations = true\n");
        assertThat(ScriptLocator.revisionFiles(deep)).extracting(p -> p.getFileName().toString()).containsExactly("z.py", "x.py", "y.py");
    }

    @Test
    void otherSectionAsAlembicDashN() throws Exception {
        Path ini = root.resolve("alembic.ini");
        Files.writeString(ini, "[DEFAULT]\nbase = %(here)s\n[alembic]\nscript_location = nowhere\n[reporting]\nscript_location = %(base)s/migrations\n");
        assertThat(ScriptLocator.locate(ini, "reporting").scriptDirectory()).isEqualTo(root.resolve("migrations"));
        assertThatThrownBy(() -> ScriptLocator.locate(ini, "alembic")).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> ScriptLocator.locate(ini, "other")).hasMessageContaining("no [other] section");
    }

    @Test
    void duplicateOptionIsRefusedLikeConfigparser() {
        assertThatThrownBy(() -> ini("[alembic]\nscript_location = a\nscript_location = migrations\n"))
                .hasMessageContaining("alembic.ini:3").hasMessageContaining("appears twice");
    }

    @Test
    void packageResourceForm() throws Exception {
        Files.createDirectories(root.resolve("myapp/db/migrations/versions"));
        ScriptLocation location = ini("[alembic]\nscript_location = myapp.db:migrations\n");
        assertThat(location.scriptDirectory()).isEqualTo(root.resolve("myapp/db/migrations"));
    }

    @Test
    void pyprojectToolAlembic() throws Exception {
        Path toml = root.resolve("pyproject.toml");
        Files.writeString(toml, "[project]\nname = 'x'\n\n[tool.alembic]\nscript_location = \"%(here)s/migrations\"\n"
                + "version_locations = [\"%(here)s/more\", \"deep\"]\nrecursive_version_locations = true\n");
        ScriptLocation location = ScriptLocator.locate(toml, null);
        assertThat(location.versionLocations()).extracting(p -> root.relativize(p).toString()).containsExactly("more", "deep");
        assertThat(location.recursive()).isTrue();
        // an alembic.ini without script_location takes it from pyproject.toml next to it (Alembic 1.16)
        ScriptLocation viaIni = ini("[alembic]\nsqlalchemy.url = driver://h/db\n");
        assertThat(viaIni.scriptDirectory()).isEqualTo(root.resolve("migrations"));
    }

    @Test
    void directoriesGivenDirectly() throws Exception {
        assertThat(ScriptLocator.locate(root.resolve("migrations"), null).versionLocations())
                .containsExactly(root.resolve("migrations/versions"));
        assertThat(ScriptLocator.locate(root.resolve("more"), null).versionLocations()).containsExactly(root.resolve("more"));
        assertThatThrownBy(() -> ScriptLocator.locate(root.resolve("absent.ini"), null)).hasMessageContaining("does not exist");
    }
}
