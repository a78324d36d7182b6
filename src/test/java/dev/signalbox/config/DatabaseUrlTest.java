package dev.signalbox.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void railwayProxyUrlWithPercentEncodedPassword() throws Exception {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://postgres:p%40ss%2Fw0rd%25@shinkansen.proxy.rlwy.net:41234/railway");
        assertThat(url.hosts()).containsExactly(new DatabaseUrl.HostPort("shinkansen.proxy.rlwy.net", 41234));
        assertThat(url.user()).isEqualTo("postgres");
        assertThat(url.password().reveal()).isEqualTo("p@ss/w0rd%");
        assertThat(url.database()).isEqualTo("railway");
        assertThat(url.hostKind()).isEqualTo(DatabaseUrl.HostKind.RAILWAY_PROXY);
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://shinkansen.proxy.rlwy.net:41234/railway");
        assertThat(url.sslMode()).isEqualTo("prefer");
        assertThat(url.redacted()).isEqualTo("postgresql://postgres:****@shinkansen.proxy.rlwy.net:41234/railway?sslmode=prefer");
        assertThat(url.toString()).doesNotContain("p@ss");
    }

    @Test
    void unencodedPasswordWithSlashAndQuestionMarkStillParsesAndNeverLeaks() throws Exception {
        DatabaseUrl url = DatabaseUrl.parse("postgres://app:a/b?c@db.internal.example:5433/app?sslmode=require");
        assertThat(url.password().reveal()).isEqualTo("a/b?c");
        assertThat(url.hosts().get(0).port()).isEqualTo(5433);
        assertThat(url.sslMode()).isEqualTo("require");
        assertThat(url.redacted()).doesNotContain("a/b?c");
    }

    @Test
    void railwayInternalAndSupabaseHostsAreRecognised() throws Exception {
        assertThat(DatabaseUrl.parse("postgresql://u:p@postgres.railway.internal:5432/railway").hostKind())
                .isEqualTo(DatabaseUrl.HostKind.RAILWAY_INTERNAL);
        assertThat(DatabaseUrl.parse("postgresql://postgres:p@db.abcdefghijklm.supabase.co:5432/postgres").hostKind())
                .isEqualTo(DatabaseUrl.HostKind.SUPABASE_DIRECT);
        assertThat(DatabaseUrl.parse("postgresql://postgres.abc:p@aws-0-eu-west-1.pooler.supabase.com:6543/postgres").hostKind())
                .isEqualTo(DatabaseUrl.HostKind.SUPABASE_POOLER_TRANSACTION);
        assertThat(DatabaseUrl.parse("postgresql://postgres.abc:p@aws-0-eu-west-1.pooler.supabase.com:5432/postgres").hostKind())
                .isEqualTo(DatabaseUrl.HostKind.SUPABASE_POOLER_SESSION);
    }

    @Test
    void sslDisableOnAHostedDatabaseWarns() throws Exception {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://u:p@trolley.proxy.rlwy.net:5432/railway?ssl=disable");
        assertThat(url.sslMode()).isEqualTo("disable");
        assertThat(url.tlsDisabled()).isTrue();
        assertThat(url.warnings()).anySatisfy(w -> assertThat(w).contains("TLS is disabled").contains("Railway public proxy"));
        assertThat(url.jdbcProperties().getProperty("sslmode")).isEqualTo("disable");
    }

    @Test
    void pgjdbcSslFalseDoesNotDisableTlsAndWeSaySo() throws Exception {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://db.example.com:5432/app?user=app&password=pw&ssl=false");
        assertThat(url.sslMode()).isEqualTo("prefer");
        assertThat(url.tlsDisabled()).isFalse();
        assertThat(url.warnings()).anySatisfy(w -> assertThat(w).contains("ssl=false does not disable TLS"));
        Properties props = url.jdbcProperties();
        assertThat(props.getProperty("user")).isEqualTo("app");
        assertThat(props.getProperty("password")).isEqualTo("pw");
        assertThat(props.getProperty("sslmode")).isEqualTo("prefer");
    }

    @Test
    void libpqParametersMapToPgjdbcNames() throws Exception {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://u@h/db?options=-c%20statement_timeout%3D5min&application_name=api&connect_timeout=10&keepalives=1");
        Properties props = url.jdbcProperties();
        assertThat(props.getProperty("options")).isEqualTo("-c statement_timeout=5min");
        assertThat(props.getProperty("ApplicationName")).isEqualTo("api");
        assertThat(props.getProperty("connectTimeout")).isEqualTo("10");
        assertThat(url.unsupportedParameters()).containsExactly("keepalives");
    }

    @Test
    void multipleHostsIpv6AndDefaults() throws Exception {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://[::1]:5433,db2/app");
        assertThat(url.hosts()).containsExactly(new DatabaseUrl.HostPort("::1", 5433), new DatabaseUrl.HostPort("db2", 5432));
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]:5433,db2:5432/app");
        assertThat(DatabaseUrl.parse("postgresql:///app?host=db3").hosts()).containsExactly(new DatabaseUrl.HostPort("db3", 5432));
        assertThat(DatabaseUrl.parse("postgresql+asyncpg://u:p@h/x").database()).isEqualTo("x");
    }

    @Test
    void aMisspeltPasswordParameterIsMaskedInTheRedactedForm() throws Exception {
        assertThat(DatabaseUrl.parse("postgresql://u@h/db?pasword=s3cr3t&application_name=api").redacted())
                .isEqualTo("postgresql://u@h:5432/db?sslmode=prefer&pasword=****&application_name=api");
    }

    @Test
    void aUrlWithoutAHostIsRejectedNotTakenAsLocalhost() {
        // libpq reads an empty host as a Unix-domain socket; it was silently localhost:5432 (issue 14).
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://u:s3cr3t@/db")).hasMessageContaining("names no host")
                .hasMessageNotContaining("s3cr3t");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://")).hasMessageContaining("names no host");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://u@h/" + "x".repeat(5000))).hasMessageContaining("at most 4096");
    }

    @Test
    void errorsNameThePartAndNeverTheSecret() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://u:p@h/db")).hasMessageContaining("unsupported scheme 'mysql'");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://u:p@h:99999/db")).hasMessageContaining("port 99999 is out of range");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://u:se%ZZcret@h/db"))
                .hasMessageContaining("invalid percent-encoding in the password")
                .hasMessageNotContaining("se%ZZcret").hasMessageNotContaining("cret");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://u:pa#ss@h/db")).hasMessageContaining("'#'").hasMessageNotContaining("pa#ss");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://u@h/db?sslmode=sometimes")).hasMessageContaining("sslmode 'sometimes' is not one of");
    }

    @Test
    void literalUrlTakesPasswordFromPgpassword() throws Exception {
        DatabaseReference ref = DatabaseReference.parse("postgresql://app@db.example.com/app");
        DatabaseUrl url = ref.resolve(Map.of("PGPASSWORD", "from-env"));
        assertThat(url.password().reveal()).isEqualTo("from-env");
        DatabaseReference env = DatabaseReference.parse("env:DATABASE_URL");
        assertThat(env.resolve(Map.of("DATABASE_URL", "postgresql://a:b@c/d")).user()).isEqualTo("a");
        assertThatThrownBy(() -> env.resolve(Map.of())).hasMessageContaining("DATABASE_URL is not set");
    }
}
