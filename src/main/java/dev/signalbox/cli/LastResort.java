package dev.signalbox.cli;

import dev.signalbox.config.ConfigException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * The last-resort handler of every command: whatever escapes a command (an exception, but also a
 * {@link StackOverflowError} or an {@link OutOfMemoryError}, which picocli does not catch) is logged with its
 * stack trace and becomes one sentence naming the log file, and exit code 3, as the README's exit-code table
 * promises. A {@link ConfigException} that reaches here is the user's input, not a bug: exit code 2.
 */
public final class LastResort implements CommandLine.IExecutionExceptionHandler {
    // Written before anything can fail: after an OutOfMemoryError, building a message may itself fail.
    private static final String FALLBACK = "signalbox: internal error; the log file has the details (exit code 3)";

    private final Supplier<Path> logFile;

    /** @param logFile the log file, initialising logging if it is not yet; null when there is none (tests) */
    public LastResort(Supplier<Path> logFile) {
        this.logFile = logFile;
    }

    /** Installs the handler on a command line and runs it; never throws, whatever the command does. */
    public int execute(CommandLine commandLine, String[] args) {
        commandLine.setExecutionExceptionHandler(this);
        try {
            return commandLine.execute(args);
        } catch (Throwable t) {
            // picocli hands only Exceptions to the handler: Errors (stack overflow, out of memory) arrive here.
            return report(t, commandName(commandLine, args), commandLine.getErr());
        }
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        if (ex instanceof ConfigException config) {
            cmd.getErr().println("error: " + config.getMessage());
            cmd.getErr().flush();
            return ExitCode.USAGE;
        }
        return report(ex, qualifiedName(cmd), cmd.getErr());
    }

    /** Logs the trace and prints one sentence with the log's path; returns {@link ExitCode#INTERNAL}. */
    public int report(Throwable failure, String command, PrintWriter err) {
        try {
            Path log = null;
            try {
                log = logFile.get();
                LoggerFactory.getLogger(LastResort.class).error("internal error in '{}'", command, failure);
            } catch (Throwable loggingFailed) {
                failure.addSuppressed(loggingFailed);
            }
            err.println(sentence(failure, command, log));
            err.flush();
        } catch (Throwable again) {
            err.println(FALLBACK);
            err.flush();
        }
        return ExitCode.INTERNAL;
    }

    static String sentence(Throwable failure, String command, Path log) {
        String what = failure.getClass().getSimpleName();
        String message = failure.getMessage();
        if (message != null && !message.isBlank() && !(failure instanceof StackOverflowError)) {
            String firstLine = message.strip().lines().findFirst().orElse("");
            what += ": " + (firstLine.length() > 200 ? firstLine.substring(0, 197) + "..." : firstLine);
        }
        return "internal error in '" + command + "' (" + what + "); "
                + (log != null ? "the stack trace is in " + log : "logging is off in this run, so no stack trace was kept")
                + ", please report it.";
    }

    private static String qualifiedName(CommandLine cmd) {
        StringBuilder name = new StringBuilder(cmd.getCommandName());
        for (CommandLine parent = cmd.getParent(); parent != null && parent.getParent() != null; parent = parent.getParent()) {
            name.insert(0, parent.getCommandName() + " ");
        }
        return name.toString();
    }

    private static String commandName(CommandLine root, String[] args) {
        try {
            CommandLine.ParseResult parsed = root.getParseResult();
            if (parsed != null) {
                CommandLine last = parsed.asCommandLineList().get(parsed.asCommandLineList().size() - 1);
                return qualifiedName(last);
            }
        } catch (RuntimeException e) {
            // fall through to the first word
        }
        return args.length > 0 ? args[0] : root.getCommandName();
    }
}
