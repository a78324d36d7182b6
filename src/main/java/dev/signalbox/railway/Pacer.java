package dev.signalbox.railway;

import java.time.Duration;

/**
 * How the Railway engine waits (between polls, before a retry). Production sleeps; tests pass a pacer that
 * advances the simulator's clock instead, so no test ever sleeps.
 */
@FunctionalInterface
public interface Pacer {
    void pause(Duration duration) throws InterruptedException;

    static Pacer sleeping() {
        return duration -> Thread.sleep(Math.max(0, duration.toMillis()));
    }
}
