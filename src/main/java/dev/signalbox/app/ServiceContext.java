package dev.signalbox.app;

import dev.signalbox.alerts.WatchAlerts;
import dev.signalbox.alerts.WebhookSender;
import dev.signalbox.config.ConfigException;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.Profile;
import dev.signalbox.database.DatabaseInspector;
import dev.signalbox.migrations.MigrationRehearsal;
import dev.signalbox.monitor.ServiceWatch;
import dev.signalbox.monitor.WatchFactory;
import dev.signalbox.ops.ActionGuard;
import dev.signalbox.ops.Confirmation;
import dev.signalbox.ops.OpsContext;
import dev.signalbox.ops.runbook.EngineRunbookServices;
import dev.signalbox.railway.RailwayClient;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * One profile, wired: the watch of its parts, its Railway client, the database inspector that sends signals, the
 * guard every change goes through and the runbook's view of the engines. Built by {@link AppContext#forProfile}.
 * Clients that resolve a secret are built when asked (off the FX thread), so an unset token is that call's error.
 */
public final class ServiceContext {
    private final AppContext app;
    private final LoadedProfile profile;

    ServiceContext(AppContext app, LoadedProfile profile) {
        this.app = app;
        this.profile = profile;
    }

    public LoadedProfile profile() {
        return profile;
    }

    public Clock clock() {
        return app.clock();
    }

    /**
     * Starts polling every part the profile describes; changes go to the profile's journal, and the profile's alerts
     * to the desktop when the context notifies it (never to webhooks: {@code signalbox watch} on a server does that,
     * and a window left open beside it must not post every alert twice).
     */
    public ServiceWatch startWatch() {
        ServiceWatch watch = WatchFactory.start(profile, app.journal(profile.name()));
        app.desktopEnvironment().ifPresent(environment -> {
            try {
                WatchAlerts.attach(watch, environment, false, true, app.desktopTray(), WebhookSender.Retry.DEFAULT, app.clock());
            } catch (ConfigException e) {
                // Only webhooks resolve secrets, and none are asked for here.
                throw new IllegalStateException("desktop alerts could not be attached: " + e.getMessage(), e);
            }
        });
        return watch;
    }

    /** Resolves the token reference: call it off the FX thread. */
    public RailwayClient railwayClient() throws ConfigException {
        if (profile.profile().railway() == null) {
            throw new ConfigException(profile.file() + " (field railway)", "the profile has no \"railway\" section; add one"
                    + " with a token reference (e.g. \"token\": \"env:RAILWAY_TOKEN\") and run 'signalbox railway discover'");
        }
        try {
            return app.railwayClient(profile.profile().railway());
        } catch (ConfigException e) {
            // The token is the only reference resolved here: say which file holds it.
            throw new ConfigException(profile.file() + " (field railway.token)", e.getMessage(), e);
        }
    }

    /**
     * A database inspector of its own (pool of at most 2) on the direct connection, for actions: kept apart from the
     * poller's so an action never waits behind a snapshot. The caller closes it.
     */
    public DatabaseInspector openActionInspector(boolean readOnly) throws Exception {
        Profile p = profile.profile();
        return DatabaseInspector.open(WatchFactory.databaseUrl(p.database(), false), DatabaseInspector.Options.forProfile(p, readOnly));
    }

    /**
     * The rehearsal of this profile's pending revisions on a throwaway copy (production is only read), with the
     * command line's defaults: RISKY from 1 GB, 10 minutes per run of the upgrade command. Run it off the FX thread;
     * {@code progress} hears each stage on the rehearsal's thread.
     */
    public MigrationRehearsal rehearsal(Consumer<String> progress) {
        return rehearsal(MigrationRehearsal.DEFAULT_RISKY_BYTES, Duration.ofMinutes(10), progress);
    }

    /** The same with the command line's --risky-size and --command-timeout. */
    public MigrationRehearsal rehearsal(long riskyBytes, Duration commandTimeout, Consumer<String> progress) {
        return new MigrationRehearsal(profile, riskyBytes, commandTimeout, progress);
    }

    /** The guard for one action or one run: refused in read-only mode, confirmed, read back, audited. */
    public ActionGuard guard(boolean readOnly, Confirmation confirmation) {
        return guard(readOnly, confirmation, app.clock());
    }

    /** @param clock the audit records' time (a view model driven by a simulator's clock passes it) */
    public ActionGuard guard(boolean readOnly, Confirmation confirmation, Clock clock) {
        return new ActionGuard(OpsContext.of(profile.profile(), readOnly), confirmation, app.auditLog(), clock);
    }

    /**
     * The runbook's view of the engines, acting through {@code guard}; its Railway client is opened when a step first
     * needs it, so a profile without one is reported by the runbook's preflight. The caller closes it.
     */
    public EngineRunbookServices runbookServices(ActionGuard guard, Clock clock) {
        return new EngineRunbookServices(profile, guard, this::railwayClient, clock, app.environment());
    }
}
