package dev.signalbox.monitor;

import dev.signalbox.config.LoadedProfile;
import java.time.Clock;

/** Builds the watch of a profile with every part the profile describes. */
public final class WatchFactory {
    private WatchFactory() {
    }

    public static ServiceWatch start(LoadedProfile profile) {
        ServiceWatch watch = new ServiceWatch(profile, Clock.systemUTC());
        watch.watchHealth();
        return watch;
    }
}
