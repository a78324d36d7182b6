package dev.signalbox.app;

import dev.signalbox.common.Http;
import dev.signalbox.config.ConfigException;
import dev.signalbox.config.DatabaseUrl;
import dev.signalbox.config.Profile;
import dev.signalbox.database.DatabaseInspector;
import dev.signalbox.database.DatabaseSnapshot;
import dev.signalbox.health.HealthChecker;
import dev.signalbox.health.HealthProbe;
import dev.signalbox.migrations.MigrationInspector;
import dev.signalbox.migrations.ScriptLocation;
import dev.signalbox.railway.Pacer;
import dev.signalbox.railway.RailwayClient;
import dev.signalbox.railway.RailwayException;
import dev.signalbox.railway.RailwayStatusReader;
import dev.signalbox.railway.RailwayTarget;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.PlatformDirs;
import dev.signalbox.config.ProfileStore;
import dev.signalbox.monitor.EventJournal;
import dev.signalbox.ops.AuditLog;
import dev.signalbox.ops.runbook.RunbookProgressStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The composition root: the one place that decides where Signalbox keeps its files and builds the stores, the audit
 * log, the clock and the executor the console's work runs on; {@link #forProfile} builds one profile's clients,
 * inspectors and guards ({@link ServiceContext}). The window ({@code ui.ConsoleApplication}) builds one at start-up
 * and hands it to the view models through the shell; nothing under {@code ui} builds an engine itself
 * ({@code LayeringTest} holds that).
 */
public final class AppContext {
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Supplier<PlatformDirs> dirs;
    private final Supplier<ProfileStore> profiles;
    private final Clock clock;
    private final Map<String, String> environment;
    private final ExecutorService runbooks = Executors.newCachedThreadPool(runnable -> {
        // Daemons: closing the window ends the process even while a runbook waits on a deployment.
        Thread thread = new Thread(runnable, "signalbox-runbook-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    /** Where the window's watch sends desktop notifications from; null for none (tests, unless they ask). */
    private final Map<String, String> desktopEnvironment;
    /** The process's one tray icon: the attention badge and the desktop notifications of every watch share it. */
    private final dev.signalbox.alerts.DesktopTray desktopTray;

    private AppContext(Supplier<PlatformDirs> dirs, Supplier<ProfileStore> profiles, Clock clock, Map<String, String> environment,
                       Map<String, String> desktopEnvironment, dev.signalbox.alerts.DesktopTray desktopTray) {
        this.dirs = dirs;
        this.profiles = profiles;
        this.clock = clock;
        this.environment = environment;
        this.desktopEnvironment = desktopEnvironment;
        this.desktopTray = desktopTray;
    }

    private static dev.signalbox.alerts.DesktopTray newTray() {
        return new dev.signalbox.alerts.DesktopTray(AppContext.class.getResource("/icons/signalbox.png"));
    }

    /** The platform's folders ({@code SIGNALBOX_HOME} when set), read once. */
    public static AppContext detect() {
        PlatformDirs found = PlatformDirs.detect();
        ProfileStore store = new ProfileStore(found);
        return new AppContext(() -> found, () -> store, Clock.systemUTC(), System.getenv(), System.getenv(), newTray());
    }

    /**
     * For the command line: folders and profiles looked up at first use, so a test (or the launcher) that points
     * {@code SIGNALBOX_HOME} / {@code signalbox.home} somewhere before running a command is honoured.
     */
    public static AppContext lazy() {
        Supplier<PlatformDirs> found = memoize(PlatformDirs::detect);
        return new AppContext(found, memoize(() -> new ProfileStore(found.get())), Clock.systemUTC(), System.getenv(), null, newTray());
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    /**
     * Profiles from {@code profiles}; the state folder (audit log, runbook progress, journal) is looked up at each
     * use, because tests point {@code signalbox.home} at a folder of their own after the window is built.
     */
    public static AppContext withProfiles(ProfileStore profiles) {
        return new AppContext(PlatformDirs::detect, () -> profiles, Clock.systemUTC(), System.getenv(), null, newTray());
    }

    /**
     * The same context resolving secret references ({@code env:NAME}) from {@code environment} instead of the
     * process's: what {@code init} checks a profile it has not exported yet with, and what tests hand a command.
     */
    public AppContext withEnvironment(Map<String, String> environment) {
        return new AppContext(dirs, profiles, clock, Map.copyOf(environment), desktopEnvironment, desktopTray);
    }

    /** Where secret references are resolved: the process's environment unless {@link #withEnvironment}. */
    public Map<String, String> environment() {
        return environment;
    }

    /**
     * The same context whose window watches notify the desktop: {@code notify-send} found on {@code environment}'s
     * PATH, else the system tray. {@link #detect()} does this with the process's environment; tests that start
     * windows do not, unless they pass a PATH of their own.
     */
    public AppContext withDesktopNotifications(Map<String, String> environment) {
        return new AppContext(dirs, profiles, clock, this.environment, Map.copyOf(environment), desktopTray);
    }

    /** The application's one tray icon (added only when used: the attention badge or a notification through the tray). */
    public dev.signalbox.alerts.DesktopTray desktopTray() {
        return desktopTray;
    }

    /** The environment desktop notifications are looked up in; empty when the window does not notify the desktop. */
    public java.util.Optional<Map<String, String>> desktopEnvironment() {
        return java.util.Optional.ofNullable(desktopEnvironment);
    }

    public PlatformDirs dirs() {
        return dirs.get();
    }

    public Clock clock() {
        return clock;
    }

    public ProfileStore profiles() {
        return profiles.get();
    }

    public AuditLog auditLog() {
        return new AuditLog(dirs().auditLog());
    }

    public RunbookProgressStore runbookProgress() {
        return new RunbookProgressStore(dirs().state());
    }

    public EventJournal journal(String profileName) {
        return new EventJournal(dirs().state(), profileName);
    }

    /** Where the window keeps its size, position, last view and theme. */
    public Path windowStateFile() {
        return dirs().state().resolve("window.properties");
    }

    /** Runs a runbook to its end off the FX thread (a run may take minutes, so not on the shared background pool). */
    public ExecutorService runbookExecutor() {
        return runbooks;
    }

    /**
     * Starts watching every member of a project: one watch per member, journaling under the member's name, with
     * Railway read once a round per token and one database snapshot per database ({@code monitor.ProjectParts}).
     */
    public dev.signalbox.monitor.ProjectWatch startProjectWatch(dev.signalbox.config.Project project) {
        return dev.signalbox.monitor.ProjectWatch.start(project, this::journal, clock);
    }

    /** A Railway client for {@code settings}, its token resolved from {@link #environment()}: call it off the FX thread. */
    public RailwayClient railwayClient(Profile.RailwaySettings settings) throws ConfigException {
        return RailwayClient.forProfile(settings, environment, Pacer.sleeping(), clock);
    }

    /** Reads one service's deployments, variables and toggles once. */
    public RailwayStatusReader railwayStatusReader(RailwayClient client, Profile profile) throws RailwayException {
        return new RailwayStatusReader(client, RailwayTarget.of(profile.railway()), profile, clock);
    }

    /** Probes health endpoints with the one HTTP client and the profile's probe settings. */
    public HealthChecker healthChecker(HealthProbe.Settings settings) {
        return new HealthChecker(Http.client(), settings, clock);
    }

    /** Reads a migration history (and, when asked, git's view of it and the lint). */
    public MigrationInspector migrationInspector(ScriptLocation location, boolean withGit, boolean withLint) {
        return new MigrationInspector(location, withGit, withLint, clock);
    }

    /** A database inspector (pool of at most 2) on {@code url}; the caller closes it. */
    public DatabaseInspector openDatabaseInspector(DatabaseUrl url, DatabaseInspector.Options options) {
        return DatabaseInspector.open(url, options);
    }

    /** One database snapshot, its connection closed again: what a one-shot check reads. */
    public DatabaseSnapshot databaseSnapshotOnce(DatabaseUrl url, Profile profile) {
        return DatabaseInspector.snapshotOnce(url, profile);
    }

    /** One profile's clients, inspectors and guards. */
    public ServiceContext forProfile(LoadedProfile profile) {
        return new ServiceContext(this, profile);
    }
}
