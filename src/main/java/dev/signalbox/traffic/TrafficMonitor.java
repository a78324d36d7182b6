package dev.signalbox.traffic;

import dev.signalbox.railway.Deployment;
import dev.signalbox.railway.DeploymentStatus;
import dev.signalbox.railway.HttpLogFollower;
import dev.signalbox.railway.HttpRequestLog;
import dev.signalbox.railway.LogFollower;
import dev.signalbox.railway.LogStreamStatus;
import dev.signalbox.railway.RailwayClient;
import dev.signalbox.railway.RailwayStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Real traffic of a service: follows the httpLogs of the deployment that serves its domain (the newest SUCCESS one,
 * told by {@link #railwayRead}), and publishes a {@link TrafficSnapshot} every {@code every}: a "poll" of the part,
 * so alerts count holds in summaries, not in requests. A new serving deployment starts a fresh window.
 */
public final class TrafficMonitor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TrafficMonitor.class);
    private static final AtomicInteger THREADS = new AtomicInteger();
    /** Minutes kept and shown. */
    public static final int WINDOW_MINUTES = 10;

    private final Callable<RailwayClient> clients;
    private final String subscriptionEndpoint;
    private final LogFollower.Options options;
    private final Clock clock;
    private final Consumer<TrafficSnapshot> publish;
    private final Consumer<String> fail;
    private final java.util.Set<String> probePaths;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread t = new Thread(runnable, "signalbox-traffic-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private final TrafficWindow window = new TrafficWindow(WINDOW_MINUTES);
    private RailwayClient client;
    private HttpLogFollower follower;
    private String deploymentId;
    private boolean knowsServing;
    private LogStreamStatus stream = LogStreamStatus.of(LogStreamStatus.Mode.CONNECTING, "");

    /**
     * @param clients  builds the Railway client once, on the monitor's thread (an unset token fails there, and is told)
     * @param publish  each summary, on the monitor's thread
     * @param fail     why there is no summary (the client could not be built), on the monitor's thread
     * @param probePaths the paths Signalbox's own probes call: they go through Railway's edge too, but are not users
     */
    public TrafficMonitor(Callable<RailwayClient> clients, String subscriptionEndpoint, LogFollower.Options options,
                          Duration every, Clock clock, Consumer<TrafficSnapshot> publish, Consumer<String> fail,
                          java.util.Set<String> probePaths) {
        this.probePaths = java.util.Set.copyOf(probePaths);
        this.clients = clients;
        this.subscriptionEndpoint = subscriptionEndpoint;
        this.options = options;
        this.clock = clock;
        this.publish = publish;
        this.fail = fail;
        thread.scheduleWithFixedDelay(this::summarise, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The deployment serving the domain: the newest SUCCESS one (a newer one building or crashed takes no traffic). */
    public static Optional<Deployment> serving(RailwayStatus status) {
        return status.deployments().stream().filter(d -> d.status() == DeploymentStatus.SUCCESS).findFirst();
    }

    /** Tells the monitor what Railway said; follows another deployment when the serving one changed. */
    public void railwayRead(RailwayStatus status) {
        String serving = serving(status).map(Deployment::id).orElse(null);
        execute(() -> follow(serving));
    }

    private void follow(String serving) {
        if (knowsServing && Objects.equals(serving, deploymentId)) {
            return;
        }
        knowsServing = true;
        if (follower != null) {
            follower.close();
            follower = null;
        }
        window.clear();
        deploymentId = serving;
        if (serving == null) {
            stream = LogStreamStatus.of(LogStreamStatus.Mode.ENDED, "no deployment serves the domain");
            summarise();
            return;
        }
        if (client == null) {
            try {
                client = clients.call();
            } catch (Exception e) {
                knowsServing = false;
                fail.accept("cannot read Railway's request logs: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
                return;
            }
        }
        stream = LogStreamStatus.of(LogStreamStatus.Mode.CONNECTING, "");
        String followed = serving;
        follower = new HttpLogFollower(client, subscriptionEndpoint, serving,
                clock.instant().minus(Duration.ofMinutes(WINDOW_MINUTES)), options, new HttpLogFollower.Listener() {
            @Override
            public void onRequests(List<HttpRequestLog> requests) {
                execute(() -> {
                    if (followed.equals(deploymentId)) {
                        window.add(requests.stream().filter(r -> !probePaths.contains(r.path())).toList());
                    }
                });
            }

            @Override
            public void onStatus(LogStreamStatus status) {
                execute(() -> {
                    if (followed.equals(deploymentId) && status.mode() != LogStreamStatus.Mode.STOPPED) {
                        stream = status;
                    }
                });
            }
        }).start();
        summarise();
    }

    private void summarise() {
        if (!knowsServing) {
            return;
        }
        try {
            publish.accept(window.snapshot(clock.instant(), deploymentId, stream));
        } catch (RuntimeException e) {
            LOG.warn("publishing the traffic summary failed", e);
        }
    }

    private void execute(Runnable task) {
        try {
            thread.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            LOG.debug("traffic monitor closed; a late event is ignored");
        }
    }

    @Override
    public void close() {
        execute(() -> {
            if (follower != null) {
                follower.close();
                follower = null;
            }
        });
        thread.shutdown();
    }
}
