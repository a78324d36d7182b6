package dev.signalbox.cli;

import dev.signalbox.config.Profile;
import dev.signalbox.railway.Deployment;
import dev.signalbox.railway.LogFollower;
import dev.signalbox.railway.LogLine;
import dev.signalbox.railway.LogStreamStatus;
import dev.signalbox.railway.RailwayClient;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code railway logs --follow}: lines on stdout as they arrive, the stream's state on stderr, until Ctrl+C. */
final class LogFollowPrinter implements LogFollower.Listener {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean json;
    private final String search;
    private final boolean signaturesOnly;
    private volatile boolean sawSignature;
    private StopSignal signal;

    LogFollowPrinter(PrintWriter out, PrintWriter err, boolean json, String search, boolean signaturesOnly) {
        this.out = out;
        this.err = err;
        this.json = json;
        this.search = search;
        this.signaturesOnly = signaturesOnly;
    }

    int follow(RailwayClient client, Profile.RailwaySettings settings, Deployment deployment, LogLine.LogSource source) {
        if (!json) {
            err.println("Following the " + source.name().toLowerCase(Locale.ROOT) + " log of deployment " + deployment.shortId()
                    + " (" + deployment.rawStatus() + "); Ctrl+C to stop.");
            err.flush();
        }
        try (StopSignal stop = new StopSignal()) {
            signal = stop;
            LogFollower follower = new LogFollower(client, settings.subscriptions(), deployment.id(), source,
                    LogFollower.Options.DEFAULT, this).start();
            try {
                stop.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                follower.close();
                synchronized (this) {
                    out.flush();
                    err.flush();
                }
            }
        }
        return sawSignature ? ExitCode.ATTENTION : ExitCode.OK;
    }

    @Override
    public synchronized void onLines(List<LogLine> lines) {
        for (LogLine line : lines) {
            if (!line.contains(search) || (signaturesOnly && line.signature() == null)) {
                continue;
            }
            sawSignature |= line.signature() != null;
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("type", "line");
                m.putAll(RailwayCommand.Logs.lineJson(line));
                out.println(Output.jsonLine(m));
            } else {
                out.println((line.signature() != null ? "!! " : "   ") + line.timestamp() + "  " + line.message());
                if (line.signature() != null) {
                    out.println("      -> " + line.signature().explanation());
                }
            }
        }
        out.flush();
    }

    @Override
    public synchronized void onStatus(LogStreamStatus status) {
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", "status");
            m.put("mode", status.mode().name().toLowerCase(Locale.ROOT));
            m.put("detail", status.detail());
            out.println(Output.jsonLine(m));
            out.flush();
        } else if (status.mode() != LogStreamStatus.Mode.STOPPED) {
            err.println("-- " + describe(status));
            err.flush();
        }
        if (status.mode() == LogStreamStatus.Mode.ENDED && signal != null) {
            signal.stop();
        }
    }

    static String describe(LogStreamStatus status) {
        return switch (status.mode()) {
            case CONNECTING -> "connecting";
            case STREAMING -> "streaming" + (status.detail().isEmpty() ? "" : " (" + status.detail() + ")");
            case RECONNECTING -> status.detail() + "; reconnecting (attempt " + status.attempt() + ") in "
                    + status.retryIn().toMillis() + " ms";
            case POLLING -> status.detail();
            case ENDED -> "the stream ended";
            case STOPPED -> "stopped";
        };
    }
}
