package dev.signalbox.railway;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Build and deploy logs of one deployment over a time window. Railway has no log cursor, so this pages forward by
 * start date and de-duplicates by timestamp + message (a page may overlap the previous one, or hold limit + 1 lines).
 */
public final class DeploymentLogs {
    /** Lines per request. */
    public static final int PAGE = 500;
    /** Requests per source per fetch: a window of more than PAGE x MAX_PAGES lines is cut (and says so). */
    public static final int MAX_PAGES = 10;

    private final RailwayClient client;

    public DeploymentLogs(RailwayClient client) {
        this.client = client;
    }

    /**
     * The lines of [start, end] (null bounds: from the beginning / up to now), both sources merged by time.
     *
     * @param truncated true when MAX_PAGES was reached before the window's end
     */
    public record Result(String deploymentId, List<LogLine> lines, boolean truncated, int requests) {
        public Result {
            lines = List.copyOf(lines);
        }

        /** Lines containing {@code query} (case-insensitive); all lines for a blank query. */
        public List<LogLine> search(String query) {
            return lines.stream().filter(line -> line.contains(query)).toList();
        }

        /** Lines that match a known failure signature, in order. */
        public List<LogLine> signatures() {
            return lines.stream().filter(line -> line.signature() != null).toList();
        }
    }

    public Result fetch(String deploymentId, Instant start, Instant end, Set<LogLine.LogSource> sources) throws RailwayException {
        Map<String, LogLine> unique = new LinkedHashMap<>();
        boolean truncated = false;
        int requests = 0;
        for (LogLine.LogSource source : EnumSet.copyOf(sources)) {
            // Without a start date Railway answers with the newest lines (a tail): page from the epoch instead.
            Instant from = start != null ? start : Instant.EPOCH;
            for (int page = 0; ; page++) {
                if (page == MAX_PAGES) {
                    truncated = true;
                    break;
                }
                List<LogLine> lines = client.logs(source, deploymentId, from, end, PAGE);
                requests++;
                int added = 0;
                Instant latest = from;
                for (LogLine line : lines) {
                    if (unique.putIfAbsent(line.key(), line) == null) {
                        added++;
                    }
                    if (line.time() != null && (latest == null || line.time().isAfter(latest))) {
                        latest = line.time();
                    }
                }
                // A short page is the last one; a full page that added nothing new cannot move forward either.
                if (lines.size() < PAGE || added == 0 || latest == null || latest.equals(from)) {
                    break;
                }
                from = latest;
            }
        }
        List<LogLine> sorted = new ArrayList<>(unique.values());
        sorted.sort(Comparator.comparing(LogLine::time, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(LogLine::source));
        return new Result(deploymentId, sorted, truncated, requests);
    }

    /** Every line of both logs since the deployment was created. */
    public Result fetchAll(Deployment deployment) throws RailwayException {
        Instant since = deployment.createdAt() != null ? deployment.createdAt().minusSeconds(60) : null;
        return fetch(deployment.id(), since, null, EnumSet.allOf(LogLine.LogSource.class));
    }
}
