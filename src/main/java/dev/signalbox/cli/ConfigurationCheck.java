package dev.signalbox.cli;

import dev.signalbox.config.ConfigException;
import dev.signalbox.config.DatabaseReference;
import dev.signalbox.config.DatabaseUrl;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.Profile;
import dev.signalbox.config.SecretReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks what a profile refers to before anything is contacted: secret references resolvable, database URL
 * sane (TLS on hosted databases, incident 6), migrations location present.
 */
public final class ConfigurationCheck {
    private final Map<String, String> environment;

    public ConfigurationCheck(Map<String, String> environment) {
        this.environment = environment;
    }

    public void addTo(CheckReport.Builder report, LoadedProfile loaded) {
        Profile profile = loaded.profile();
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        notes.add("file " + loaded.file());
        notes.add("environment " + profile.environment() + (profile.isProduction() ? " (production)" : "")
                + (profile.isReadOnly() ? ", read-only" : ""));

        if (profile.database() != null) {
            try {
                DatabaseUrl url = DatabaseReference.parse(profile.database().url()).resolve(environment);
                notes.add("database " + url.redacted() + " (" + url.hostKind().label() + ")");
                problems.addAll(url.warnings());
                for (String unsupported : url.unsupportedParameters()) {
                    notes.add("database URL parameter '" + unsupported + "' has no JDBC equivalent and is ignored");
                }
            } catch (ConfigException e) {
                problems.add("database.url: " + e.getMessage());
            }
        }
        if (profile.railway() != null) {
            try {
                SecretReference.parse(profile.railway().token(), "railway.token").resolve(environment);
                notes.add("Railway token from " + profile.railway().token() + " (" + profile.railway().tokenKind().name().toLowerCase() + " token)");
            } catch (ConfigException e) {
                problems.add("railway.token: " + e.getMessage());
            }
        }
        if (profile.migrations() != null) {
            Path location = loaded.resolve(profile.migrations().location());
            if (!Files.exists(location)) {
                problems.add("migrations.location: " + location + " does not exist");
            }
        }
        if (problems.isEmpty()) {
            report.add("config", CheckReport.Status.OK, "profile is valid and its references resolve", notes);
        } else {
            List<String> details = new ArrayList<>(problems);
            details.addAll(notes);
            report.add("config", CheckReport.Status.ATTENTION, problems.size() + " problem(s) in the profile's references", details);
        }
    }
}
