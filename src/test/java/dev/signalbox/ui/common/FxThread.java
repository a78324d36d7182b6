package dev.signalbox.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The JavaFX thread for tests: the toolkit for window-free view model tests, a way to read and drive a view model or
 * a scene on the FX thread, where its properties and nodes live, and to wait for the exact state a test asserts.
 */
public final class FxThread {
    private FxThread() {
    }

    /**
     * Starts the toolkit the way TestFX does, unless a test in this JVM already did. Surefire runs every test class in
     * one JVM, in file system order: a toolkit started with {@code Platform.startup} before the first TestFX test
     * made TestFX, at its own launch, swap Monocle's headless platform for a fresh one under the running toolkit.
     */
    public static void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
    }

    /**
     * Runs {@code work} on the FX thread and returns its result; on the FX thread already, runs it there, so a helper
     * that reads a node can be used both inside a {@link #waitFor} condition and after it.
     */
    public static <T> T call(Callable<T> work) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return work.call();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            // The work's own failure (an assertion, a lookup that found nothing), not the future's wrapper.
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    public static void run(Runnable work) throws Exception {
        call(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Waits until {@code condition}, evaluated on the FX thread, holds: a scene lookup or a node read off that thread
     * can meet a view rebuilding its children (IndexOutOfBounds, ConcurrentModification) or read it half built.
     * Call it from the test thread, never from the FX thread, which it polls.
     */
    public static void waitFor(int seconds, Callable<Boolean> condition) throws Exception {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("waitFor polls the FX thread: call it from the test thread");
        }
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> call(condition));
    }

    /**
     * Like {@link #waitFor}, first letting the FX thread handle every event already queued (a click, a list change)
     * before each evaluation, for waits that follow an interaction.
     */
    public static void waitForAfterEvents(int seconds, Callable<Boolean> condition) throws Exception {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("waitForFxEvents blocks the FX thread: call it from the test thread");
        }
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return call(condition);
        });
    }
}
