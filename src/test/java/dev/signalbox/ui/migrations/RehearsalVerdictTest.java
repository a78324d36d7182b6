package dev.signalbox.ui.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.migrations.RehearsalReport.Lock;
import dev.signalbox.migrations.RehearsalReport.RevisionResult;
import dev.signalbox.migrations.RehearsalReport.StatementLocks;
import dev.signalbox.migrations.RehearsalReport.TableEffect;
import dev.signalbox.migrations.RehearsalReport.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The headline of each verdict is built from the typed result: the rewritten or write-locked tables and their sizes,
 * the blocking pids, the copy's error. (The sandbox tests cover SAFE_NOW and WOULD_BLOCK_NOW end to end; a 12 GB
 * table and a failing revision are written here as the engine reports them.)
 */
class RehearsalVerdictTest {
    private static final StatementLocks ALTER = new StatementLocks("ALTER TABLE", "public.events",
            List.of(new Lock("public.events", "AccessExclusiveLock")), 0);

    @Test
    void riskyNamesTheRewrittenTableAndItsSizeLargestFirst() {
        RevisionResult risky = new RevisionResult("c0ffee", "widen events.payload", Verdict.RISKY, "rewrites public.events ...", 40L,
                List.of(ALTER), List.of(
                        new TableEffect("public.tags", "ShareRowExclusiveLock", false, 2L << 30, 1_000L, List.of()),
                        new TableEffect("public.events", "AccessExclusiveLock", true, 12L << 30, null, List.of()),
                        new TableEffect("public.audit", "RowExclusiveLock", false, 50L << 30, 9L, List.of())),
                List.of(), null);

        RehearsalVerdict v = RehearsalVerdict.of(risky);

        assertThat(v.headline()).isEqualTo("Risky: rewrites public.events (12.0 GB), holds ShareRowExclusiveLock on public.tags (2.0 GB)");
        assertThat(v.tone()).isEqualTo(StatusBanner.Tone.WARNING);
        assertThat(v.tables()).contains("public.events: AccessExclusiveLock, rewritten, 12.0 GB, row count unknown (never analyzed) on production",
                "public.tags: ShareRowExclusiveLock, 2.0 GB, ~1000 rows on production");
        assertThat(v.statements()).isEqualTo(1);
    }

    @Test
    void wouldBlockNamesEveryPidAndFailsShowsTheCopysError() {
        RehearsalVerdict blocked = RehearsalVerdict.of(new RevisionResult("c0ffee", "m", Verdict.WOULD_BLOCK_NOW, "would wait behind pid 4211 ...",
                10L, List.of(ALTER), List.of(), List.of(4211, 4212), null));
        assertThat(blocked.headline()).isEqualTo("Would block now: behind pids 4211, 4212");
        assertThat(blocked.tone()).isEqualTo(StatusBanner.Tone.DANGER);

        RehearsalVerdict fails = RehearsalVerdict.of(new RevisionResult("c0ffee", "m", Verdict.FAILS, "fails on the copy: exit 1: ...",
                10L, List.of(), List.of(), List.of(), "exit 1: ERROR: column \"x\" does not exist"));
        assertThat(fails.headline()).isEqualTo("Fails on the copy");
        assertThat(fails.detail()).isEqualTo("exit 1: ERROR: column \"x\" does not exist");

        RehearsalVerdict notRun = RehearsalVerdict.of(new RevisionResult("d00d", "m", Verdict.NOT_RUN, "not run: an earlier revision failed on the copy",
                null, List.of(), List.of(), List.of(), null));
        assertThat(notRun.headline()).isEqualTo("Not run: an earlier revision failed on the copy");
        assertThat(notRun.durationMs()).isNull();
        assertThat(notRun.tone()).isEqualTo(StatusBanner.Tone.NEUTRAL);
    }
}
