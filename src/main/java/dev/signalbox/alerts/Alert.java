package dev.signalbox.alerts;

import java.time.Instant;

/**
 * One message to a person: a condition started (FIRING) or ended (RESOLVED). Built from snapshots only, never from
 * a profile's secrets, so it can leave the machine as it is.
 *
 * @param key   the condition's identity ("readiness-down", "deployment-failed:ID"): one FIRING and one RESOLVED per key
 * @param since when the condition was first seen
 */
public record Alert(String profile, String environment, String key, State state, Severity severity, String title,
                    String detail, Instant at, Instant since) {

    public enum State { FIRING, RESOLVED }

    public enum Severity { WARNING, CRITICAL }

    /** "[facteur-api/production] readiness is DOWN", or "... resolved: readiness is DOWN". */
    public String headline() {
        return "[" + profile + "/" + environment + "] " + (state == State.RESOLVED ? "resolved: " : "") + title;
    }
}
