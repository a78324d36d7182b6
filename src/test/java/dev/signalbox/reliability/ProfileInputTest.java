package dev.signalbox.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signalbox.config.ConfigException;
import dev.signalbox.config.ProfileLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profiles as people save them: other encodings, a BOM, typos in values; each error positioned at the field. */
class ProfileInputTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] content) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    private Path write(String name, String content) throws Exception {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aLatin1ProfileSaysTheEncodingAndWhere() throws Exception {
        Path file = write("latin1.json", "{\n  \"name\": \"caf\u00e9\",\n  \"environment\": \"staging\"\n}".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> new ProfileLoader().load(file)).isInstanceOf(ConfigException.class)
                .hasMessageContaining(file + ":2:").hasMessageContaining("not UTF-8").hasMessageContaining("0xE9")
                .hasMessageNotContaining("MalformedInputException");
    }

    @Test
    void aUtf16ProfileIsNamedAsUtf16() throws Exception {
        byte[] utf16 = "{\"name\":\"svc\",\"environment\":\"staging\"}".getBytes(StandardCharsets.UTF_16);
        Path file = write("utf16.json", utf16);
        assertThatThrownBy(() -> new ProfileLoader().load(file)).hasMessageContaining("UTF-16").hasMessageContaining("save it as UTF-8");
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() throws Exception {
        byte[] body = "{\"name\":\"svc\",\"environment\":\"staging\"}".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertThat(new ProfileLoader().load(write("bom.json", withBom)).name()).isEqualTo("svc");
    }

    @Test
    void aSemanticErrorPointsAtTheFieldNotTheEndOfTheObject() throws Exception {
        Path file = write("p.json", "{\"name\":\"svc\",\"environment\":\"s\",\n \"api\": {\n   \"baseUrl\": \"https://x\",\n"
                + "   \"liveness\": {\n     \"path\": \"nope\",\n     \"expectStatus\": 200\n   }\n }\n}");
        assertThatThrownBy(() -> new ProfileLoader().load(file)).hasMessageStartingWith(file + ":5:14 (field api.liveness.path)");
    }

    @Test
    void jacksonSwitchesNeverReachTheMessage() throws Exception {
        for (String json : new String[]{"{\"name\":\"svc\",\"environment\":NaN}", "{\"name\":\"svc\",\"environment\":\"a\nb\"}",
                "{'name':'svc'}", "{\"name\":\"svc\",\"environment\":\"s\",\"polling\":{\"healthSeconds\":08}}",
                "{\"name\":\"svc\",\"environment\":\"s\",\"toggles\":[{\"name\":\"x\"},]}", "[".repeat(2000)}) {
            assertThatThrownBy(() -> new ProfileLoader().parse(json, "p.json")).isInstanceOf(ConfigException.class)
                    .hasMessageNotContaining("JsonReadFeature").hasMessageNotContaining("StreamReadConstraints")
                    .hasMessageNotContaining("ALLOW_").hasMessageStartingWith("p.json");
        }
    }

    @Test
    void expectStatusMustBeAWholeHttpStatus() throws Exception {
        for (String status : new String[]{"-200", "200.5", "1000"}) {
            Path file = write("s.json", "{\"name\":\"svc\",\"environment\":\"s\",\n \"api\": {\"baseUrl\": \"https://x\",\n"
                    + "   \"liveness\": {\"path\": \"/h\", \"expectStatus\": " + status + "}}}");
            assertThatThrownBy(() -> new ProfileLoader().load(file)).as(status)
                    .hasMessageStartingWith(file + ":3:").hasMessageContaining("(field api.liveness.expectStatus)");
        }
    }

    @Test
    void aMisspeltConstraintTypeSuggestsTheNearest() throws Exception {
        Path file = write("t.json", "{\"name\":\"svc\",\"environment\":\"s\",\n \"database\": {\"url\": \"env:DB\",\n"
                + "   \"expectations\": [{\"table\":\"t\",\"type\":\"FORDIGN KEY\",\"columns\":[\"a\"]}]}}");
        assertThatThrownBy(() -> new ProfileLoader().load(file)).hasMessageStartingWith(file + ":3:")
                .hasMessageContaining("(field database.expectations[0].type)").hasMessageContaining("did you mean 'FOREIGN KEY'?");
    }

    @Test
    void aRunbooksFileThatIsNotThereIsRejectedAtItsField() throws Exception {
        Path file = write("r.json", "{\"name\":\"svc\",\"environment\":\"s\",\n \"runbooksFile\": \"runbooks.json\"}");
        assertThatThrownBy(() -> new ProfileLoader().load(file)).hasMessageStartingWith(file + ":2:18 (field runbooksFile)")
                .hasMessageContaining(dir.resolve("runbooks.json") + " does not exist");
        Files.writeString(dir.resolve("runbooks.json"), "[]");
        assertThat(new ProfileLoader().load(file).name()).isEqualTo("svc");
    }

    @Test
    void aDatabaseUrlWithoutAHostIsRejectedAtItsField() throws Exception {
        Path file = write("d.json", "{\"name\":\"svc\",\"environment\":\"s\",\n \"database\": {\"url\": \"postgresql://u@/db\"}}");
        assertThatThrownBy(() -> new ProfileLoader().load(file)).hasMessageStartingWith(file + ":2:").hasMessageContaining("names no host");
    }

    @Test
    void aHugeFileIsRefusedWithTheLimit() throws Exception {
        Path file = write("huge.json", "{\"name\":\"svc\",\"environment\":\"" + "x".repeat(ProfileLoader.MAX_PROFILE_BYTES) + "\"}");
        assertThatThrownBy(() -> new ProfileLoader().load(file)).hasMessageContaining("larger than 1024 KiB");
    }
}
