package dev.signalbox.ops.runbook;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A local process (e.g. {@code alembic upgrade head}) with an injected environment, its output streamed line by
 * line, a timeout, and cancellation that ends the whole process tree (alembic spawns no children, but a shell
 * wrapper would).
 */
public final class LocalCommand {

    public record Result(int exitCode, boolean timedOut, boolean cancelled) {
        public boolean succeeded() {
            return exitCode == 0 && !timedOut && !cancelled;
        }
    }

    private final List<String> command;
    private final Path workingDirectory;
    private final Map<String, String> environment;
    private volatile Process process;
    private volatile boolean cancelled;

    public LocalCommand(List<String> command, Path workingDirectory, Map<String, String> environment) {
        this.command = List.copyOf(command);
        this.workingDirectory = workingDirectory;
        this.environment = Map.copyOf(environment);
    }

    /** Runs to completion (or timeout, or {@link #cancel()}), sending each output line to {@code output}. */
    public Result run(Duration timeout, Consumer<String> output) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process started = builder.start();
        process = started;
        if (cancelled) {
            destroyTree(started);
        }
        Thread pump = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(started.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    output.accept(line);
                }
            } catch (IOException e) {
                // The process ended or was killed; the exit code tells the rest.
            }
        }, "local-command-output");
        pump.setDaemon(true);
        pump.start();
        boolean finished = started.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) {
            destroyTree(started);
            started.waitFor(5, TimeUnit.SECONDS);
        }
        pump.join(2000);
        int exit = finished ? started.exitValue() : -1;
        return new Result(exit, !finished && !cancelled, cancelled);
    }

    public void cancel() {
        cancelled = true;
        Process current = process;
        if (current != null) {
            destroyTree(current);
        }
    }

    private static void destroyTree(Process process) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
    }

    /** How the command line is shown: the words, never the environment (it carries secrets). */
    public String describe() {
        return String.join(" ", command.stream()
                .map(word -> word.length() > 100 ? word.substring(0, 40) + "...(" + word.length() + " chars)" : word).toList());
    }
}
