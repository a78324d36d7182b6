package dev.signalbox.cli;

import dev.signalbox.config.ConfigException;
import dev.signalbox.config.LoadedProfile;
import dev.signalbox.config.PlatformDirs;
import dev.signalbox.config.ProfileStore;
import picocli.CommandLine.Option;

/** {@code --profile}: a profile file, or the name of one in the platform's profiles folder. */
public final class ProfileOptions {
    @Option(names = {"-p", "--profile"}, paramLabel = "PROFILE",
            description = "Profile file, or the name of a profile in the profiles folder (see 'signalbox profile list').")
    String profile;

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
        java.nio.file.Path named = PlatformDirs.detect().profiles().resolve(profile + ".json");
        return dev.signalbox.config.ProjectLoader.isProjectFile(named) ? named : null;
    }

    public LoadedProfile load() throws ConfigException {
        if (profile == null) {
            throw new ConfigException("--profile", "no profile given; name one with --profile FILE (see 'signalbox profile list')");
        }
        return new ProfileStore(PlatformDirs.detect()).find(profile);
    }
}
