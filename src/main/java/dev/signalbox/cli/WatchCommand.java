package dev.signalbox.cli;

import dev.signalbox.alerts.Alert;
import dev.signalbox.alerts.WatchAlerts;
import dev.signalbox.alerts.WebhookSender;
import dev.signalbox.config.ConfigException;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.monitor.Part;
import dev.signalbox.monitor.ServiceWatch;
import dev.signalbox.monitor.TimelineEvent;
import dev.signalbox.sandbox.Sandbox;
import dev.signalbox.sandbox.SandboxException;
import dev.signalbox.sandbox.Scenario;
import dev.signalbox.traffic.TrafficMinute;
import dev.signalbox.traffic.TrafficSnapshot;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Watch a profile headless, as the window does: every change (probe verdicts, deployments,",
                "migrations, locks) printed as a line, alerts sent to the profile's webhooks, until Ctrl+C or SIGTERM.",
                "For a server: docs/signalbox-watch.service is a systemd unit."})
public final class WatchCommand implements Callable<Integer> {
    @Mixin
    ProfileOptions profileOptions;

    @Option(names = "--json-lines", description = "One JSON object per line (type: started, transition, traffic, alert, delivery, stopped).")
    boolean jsonLines;

    @Option(names = "--sandbox", description = "Watch the built-in sandbox (started here, stopped on exit) instead of a profile.")
    boolean sandbox;

    @Option(names = "--scenario", paramLabel = "NAME", defaultValue = "healthy",
            description = "With --sandbox: the incident to stage (healthy, missing-revision, death-loop, blocked-migration,"
                    + " wrong-fk, readiness-lies, pooler; default: ${DEFAULT-VALUE}).")
    String scenario;

    @Spec
    CommandSpec spec;

    private PrintWriter out;
    /** Once "stopped" is printed nothing follows it (a webhook post cut by the stop reports late). */
    private boolean ended;

    @Override
    public Integer call() throws ConfigException {
        out = spec.commandLine().getOut();
        if (!Boolean.getBoolean("signalbox.test")) {
            // Logging is configured on a background thread; until it is, a warning would go to stdout, which
            // --json-lines promises holds nothing but JSON. init is idempotent and waits for that thread.
            dev.signalbox.common.Logging.init(profileOptions.app().dirs().logs());
        }
        if (sandbox) {
            if (profileOptions.isSet()) {
                throw new ConfigException("--sandbox", "give either --sandbox or --profile, not both");
            }
            Scenario chosen = SandboxCommand.parseScenario(scenario);
            try (Sandbox running = Sandbox.start(chosen, line -> { })) {
                return watch(running.profile());
            } catch (SandboxException e) {
                spec.commandLine().getErr().println("error: the sandbox could not start: " + e.getMessage());
                spec.commandLine().getErr().flush();
                return ExitCode.USAGE;
            }
        }
        return watch(profileOptions.load());
    }

    private int watch(LoadedProfile loaded) throws ConfigException {
        try (StopSignal stop = new StopSignal()) {
            ServiceWatch watch = profileOptions.app().forProfile(loaded).startWatch();
            WatchAlerts alerts;
            try {
                alerts = WatchAlerts.attach(watch, profileOptions.app().environment(), true, false, null, WebhookSender.Retry.DEFAULT, profileOptions.app().clock());
            } catch (ConfigException e) {
                // A webhook whose secret is missing: nothing has been announced yet, stop before anything is.
                watch.close();
                throw e;
            }
            try {
                watch.addEventListener(this::transition);
                watch.addListener(state -> {
                    if (state.part() == Part.TRAFFIC && state.value() instanceof TrafficSnapshot traffic) {
                        traffic(traffic);
                    }
                });
                alerts.engine().addSink(this::alert);
                if (alerts.webhooks() != null) {
                    alerts.webhooks().onDelivery(this::delivery);
                }
                started(loaded, alerts);
                stop.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                try {
                    watch.close();
                } finally {
                    stopped();
                }
            }
        }
        return ExitCode.OK;
    }

    private synchronized void started(LoadedProfile loaded, WatchAlerts alerts) {
        int webhooks = loaded.profile().alerts() == null ? 0 : loaded.profile().alerts().webhooks().size();
        if (jsonLines) {
            Map<String, Object> m = line("started");
            m.put("profile", loaded.name());
            m.put("environment", loaded.profile().environment());
            m.put("webhooks", webhooks);
            print(m);
        } else {
            out.println(Instant.now() + "  watching " + loaded.name() + " (" + loaded.profile().environment() + "); "
                    + (webhooks == 0 ? "no webhook configured (alerts are printed only)" : webhooks + " webhook(s)")
                    + "; Ctrl+C to stop");
            out.flush();
        }
    }

    private synchronized void transition(TimelineEvent event) {
        if (ended) {
            return;
        }
        if (jsonLines) {
            Map<String, Object> m = line("transition");
            m.put("at", event.at().toString());
            m.put("kind", lower(event.kind()));
            m.put("severity", lower(event.severity()));
            m.put("text", event.text());
            print(m);
        } else {
            out.printf("%s  %-8s  %-10s  %s%n", event.at(), event.severity(), lower(event.kind()), event.text());
            out.flush();
        }
    }

    private Instant lastTrafficMinute;

    /** One line per minute of real traffic, once the minute is over. */
    private synchronized void traffic(TrafficSnapshot traffic) {
        TrafficMinute minute = traffic.lastCompleteMinute();
        if (ended || traffic.deploymentId() == null || minute == null || minute.start().equals(lastTrafficMinute)) {
            return;
        }
        boolean first = lastTrafficMinute == null;
        lastTrafficMinute = minute.start();
        if (first && minute.requests() == 0) {
            // The window starts empty when the watch starts: no line for a minute it did not see.
            return;
        }
        if (jsonLines) {
            Map<String, Object> m = line("traffic");
            m.put("minute", minute.start().toString());
            m.put("deploymentId", traffic.deploymentId());
            m.put("requests", minute.requests());
            m.put("serverErrors", minute.serverErrors());
            m.put("serverErrorPercent", Math.round(minute.serverErrorPercent() * 10) / 10.0);
            m.put("p95Ms", minute.p95Millis());
            print(m);
        } else {
            out.printf("%s  %-8s  %-10s  minute %s: %s%n", Instant.now(), "INFO", "traffic", minute.start(), minute.describe());
            out.flush();
        }
    }

    private synchronized void alert(Alert alert) {
        if (ended) {
            return;
        }
        if (jsonLines) {
            Map<String, Object> m = line("alert");
            m.put("at", alert.at().toString());
            m.put("alert", alert.key());
            m.put("state", lower(alert.state()));
            m.put("severity", lower(alert.severity()));
            m.put("title", alert.title());
            m.put("detail", alert.detail());
            print(m);
        } else {
            out.printf("%s  ALERT     %-10s  %s%s%n", alert.at(), lower(alert.state()), alert.headline(),
                    alert.detail() == null || alert.detail().isBlank() ? "" : ": " + alert.detail());
            out.flush();
        }
    }

    private synchronized void delivery(WebhookSender.Delivery delivery) {
        if (ended) {
            return;
        }
        if (jsonLines) {
            Map<String, Object> m = line("delivery");
            m.put("webhook", delivery.webhook());
            m.put("alert", delivery.alertKey());
            m.put("state", lower(delivery.state()));
            m.put("attempt", delivery.attempt());
            m.put("delivered", delivery.delivered());
            m.put("gaveUp", delivery.gaveUp());
            m.put("error", delivery.error());
            print(m);
        } else {
            out.println(Instant.now() + "  webhook   " + delivery.webhook() + ": " + delivery.alertKey() + " "
                    + lower(delivery.state()) + (delivery.delivered() ? " delivered" : " " + delivery.error()
                    + (delivery.gaveUp() ? ", gave up after " + delivery.attempt() + " attempts" : ", will retry"))
                    + (delivery.attempt() > 1 ? " (attempt " + delivery.attempt() + ")" : ""));
            out.flush();
        }
    }

    private synchronized void stopped() {
        ended = true;
        if (jsonLines) {
            print(line("stopped"));
        } else {
            out.println(Instant.now() + "  stopped");
            out.flush();
        }
    }

    private static Map<String, Object> line(String type) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", type);
        return m;
    }

    private void print(Map<String, Object> m) {
        out.println(Output.jsonLine(m));
        out.flush();
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
