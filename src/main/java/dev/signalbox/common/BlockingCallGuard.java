package dev.signalbox.common;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Catches blocking I/O on the JavaFX application thread. Every network and JDBC entry point of the engines calls
 * {@link #check(String)}; on the FX thread that is a bug (the window would freeze), so it is recorded and, when
 * strict (tests), thrown. Engines may not import JavaFX, so the thread is recognised by its name.
 */
public final class BlockingCallGuard {
    private static final String FX_THREAD = "JavaFX Application Thread";
    private static final List<String> VIOLATIONS = new CopyOnWriteArrayList<>();
    private static volatile boolean strict = Boolean.getBoolean("signalbox.strictThreads");

    private BlockingCallGuard() {
    }

    /** @param what the call about to block, e.g. "HTTP GET http://host/api/health" */
    public static void check(String what) {
        if (FX_THREAD.equals(Thread.currentThread().getName())) {
            String violation = what + " on the JavaFX application thread";
            VIOLATIONS.add(violation);
            if (strict) {
                throw new IllegalStateException("blocking call " + violation);
            }
        }
    }

    /**
     * As {@link #check(String)}, describing the call only on the FX thread: the HTTP client checks every request, and
     * a redacted URL is a parse and a few strings each time, for a description that is almost never used.
     */
    public static void check(Supplier<String> what) {
        if (FX_THREAD.equals(Thread.currentThread().getName())) {
            check(what.get());
        }
    }

    public static List<String> violations() {
        return List.copyOf(VIOLATIONS);
    }

    public static void reset() {
        VIOLATIONS.clear();
    }

    public static void setStrict(boolean value) {
        strict = value;
    }
}
