package dev.signalbox.cli;

import dev.signalbox.app.AppContext;
import dev.signalbox.config.ConfigException;
import dev.signalbox.config.DatabaseReference;
import dev.signalbox.config.DatabaseUrl;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.database.DatabaseSnapshot;
import dev.signalbox.database.Verdict;
import java.util.ArrayList;
import java.util.List;

/** The {@code database} item of {@code signalbox check}: one read-only snapshot of the profile's database. */
public final class DatabaseCheck {
    private static final int MAX_LOCK_LINES = 8;
    private final AppContext app;

    public DatabaseCheck(AppContext app) {
        this.app = app;
    }

    public void addTo(CheckReport.Builder report, LoadedProfile loaded) {
        if (loaded.profile().database() == null) {
            return;
        }
        DatabaseUrl url;
        try {
            url = DatabaseReference.parse(loaded.profile().database().url()).resolve(app.environment());
        } catch (ConfigException e) {
            report.add("database", CheckReport.Status.ERROR, "database.url cannot be resolved: " + e.getMessage(), List.of());
            return;
        }
        DatabaseSnapshot snapshot = app.databaseSnapshotOnce(url, loaded.profile());
        List<String> details = new ArrayList<>(Verdict.attentionLines(snapshot.verdicts()));
        if (snapshot.connection() == null) {
            report.add("database", CheckReport.Status.ERROR, "cannot reach " + url.redacted(), details);
            return;
        }
        // The chain itself, root blockers first: what waits, for which lock, on which relation, running what.
        List<dev.signalbox.database.LockTree.Entry> chain = snapshot.lockTree().flat();
        chain.stream().limit(MAX_LOCK_LINES).forEach(entry -> details.add("lock: " + entry.describe()));
        if (chain.size() > MAX_LOCK_LINES) {
            details.add("lock: and " + (chain.size() - MAX_LOCK_LINES) + " more sessions in the chain (signalbox db shows them all)");
        }
        String summary = "PostgreSQL " + snapshot.connection().serverVersion() + ", pooler " + snapshot.connection().pooler().json()
                + ", " + snapshot.constraints().size() + " constraints, " + snapshot.invalidIndexes().size() + " invalid indexes, "
                + snapshot.lockTree().waitingCount() + " sessions waiting on locks";
        report.add("database", snapshot.needsAttention() ? CheckReport.Status.ATTENTION : CheckReport.Status.OK, summary, details);
    }
}
