package dev.signalbox.ops;

/** How a guarded action ended; every one of them is written to the audit log. */
public enum Outcome {
    /** Begun (a runbook's local command): written before it runs, the record of its end follows. */
    STARTED,
    /** Performed, and the read-back shows the intended state. */
    SUCCEEDED,
    /** Performed, but the read-back shows something else, or the action itself failed. */
    FAILED,
    /** Performed (or maybe performed), but the result could not be read back: look before acting again. */
    UNVERIFIED,
    /** Not performed: read-only mode, or the production confirmation was not typed correctly. */
    REFUSED,
    /** Not performed: the person said no. */
    DECLINED
}
