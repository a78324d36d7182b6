package dev.signalbox.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.config.DatabaseUrl;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** TLS as the driver negotiated it and as pg_stat_ssl sees it (incident 6), against a server with TLS on. */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TlsConnectionTest {
    @TempDir
    Path folder;

    @Test
    void theDriversTlsAndTheServersViewAreBothReported() throws Exception {
        HeldCertificate certificate = new HeldCertificate.Builder().addSubjectAlternativeName("localhost").build();
        Path cert = folder.resolve("server.crt");
        Path key = folder.resolve("server.key");
        Files.writeString(cert, certificate.certificatePem());
        Files.writeString(key, certificate.privateKeyPkcs8Pem());
        // PostgreSQL refuses a private key readable by others.
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("ssl", "on")
                .setServerConfig("ssl_cert_file", cert.toString()).setServerConfig("ssl_key_file", key.toString()).start()) {
            String base = "postgresql://postgres@localhost:" + postgres.getPort() + "/postgres";
            try (DatabaseInspector inspector = DatabaseInspector.open(DatabaseUrl.parse(base + "?sslmode=require"),
                    DatabaseInspector.Options.defaults())) {
                DatabaseSnapshot snapshot = inspector.snapshot();
                assertThat(snapshot.errors()).isEmpty();
                ConnectionFacts.Tls tls = snapshot.connection().ssl();
                assertThat(tls.sslmode()).isEqualTo("require");
                assertThat(tls.client()).isTrue();
                assertThat(tls.clientProtocol()).startsWith("TLSv1.");
                assertThat(tls.server()).isTrue();
                assertThat(tls.serverProtocol()).isEqualTo(tls.clientProtocol());
            }
            try (DatabaseInspector inspector = DatabaseInspector.open(DatabaseUrl.parse(base + "?sslmode=disable"),
                    DatabaseInspector.Options.defaults())) {
                ConnectionFacts.Tls tls = inspector.snapshot().connection().ssl();
                assertThat(tls.client()).isFalse();
                assertThat(tls.server()).isFalse();
            }
        }
    }
}
