package dev.signalbox.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.sandbox.ProjectSandbox;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The project sandbox watched as the fleet overview watches it: worst first, shared reads, findings across members. */
class ProjectWatchTest {
    private static ProjectSandbox sandbox;
    private static ProjectParts parts;
    private static ProjectWatch watch;

    @org.junit.jupiter.api.io.TempDir
    static java.nio.file.Path state;

    @BeforeAll
    static void watchTheProject() throws Exception {
        sandbox = ProjectSandbox.start(line -> { });
        parts = new ProjectParts(sandbox.project().members(), Clock.systemUTC());
        watch = new ProjectWatch(sandbox.project(), member -> WatchFactory.start(member, new EventJournal(state, member.name()), parts),
                List.of(parts), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        if (watch != null) {
            watch.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
        // Static fields outlive the class's tests: let the next test class (SteadyStateTest measures the heap) see them go.
        watch = null;
        parts = null;
        sandbox = null;
    }

    /** The first published snapshot that satisfies {@code condition}; no sleeping, no polling of our own. */
    private static ProjectWatch.Snapshot await(Predicate<ProjectWatch.Snapshot> condition) throws Exception {
        CompletableFuture<ProjectWatch.Snapshot> reached = new CompletableFuture<>();
        watch.addListener(snapshot -> {
            if (condition.test(snapshot)) {
                reached.complete(snapshot);
            }
        });
        ProjectWatch.Snapshot now = watch.snapshot();
        if (condition.test(now)) {
            return now;
        }
        return reached.get(60, TimeUnit.SECONDS);
    }

    private static boolean allRead(ProjectWatch.Snapshot snapshot) {
        return snapshot.rows().stream().noneMatch(r -> r.level() == FleetRow.Level.LOADING)
                && snapshot.rows().stream().allMatch(r -> r.deployment() != null);
    }

    @Test
    void theCrashedProductionWorkerComesFirstAndStagingIsOk() throws Exception {
        ProjectWatch.Snapshot snapshot = await(ProjectWatchTest::allRead);
        FleetRow first = snapshot.rows().get(0);
        assertThat(first.member()).isEqualTo("facteur-worker");
        assertThat(first.level()).isEqualTo(FleetRow.Level.DOWN);
        assertThat(first.headline()).startsWith("deployment CRASHED");
        assertThat(snapshot.rows()).filteredOn(r -> r.environment().equals("staging"))
                .hasSize(3).allSatisfy(r -> assertThat(r.level()).as(r.member() + ": " + r.headline()).isEqualTo(FleetRow.Level.OK));
        assertThat(snapshot.failing()).isGreaterThanOrEqualTo(1);
        assertThat(snapshot.rows()).extracting(FleetRow::level).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void membersOnOneDatabaseShareOneInspectorAndTheComparisonSeesTheMissingVariable() throws Exception {
        ProjectWatch.Snapshot snapshot = await(s -> allRead(s) && !s.findings().isEmpty());
        // api and worker share each environment's database: two pools for four database members.
        assertThat(parts.openDatabases()).isEqualTo(2);
        // Six members' health probes run on the project's one pool, not on a pool per member.
        assertThat(parts.healthExecutor().getCompletedTaskCount()).isGreaterThanOrEqualTo(6);
        assertThat(Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("signalbox-project-health-")).count())
                .isBetween(1L, (long) ProjectParts.HEALTH_THREADS);
        // And their database, migration and Railway polls on its one poll pool, not on 3 threads per member.
        assertThat(((java.util.concurrent.ScheduledThreadPoolExecutor) parts.pollExecutor()).getCompletedTaskCount()).isGreaterThanOrEqualTo(6);
        assertThat(Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("signalbox-project-poll-")).count())
                .isBetween(1L, (long) ProjectParts.POLL_THREADS);
        assertThat(snapshot.findings()).anySatisfy(f -> assertThat(f.summary())
                .isEqualTo("1 variable set in facteur-worker-staging but not in facteur-worker: DATABASE_URL"));
    }

    @Test
    void aSharedSecretThatDiffersInProductionIsFoundByFingerprintAndNeverShown() throws Exception {
        ProjectWatch.Snapshot snapshot = await(s -> allRead(s)
                && s.findings().stream().anyMatch(f -> f.kind() == ProjectComparison.Kind.SHARED_VARIABLE_DIFFERS));
        List<ProjectComparison.Finding> shared = snapshot.findings().stream()
                .filter(f -> f.kind() == ProjectComparison.Kind.SHARED_VARIABLE_DIFFERS).toList();
        // Staging's frontend and API carry the same secret: only production is reported.
        assertThat(shared).singleElement().satisfies(f -> {
            assertThat(f.members()).containsExactly("facteur-frontend", "facteur-api");
            assertThat(f.severity()).isEqualTo(ProjectComparison.Severity.ERROR);
            assertThat(f.summary()).isEqualTo("NEXTAUTH_SECRET differs between facteur-frontend and facteur-api"
                    + " (compared by salted fingerprint; values are never shown)");
        });
        var project = sandbox.project().members();
        for (var member : project) {
            var railway = member.profile().railway();
            String value = sandbox.railway().variables(railway.environmentId(), railway.serviceId()).get(ProjectSandbox.SHARED_SECRET);
            if (value != null) {
                assertThat(shared.get(0).toString()).doesNotContain(value);
            }
        }
    }

    /**
     * Six members publish a part state every second or so, most of which change nothing a row shows (a probe UP
     * again, the same locks): the listeners (the Fleet view, the title) hear only of rows or findings that changed.
     * Before, every coalesced round was published, and consecutive snapshots were mostly equal.
     */
    @Test
    void aSnapshotEqualToThePreviousOneIsNotPublished() throws Exception {
        await(ProjectWatchTest::allRead);
        List<ProjectWatch.Snapshot> published = new java.util.concurrent.CopyOnWriteArrayList<>();
        CompletableFuture<Void> four = new CompletableFuture<>();
        watch.addListener(snapshot -> {
            published.add(snapshot);
            if (published.size() >= 4) {
                four.complete(null);
            }
        });
        four.get(120, TimeUnit.SECONDS);
        List<ProjectWatch.Snapshot> seen = List.copyOf(published);
        for (int i = 1; i < seen.size(); i++) {
            ProjectWatch.Snapshot before = seen.get(i - 1);
            ProjectWatch.Snapshot after = seen.get(i);
            assertThat(after.rows().equals(before.rows()) && after.findings().equals(before.findings()))
                    .as("snapshot %d of %d repeats the previous one's rows and findings", i + 1, seen.size()).isFalse();
        }
    }
}
