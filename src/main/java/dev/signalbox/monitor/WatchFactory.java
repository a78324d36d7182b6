package dev.signalbox.monitor;

import dev.signalbox.config.ConfigException;
import dev.signalbox.config.DatabaseReference;
import dev.signalbox.config.DatabaseUrl;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.Profile;
import dev.signalbox.database.DatabaseInspector;
import dev.signalbox.migrations.MigrationInspector;
import dev.signalbox.migrations.ScriptLocator;
import dev.signalbox.migrations.VersionTableReader;
import dev.signalbox.railway.RailwayClient;
import dev.signalbox.railway.RailwayStatusReader;
import dev.signalbox.railway.RailwayTarget;
import java.time.Clock;
import java.time.Duration;

/** Builds the watch of a profile with every part the profile describes. */
public final class WatchFactory {
    /**
     * Read alone, about 5 Railway requests the first time and 3 after (each deployment's first log line is asked
     * once): ~40 of Hobby's 1,000 an hour. A project's members share one request a round ({@code ProjectParts}).
     */
    static final Duration DEPLOY_SETTINGS_INTERVAL = Duration.ofMinutes(5);

    private WatchFactory() {
    }

    /**
     * What the members of a project share instead of reading alone: the Railway part from one batched read per
     * round, and one database snapshot per database and poll (at most 2 connections per database, however many
     * services use it).
     */
    public interface SharedParts {
        /** The member's Railway status; null when the member reads Railway alone. */
        java.util.concurrent.Callable<dev.signalbox.railway.RailwayStatus> railway(LoadedProfile member);

        /** A snapshot of the member's database, shared with members of the same database; null to read alone. */
        java.util.concurrent.Callable<dev.signalbox.database.DatabaseSnapshot> database(LoadedProfile member);

        /** The member's migrations, inspected once a round for members of the same scripts and database; null to read alone. */
        default java.util.concurrent.Callable<dev.signalbox.migrations.MigrationSnapshot> migrations(LoadedProfile member) {
            return null;
        }

        /** The member's deploy settings judged from a batch shared with the other members; null to read alone. */
        default java.util.concurrent.Callable<dev.signalbox.deploy.DeploySettingsReport> deploySettings(LoadedProfile member) {
            return null;
        }

        /** A pool every member's health probes share; null for a pool per member. */
        default java.util.concurrent.ScheduledThreadPoolExecutor healthExecutor() {
            return null;
        }

        /** A pool every member's part pollers share; null for a pool per member. */
        default java.util.concurrent.ScheduledExecutorService pollExecutor() {
            return null;
        }
    }

    /** A watch journaling to the platform's state folder; the console builds its watch through {@code app.ServiceContext}. */
    public static ServiceWatch start(LoadedProfile loaded) {
        return start(loaded, new EventJournal(dev.signalbox.config.PlatformDirs.detect().state(), loaded.profile().name()));
    }

    public static ServiceWatch start(LoadedProfile loaded, EventJournal journal) {
        return start(loaded, journal, null);
    }

    /** A member's watch whose Railway and database parts come from {@code shared} when it offers them. */
    public static ServiceWatch start(LoadedProfile loaded, EventJournal journal, SharedParts shared) {
        Clock clock = Clock.systemUTC();
        ServiceWatch watch = new ServiceWatch(loaded, clock);
        Profile profile = loaded.profile();
        watch.journalTo(journal);
        if (shared != null && shared.healthExecutor() != null) {
            watch.probeHealthOn(shared.healthExecutor());
        }
        if (shared != null && shared.pollExecutor() != null) {
            watch.pollOn(shared.pollExecutor());
        }
        watch.watchHealth();
        if (profile.migrations() != null) {
            var sharedMigrations = shared == null ? null : shared.migrations(loaded);
            watch.watch(Part.MIGRATIONS, sharedMigrations != null ? sharedMigrations : () -> inspectMigrations(loaded, clock),
                    Duration.ofSeconds(profile.polling().migrationsSeconds()), WatchFactory::describe);
        }
        var sharedDatabase = shared == null ? null : shared.database(loaded);
        if (profile.database() != null && sharedDatabase != null) {
            watch.watch(Part.DATABASE, sharedDatabase, Duration.ofSeconds(profile.polling().databaseSeconds()), WatchFactory::describe);
        } else if (profile.database() != null) {
            DatabaseInspector[] inspector = new DatabaseInspector[1];
            watch.watch(Part.DATABASE, () -> {
                if (inspector[0] == null) {
                    // The pool opens lazily, inside the poll: an unset DATABASE_URL becomes this part's error.
                    inspector[0] = DatabaseInspector.open(databaseUrl(profile.database(), false),
                            DatabaseInspector.Options.forProfile(profile, profile.isReadOnly()));
                    watch.closeWithWatch(inspector[0]);
                }
                return inspector[0].snapshot();
            }, Duration.ofSeconds(profile.polling().databaseSeconds()), WatchFactory::describe);
        }
        var sharedRailway = shared == null ? null : shared.railway(loaded);
        if (profile.railway() != null && sharedRailway != null) {
            watch.watch(Part.RAILWAY, sharedRailway, Duration.ofSeconds(profile.polling().railwaySeconds()), WatchFactory::describe);
        } else if (profile.railway() != null) {
            RailwayStatusReader[] reader = new RailwayStatusReader[1];
            watch.watch(Part.RAILWAY, () -> {
                if (reader[0] == null) {
                    // Built inside the poll so an unset token shows as this part's error and is retried.
                    reader[0] = new RailwayStatusReader(RailwayClient.forProfile(profile.railway()),
                            RailwayTarget.of(profile.railway()), profile, clock);
                }
                return reader[0].read();
            }, Duration.ofSeconds(profile.polling().railwaySeconds()), WatchFactory::describe);
        }
        var sharedDeploySettings = shared == null ? null : shared.deploySettings(loaded);
        if (sharedDeploySettings != null) {
            watch.watch(Part.DEPLOY_SETTINGS, sharedDeploySettings, DEPLOY_SETTINGS_INTERVAL, WatchFactory::describe);
        } else if (profile.railway() != null || profile.migrations() != null) {
            dev.signalbox.deploy.DeploySettingsReader[] reader = new dev.signalbox.deploy.DeploySettingsReader[1];
            watch.watch(Part.DEPLOY_SETTINGS, () -> {
                if (reader[0] == null) {
                    reader[0] = profile.railway() == null ? new dev.signalbox.deploy.DeploySettingsReader(null, null, loaded)
                            : new dev.signalbox.deploy.DeploySettingsReader(RailwayClient.forProfile(profile.railway()),
                            RailwayTarget.of(profile.railway()), loaded);
                }
                return reader[0].read();
            }, DEPLOY_SETTINGS_INTERVAL, WatchFactory::describe);
        }
        if (profile.railway() != null && shared == null) {
            // A project's members do not follow their traffic yet: one WebSocket per member is for a later change.
            watchTraffic(watch, profile, clock);
        }
        // Probes come faster while a deployment is in progress (the health monitor's adaptive policy).
        watch.addListener(state -> {
            if (state.part() == Part.RAILWAY && state.value() instanceof dev.signalbox.railway.RailwayStatus railway
                    && watch.healthMonitor() != null) {
                watch.healthMonitor().setDeployInProgress(railway.latest().map(d -> d.status().isInProgress()).orElse(false));
            }
        });
        return watch;
    }

    /**
     * Real traffic from Railway's httpLogs subscription, summarised every health interval beside the probes. Its own
     * Railway client: the subscription is one WebSocket, not requests against the hourly budget.
     */
    static void watchTraffic(ServiceWatch watch, Profile profile, Clock clock) {
        ServiceWatch.PartFeed<dev.signalbox.traffic.TrafficSnapshot> feed = watch.feed(Part.TRAFFIC);
        dev.signalbox.traffic.TrafficMonitor traffic = new dev.signalbox.traffic.TrafficMonitor(
                () -> RailwayClient.forProfile(profile.railway()), profile.railway().subscriptions(),
                dev.signalbox.railway.LogFollower.Options.DEFAULT, Duration.ofSeconds(profile.polling().healthSeconds()),
                clock, feed::value, feed::failed, probePaths(profile));
        watch.closeWithWatch(traffic);
        watch.addListener(state -> {
            if (state.part() == Part.RAILWAY && state.value() instanceof dev.signalbox.railway.RailwayStatus railway
                    && !state.isFailing()) {
                traffic.railwayRead(railway);
            }
        });
    }

    /** The paths of the profile's own probes, which Railway's edge logs beside the users' requests. */
    public static java.util.Set<String> probePaths(Profile profile) {
        if (profile.api() == null) {
            return java.util.Set.of();
        }
        java.util.Set<String> paths = new java.util.HashSet<>();
        paths.add(profile.api().liveness().path());
        paths.add(profile.api().readiness().path());
        profile.api().extraEndpoints().forEach(endpoint -> paths.add(endpoint.path()));
        return paths;
    }

    /** The code's graph against the database's version table (the direct connection when there is one). */
    public static dev.signalbox.migrations.MigrationSnapshot inspectMigrations(LoadedProfile loaded, Clock clock) throws Exception {
        Profile profile = loaded.profile();
        var location = ScriptLocator.locate(loaded.resolve(profile.migrations().location()), profile.migrations().iniSection());
        MigrationInspector inspector = new MigrationInspector(location, true, true, clock);
        if (profile.database() == null) {
            return inspector.inspect();
        }
        DatabaseUrl url = databaseUrl(profile.database(), true);
        VersionTableReader reader = new VersionTableReader(profile.database().versionTable(),
                profile.database().versionTableSchema(), Duration.ofSeconds(5));
        return inspector.inspect(url, reader);
    }

    /** The profile's database URL; {@code preferDirect} picks the non-pooled one when the profile has it. */
    public static DatabaseUrl databaseUrl(Profile.DatabaseSettings settings, boolean preferDirect) throws ConfigException {
        String reference = preferDirect && settings.directUrl() != null ? settings.directUrl() : settings.url();
        return DatabaseReference.parse(reference).resolve();
    }

    /** A failure as one line a person can act on: our boundary exceptions already say what and where. */
    public static String describe(Throwable error) {
        String message = error.getMessage();
        if (message == null || message.isBlank()) {
            return error.getClass().getSimpleName();
        }
        return message;
    }
}
