package dev.signalbox.cli;

import dev.signalbox.app.AppContext;
import dev.signalbox.config.ConfigException;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.Profile;
import dev.signalbox.deploy.DeploySettingsReader;
import dev.signalbox.deploy.DeploySettingsReport;
import dev.signalbox.railway.RailwayException;
import dev.signalbox.railway.RailwayTarget;
import java.util.ArrayList;
import java.util.List;

/** The "deploy" item of {@code signalbox check}: the service's deploy settings judged (fact and fix per judgement). */
public final class DeploySettingsCheck {
    /** Where a member's Railway facts come from: read alone (about 5 requests), or a project's batch. */
    @FunctionalInterface
    interface SourceFor {
        DeploySettingsReader.Source sourceFor(LoadedProfile loaded) throws ConfigException, RailwayException;
    }

    private final AppContext app;
    private final SourceFor shared;

    public DeploySettingsCheck(AppContext app) {
        this(app, null);
    }

    /** {@code shared} null: every member reads alone. */
    DeploySettingsCheck(AppContext app, SourceFor shared) {
        this.app = app;
        this.shared = shared;
    }

    public void addTo(CheckReport.Builder report, LoadedProfile loaded) {
        Profile.RailwaySettings settings = loaded.profile().railway();
        if (settings == null && DeploySettingsReader.repositoryRoot(loaded).isEmpty()) {
            return;
        }
        DeploySettingsReader.Source source = null;
        if (settings != null) {
            try {
                source = shared != null ? shared.sourceFor(loaded)
                        : DeploySettingsReader.readAlone(app.railwayClient(settings), RailwayTarget.of(settings));
            } catch (ConfigException | RailwayException e) {
                // The configuration and railway items already say why; judge the repository alone.
                source = null;
            }
        }
        DeploySettingsReport result = new DeploySettingsReader(source, loaded).read();
        report.deploySettings(result);
        List<String> details = new ArrayList<>();
        for (DeploySettingsReport.Judgement judgement : result.judgements()) {
            details.add(judgement.fact() + " -> fix: " + judgement.fix());
        }
        for (String unavailable : result.unavailable()) {
            details.add("could not read " + unavailable);
        }
        details.addAll(result.notes());
        report.add("deploy", result.needsAttention() ? CheckReport.Status.ATTENTION : CheckReport.Status.OK,
                result.needsAttention() ? result.judgements().size() + " deploy setting(s) to look at"
                        : "deploy settings as expected", details);
    }
}
