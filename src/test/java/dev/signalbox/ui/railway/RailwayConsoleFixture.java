package dev.signalbox.ui.railway;

import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.ProfileLoader;
import dev.signalbox.config.ProfileStore;
import dev.signalbox.railway.SimulatedRailway;
import dev.signalbox.ui.common.ConfirmationDialog;
import dev.signalbox.ui.common.FxThread;
import dev.signalbox.ui.shell.ShellViewModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.Callable;

/**
 * The Railway views' test bed: the simulator over real HTTP (its clock advances only when told, so deployments
 * move when a test or the redeploy follower says so), a profile file pointing at it with a {@code file:} token,
 * {@code signalbox.home} in a temporary folder (the audit log goes there), and a real {@link ShellViewModel}
 * watching the profile.
 */
public final class RailwayConsoleFixture implements AutoCloseable {
    public static final String BYPASS = "FACTEUR_MIGRATION_IN_PROGRESS";
    public static final String SECRET_KEY_VALUE = "k7Qe9vXw2LmN4pRt6YzA8bCd0EfGhJkM";
    public static final String DB_PASSWORD = "s3cr3t-db-password";
    private static final AtomicInteger HOMES = new AtomicInteger();

    public final SimulatedRailway railway = new SimulatedRailway();
    public final Path home;
    public ShellViewModel shell;
    public RailwayConsole console;

    public RailwayConsoleFixture(Path folder) throws Exception {
        home = Files.createDirectories(folder.resolve("home-" + HOMES.incrementAndGet()));
        System.setProperty("signalbox.home", home.toString());
    }

    /** A profile for the seeded service; {@code environment} "production" makes it a production profile. */
    public LoadedProfile profile(String environment, boolean readOnly) throws Exception {
        Path token = home.resolve("railway-token");
        Files.writeString(token, railway.seeded.projectToken() + "\n");
        Path file = home.resolve(environment + ".json");
        Files.writeString(file, """
                {"name": "facteur-%s", "environment": "%s", "readOnly": %s,
                 "railway": {"endpoint": "%s", "subscriptionEndpoint": "%s", "token": "file:%s", "tokenKind": "project",
                             "projectId": "%s", "environmentId": "%s", "serviceId": "%s"},
                 "toggles": [{"name": "%s", "kind": "bypass", "onValue": "1",
                              "description": "lets the app start while migrations are pending"},
                             {"name": "MAINTENANCE_MODE", "kind": "maintenance", "onValue": "true", "offValue": "false"}],
                 "requiredVariables": [{"name": "SECRET_KEY", "minLength": 32}, {"name": "SENTRY_DSN"},
                                       {"name": "DATABASE_URL", "pattern": "sslmode=require"}]}
                """.formatted(environment, environment, readOnly, railway.simulator.endpoint(), railway.simulator.subscriptionEndpoint(), token,
                railway.seeded.projectId(), railway.seeded.environmentId(), railway.seeded.serviceId(), BYPASS));
        return new ProfileLoader().load(file);
    }

    /** Call on the FX thread: a shell watching {@code profile}, and the console the views share. */
    public RailwayConsole watch(LoadedProfile profile, boolean readOnlyMode) {
        shell = new ShellViewModel(new ProfileStore(home.resolve("profiles")), profile, readOnlyMode);
        console = new RailwayConsole(shell, ConfirmationDialog.forFocusedWindow(), railway.pacer, railway.simulator.clock());
        shell.watchChosenProfile();
        return console;
    }

    public Path auditFile() {
        return home.resolve("state/audit.jsonl");
    }

    public String audit() throws Exception {
        return Files.exists(auditFile()) ? Files.readString(auditFile(), StandardCharsets.UTF_8) : "";
    }

    /**
     * Waits until {@code condition}, evaluated on the FX thread, holds: the views rebuild their rows there as the
     * simulator's answers arrive, and a lookup off that thread can meet a half-built scene.
     */
    public static void await(Callable<Boolean> condition) throws Exception {
        FxThread.waitForAfterEvents(15, condition);
    }

    @Override
    public void close() {
        if (shell != null) {
            shell.shutdown();
        }
        railway.close();
        System.clearProperty("signalbox.home");
    }
}
