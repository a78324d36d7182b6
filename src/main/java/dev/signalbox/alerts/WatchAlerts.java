package dev.signalbox.alerts;

import dev.signalbox.config.ConfigException;
import dev.signalbox.config.Profile;
import dev.signalbox.config.SecretReference;
import dev.signalbox.monitor.ServiceWatch;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A watch's alerting, built from its profile: the {@link AlertEngine} listening to the watch, and the sinks asked
 * for (the profile's webhooks for {@code signalbox watch}, the desktop for the window). Close it with the watch.
 */
public final class WatchAlerts implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WatchAlerts.class);
    private final AlertEngine engine;
    private final WebhookSender webhooks;
    private final AutoCloseable desktop;

    private WatchAlerts(AlertEngine engine, WebhookSender webhooks, AutoCloseable desktop) {
        this.engine = engine;
        this.webhooks = webhooks;
        this.desktop = desktop;
    }

    /**
     * @param sendWebhooks resolve and post to the profile's webhooks (a missing secret fails here, with its field)
     * @param environment   where secret references are resolved and notify-send is looked up ({@code PATH})
     * @param notifyDesktop notify-send where present, else the system tray, when the profile does not switch it off
     * @param tray          the application's one tray icon (null: no tray), shared with the attention badge
     */
    public static WatchAlerts attach(ServiceWatch watch, Map<String, String> environment, boolean sendWebhooks,
                                     boolean notifyDesktop, DesktopTray tray, WebhookSender.Retry retry, Clock clock)
            throws ConfigException {
        Profile profile = watch.profile().profile();
        AlertEngine engine = new AlertEngine(profile, clock);
        WebhookSender sender = null;
        if (sendWebhooks && profile.alerts() != null && !profile.alerts().webhooks().isEmpty()) {
            List<WebhookSender.Target> targets = new ArrayList<>();
            List<Profile.Webhook> hooks = profile.alerts().webhooks();
            for (int i = 0; i < hooks.size(); i++) {
                String field = "alerts.webhooks[" + i + "].url";
                try {
                    targets.add(new WebhookSender.Target(hooks.get(i).name(),
                            SecretReference.parse(hooks.get(i).url(), field).resolve(environment), hooks.get(i).format()));
                } catch (ConfigException e) {
                    throw new ConfigException(watch.profile().file() + " (field " + field + ")", e.getMessage(), e);
                }
            }
            sender = new WebhookSender(targets, retry);
            engine.addSink(sender);
        }
        AutoCloseable notifier = null;
        if (notifyDesktop && (profile.alerts() == null || profile.alerts().desktop())) {
            // The freedesktop notification service where notify-send is installed, the system tray elsewhere.
            java.util.Optional<DesktopNotifier> notifySend = DesktopNotifier.find(environment);
            if (notifySend.isPresent()) {
                engine.addSink(notifySend.get());
                notifier = notifySend.get();
            } else {
                java.util.Optional<TrayNotifier> fromTray = TrayNotifier.find(tray);
                if (fromTray.isPresent()) {
                    engine.addSink(fromTray.get());
                    notifier = fromTray.get();
                } else {
                    LOG.info("desktop notifications: no notify-send on the PATH and no system tray; alerts show in the window only");
                }
            }
        }
        watch.addListener(engine);
        WatchAlerts alerts = new WatchAlerts(engine, sender, notifier);
        watch.closeWithWatch(alerts);
        return alerts;
    }

    public AlertEngine engine() {
        return engine;
    }

    /** Null when no webhook is configured or webhooks were not asked for. */
    public WebhookSender webhooks() {
        return webhooks;
    }

    public boolean desktop() {
        return desktop != null;
    }

    @Override
    public void close() {
        if (webhooks != null) {
            webhooks.close();
        }
        if (desktop != null) {
            try {
                desktop.close();
            } catch (Exception e) {
                LOG.debug("closing the desktop notifier failed", e);
            }
        }
    }
}
