package dev.signalbox.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** alembic.ini read with bounded size, encoding and interpolation: a positioned error, never a hang or a crash. */
class IniFileBoundsTest {
    @TempDir
    Path dir;

    @Test
    void referencesThatMultiplyAreStoppedWithTheLine() throws Exception {
        StringBuilder ini = new StringBuilder("[alembic]\nscript_location = %(l7)s\nl0 = xxxxxxxxxx\n");
        for (int level = 1; level <= 7; level++) {
            String previous = "%(l" + (level - 1) + ")s";
            ini.append('l').append(level).append(" = ").append(previous.repeat(10)).append('\n');
        }
        Path file = dir.resolve("alembic.ini");
        Files.writeString(file, ini);
        IniFile read = IniFile.read(file);
        assertThatThrownBy(() -> read.get("alembic", "script_location")).isInstanceOf(MigrationException.class)
                .hasMessageContaining(file + ":").hasMessageContaining("expands to more than 64 KiB");
    }

    @Test
    void aLongContinuedValueIsReadWhole() throws Exception {
        StringBuilder ini = new StringBuilder("[alembic]\nscript_location = versions\nversion_locations =\n");
        for (int i = 0; i < 50_000; i++) {
            ini.append("    dir").append(i).append('\n');
        }
        Path file = dir.resolve("alembic.ini");
        Files.writeString(file, ini);
        String value = IniFile.read(file).get("alembic", "version_locations");
        assertThat(value.lines()).hasSize(50_000).contains("dir0", "dir49999");
    }

    @Test
    void aFileThatIsNotUtf8SaysSo() throws Exception {
        Path file = dir.resolve("alembic.ini");
        Files.write(file, "[alembic]\nscript_location = caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> IniFile.read(file)).isInstanceOf(MigrationException.class)
                .hasMessageContaining(file + ": not UTF-8").hasMessageNotContaining("MalformedInput");
    }

    @Test
    void aByteOrderMarkIsAccepted() throws Exception {
        Path file = dir.resolve("alembic.ini");
        Files.writeString(file, "\uFEFF[alembic]\nscript_location = versions\n");
        assertThat(IniFile.read(file).get("alembic", "script_location")).isEqualTo("versions");
    }

    @Test
    void aHugeFileIsRefused() throws Exception {
        Path file = dir.resolve("alembic.ini");
        Files.writeString(file, "[alembic]\nx = " + "y".repeat(IniFile.MAX_FILE_BYTES));
        assertThatThrownBy(() -> IniFile.read(file)).hasMessageContaining("larger than 1024 KiB");
    }
}
