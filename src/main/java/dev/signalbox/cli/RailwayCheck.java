package dev.signalbox.cli;

import dev.signalbox.app.AppContext;
import dev.signalbox.config.ConfigException;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.Profile;
import dev.signalbox.railway.Deployment;
import dev.signalbox.railway.RailwayException;
import dev.signalbox.railway.RailwayStatus;
import dev.signalbox.railway.RequiredVariableCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The "railway" item of {@code signalbox check}: latest deployment, required variables, toggles left on, budget. */
public final class RailwayCheck {
    /** How a member's Railway status is read: alone (2 requests), or from a project's batch ({@code ProjectCheck}). */
    @FunctionalInterface
    interface StatusReader {
        RailwayStatus read(LoadedProfile loaded) throws ConfigException, RailwayException;
    }

    private final StatusReader statusReader;
    private int exitCode = ExitCode.OK;

    public RailwayCheck(AppContext app) {
        this(loaded -> app.railwayStatusReader(app.railwayClient(loaded.profile().railway()), loaded.profile()).read());
    }

    RailwayCheck(StatusReader statusReader) {
        this.statusReader = statusReader;
    }

    /** {@link ExitCode#USAGE} after Railway refused the profile's token (the rule of {@code railway} commands), else OK. */
    public int exitCode() {
        return exitCode;
    }

    public void addTo(CheckReport.Builder report, LoadedProfile loaded) {
        Profile.RailwaySettings settings = loaded.profile().railway();
        if (settings == null) {
            return;
        }
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        try {
            RailwayStatus status = statusReader.read(loaded);
            Optional<Deployment> latest = status.latest();
            if (latest.isEmpty()) {
                problems.add("the service has no deployment");
            } else {
                Deployment d = latest.get();
                String line = "latest deployment " + d.shortId() + " " + d.rawStatus() + " (" + d.status().meaning() + ")";
                (d.status().isFailure() ? problems : notes).add(line);
                if (status.failure() != null && status.failure().line() != null) {
                    problems.add("log: " + status.failure().line() + " -> " + status.failure().explanation());
                }
            }
            for (RequiredVariableCheck.Finding finding : status.required()) {
                if (!finding.ok()) {
                    problems.add("variable " + finding.name() + ": " + finding.detail());
                }
            }
            for (RailwayStatus.ToggleState toggle : status.toggles()) {
                if (toggle.on()) {
                    problems.add(toggle.onSummary());
                }
            }
            if (status.budget() != null) {
                notes.add("Railway API: " + status.budget().describe());
            }
        } catch (ConfigException e) {
            // The configuration item already reports an unresolvable token.
            return;
        } catch (RailwayException e) {
            exitCode = RailwayCommand.exitCodeOf(e);
            report.add("railway", CheckReport.Status.ERROR, "Railway could not be read", List.of(e.getMessage()));
            return;
        }
        List<String> details = new ArrayList<>(problems);
        details.addAll(notes);
        report.add("railway", problems.isEmpty() ? CheckReport.Status.OK : CheckReport.Status.ATTENTION,
                problems.isEmpty() ? "deployment and variables as expected" : problems.size() + " problem(s) on Railway", details);
    }
}
