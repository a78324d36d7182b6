package dev.signalbox.ops;

import java.time.Instant;

/**
 * A runbook (or a toggle write) refused because someone else runs that runbook: another console on this machine
 * (the lock file), or a colleague's console anywhere (the PostgreSQL claim). The message names who and since when.
 */
public final class RunbookClaimedException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String holder;
    private final Instant since;

    public RunbookClaimedException(String message, String holder, Instant since) {
        super(message);
        this.holder = holder;
        this.since = since;
    }

    /** Who holds it, e.g. {@code signalbox:alice@laptop} or {@code alice@laptop (pid 4242)}; null when unknown. */
    public String holder() {
        return holder;
    }

    /** Since when; null when unknown. */
    public Instant since() {
        return since;
    }
}
