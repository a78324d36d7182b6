package dev.signalbox.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signalbox.Signalbox;
import dev.signalbox.cli.ExitCode;
import dev.signalbox.config.ConfigException;
import dev.signalbox.config.SecretReference;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code file:} secret references: bounded, plain files only, and a sentence for every refusal. */
class SecretFileTest {
    @TempDir
    Path dir;

    private static String resolve(String reference) throws ConfigException {
        return SecretReference.parse(reference, "railway.token").resolve(Map.of()).reveal();
    }

    @Test
    void aDeviceIsRefusedBeforeItIsRead() {
        // The reproduction: file:/dev/zero ended in OutOfMemoryError after 15 s.
        assertThatThrownBy(() -> resolve("file:/dev/zero")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("/dev/zero is not a regular file (a device, FIFO or socket)");
    }

    @Test
    void aDirectoryIsRefused() {
        assertThatThrownBy(() -> resolve("file:" + dir)).isInstanceOf(ConfigException.class)
                .hasMessageContaining(dir + " is a directory");
    }

    @Test
    void aFileLargerThanATokenFileIsRefusedWithTheLimit() throws Exception {
        Path big = dir.resolve("big");
        Files.write(big, new byte[SecretReference.MAX_SECRET_FILE_BYTES + 1]);
        assertThatThrownBy(() -> resolve("file:" + big)).isInstanceOf(ConfigException.class)
                .hasMessageContaining((SecretReference.MAX_SECRET_FILE_BYTES + 1) + " bytes").hasMessageContaining("at most 64 KiB");
    }

    @Test
    void aMissingFileIsASentenceNotAnExceptionName() {
        Path missing = dir.resolve("nowhere/token");
        assertThatThrownBy(() -> resolve("file:" + missing)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("the secret file " + missing + " does not exist")
                .hasMessageNotContaining("NoSuchFileException");
    }

    @Test
    void aFileThatIsNotUtf8IsNamedAsSuch() throws Exception {
        Path latin1 = dir.resolve("token");
        Files.write(latin1, new byte[]{'t', 'o', 'k', (byte) 0xE9});
        assertThatThrownBy(() -> resolve("file:" + latin1)).isInstanceOf(ConfigException.class).hasMessageContaining("not UTF-8");
    }

    @Test
    void aSmallTokenFileStillResolves() throws Exception {
        Path token = dir.resolve("token");
        Files.writeString(token, "tok-123\n");
        assertThat(resolve("file:" + token)).isEqualTo("tok-123");
    }

    @Test
    void profileValidateResolvesReferencesWithTheSameChecksAndNeverPrintsValues() throws Exception {
        Path token = dir.resolve("token");
        Files.writeString(token, "tok-secret-value\n");
        Path good = dir.resolve("good.json");
        Files.writeString(good, profile("file:" + token));
        Path device = dir.resolve("device.json");
        Files.writeString(device, profile("file:/dev/zero"));

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(Signalbox.run(new String[]{"profile", "validate", "--profile", good.toString()}, new PrintWriter(out, true),
                new PrintWriter(err, true))).as(err.toString()).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("every secret reference resolves").doesNotContain("tok-secret-value");

        out.getBuffer().setLength(0);
        assertThat(Signalbox.run(new String[]{"profile", "validate", "--profile", device.toString()}, new PrintWriter(out, true),
                new PrintWriter(err, true))).as(err.toString()).isEqualTo(ExitCode.ATTENTION);
        assertThat(out.toString()).contains("railway.token (file:/dev/zero): /dev/zero is not a regular file");
    }

    private static String profile(String token) {
        return "{\"name\":\"svc\",\"environment\":\"staging\",\"railway\":{\"token\":\"" + token
                + "\",\"projectId\":\"p\",\"environmentId\":\"e\",\"serviceId\":\"s\"}}";
    }
}
