package dev.signalbox.cli;

import dev.signalbox.app.AppContext;
import dev.signalbox.config.ConfigException;
import dev.signalbox.config.LoadedProfile;
import picocli.CommandLine.Option;

/** {@code --profile}: a profile file, or the name of one in the platform's profiles folder. */
public final class ProfileOptions {
    private final AppContext app;

    ProfileOptions(AppContext app) {
        this.app = app;
    }

    @Option(names = {"-p", "--profile"}, paramLabel = "PROFILE",
            description = "Profile file, or the name of a profile in the profiles folder (see 'signalbox profile list').")
    String profile;

    /** The composition root, for the command this option group belongs to. */
    AppContext app() {
        return app;
    }

    public boolean isSet() {
        return profile != null;
    }

    public String value() {
        return profile;
    }

    /** The project file {@code --profile} names (a file, or a name in the profiles folder), or null for a profile. */
    public java.nio.file.Path projectFile() {
        if (profile == null) {
            return null;
        }
        java.nio.file.Path direct = java.nio.file.Path.of(profile);
        if (dev.signalbox.config.ProjectLoader.isProjectFile(direct)) {
            return direct;
        }
        if (profile.contains("/") || profile.contains("\\") || profile.endsWith(".json")) {
            return null;
        }
        java.nio.file.Path named = app.dirs().profiles().resolve(profile + ".json");
        return dev.signalbox.config.ProjectLoader.isProjectFile(named) ? named : null;
    }

    public LoadedProfile load() throws ConfigException {
        if (profile == null) {
            throw new ConfigException("--profile", "no profile given; name one with --profile FILE (see 'signalbox profile list')");
        }
        return app.profiles().find(profile);
    }
}
