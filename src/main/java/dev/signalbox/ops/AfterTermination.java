package dev.signalbox.ops;

import dev.signalbox.config.Profile;
import dev.signalbox.database.BackendSession;
import dev.signalbox.database.Constraint;
import dev.signalbox.database.DatabaseSnapshot;
import dev.signalbox.database.LockTree;
import dev.signalbox.migrations.MigrationSnapshot;
import dev.signalbox.migrations.MigrationStatus;
import dev.signalbox.migrations.Revision;
import dev.signalbox.railway.RailwayStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What terminating a root blocker led to (incident 2), read from the snapshots taken after it: did the waiting
 * migration go through, do the constraints it touched exist now, are revisions still pending, is the bypass still ON,
 * and the one thing to do next. Pure: the CLI and the Database view render the same lines.
 *
 * @param lines    what happened, in the order a person checks it
 * @param nextStep the one thing to do now
 * @param settled  false while a former waiter still waits or runs (the assessment will change)
 */
public record AfterTermination(List<Line> lines, String nextStep, boolean settled) {

    public enum Tone { DONE, WAITING, ATTENTION }

    /** One consequence: what the sentence says and whether it is good news. */
    public record Line(Tone tone, String text) {
    }

    private static final Pattern CONSTRAINT_DDL = Pattern.compile(
            "\\b(DROP|ADD|VALIDATE|RENAME)\\s+CONSTRAINT\\s+(?:IF\\s+EXISTS\\s+)?\"?([A-Za-z_][A-Za-z0-9_$]*)\"?", Pattern.CASE_INSENSITIVE);

    public AfterTermination {
        lines = List.copyOf(lines);
    }

    /**
     * @param terminated the root blocker that was terminated
     * @param before     the lock tree seen when the operator acted
     * @param database   a snapshot taken after the termination
     * @param migrations the latest migrations snapshot (null when the profile has none or it is not read yet)
     * @param railway    the latest Railway status (null when the profile has none or it is not read yet)
     */
    public static AfterTermination assess(int terminated, LockTree before, DatabaseSnapshot database,
                                          MigrationSnapshot migrations, RailwayStatus railway) {
        List<Line> lines = new ArrayList<>();
        boolean settled = true;
        List<LockTree.Entry> waiters = before.flat().stream()
                .filter(e -> e.role() != LockTree.Role.ROOT_BLOCKER && e.pid() != terminated).toList();
        boolean blockerGone = database.sessions().stream().noneMatch(s -> s.pid() == terminated);
        lines.add(blockerGone ? new Line(Tone.DONE, "pid " + terminated + " is gone: its transaction rolled back and its locks were released")
                : new Line(Tone.WAITING, "pid " + terminated + " is still connected: the signal has not taken effect yet"));
        settled &= blockerGone;
        for (LockTree.Entry migration : waiters.stream().filter(LockTree.Entry::migration).toList()) {
            Optional<BackendSession> now = database.sessions().stream().filter(s -> s.pid() == migration.pid()).findFirst();
            String who = "the migration (pid " + migration.pid() + (migration.application() == null ? "" : ", " + migration.application()) + ")";
            String statement = oneLine(migration.query());
            if (now.isEmpty()) {
                lines.add(new Line(Tone.ATTENTION, who + " has disconnected: its statement finished or failed with it - check the"
                        + " migration's output (" + statement + ")"));
            } else if (now.get().waitingOnLock()) {
                settled = false;
                lines.add(new Line(Tone.WAITING, who + " still waits, now behind pid " + now.get().blockedBy().stream()
                        .map(String::valueOf).collect(Collectors.joining(", ")) + ": another session holds a lock it needs"));
            } else if ("active".equals(now.get().state())) {
                settled = false;
                lines.add(new Line(Tone.WAITING, who + " is running its statement now: " + statement));
            } else {
                lines.add(new Line(Tone.DONE, who + " got its lock and finished its statement (" + now.get().state() + "): " + statement));
            }
            lines.addAll(constraintLines(migration, database));
        }
        long queued = waiters.stream().filter(e -> !e.migration()).count();
        long stillWaiting = waiters.stream().filter(e -> !e.migration()).filter(e -> database.sessions().stream()
                .anyMatch(s -> s.pid() == e.pid() && s.waitingOnLock())).count();
        if (queued > 0) {
            settled &= stillWaiting == 0;
            lines.add(stillWaiting == 0 ? new Line(Tone.DONE, queued + " queued quer" + (queued == 1 ? "y" : "ies") + " went through")
                    : new Line(Tone.WAITING, stillWaiting + " of " + queued + " queued queries still wait"));
        }
        String nextStep = null;
        if (migrations != null && migrations.status() == MigrationStatus.PENDING && !migrations.pending().isEmpty()) {
            String ids = migrations.pending().stream().map(Revision::id).collect(Collectors.joining(", "));
            lines.add(new Line(Tone.ATTENTION, migrations.pending().size() + " revision(s) still pending: " + ids));
            nextStep = "apply the pending revisions (alembic upgrade head, on the direct connection with a lock_timeout: the"
                    + " runbook's migration step), then check the constraints";
        } else if (migrations != null && migrations.status() == MigrationStatus.UP_TO_DATE) {
            lines.add(new Line(Tone.DONE, "the database is at the code's head"));
        }
        List<RailwayStatus.ToggleState> bypassOn = railway == null ? List.of() : railway.toggles().stream()
                .filter(t -> t.on() && t.toggle().kind() == Profile.ToggleKind.BYPASS).toList();
        for (RailwayStatus.ToggleState toggle : bypassOn) {
            lines.add(new Line(Tone.ATTENTION, toggle.toggle().name() + " (bypass) is still ON"));
        }
        if (nextStep == null && !bypassOn.isEmpty()) {
            nextStep = "switch " + bypassOn.get(0).toggle().name() + " OFF (it starts a deployment) and check readiness:"
                    + " the migrations are at head, the bypass is no longer needed";
        }
        if (nextStep == null) {
            nextStep = settled ? "nothing waits any more: check readiness and the constraints" : "wait for the next snapshot";
        }
        return new AfterTermination(lines, nextStep, settled);
    }

    /** The constraints the migration's statement touched, as they are now. */
    private static List<Line> constraintLines(LockTree.Entry migration, DatabaseSnapshot database) {
        List<Line> lines = new ArrayList<>();
        if (migration.query() == null) {
            return lines;
        }
        Matcher ddl = CONSTRAINT_DDL.matcher(migration.query());
        while (ddl.find()) {
            String verb = ddl.group(1).toUpperCase(Locale.ROOT);
            String name = ddl.group(2);
            Optional<Constraint> now = database.constraints().stream().filter(c -> c.name().equals(name)).findFirst();
            switch (verb) {
                case "DROP" -> lines.add(now.isEmpty() ? new Line(Tone.DONE, name + " is gone (the DROP went through)")
                        : new Line(Tone.ATTENTION, name + " still exists: the DROP did not go through"));
                case "ADD" -> lines.add(now.isPresent() ? new Line(Tone.DONE, name + " exists now: " + now.get().describe())
                        : new Line(Tone.ATTENTION, name + " does not exist: the ADD did not go through"));
                case "VALIDATE" -> lines.add(now.map(c -> c.validated() ? new Line(Tone.DONE, name + " is validated")
                        : new Line(Tone.ATTENTION, name + " is still NOT VALID")).orElse(new Line(Tone.ATTENTION, name + " does not exist")));
                default -> { }
            }
        }
        return lines;
    }

    private static String oneLine(String query) {
        if (query == null) {
            return "no statement seen";
        }
        String flat = query.replaceAll("\\s+", " ").strip();
        return flat.length() > 120 ? flat.substring(0, 117) + "..." : flat;
    }
}
