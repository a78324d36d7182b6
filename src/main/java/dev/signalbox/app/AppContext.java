package dev.signalbox.app;

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
    private final ProfileStore profiles;
    private final Clock clock;
    private final ExecutorService runbooks = Executors.newCachedThreadPool(runnable -> {
        // Daemons: closing the window ends the process even while a runbook waits on a deployment.
        Thread thread = new Thread(runnable, "signalbox-runbook-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    /** Where the window's watch sends desktop notifications from; null for none (tests, unless they ask). */
    private final Map<String, String> desktopEnvironment;

    private AppContext(Supplier<PlatformDirs> dirs, ProfileStore profiles, Clock clock, Map<String, String> desktopEnvironment) {
        this.dirs = dirs;
        this.profiles = profiles;
        this.clock = clock;
        this.desktopEnvironment = desktopEnvironment;
    }

    /** The platform's folders ({@code SIGNALBOX_HOME} when set), read once. */
    public static AppContext detect() {
        PlatformDirs found = PlatformDirs.detect();
        return new AppContext(() -> found, new ProfileStore(found), Clock.systemUTC(), System.getenv());
    }

    /**
     * Profiles from {@code profiles}; the state folder (audit log, runbook progress, journal) is looked up at each
     * use, because tests point {@code signalbox.home} at a folder of their own after the window is built.
     */
    public static AppContext withProfiles(ProfileStore profiles) {
        return new AppContext(PlatformDirs::detect, profiles, Clock.systemUTC(), null);
    }

    /**
     * The same context whose window watches notify the desktop: {@code notify-send} found on {@code environment}'s
     * PATH, else the system tray. {@link #detect()} does this with the process's environment; tests that start
     * windows do not, unless they pass a PATH of their own.
     */
    public AppContext withDesktopNotifications(Map<String, String> environment) {
        return new AppContext(dirs, profiles, clock, Map.copyOf(environment));
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
        return profiles;
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

    /** One profile's clients, inspectors and guards. */
    /**
     * Starts watching every member of a project: one watch per member, journaling under the member's name, with
     * Railway read once a round per token and one database snapshot per database ({@code monitor.ProjectParts}).
     */
    public dev.signalbox.monitor.ProjectWatch startProjectWatch(dev.signalbox.config.Project project) {
        dev.signalbox.monitor.ProjectParts parts = new dev.signalbox.monitor.ProjectParts(project.members(), clock);
        return new dev.signalbox.monitor.ProjectWatch(project,
                member -> dev.signalbox.monitor.WatchFactory.start(member, journal(member.name()), parts), List.of(parts), clock);
    }

    public ServiceContext forProfile(LoadedProfile profile) {
        return new ServiceContext(this, profile);
    }
}
