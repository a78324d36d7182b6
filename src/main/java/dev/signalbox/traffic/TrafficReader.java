package dev.signalbox.traffic;

import dev.signalbox.railway.Deployment;
import dev.signalbox.railway.HttpRequestLog;
import dev.signalbox.railway.LogStreamStatus;
import dev.signalbox.railway.RailwayClient;
import dev.signalbox.railway.RailwayException;
import dev.signalbox.railway.RailwayTarget;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Real traffic read once (for {@code signalbox health}): the serving deployment's httpLogs of the last minutes
 * through the query, paged, instead of a subscription. Costs 2 requests for a quiet service, 1 more per 500 requests.
 */
public final class TrafficReader {
    private static final int PAGE = 500;
    /** A busy service's last minutes can be tens of thousands of requests: beyond this the summary says so. */
    private static final int MAX_PAGES = 40;

    private final RailwayClient client;
    private final RailwayTarget target;
    private final Clock clock;
    private final Set<String> probePaths;

    public TrafficReader(RailwayClient client, RailwayTarget target, Clock clock, Set<String> probePaths) {
        this.client = client;
        this.target = target;
        this.clock = clock;
        this.probePaths = Set.copyOf(probePaths);
    }

    /** The last {@code minutes} minutes (1 to 10) of the deployment serving the domain now. */
    public TrafficSnapshot read(int minutes) throws RailwayException {
        Instant now = clock.instant();
        TrafficWindow window = new TrafficWindow(minutes);
        Optional<Deployment> serving = client.deployments(target, 10).stream()
                .filter(d -> d.status() == dev.signalbox.railway.DeploymentStatus.SUCCESS).findFirst();
        if (serving.isEmpty()) {
            return window.snapshot(now, null, LogStreamStatus.of(LogStreamStatus.Mode.ENDED, "no deployment serves the domain"));
        }
        Instant after = now.truncatedTo(java.time.temporal.ChronoUnit.MINUTES).minus(Duration.ofMinutes(minutes));
        String detail = "read once with the httpLogs query";
        for (int page = 0; page < MAX_PAGES; page++) {
            List<HttpRequestLog> requests = client.httpLogs(serving.get().id(), after, PAGE);
            window.add(requests.stream().filter(r -> !probePaths.contains(r.path())).toList());
            Instant last = requests.isEmpty() ? null : requests.get(requests.size() - 1).time();
            if (requests.size() < PAGE || last == null || !last.isAfter(after)) {
                break;
            }
            after = last;
            if (page == MAX_PAGES - 1) {
                detail = "read once; more than " + PAGE * MAX_PAGES + " requests, the oldest minutes are incomplete";
            }
        }
        return window.snapshot(now, serving.get().id(), LogStreamStatus.of(LogStreamStatus.Mode.ENDED, detail));
    }
}
