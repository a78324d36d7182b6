package dev.signalbox.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way the UI runs work off the FX thread: {@code Background.run(callable).onSuccess(..).onError(..)}.
 * Results and errors are delivered on the FX thread. Threads are daemons so closing the window ends the process.
 */
public final class Background {
    private static final Logger LOG = LoggerFactory.getLogger(Background.class);
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final ThreadFactory THREADS = runnable -> {
        Thread thread = new Thread(runnable, "signalbox-background-" + COUNTER.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    };
    private static final ExecutorService EXECUTOR = Executors.newFixedThreadPool(4, THREADS);

    private Background() {
    }

    public static <T> Job<T> run(Callable<T> work) {
        return new Job<>(work);
    }

    public static ExecutorService executor() {
        return EXECUTOR;
    }

    public static void shutdown() {
        EXECUTOR.shutdownNow();
        try {
            EXECUTOR.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static final class Job<T> {
        private final Callable<T> work;
        private Consumer<T> onSuccess = value -> { };
        private Consumer<Throwable> onError = error -> LOG.warn("background work failed", error);

        private Job(Callable<T> work) {
            this.work = work;
        }

        public Job<T> onSuccess(Consumer<T> handler) {
            this.onSuccess = handler;
            return this;
        }

        public Job<T> onError(Consumer<Throwable> handler) {
            this.onError = handler;
            return this;
        }

        public void start() {
            start(EXECUTOR);
        }

        /**
         * Runs the work on {@code executor}; the handlers still run on the FX thread. A window-free test passes a
         * current-thread executor ({@code Runnable::run}) so the work is done when the call returns.
         */
        public void start(Executor executor) {
            executor.execute(() -> {
                try {
                    T value = work.call();
                    Platform.runLater(() -> onSuccess.accept(value));
                } catch (Exception | LinkageError e) {
                    LOG.debug("background work failed", e);
                    Platform.runLater(() -> onError.accept(e));
                }
            });
        }
    }
}
