package dev.signalbox.railway.simulator;

import java.time.Instant;

/** A running subscription inside the simulator, pumped with the simulator's lock held. */
interface SimulatedFeed {
    /** Sends what became visible by {@code now} and was not sent yet. */
    void pump(Instant now);

    boolean cancelled();
}
