package dev.signalbox.cli;

/** Exit codes shared by every command, so scripts and CI jobs can branch on them. */
public final class ExitCode {
    /** Everything checked is fine. */
    public static final int OK = 0;
    /** The check ran and found something that needs attention (a DOWN probe, a pending migration, a lock...). */
    public static final int ATTENTION = 1;
    /** The command could not run as asked: bad arguments, a broken profile, a missing secret. */
    public static final int USAGE = 2;
    /** A bug in Signalbox; the log file has the details. */
    public static final int INTERNAL = 3;

    private ExitCode() {
    }
}
