package dev.signalbox.railway.simulator;

import java.util.List;

/** The outcome of a build or a start, with the log lines it printed. */
public record PhaseResult(boolean succeeded, List<String> lines) {
    public PhaseResult {
        lines = List.copyOf(lines);
    }

    public static PhaseResult succeeded(String... lines) {
        return new PhaseResult(true, List.of(lines));
    }

    public static PhaseResult failed(String... lines) {
        return new PhaseResult(false, List.of(lines));
    }
}
