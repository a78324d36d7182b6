package dev.signalbox.ui.migrations;

import dev.signalbox.migrations.MigrationRehearsal;
import dev.signalbox.migrations.RehearsalReport;
import dev.signalbox.migrations.RehearsalReport.RevisionResult;
import dev.signalbox.migrations.RehearsalReport.TableEffect;
import dev.signalbox.migrations.RehearsalReport.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One pending revision's rehearsal as the Migrations view shows it: a headline built from the typed result (the
 * verdict, the blocking pids, the rewritten tables, the copy's error), the engine's one-line reason under it, and a
 * line per table the revision locked.
 *
 * @param headline e.g. "Would block now: behind pid 4211", "Fails on the copy"
 * @param detail   the engine's reason, or the copy's error when it failed
 */
public record RehearsalVerdict(String revision, String message, Verdict verdict, StatusBanner.Tone tone, String headline,
                               String detail, List<String> tables, Long durationMs, int statements) {
    public RehearsalVerdict {
        tables = List.copyOf(tables);
    }

    /** Lock modes at or above SHARE block writes (they conflict with ROW EXCLUSIVE), as the engine judges them. */
    private static final List<String> WRITE_BLOCKING = List.of("ShareLock", "ShareRowExclusiveLock", "ExclusiveLock",
            "AccessExclusiveLock");

    public static RehearsalVerdict of(RevisionResult result) {
        List<String> tables = result.tables().stream().map(RehearsalVerdict::describe).toList();
        String headline = switch (result.verdict()) {
            case SAFE_NOW -> "Safe to run now";
            case RISKY -> "Risky: " + riskyTables(result.tables());
            case WOULD_BLOCK_NOW -> "Would block now: behind " + (result.blockedBy().size() == 1 ? "pid " : "pids ")
                    + result.blockedBy().stream().map(String::valueOf).collect(Collectors.joining(", "));
            case FAILS -> "Fails on the copy";
            case NOT_RUN -> "Not run: an earlier revision failed on the copy";
        };
        StatusBanner.Tone tone = switch (result.verdict()) {
            case SAFE_NOW -> StatusBanner.Tone.SUCCESS;
            case RISKY -> StatusBanner.Tone.WARNING;
            case WOULD_BLOCK_NOW, FAILS -> StatusBanner.Tone.DANGER;
            case NOT_RUN -> StatusBanner.Tone.NEUTRAL;
        };
        String detail = result.verdict() == Verdict.FAILS && result.error() != null ? result.error() : result.reason();
        return new RehearsalVerdict(result.revision(), result.message(), result.verdict(), tone, headline,
                detail == null ? "" : detail, tables, result.durationMs(), result.statements().size());
    }

    public static List<RehearsalVerdict> of(RehearsalReport report) {
        return report.revisions().stream().map(RehearsalVerdict::of).toList();
    }

    /** "Rehearsed 2 pending revisions on a PostgreSQL 17 copy made by pg_dump --schema-only (production: 15), in 6.2 s". */
    public static String summary(RehearsalReport report) {
        if (report.schemaSource() == RehearsalReport.SchemaSource.NOTHING_PENDING) {
            return "Nothing pending: the database is at the code's heads, so there is nothing to rehearse.";
        }
        int count = report.revisions().size();
        return "Rehearsed " + count + " pending revision" + (count == 1 ? "" : "s") + " on a PostgreSQL " + report.copyVersion() / 10000
                + " copy made by " + (report.schemaSource() == RehearsalReport.SchemaSource.PG_DUMP ? "pg_dump --schema-only"
                : "replaying the migrations") + " (production: PostgreSQL " + report.productionVersion() / 10000 + ", at "
                + String.join(", ", report.currentRevisions()) + "), in "
                + String.format(Locale.ROOT, "%.1f s", report.elapsedMs() / 1000.0) + ". Production was only read.";
    }

    private static String riskyTables(List<TableEffect> tables) {
        List<String> named = new ArrayList<>();
        tables.stream().filter(t -> t.productionBytes() >= 0 && (t.rewritten() || WRITE_BLOCKING.contains(t.strongestLock())))
                .sorted(Comparator.comparingLong(TableEffect::productionBytes).reversed())
                .forEach(t -> named.add((t.rewritten() ? "rewrites " : "holds " + t.strongestLock() + " on ") + t.table()
                        + " (" + bytes(t.productionBytes()) + ")"));
        return named.isEmpty() ? "a large table under a write-blocking lock" : String.join(", ", named);
    }

    private static String describe(TableEffect t) {
        StringBuilder text = new StringBuilder(t.table()).append(": ").append(t.strongestLock());
        if (t.rewritten()) {
            text.append(", rewritten");
        }
        if (t.productionBytes() < 0) {
            text.append(", not on production");
        } else {
            text.append(", ").append(bytes(t.productionBytes())).append(", ")
                    .append(t.productionRows() == null ? "row count unknown (never analyzed)" : "~" + t.productionRows() + " rows")
                    .append(" on production");
        }
        if (!t.productionLocks().isEmpty()) {
            text.append("; now: ").append(String.join("; ", t.productionLocks()));
        }
        return text.toString();
    }

    private static String bytes(long bytes) {
        return MigrationRehearsal.humanBytes(bytes);
    }
}
