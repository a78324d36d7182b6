package dev.signalbox.cli;

import dev.signalbox.app.AppContext;
import dev.signalbox.config.ConfigException;
import dev.signalbox.config.DatabaseReference;
import dev.signalbox.config.DatabaseUrl;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.Profile;
import dev.signalbox.migrations.GitState;
import dev.signalbox.migrations.MigrationException;
import dev.signalbox.migrations.MigrationInspector;
import dev.signalbox.migrations.MigrationProblem;
import dev.signalbox.migrations.MigrationSnapshot;
import dev.signalbox.migrations.Revision;
import dev.signalbox.migrations.ScriptLocator;
import dev.signalbox.migrations.UnknownRevision;
import dev.signalbox.migrations.VersionTableReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The "migrations" item of {@code signalbox check}: the same snapshot as {@code signalbox migrations}, in brief. */
public final class MigrationsCheck {
    private static final int MAX_DETAILS = 12;
    private final AppContext app;
    private int exitCode = ExitCode.OK;

    public MigrationsCheck(AppContext app) {
        this.app = app;
    }

    /**
     * {@link ExitCode#USAGE} after a configuration problem (the profile's migrations.location or its alembic.ini is
     * wrong: the rule of {@code migrations} and of Railway's refusals), else OK; a failure such as an unreachable
     * database is only the item's ERROR, exit 1.
     */
    public int exitCode() {
        return exitCode;
    }

    public void addTo(CheckReport.Builder report, LoadedProfile loaded) {
        Profile profile = loaded.profile();
        if (profile.migrations() == null) {
            return;
        }
        List<String> details = new ArrayList<>();
        try {
            MigrationInspector inspector = app.migrationInspector(ScriptLocator.locate(
                    loaded.resolve(profile.migrations().location()), profile.migrations().iniSection()), true, true);
            MigrationSnapshot snapshot;
            DatabaseUrl url = null;
            if (profile.database() != null) {
                try {
                    url = DatabaseReference.parse(profile.database().url()).resolve(app.environment());
                } catch (ConfigException e) {
                    details.add("database not checked: " + e.getMessage());
                }
            }
            if (url != null) {
                snapshot = inspector.inspect(url, new VersionTableReader(profile.database().versionTable(),
                        profile.database().versionTableSchema(), Duration.ofSeconds(5)));
            } else {
                snapshot = inspector.inspect();
            }
            for (Revision r : snapshot.pending()) {
                details.add("pending " + r.id() + " " + r.message());
            }
            for (UnknownRevision u : snapshot.unknown()) {
                details.add(u.explanation());
            }
            if (snapshot.git() != null) {
                for (GitState.FileState f : snapshot.git().files()) {
                    details.add(f.state().name().toLowerCase(java.util.Locale.ROOT) + " " + f.file());
                }
            }
            for (MigrationProblem p : snapshot.problems()) {
                details.add(p.toText());
            }
            if (!snapshot.lint().isEmpty()) {
                details.add(snapshot.lint().size() + " lint finding(s): run 'signalbox migrations lint'");
            }
            if (details.size() > MAX_DETAILS) {
                int more = details.size() - MAX_DETAILS;
                details = new ArrayList<>(details.subList(0, MAX_DETAILS));
                details.add("... and " + more + " more ('signalbox migrations --profile " + profile.name() + "')");
            }
            report.add("migrations", snapshot.needsAttention() ? CheckReport.Status.ATTENTION : CheckReport.Status.OK,
                    snapshot.summary(), details);
        } catch (MigrationException e) {
            if (e.isConfiguration()) {
                exitCode = ExitCode.USAGE;
                details.add("fix " + loaded.file() + " (field migrations.location) or the file it names");
            }
            report.add("migrations", CheckReport.Status.ERROR, e.getMessage(), details);
        }
    }
}
