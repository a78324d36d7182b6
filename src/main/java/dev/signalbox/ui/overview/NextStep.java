package dev.signalbox.ui.overview;

import dev.signalbox.config.Profile;
import dev.signalbox.database.ConstraintFix;
import dev.signalbox.database.DatabaseSnapshot;
import dev.signalbox.database.ExpectationResult;
import dev.signalbox.database.LockTree;
import dev.signalbox.health.EndpointHealth;
import dev.signalbox.health.HealthSnapshot;
import dev.signalbox.health.HealthVerdict;
import dev.signalbox.migrations.MigrationSnapshot;
import dev.signalbox.migrations.MigrationStatus;
import dev.signalbox.monitor.PartState;
import dev.signalbox.railway.Deployment;
import dev.signalbox.railway.RailwayStatus;
import dev.signalbox.ui.shell.ConsoleSection;
import java.util.Optional;

/**
 * The Overview's first line: what is wrong, the one thing to do about it, and the exact place to do it (a view and
 * the tab in it). Chosen from the engines' typed findings (the lock tree, expectation results and their fixes,
 * probe verdicts, migration status, deployment status, toggles), worst first, never from their message text.
 *
 * @param anchor the place inside {@code opens} ("locks", "constraints"), or null for the view itself
 * @param link   the link's words ("Open the lock tree")
 */
public record NextStep(boolean critical, String problem, String action, ConsoleSection opens, String anchor, String link) {

    /** The most urgent thing to do, or empty when nothing needs doing (or nothing is known yet). */
    public static Optional<NextStep> from(PartState<HealthSnapshot> health, PartState<RailwayStatus> railway,
                                          PartState<MigrationSnapshot> migrations, PartState<DatabaseSnapshot> database) {
        DatabaseSnapshot db = value(database);
        HealthSnapshot probes = value(health);
        MigrationSnapshot revisions = value(migrations);
        RailwayStatus platform = value(railway);

        // Incident 2: a session holding a lock stops a migration and queues every query behind it.
        if (db != null && db.lockTree() != null && db.lockTree().waitingCount() > 0) {
            LockTree.Entry root = db.lockTree().roots().get(0).entry();
            int waiting = db.lockTree().waitingCount();
            boolean migration = db.lockTree().flat().stream().anyMatch(e -> e.migration() && e.role() != LockTree.Role.ROOT_BLOCKER);
            return Optional.of(new NextStep(true,
                    "Session pid " + root.pid() + " (" + orDash(root.state()) + ") blocks " + waiting + " session(s)"
                            + (migration ? ", the migration among them" : ""),
                    "terminate pid " + root.pid() + " (its transaction rolls back) or end its transaction",
                    ConsoleSection.DATABASE, "locks", "Open the lock tree"));
        }
        // Incident 1: alembic dies with "Can't locate revision".
        if (revisions != null && revisions.status() == MigrationStatus.UNKNOWN_REVISION) {
            String revision = revisions.unknown().isEmpty() ? "a revision" : revisions.unknown().get(0).revision();
            return Optional.of(new NextStep(true, "The database is at " + revision + ", which this code does not have",
                    "commit and push the missing revision files, then redeploy", ConsoleSection.MIGRATIONS, null,
                    "Open Migrations"));
        }
        Optional<EndpointHealth> down = probes == null ? Optional.empty() : probes.endpoints().stream()
                .filter(e -> e.verdict() == HealthVerdict.DOWN).findFirst();
        Optional<Deployment> latest = platform == null ? Optional.empty() : platform.latest();
        if (latest.isPresent() && latest.get().status().isFailure()) {
            boolean pending = revisions != null && revisions.status() == MigrationStatus.PENDING;
            return Optional.of(new NextStep(true, "The latest deployment " + latest.get().rawStatus()
                    + (down.isPresent() ? " and " + down.get().endpoint().name() + " is DOWN" : ""),
                    pending ? "apply the " + revisions.pending().size() + " pending revision(s) with the runbook"
                            + " (bypass, redeploy, migrate, clear)" : "read the failing log line",
                    pending ? ConsoleSection.RUNBOOK : ConsoleSection.DEPLOYMENTS, null,
                    pending ? "Open the runbook" : "Open Deployments"));
        }
        if (down.isPresent()) {
            return Optional.of(new NextStep(true, capitalise(down.get().endpoint().name()) + " is DOWN",
                    "read why in its verdict and fix what it names", ConsoleSection.HEALTH, null, "Open Health"));
        }
        // Incident 5: a foreign key that references the wrong table.
        if (db != null) {
            Optional<ExpectationResult> wrongTarget = db.expectations().stream()
                    .filter(r -> r.status() != ExpectationResult.Status.OK && r.fix() != null
                            && r.fix().kind() == ConstraintFix.Kind.REPLACE_FOREIGN_KEY).findFirst();
            if (wrongTarget.isPresent()) {
                ConstraintFix fix = wrongTarget.get().fix();
                return Optional.of(new NextStep(true, "The foreign key " + fix.constraint() + " on " + fix.table() + " references the wrong table",
                        "check for orphan rows, then replace it in a new migration (never VALIDATE it)",
                        ConsoleSection.DATABASE, "constraints", "Open Constraints"));
            }
            Optional<ExpectationResult> mismatch = db.expectations().stream()
                    .filter(r -> r.status() != ExpectationResult.Status.OK).findFirst();
            if (mismatch.isPresent()) {
                return Optional.of(new NextStep(true, "Expected " + mismatch.get().expectation() + ": " + mismatch.get().status().json(),
                        "compare it with the expectation and fix it in a migration", ConsoleSection.DATABASE,
                        "constraints", "Open Constraints"));
            }
        }
        if (revisions != null && revisions.status() == MigrationStatus.PENDING) {
            return Optional.of(new NextStep(false, revisions.pending().size() + " revision(s) pending",
                    "apply them (alembic upgrade head on the direct connection)", ConsoleSection.MIGRATIONS, null,
                    "Open Migrations"));
        }
        if (revisions != null && revisions.status() == MigrationStatus.MULTIPLE_HEADS) {
            return Optional.of(new NextStep(true, "The code has several migration heads",
                    "merge them (alembic merge heads) before the next deploy", ConsoleSection.MIGRATIONS, null, "Open Migrations"));
        }
        if (platform != null) {
            Optional<RailwayStatus.ToggleState> bypass = platform.toggles().stream()
                    .filter(t -> t.on() && t.toggle().kind() == Profile.ToggleKind.BYPASS).findFirst();
            if (bypass.isPresent()) {
                return Optional.of(new NextStep(false, "The bypass " + bypass.get().toggle().name() + " is ON",
                        "switch it OFF once the database is at head", ConsoleSection.VARIABLES, null, "Open Variables"));
            }
        }
        if (db != null) {
            long notValid = db.constraints().stream().filter(c -> !c.validated()).count();
            if (notValid > 0) {
                return Optional.of(new NextStep(false, notValid + " constraint(s) NOT VALID",
                        "validate them (does not block reads or writes)", ConsoleSection.DATABASE, "constraints",
                        "Open Constraints"));
            }
        }
        return Optional.empty();
    }

    /** "Session pid 4242 (idle in transaction) blocks 2 session(s): terminate pid 4242 ..." */
    public String sentence() {
        return problem + ": " + action + ".";
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "-" : text;
    }

    private static <T> T value(PartState<T> state) {
        return state == null || !state.hasValue() ? null : state.value();
    }
}
