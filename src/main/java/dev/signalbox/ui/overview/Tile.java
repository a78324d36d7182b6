package dev.signalbox.ui.overview;

import dev.signalbox.ui.shell.ConsoleSection;
import java.time.Instant;
import java.util.List;

/**
 * One tile of the Overview: a part's verdict in a word, a headline a person reads at a glance, the details behind
 * it, and the view a click opens.
 *
 * @param sparkline oldest first: recent latencies in ms (health tiles), the 5xx percent per minute (real traffic); else empty
 */
public record Tile(String id, String title, Status status, String headline, List<String> details,
                   ConsoleSection opens, Instant updatedAt, String error, List<Double> sparkline) {

    /** UNKNOWN: read, but what was read cannot tell good from bad (no request served): neutral, never OK. */
    public enum Status { OK, ATTENTION, ERROR, LOADING, NOT_CONFIGURED, UNKNOWN }

    public Tile {
        details = List.copyOf(details);
        sparkline = List.copyOf(sparkline);
    }
}
