package dev.signalbox.ops.runbook;

/**
 * The runbook was not started because its preflight found what its steps need missing or not answering; nothing
 * was changed. {@link #preflight()} is the typed result the command line and the Runbook view render.
 */
public final class RunbookRefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient RunbookPreflight.Result preflight;

    public RunbookRefusedException(RunbookPreflight.Result preflight) {
        super(preflight.headline());
        this.preflight = preflight;
    }

    public RunbookPreflight.Result preflight() {
        return preflight;
    }
}
