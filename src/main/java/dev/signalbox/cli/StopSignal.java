package dev.signalbox.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Lets a long-running command (a followed log, the headless watch) end cleanly on Ctrl+C or SIGTERM: the JVM's
 * shutdown hook wakes the command's thread, which stops its work and flushes its output, and the hook waits for
 * that (at most {@link #GRACE_MILLIS} ms) so the process does not exit half-way through a line. The grace is short:
 * a unit's stop must end within 2 s, and a sandbox still stopping its PostgreSQL then is finished by its reaper.
 */
final class StopSignal implements AutoCloseable {
    static final int GRACE_MILLIS = 1500;

    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch cleanedUp = new CountDownLatch(1);
    private final Thread hook;

    StopSignal() {
        hook = new Thread(() -> {
            stop.countDown();
            try {
                cleanedUp.await(GRACE_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "signalbox-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Blocks until a signal arrives or {@link #stop()} is called. */
    void await() throws InterruptedException {
        stop.await();
    }

    /** Ends the wait from inside (the stream ended). */
    void stop() {
        stop.countDown();
    }

    /** Called once the command has stopped everything it started. */
    @Override
    public void close() {
        cleanedUp.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running: it returns now that cleanedUp is counted down.
        }
    }
}
