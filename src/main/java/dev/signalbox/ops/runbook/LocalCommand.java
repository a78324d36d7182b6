package dev.signalbox.ops.runbook;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local process (e.g. {@code alembic upgrade head}) with an injected environment, its output streamed line by
 * line, a timeout, and cancellation.
 * <p>
 * On Unix the command runs in its own process group (session), held at a gate until {@link Gate#open()}: the
 * caller learns the pid and writes its "started" audit record before the command does anything. The whole group
 * (a shell wrapper and what it spawned, even re-parented) is ended on cancel, on timeout and by a shutdown hook
 * when the console exits. A {@code kill -9} of the console runs no hook, so a small watchdog process waits for
 * the console's death and then ends the group: a migration is never left running unsupervised (issue 14).
 */
public final class LocalCommand {
    private static final Logger LOG = LoggerFactory.getLogger(LocalCommand.class);
    private static final boolean UNIX = !System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
    /** Reads one line from stdin and runs the command only if it is "go": the gate the console opens. */
    private static final String GATE = "read -r gate && [ \"$gate\" = go ] && exec \"$@\"; exit 125";
    /** Seconds between SIGTERM and SIGKILL when the group is ended: alembic rolls back on SIGTERM. */
    private static final int TERM_GRACE_SECONDS = 5;

    public record Result(int exitCode, boolean timedOut, boolean cancelled) {
        public boolean succeeded() {
            return exitCode == 0 && !timedOut && !cancelled;
        }
    }

    /** The started, not yet running, command: its pid (and process group), and the gate that lets it run. */
    public interface Gate {
        long pid();

        /** True when the command is in a process group of its own (pid == group id), ended as a whole. */
        boolean ownProcessGroup();

        /** Lets the command run. Without it (an exception in the callback), the command exits without running. */
        void open() throws IOException;
    }

    private final List<String> command;
    private final Path workingDirectory;
    private final Map<String, String> environment;
    private volatile Process process;
    private volatile boolean groupLeader;
    private volatile boolean cancelled;

    public LocalCommand(List<String> command, Path workingDirectory, Map<String, String> environment) {
        this.command = List.copyOf(command);
        this.workingDirectory = workingDirectory;
        this.environment = Map.copyOf(environment);
    }

    /** Runs to completion (or timeout, or {@link #cancel()}), sending each output line to {@code output}. */
    public Result run(Duration timeout, Consumer<String> output) throws IOException, InterruptedException {
        return run(timeout, output, Gate::open);
    }

    /**
     * Like {@link #run(Duration, Consumer)}, but calls {@code started} with the process before it may run; the
     * callback must {@link Gate#open()} it (after writing its audit record), or throw to stop it unrun.
     */
    public Result run(Duration timeout, Consumer<String> output, GateCallback onStarted) throws IOException, InterruptedException {
        String groupTool = UNIX ? processGroupTool() : null;
        List<String> words = new ArrayList<>();
        if (groupTool != null) {
            words.addAll(groupTool.equals("setsid") ? List.of(setsidBinary()) : List.of("/usr/bin/perl", "-e",
                    "setpgrp(0, 0) or die \"setpgrp: $!\"; exec @ARGV or die \"exec: $!\""));
        }
        if (UNIX) {
            words.addAll(List.of("/bin/sh", "-c", GATE, "signalbox-command"));
        }
        words.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(words).directory(workingDirectory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process started = builder.start();
        process = started;
        groupLeader = groupTool != null;
        Thread hook = new Thread(() -> end(started, groupLeader, false), "signalbox-command-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        Process watchdog = groupLeader ? startWatchdog(started.pid()) : null;
        try {
            if (cancelled) {
                end(started, groupLeader, true);
            }
            Gate gate = new Gate() {
                @Override
                public long pid() {
                    return started.pid();
                }

                @Override
                public boolean ownProcessGroup() {
                    return groupLeader;
                }

                @Override
                public void open() throws IOException {
                    OutputStream stdin = started.getOutputStream();
                    if (UNIX) {
                        stdin.write("go\n".getBytes(StandardCharsets.US_ASCII));
                        stdin.flush();
                    }
                    // The command reads nothing from us: end of input, as a terminal-less run would have.
                    stdin.close();
                }
            };
            try {
                onStarted.accept(gate);
            } catch (IOException | RuntimeException e) {
                started.getOutputStream().close();
                end(started, groupLeader, true);
                started.waitFor(TERM_GRACE_SECONDS + 1, TimeUnit.SECONDS);
                throw e;
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
                end(started, groupLeader, true);
                started.waitFor(TERM_GRACE_SECONDS + 1, TimeUnit.SECONDS);
            }
            // What the command left running in its group (a shell's background job) ends with it.
            end(started, groupLeader, false);
            pump.join(2000);
            int exit = finished ? started.exitValue() : -1;
            return new Result(exit, !finished && !cancelled, cancelled);
        } finally {
            if (watchdog != null) {
                watchdog.destroy();
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running or about to: it ends the group.
            }
        }
    }

    /** Receives the started command; must open its gate (or throw). */
    @FunctionalInterface
    public interface GateCallback {
        void accept(Gate gate) throws IOException;
    }

    public void cancel() {
        cancelled = true;
        Process current = process;
        if (current != null) {
            end(current, groupLeader, true);
        }
    }

    /** The pid of the running command (the process group's id on Unix), or -1 before it started. */
    public long pid() {
        Process current = process;
        return current == null ? -1 : current.pid();
    }

    /**
     * Ends the command: SIGTERM to its whole process group (then SIGKILL after a grace period, in the background),
     * or to the process and its descendants where there is no group. {@code always} also signals a leader that
     * already exited (its group may still hold children).
     */
    private static void end(Process process, boolean group, boolean always) {
        if (group) {
            if (always || process.isAlive() || groupAlive(process.pid())) {
                signalGroup(process.pid(), "TERM");
                Thread killer = new Thread(() -> {
                    try {
                        process.waitFor(TERM_GRACE_SECONDS, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    if (groupAlive(process.pid())) {
                        signalGroup(process.pid(), "KILL");
                    }
                }, "signalbox-command-kill");
                killer.setDaemon(true);
                killer.start();
            }
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
    }

    /** True while any process of group {@code pgid} is alive (Unix). */
    public static boolean groupAlive(long pgid) {
        return shell("kill -0 -" + pgid + " 2>/dev/null") == 0;
    }

    private static void signalGroup(long pgid, String signal) {
        shell("kill -" + signal + " -" + pgid + " 2>/dev/null");
    }

    private static int shell(String script) {
        try {
            Process kill = new ProcessBuilder("/bin/sh", "-c", script).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return kill.waitFor(10, TimeUnit.SECONDS) ? kill.exitValue() : -1;
        } catch (IOException e) {
            LOG.warn("cannot run kill for a runbook command's process group", e);
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /**
     * A shell that waits while both this JVM and the command's group live; if the JVM dies first (kill -9, a
     * crash), it ends the group: SIGTERM, then SIGKILL after the grace period.
     */
    private static Process startWatchdog(long pgid) {
        long jvm = ProcessHandle.current().pid();
        String script = "while kill -0 " + jvm + " 2>/dev/null && kill -0 -" + pgid + " 2>/dev/null; do sleep 1; done; "
                + "kill -0 " + jvm + " 2>/dev/null && exit 0; "
                + "kill -TERM -" + pgid + " 2>/dev/null; i=0; "
                + "while kill -0 -" + pgid + " 2>/dev/null && [ $i -lt " + TERM_GRACE_SECONDS * 5 + " ]; do sleep 0.2; i=$((i+1)); done; "
                + "kill -KILL -" + pgid + " 2>/dev/null; exit 0";
        try {
            return new ProcessBuilder("/bin/sh", "-c", script).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            LOG.warn("no watchdog for the runbook command (pid {}): if the console is killed, it runs on", pgid, e);
            return null;
        }
    }

    /** "setsid" (util-linux, Linux) or "perl" (macOS has no setsid), or null: then no group of its own. */
    private static String processGroupTool() {
        if (setsidBinary() != null) {
            return "setsid";
        }
        return Files.isExecutable(Path.of("/usr/bin/perl")) ? "perl" : null;
    }

    private static String setsidBinary() {
        for (String candidate : List.of("/usr/bin/setsid", "/bin/setsid")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * How the command line is shown (runbook log, audit record): the words, never the environment (it carries
     * secrets), with a password inside a URL word ({@code -x url=postgresql://u:PASSWORD@h/db}) or after
     * {@code password=}/{@code token=} masked.
     */
    public String describe() {
        return String.join(" ", command.stream().map(LocalCommand::withoutSecrets)
                .map(word -> word.length() > 100 ? word.substring(0, 40) + "..." : word).toList());
    }

    static String withoutSecrets(String word) {
        return word.replaceAll("(://[^:/@\\s]*:)[^@\\s]+@", "$1****@")
                .replaceAll("(?i)((?:password|passwd|pwd|token|secret)[a-z_]*=)[^&\\s]+", "$1****");
    }
}
