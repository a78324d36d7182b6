package dev.signalbox.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.signalbox.config.DatabaseUrl;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.ProfileLoader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whose move it is, as a type: a setting to edit ({@link MigrationException.Kind#CONFIGURATION}) or something tried that
 * failed ({@link MigrationException.Kind#FAILURE}). The command line's exit code and the Migrations view's wording follow
 * the kind, never the message.
 */
class MigrationExceptionKindTest {
    @TempDir
    Path dir;

    private LoadedProfile profile(String sections) throws Exception {
        Path file = dir.resolve("svc.json");
        Files.writeString(file, "{\"name\": \"svc\", \"environment\": \"staging\", " + sections + "}");
        return new ProfileLoader().load(file);
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static MigrationException rehearsing(LoadedProfile profile, List<String> progress) {
        return catchThrowableOfType(MigrationException.class,
                () -> new MigrationRehearsal(profile, MigrationRehearsal.DEFAULT_RISKY_BYTES, Duration.ofSeconds(30), progress::add).run());
    }

    @Test
    void aRehearsalOfAProfileWithoutItsSectionsIsRefusedAsConfigurationBeforeAnythingRuns() throws Exception {
        String ini = Fixtures.project("graph-linear").resolve("alembic.ini").toString();
        String database = "\"database\": {\"url\": \"postgresql://postgres@127.0.0.1:" + closedPort() + "/app\"}";
        List<String> progress = new ArrayList<>();

        MigrationException noMigrations = rehearsing(profile(database), progress);
        assertThat(noMigrations.kind()).isEqualTo(MigrationException.Kind.CONFIGURATION);
        assertThat(noMigrations).hasMessageStartingWith(dir.resolve("svc.json") + " (field migrations): ");

        MigrationException noDatabase = rehearsing(profile("\"migrations\": {\"location\": \"" + ini + "\"}"), progress);
        assertThat(noDatabase.isConfiguration()).isTrue();
        assertThat(noDatabase).hasMessageContaining("(field database)");

        MigrationException untargetable = rehearsing(profile(database + ", \"migrations\": {\"location\": \"" + ini
                + "\", \"upgradeCommand\": [\"make\", \"migrate\"]}"), progress);
        assertThat(untargetable.isConfiguration()).isTrue();
        assertThat(untargetable).hasMessageContaining("(field migrations.upgradeCommand)");
        assertThat(progress).as("production was not even read").isEmpty();

        MigrationException unreachable = rehearsing(profile(database + ", \"migrations\": {\"location\": \"" + ini + "\"}"), progress);
        assertThat(unreachable.kind()).isEqualTo(MigrationException.Kind.FAILURE);
        assertThat(unreachable).hasMessageStartingWith("cannot connect to postgresql://postgres@127.0.0.1:");
    }

    @Test
    void aLocationThatIsNotThereIsConfigurationAndADatabaseThatDoesNotAnswerIsAFailure() throws Exception {
        MigrationException missing = catchThrowableOfType(MigrationException.class,
                () -> ScriptLocator.locate(dir.resolve("alembic.ini"), "alembic"));
        assertThat(missing.isConfiguration()).isTrue();

        Path broken = dir.resolve("broken.ini");
        Files.writeString(broken, "[alembic]\nscript_location\n");
        assertThat(catchThrowableOfType(MigrationException.class, () -> ScriptLocator.locate(broken, "alembic")).kind())
                .isEqualTo(MigrationException.Kind.CONFIGURATION);

        MigrationException down = catchThrowableOfType(MigrationException.class, () -> new VersionTableReader(null, null,
                Duration.ofSeconds(2)).read(DatabaseUrl.parse("postgresql://postgres@127.0.0.1:" + closedPort() + "/app")));
        assertThat(down.kind()).isEqualTo(MigrationException.Kind.FAILURE);
    }
}
