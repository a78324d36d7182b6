package dev.signalbox.reliability;

import dev.signalbox.cli.LastResort;
import dev.signalbox.common.Logging;
import dev.signalbox.config.PlatformDirs;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * A child JVM's main (see {@link LastResortTest}): commands that fail the ways a bug does, run through the same
 * {@link LastResort} that {@code Signalbox.main} uses, with the same logging set-up.
 */
@Command(name = "faulty", subcommands = {FaultyCommands.Overflow.class, FaultyCommands.OutOfMemory.class, FaultyCommands.Bug.class})
public final class FaultyCommands {

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true);
        CommandLine commandLine = new CommandLine(new FaultyCommands());
        commandLine.setErr(err);
        System.exit(new LastResort(() -> Logging.init(PlatformDirs.detect().logs())).execute(commandLine, args));
    }

    @Command(name = "overflow")
    static final class Overflow implements Callable<Integer> {
        @Override
        public Integer call() {
            return depth(0);
        }

        private static int depth(int n) {
            return depth(n + 1) + 1;
        }
    }

    @Command(name = "out-of-memory")
    static final class OutOfMemory implements Callable<Integer> {
        @Override
        public Integer call() {
            List<long[]> hoard = new ArrayList<>();
            while (true) {
                hoard.add(new long[1 << 20]);
            }
        }
    }

    @Command(name = "bug")
    static final class Bug implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("a state the code never expected");
        }
    }
}
