package dev.signalbox.ops;

import dev.signalbox.config.Profile;

/**
 * Who acts, on what: the profile's name and environment, whether it is production (confirmation by typing the
 * environment name), whether mutations are off (the profile's readOnly or the {@code --read-only} switch).
 */
public record OpsContext(String profile, String environment, boolean production, boolean readOnly, String user) {

    public static OpsContext of(Profile profile, boolean forceReadOnly) {
        return new OpsContext(profile.name(), profile.environment(), profile.isProduction(),
                forceReadOnly || profile.isReadOnly(), System.getProperty("user.name", "unknown"));
    }
}
