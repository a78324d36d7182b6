package dev.signalbox.monitor;

import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.Project;
import dev.signalbox.migrations.MigrationSnapshot;
import dev.signalbox.railway.RailwayStatus;
import dev.signalbox.railway.RateLimitBudget;
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

    /**
     * The fleet at one moment ({@code takenAt}); a published one is the first at which the rows, findings or Railway
     * budget were so.
     *
     * @param railwayBudget what is left of Railway's hourly budget, the lowest of the project's tokens (from the
     *                      {@code X-RateLimit-*} headers of the latest reads); null before Railway has answered
     */
    public record Snapshot(String project, Instant takenAt, List<FleetRow> rows, List<ProjectComparison.Finding> findings,
                           RateLimitBudget railwayBudget) {
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
    private static final Part[] PARTS = Part.values();

    /** A member's row and the part states it was computed from (compared by identity: a new poll is a new state). */
    private record MemberRow(List<PartState<?>> states, FleetRow row) {
    }

    private final Map<String, MemberRow> memberRows = new java.util.HashMap<>();
    /** The Railway and migrations values the findings were computed from, two per member, compared by identity. */
    private List<Object> comparedInputs = List.of();
    private List<ProjectComparison.Finding> comparedFindings;
    /** What the listeners were last given (null: give the next one whatever it holds). */
    private volatile Snapshot published;

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

    /**
     * Every member watched with what they share ({@link ProjectParts}: Railway read in one request a round per
     * token, one database snapshot per database, one pool of pollers and one of probes): what the console's Fleet
     * view runs, and what {@code ProjectWindowBudgetBenchmark} counts.
     */
    public static ProjectWatch start(Project project, Function<String, EventJournal> journals, Clock clock) {
        ProjectParts parts = new ProjectParts(project.members(), clock);
        return new ProjectWatch(project, member -> WatchFactory.start(member, journals.apply(member.name()), parts),
                List.of(parts), clock);
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

    /** Called on the watch's thread with each snapshot whose rows or findings differ from the previous one's. */
    public void addListener(Consumer<Snapshot> listener) {
        listeners.add(listener);
        // The newcomer may have missed the latest publish: the next one goes out even if nothing changed since.
        published = null;
        schedulePublish();
    }

    public void refreshAll() {
        watches.values().forEach(ServiceWatch::refreshAll);
    }

    /**
     * The fleet now, computed from the members' latest part states. A member whose part states are the very ones of
     * the previous call keeps its row, and the comparison runs again only when a member's Railway or migrations
     * value changed: 40 members publish about 15 part states a second, each of them one member's, and the rows and
     * findings of the other 39 were rebuilt for each (issue 17, docs/performance.md).
     */
    public synchronized Snapshot snapshot() {
        List<FleetRow> rows = new ArrayList<>(watches.size());
        List<Object> comparedValues = new ArrayList<>(2 * watches.size());
        for (ServiceWatch watch : watches.values()) {
            String name = watch.profile().name();
            Map<Part, PartState<?>> byPart = new EnumMap<>(Part.class);
            for (Part part : PARTS) {
                byPart.put(part, watch.state(part));
            }
            List<PartState<?>> states = new ArrayList<>(byPart.values());
            MemberRow previous = memberRows.get(name);
            FleetRow row;
            if (previous != null && sameObjects(previous.states(), states)) {
                row = previous.row();
            } else {
                row = FleetRow.of(watch.profile(), byPart);
                memberRows.put(name, new MemberRow(states, row));
            }
            rows.add(row);
            comparedValues.add(byPart.get(Part.RAILWAY).value());
            comparedValues.add(byPart.get(Part.MIGRATIONS).value());
        }
        rows.sort(FleetRow.WORST_FIRST);
        if (comparedFindings == null || !sameObjects(comparedInputs, comparedValues)) {
            List<ProjectComparison.MemberFacts> facts = new ArrayList<>(watches.size());
            int index = 0;
            for (ServiceWatch watch : watches.values()) {
                Object railway = comparedValues.get(index++);
                Object migrations = comparedValues.get(index++);
                facts.add(new ProjectComparison.MemberFacts(watch.profile(),
                        railway instanceof RailwayStatus status ? status.variables() : null,
                        migrations instanceof MigrationSnapshot snapshot ? snapshot : null,
                        databaseTargets.get(watch.profile().name())));
            }
            comparedFindings = ProjectComparison.compare(facts);
            comparedInputs = comparedValues;
        }
        RateLimitBudget lowest = null;
        for (int i = 0; i < comparedValues.size(); i += 2) {
            if (comparedValues.get(i) instanceof RailwayStatus status && status.budget() != null
                    && (lowest == null || status.budget().remaining() < lowest.remaining())) {
                lowest = status.budget();
            }
        }
        return new Snapshot(project.name(), clock.instant(), rows, comparedFindings, lowest);
    }

    /** The very same objects, in order: part states and values are immutable, so identity means nothing changed. */
    private static boolean sameObjects(List<?> a, List<?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
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
        // Most part states change nothing a row shows (a probe that is UP again, a database read with the same
        // locks): the listeners (the Fleet view, the title) are told only when the rows or the findings changed.
        if (published != null && published.rows().equals(snapshot.rows()) && published.findings().equals(snapshot.findings())
                && remaining(published) == remaining(snapshot)) {
            return;
        }
        published = snapshot;
        for (Consumer<Snapshot> listener : listeners) {
            try {
                listener.accept(snapshot);
            } catch (RuntimeException e) {
                LOG.warn("a project watch listener failed", e);
            }
        }
    }

    private static int remaining(Snapshot snapshot) {
        return snapshot.railwayBudget() == null ? -1 : snapshot.railwayBudget().remaining();
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
