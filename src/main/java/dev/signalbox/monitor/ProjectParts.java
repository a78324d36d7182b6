package dev.signalbox.monitor;

import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.Profile;
import dev.signalbox.database.DatabaseInspector;
import dev.signalbox.database.DatabaseSnapshot;
import dev.signalbox.deploy.DeploySettingsReader;
import dev.signalbox.deploy.DeploySettingsReport;
import dev.signalbox.deploy.ProjectDeploySettings;
import dev.signalbox.migrations.MigrationSnapshot;
import dev.signalbox.railway.ProjectRailwayReader;
import dev.signalbox.railway.RailwayClient;
import dev.signalbox.railway.RailwayStatus;
import dev.signalbox.railway.RailwayTarget;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * What the members of one project share: for each Railway token, one {@link ProjectRailwayReader} (one request a
 * round for all its members) and one {@link ProjectDeploySettings} (one request every 5 minutes for all of them); for each database (and the same inspection options), one inspector and one snapshot
 * per round, so two services on one database cost one pool of at most 2 connections and one snapshot query set.
 * Built lazily inside the first poll, so an unset token or an unreachable database is that part's error.
 */
public final class ProjectParts implements WatchFactory.SharedParts, AutoCloseable {
    private final Clock clock;
    private final Map<List<Object>, List<LoadedProfile>> railwayGroups = new LinkedHashMap<>();
    private final Map<List<Object>, ProjectRailwayReader> readers = new LinkedHashMap<>();
    private final Map<List<Object>, ProjectDeploySettings> deploySettings = new LinkedHashMap<>();
    private final Map<List<Object>, RailwayClient> clients = new LinkedHashMap<>();
    private final Map<List<Object>, SharedDatabase> databases = new LinkedHashMap<>();
    private final Map<List<Object>, RoundShare<MigrationSnapshot>> migrations = new LinkedHashMap<>();
    /**
     * Every member's health probes on one pool. A probe blocks its thread for at most the probe timeout (OkHttp's
     * calls are synchronous here), so 8 threads keep 40 endpoints on time unless 8 of them hang at once; the
     * alternative was up to 4 threads per member, 160 for 40 members.
     */
    private final java.util.concurrent.ScheduledThreadPoolExecutor healthPool = pool("signalbox-project-health-", HEALTH_THREADS);
    /**
     * Every member's part pollers (database, migrations, Railway) on one pool: the database and Railway reads are
     * shared per database and per token already, so most polls hand over a snapshot another member's poll took;
     * before, each member's watch had 3 threads of its own (120 for 40 members).
     */
    private final java.util.concurrent.ScheduledThreadPoolExecutor pollPool = pool("signalbox-project-poll-", POLL_THREADS);

    private static java.util.concurrent.ScheduledThreadPoolExecutor pool(String name, int threads) {
        java.util.concurrent.atomic.AtomicInteger number = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ScheduledThreadPoolExecutor pool = new java.util.concurrent.ScheduledThreadPoolExecutor(threads,
                runnable -> {
                    Thread thread = new Thread(runnable, name + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.setRemoveOnCancelPolicy(true);
        return pool;
    }

    public static final int HEALTH_THREADS = 8;
    public static final int POLL_THREADS = 6;

    @Override
    public java.util.concurrent.ScheduledExecutorService pollExecutor() {
        return pollPool;
    }

    @Override
    public java.util.concurrent.ScheduledThreadPoolExecutor healthExecutor() {
        return healthPool;
    }

    public ProjectParts(List<LoadedProfile> members, Clock clock) {
        this.clock = clock;
        for (LoadedProfile member : members) {
            Profile.RailwaySettings railway = member.profile().railway();
            if (railway != null) {
                railwayGroups.computeIfAbsent(railwayKey(railway), key -> new ArrayList<>()).add(member);
            }
        }
    }

    private static List<Object> railwayKey(Profile.RailwaySettings railway) {
        return List.of(railway.endpoint(), railway.token(), railway.tokenKind());
    }

    @Override
    public Callable<RailwayStatus> railway(LoadedProfile member) {
        Profile.RailwaySettings settings = member.profile().railway();
        if (settings == null) {
            return null;
        }
        List<Object> key = railwayKey(settings);
        return () -> reader(key).read(RailwayTarget.of(settings));
    }

    @Override
    public Callable<DeploySettingsReport> deploySettings(LoadedProfile member) {
        Profile.RailwaySettings settings = member.profile().railway();
        if (settings == null) {
            return null;
        }
        List<Object> key = railwayKey(settings);
        return () -> new DeploySettingsReader(deploySettings(key).source(RailwayTarget.of(settings)), member).read();
    }

    /** One client per token: one rate-limit budget read from every answer, whichever part sent the request. */
    private synchronized RailwayClient client(List<Object> key) throws Exception {
        RailwayClient client = clients.get(key);
        if (client == null) {
            client = RailwayClient.forProfile(railwayGroups.get(key).get(0).profile().railway());
            clients.put(key, client);
        }
        return client;
    }

    private synchronized ProjectDeploySettings deploySettings(List<Object> key) throws Exception {
        ProjectDeploySettings batch = deploySettings.get(key);
        if (batch == null) {
            List<RailwayTarget> targets = new ArrayList<>();
            for (LoadedProfile member : railwayGroups.get(key)) {
                targets.add(RailwayTarget.of(member.profile().railway()));
            }
            // Half the interval, as for the status reads: one request for every member's read of a round.
            batch = new ProjectDeploySettings(client(key), targets, clock, WatchFactory.DEPLOY_SETTINGS_INTERVAL.dividedBy(2));
            deploySettings.put(key, batch);
        }
        return batch;
    }

    private synchronized ProjectRailwayReader reader(List<Object> key) throws Exception {
        ProjectRailwayReader reader = readers.get(key);
        if (reader == null) {
            List<LoadedProfile> group = railwayGroups.get(key);
            Map<RailwayTarget, Profile> targets = new LinkedHashMap<>();
            int seconds = Integer.MAX_VALUE;
            for (LoadedProfile member : group) {
                targets.put(RailwayTarget.of(member.profile().railway()), member.profile());
                seconds = Math.min(seconds, member.profile().polling().railwaySeconds());
            }
            // Half the interval: every member's poll of one round shares a batch, the next round fetches anew.
            reader = new ProjectRailwayReader(client(key), targets, clock,
                    Duration.ofSeconds(seconds).dividedBy(2));
            readers.put(key, reader);
        }
        return reader;
    }

    @Override
    public Callable<DatabaseSnapshot> database(LoadedProfile member) {
        Profile profile = member.profile();
        if (profile.database() == null) {
            return null;
        }
        DatabaseInspector.Options options = DatabaseInspector.Options.forProfile(profile, profile.isReadOnly());
        List<Object> key = List.of(profile.database().url(), options);
        SharedDatabase database;
        synchronized (this) {
            database = databases.computeIfAbsent(key, k -> new SharedDatabase(profile.database(), options,
                    Duration.ofSeconds(profile.polling().databaseSeconds()).dividedBy(2)));
        }
        return database::snapshot;
    }

    /**
     * The migrations of every member with the same script location and database, inspected once a round: an API and
     * its worker usually ship one Alembic folder against one database, and reading, parsing and linting it (and
     * asking git) for each of them was the same work twice.
     */
    @Override
    public Callable<MigrationSnapshot> migrations(LoadedProfile member) {
        Profile profile = member.profile();
        if (profile.migrations() == null) {
            return null;
        }
        Profile.DatabaseSettings database = profile.database();
        List<Object> key = java.util.Arrays.asList(member.resolve(profile.migrations().location()), profile.migrations().iniSection(),
                database == null ? null : database.url(), database == null ? null : database.directUrl(),
                database == null ? null : database.versionTable(), database == null ? null : database.versionTableSchema());
        RoundShare<MigrationSnapshot> shared;
        synchronized (this) {
            shared = migrations.computeIfAbsent(key, k -> new RoundShare<>(clock,
                    Duration.ofSeconds(profile.polling().migrationsSeconds()).dividedBy(2)));
        }
        return () -> shared.get(() -> WatchFactory.inspectMigrations(member, clock));
    }

    /** One inspector and its latest snapshot, for every member on the same database. */
    private final class SharedDatabase {
        private final Profile.DatabaseSettings settings;
        private final DatabaseInspector.Options options;
        private final RoundShare<DatabaseSnapshot> round;
        private DatabaseInspector inspector;

        SharedDatabase(Profile.DatabaseSettings settings, DatabaseInspector.Options options, Duration freshness) {
            this.settings = settings;
            this.options = options;
            this.round = new RoundShare<>(clock, freshness);
        }

        DatabaseSnapshot snapshot() throws Exception {
            return round.get(() -> {
                synchronized (this) {
                    if (inspector == null) {
                        inspector = DatabaseInspector.open(WatchFactory.databaseUrl(settings, false), options);
                    }
                    return inspector.snapshot();
                }
            });
        }

        synchronized void close() {
            if (inspector != null) {
                inspector.close();
            }
        }
    }

    /** Database pools opened so far (one per database and options): at most 2 connections each. */
    public synchronized int openDatabases() {
        return (int) databases.values().stream().filter(d -> d.inspector != null).count();
    }

    @Override
    public synchronized void close() {
        healthPool.shutdownNow();
        pollPool.shutdownNow();
        databases.values().forEach(SharedDatabase::close);
    }
}
