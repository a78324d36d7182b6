package dev.signalbox.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.reliability.Fuzz;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Property: the profile loader and the database URL parser return a value or a {@link ConfigException} that names
 * where; never another exception (the timeout only catches a hang).
 */
class ConfigParsersFuzzTest {

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void theProfileLoaderGivesAProfileOrAPositionedConfigException() throws Exception {
        String example;
        try (InputStream in = ConfigParsersFuzzTest.class.getResourceAsStream("/profiles/example.json")) {
            example = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        long seed = Fuzz.seed() + 2;
        for (Fuzz.Case c : Fuzz.cases(example, seed, Fuzz.casesPerParser())) {
            try {
                new ProfileLoader().parse(ProfileLoader.decodeUtf8(c.bytes(), "p.json"), "p.json");
            } catch (ConfigException e) {
                assertThat(e.getMessage()).as(c.describe(seed)).startsWith("p.json")
                        .doesNotContain("JsonReadFeature").doesNotContain("StreamReadConstraints");
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("not a profile nor a ConfigException: " + e + " for " + c.describe(seed), e);
            }
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void theDatabaseUrlParserGivesAUrlOrAConfigExceptionWithoutThePassword() {
        String[] bases = {"postgresql://app:s3cr3tPW@db.internal:5432/app?sslmode=require&application_name=api",
                "postgres://u@[::1]:5433,db2/app?connect_timeout=5", "jdbc:postgresql://h:6543/postgres?user=u&password=s3cr3tPW",
                "postgresql+asyncpg://postgres:s3cr3tPW@roundhouse.proxy.rlwy.net:40000/railway"};
        long seed = Fuzz.seed() + 3;
        int perBase = Math.max(1, Fuzz.casesPerParser() / bases.length);
        for (int b = 0; b < bases.length; b++) {
            for (Fuzz.Case c : Fuzz.cases(bases[b], seed + b, perBase)) {
                try {
                    DatabaseUrl url = DatabaseUrl.parse(c.text());
                    // (A mutation that copies the password's text into the user or host name is not a leak of it.)
                    if (url.password() != null && url.password().reveal().length() >= 6
                            && c.text().indexOf(url.password().reveal()) == c.text().lastIndexOf(url.password().reveal())) {
                        assertThat(url.redacted()).as(c.describe(seed + b)).doesNotContain(url.password().reveal());
                    }
                } catch (ConfigException e) {
                    assertThat(e.getMessage()).as(c.describe(seed + b)).isNotBlank();
                } catch (RuntimeException | StackOverflowError e) {
                    throw new AssertionError("not a URL nor a ConfigException: " + e + " for " + c.describe(seed + b), e);
                }
            }
        }
    }
}
