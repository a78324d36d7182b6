package dev.signalbox.railway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which variables the Variables view may show unmasked: names and values that do not look like a credential. */
class VariableSetTest {

    @Test
    void configurationNamesAreShownAndCredentialsAreNot() {
        assertThat(VariableSet.looksSecret("ENVIRONMENT", "production")).isFalse();
        assertThat(VariableSet.looksSecret("RAILWAY_ENVIRONMENT_NAME", "production")).isFalse();
        assertThat(VariableSet.looksSecret("PORT", "8000")).isFalse();
        assertThat(VariableSet.looksSecret("PUBLIC_URL", "https://api.example.com/v1")).isFalse();

        assertThat(VariableSet.looksSecret("SECRET_KEY", "x")).isTrue();
        assertThat(VariableSet.looksSecret("RAILWAY_TOKEN", "x")).isTrue();
        assertThat(VariableSet.looksSecret("railway_api_token", "x")).as("any case").isTrue();
        assertThat(VariableSet.looksSecret("SENTRY_DSN", "https://abc@o1.ingest.sentry.io/1")).isTrue();
        assertThat(VariableSet.looksSecret("DB_PASSWORD", "")).isTrue();
        assertThat(VariableSet.looksSecret("NEXTAUTH_SECRET", "x")).isTrue();
    }

    @Test
    void aValueCarryingACredentialIsMaskedWhateverItsName() {
        assertThat(VariableSet.looksSecret("DATABASE_URL", "postgresql://app:pw@db.internal:5432/app")).isTrue();
        assertThat(VariableSet.looksSecret("REDIS", "redis://:pw@cache:6379")).isTrue();
        assertThat(VariableSet.looksSecret("TLS", "-----BEGIN PRIVATE KEY-----\nMII...")).isTrue();
        // An '@' after the host is a path, not a user: still plain.
        assertThat(VariableSet.looksSecret("AVATAR", "https://cdn.example.com/u/@me.png")).isFalse();
        assertThat(VariableSet.looksSecret(null, "x")).as("no name: masked").isTrue();
        assertThat(VariableSet.looksSecret("NOTE", null)).isFalse();
    }
}
