package dev.signalbox.monitor;

import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.Project;
import dev.signalbox.migrations.MigrationSnapshot;
import dev.signalbox.railway.RailwayStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches every member of a project: one {@link ServiceWatch} per member (each part still fails alone), and a
 * {@link Snapshot} of the fleet (a {@link FleetRow} per member, worst first, and what differs between members)
 * published to listeners at most every {@link #COALESCE_MILLIS} ms however many parts change at once.
 * The parts members share (Railway's batched read, database inspectors) are built by the caller and closed here.
 */
public final class ProjectWatch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ProjectWatch.class);
    /** 40 members x 4 parts can change within one poll round; the overview needs one repaint, not 160. */
    static final long COALESCE_MILLIS = 250;

    /** The fleet at one moment. */
    public record Snapshot(String project, Instant takenAt, List<FleetRow> rows, List<ProjectComparison.Finding> findings) {
        public Snapshot {
            rows = List.copyOf(rows);
            findings = List.copyOf(findings);
        }

        /** Rows a person should look at (DOWN or ATTENTION): the window title's and the badge's count. */
        public int failing() {
            return (int) rows.stream().filter(r -> r.level() == FleetRow.Level.DOWN || r.level() == FleetRow.Level.ATTENTION).count();
        }
    }

    private final Project project;
    private final Clock clock;
    private final Map<String, ServiceWatch> watches = new LinkedHashMap<>();
    /** Resolved once, off the FX thread: a {@code file:} reference is a read, and snapshots are taken on any thread. */
    private final Map<String, String> databaseTargets = new LinkedHashMap<>();
    private final List<AutoCloseable> shared;
    private final List<Consumer<Snapshot>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean publishPending = new AtomicBoolean();
    private final ScheduledExecutorService publisher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "signalbox-project-watch");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param start  starts one member's watch (the composition root decides how its parts are read)
     * @param shared what the members' watches share, closed after them
     */
    public ProjectWatch(Project project, Function<LoadedProfile, ServiceWatch> start, List<AutoCloseable> shared, Clock clock) {
        this.project = project;
        this.clock = clock;
        this.shared = List.copyOf(shared);
        for (LoadedProfile member : project.members()) {
            ServiceWatch watch = start.apply(member);
            watches.put(member.name(), watch);
            databaseTargets.put(member.name(), ProjectComparison.databaseTarget(member.profile()));
            watch.addListener(state -> schedulePublish());
        }
    }

    public Project project() {
        return project;
    }

    /** Every member's watch, in the project file's order. */
    public List<ServiceWatch> watches() {
        return List.copyOf(watches.values());
    }

    public ServiceWatch watch(String memberName) {
        return watches.get(memberName);
    }

    public void addListener(Consumer<Snapshot> listener) {
        listeners.add(listener);
    }

    public void refreshAll() {
        watches.values().forEach(ServiceWatch::refreshAll);
    }

    /** The fleet now, computed from the members' latest part states. */
    public Snapshot snapshot() {
        List<FleetRow> rows = new ArrayList<>();
        List<ProjectComparison.MemberFacts> facts = new ArrayList<>();
        for (ServiceWatch watch : watches.values()) {
            Map<Part, PartState<?>> states = new EnumMap<>(Part.class);
            for (Part part : Part.values()) {
                states.put(part, watch.state(part));
            }
            rows.add(FleetRow.of(watch.profile(), states));
            facts.add(new ProjectComparison.MemberFacts(watch.profile(),
                    states.get(Part.RAILWAY).value() instanceof RailwayStatus railway ? railway.variables() : null,
                    states.get(Part.MIGRATIONS).value() instanceof MigrationSnapshot migrations ? migrations : null,
                    databaseTargets.get(watch.profile().name())));
        }
        rows.sort(FleetRow.WORST_FIRST);
        return new Snapshot(project.name(), clock.instant(), rows, ProjectComparison.compare(facts));
    }

    private void schedulePublish() {
        if (publishPending.compareAndSet(false, true)) {
            try {
                publisher.schedule(this::publish, COALESCE_MILLIS, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException closed) {
                publishPending.set(false);
            }
        }
    }

    private void publish() {
        publishPending.set(false);
        Snapshot snapshot = snapshot();
        for (Consumer<Snapshot> listener : listeners) {
            try {
                listener.accept(snapshot);
            } catch (RuntimeException e) {
                LOG.warn("a project watch listener failed", e);
            }
        }
    }

    @Override
    public void close() {
        publisher.shutdownNow();
        watches.values().forEach(ServiceWatch::close);
        for (AutoCloseable resource : shared) {
            try {
                resource.close();
            } catch (Exception e) {
                LOG.debug("closing a shared resource of the project watch failed", e);
            }
        }
    }
}
