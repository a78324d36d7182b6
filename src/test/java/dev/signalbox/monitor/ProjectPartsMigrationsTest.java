package dev.signalbox.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.Profile;
import dev.signalbox.migrations.MigrationSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An API and its worker shipping one Alembic folder: their migrations are inspected once a round, not once each. */
class ProjectPartsMigrationsTest {
    @TempDir
    Path dir;

    private Path alembic(String name, String revision) throws Exception {
        Path root = Files.createDirectories(dir.resolve(name));
        Files.createDirectories(root.resolve("migrations/versions"));
        Files.writeString(root.resolve("alembic.ini"), "[alembic]\nscript_location = migrations\n");
        Files.writeString(root.resolve("migrations/versions/" + revision + "_init.py"),
                "revision = \"" + revision + "\"\ndown_revision = None\n\ndef upgrade():\n    pass\n");
        return root.resolve("alembic.ini");
    }

    private LoadedProfile member(String name, Path ini) {
        Profile profile = new Profile(name, "production", true, null, null, null,
                new Profile.MigrationSettings(ini.toString(), null, null), null, List.of(), List.of(), null);
        return new LoadedProfile(dir.resolve(name + ".json"), profile);
    }

    @Test
    void membersOfOneScriptFolderShareOneInspectionARound() throws Exception {
        Path shared = alembic("shop", "a1b2c3");
        LoadedProfile api = member("api", shared);
        LoadedProfile worker = member("worker", shared);
        LoadedProfile billing = member("billing", alembic("billing", "d4e5f6"));
        try (ProjectParts parts = new ProjectParts(List.of(api, worker, billing), Clock.systemUTC())) {
            MigrationSnapshot forApi = parts.migrations(api).call();
            MigrationSnapshot forWorker = parts.migrations(worker).call();
            MigrationSnapshot forBilling = parts.migrations(billing).call();

            assertThat(forWorker).as("the worker's round reuses the API's inspection").isSameAs(forApi);
            assertThat(forApi.graph().heads()).containsExactly("a1b2c3");
            assertThat(forBilling.graph().heads()).containsExactly("d4e5f6");
        }
    }
}
