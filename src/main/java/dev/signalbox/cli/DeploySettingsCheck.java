package dev.signalbox.cli;

import dev.signalbox.app.AppContext;
import dev.signalbox.config.ConfigException;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.Profile;
import dev.signalbox.deploy.DeploySettingsReader;
import dev.signalbox.deploy.DeploySettingsReport;
import dev.signalbox.railway.RailwayClient;
import dev.signalbox.railway.RailwayException;
import dev.signalbox.railway.RailwayTarget;
import java.util.ArrayList;
import java.util.List;

/** The "deploy" item of {@code signalbox check}: the service's deploy settings judged (fact and fix per judgement). */
public final class DeploySettingsCheck {
    private final AppContext app;

    public DeploySettingsCheck(AppContext app) {
        this.app = app;
    }

    public void addTo(CheckReport.Builder report, LoadedProfile loaded) {
        Profile.RailwaySettings settings = loaded.profile().railway();
        if (settings == null && DeploySettingsReader.repositoryRoot(loaded).isEmpty()) {
            return;
        }
        RailwayClient client = null;
        RailwayTarget target = null;
        if (settings != null) {
            try {
                client = app.railwayClient(settings);
                target = RailwayTarget.of(settings);
            } catch (ConfigException | RailwayException e) {
                // The configuration and railway items already say why; judge the repository alone.
                client = null;
            }
        }
        DeploySettingsReport result = new DeploySettingsReader(client, target, loaded).read();
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
