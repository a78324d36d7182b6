package dev.signalbox.cli;

import dev.signalbox.config.ConfigException;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.migrations.MigrationException;
import dev.signalbox.migrations.RehearsalReport;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "rehearse", mixinStandardHelpOptions = true,
        description = {"Runs the pending revisions on a throwaway PostgreSQL holding production's schema (pg_dump --schema-only "
                + "when a compatible pg_dump is on the PATH, else the project's migrations replayed with the profile's upgrade "
                + "command), records the locks each DDL statement takes and the tables it rewrites, and joins production's "
                + "table sizes and current lock holders (read-only) into a verdict per revision: "
                + "SAFE_NOW, RISKY, WOULD_BLOCK_NOW, FAILS (NOT_RUN after a failure).",
                "Production is never written. The copy is removed afterwards, also if this process is killed.",
                "Exit 0 when every revision is SAFE_NOW (or nothing is pending), 1 otherwise or when the rehearsal could not run,"
                        + " 2 on a usage or configuration error (a profile without \"database\" or \"migrations\", an upgrade command that cannot start)."})
final class RehearseCommand implements Callable<Integer> {
    @Mixin
    ProfileOptions profileOptions;

    @Option(names = "--risky-size", paramLabel = "MB", defaultValue = "1024",
            description = "A rewrite or write-blocking lock on a production table at least this large is RISKY (default: ${DEFAULT-VALUE}).")
    long riskyMegabytes;

    @Option(names = "--command-timeout", paramLabel = "SECONDS", defaultValue = "600",
            description = "Time allowed to each run of the upgrade command on the copy (default: ${DEFAULT-VALUE}).")
    int commandTimeoutSeconds;

    @Option(names = "--json", description = "Print JSON (schema in docs/cli-json.md).")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ConfigException {
        if (riskyMegabytes < 0) {
            throw new ParameterException(spec.commandLine(), "--risky-size must be 0 or more (MB), not " + riskyMegabytes);
        }
        if (commandTimeoutSeconds <= 0) {
            throw new ParameterException(spec.commandLine(), "--command-timeout must be positive, not " + commandTimeoutSeconds);
        }
        LoadedProfile profile = profileOptions.load();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RehearsalReport report;
        try {
            report = profileOptions.app().forProfile(profile).rehearsal(riskyMegabytes * 1024 * 1024, Duration.ofSeconds(commandTimeoutSeconds),
                    line -> {
                        if (!json) {
                            err.println("- " + line);
                            err.flush();
                        }
                    }).run();
        } catch (MigrationException e) {
            if (e.isConfiguration()) {
                // Nothing was run: the profile (or its alembic.ini) has to change first.
                throw new ConfigException("", e.getMessage(), e);
            }
            err.println("rehearsal FAILED: " + e.getMessage());
            err.flush();
            return ExitCode.ATTENTION;
        }
        if (json) {
            Output.json(out, report);
        } else {
            out.print(text(report));
            out.flush();
        }
        return report.allSafe() ? ExitCode.OK : ExitCode.ATTENTION;
    }

    static String text(RehearsalReport r) {
        StringBuilder out = new StringBuilder();
        out.append("Rehearsal of ").append(r.profile()).append(": ").append(r.revisions().size()).append(" pending revision(s)");
        if (r.schemaSource() != RehearsalReport.SchemaSource.NOTHING_PENDING) {
            out.append(", copy from ").append(r.schemaSource() == RehearsalReport.SchemaSource.PG_DUMP ? "pg_dump --schema-only"
                    : "the migrations replayed").append(" on PostgreSQL ").append(r.copyVersion() / 10000);
        }
        out.append(" (production PostgreSQL ").append(r.productionVersion() / 10000).append(", at ")
                .append(String.join(", ", r.currentRevisions())).append(")\n");
        for (String note : r.notes()) {
            out.append("  note: ").append(note).append('\n');
        }
        for (RehearsalReport.RevisionResult rev : r.revisions()) {
            out.append(String.format(Locale.ROOT, "  %-15s %s  %s%n", rev.verdict(), rev.revision(), rev.message()));
            out.append("                  ").append(rev.reason()).append('\n');
            for (RehearsalReport.TableEffect t : rev.tables()) {
                out.append("                  ").append(t.table()).append(": ").append(t.strongestLock())
                        .append(t.rewritten() ? ", REWRITTEN" : "")
                        .append(t.productionBytes() < 0 ? ", not on production" : ", " + t.productionBytes() + " bytes, "
                                + (t.productionRows() == null ? "row count unknown (never analyzed)" : "~" + t.productionRows() + " rows")
                                + " on production").append('\n');
            }
            if (rev.durationMs() != null) {
                out.append("                  ").append(rev.statements().size()).append(" DDL statement(s), ")
                        .append(rev.durationMs()).append(" ms on the copy\n");
            }
        }
        out.append("took ").append(r.elapsedMs()).append(" ms\n");
        return out.toString();
    }
}
