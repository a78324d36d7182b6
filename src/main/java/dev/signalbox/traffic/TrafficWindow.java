package dev.signalbox.traffic;

import dev.signalbox.railway.HttpRequestLog;
import dev.signalbox.railway.LogStreamStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * The last {@code minutes} minutes of requests, summarised into a {@link TrafficSnapshot} on demand. Not
 * thread-safe: one owner feeds it (the follower's thread) and the snapshot it hands out is immutable.
 */
public final class TrafficWindow {
    /** What one request costs to remember: time, status and duration, nothing a user sent. */
    private record Seen(Instant time, boolean serverError, int durationMillis) {
    }

    /** Bounds memory on a busy service: beyond this, the oldest requests are forgotten first. */
    static final int MAX_REQUESTS = 200_000;

    private final int minutes;
    private final Deque<Seen> requests = new ArrayDeque<>();

    public TrafficWindow(int minutes) {
        if (minutes < 1 || minutes > 60) {
            throw new IllegalArgumentException("a traffic window of 1 to 60 minutes, not " + minutes);
        }
        this.minutes = minutes;
    }

    public void add(List<HttpRequestLog> logged) {
        for (HttpRequestLog request : logged) {
            if (request.time() == null) {
                continue;
            }
            requests.addLast(new Seen(request.time(), request.serverError(), request.durationMillis()));
        }
        while (requests.size() > MAX_REQUESTS) {
            requests.removeFirst();
        }
    }

    /** Forgets everything: another deployment serves now, and its traffic starts afresh. */
    public void clear() {
        requests.clear();
    }

    public TrafficSnapshot snapshot(Instant now, String deploymentId, LogStreamStatus stream) {
        Instant firstMinute = now.truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(minutes - 1));
        while (!requests.isEmpty() && requests.peekFirst().time().isBefore(firstMinute.minusSeconds(60))) {
            requests.removeFirst();
        }
        List<TrafficMinute> perMinute = new ArrayList<>();
        for (int i = 0; i < minutes; i++) {
            Instant start = firstMinute.plus(Duration.ofMinutes(i));
            perMinute.add(summarise(start, start.plusSeconds(60)));
        }
        Instant lastStart = now.minusSeconds(60);
        return new TrafficSnapshot(now, deploymentId, stream, summarise(lastStart, now.plusNanos(1)), perMinute);
    }

    /** Requests in [from, to). */
    private TrafficMinute summarise(Instant from, Instant to) {
        int count = 0;
        int errors = 0;
        int[] durations = new int[16];
        for (Seen request : requests) {
            if (request.time().isBefore(from) || !request.time().isBefore(to)) {
                continue;
            }
            if (count == durations.length) {
                durations = Arrays.copyOf(durations, count * 2);
            }
            durations[count++] = request.durationMillis();
            if (request.serverError()) {
                errors++;
            }
        }
        return new TrafficMinute(from, count, errors, count == 0 ? null : percentile95(durations, count));
    }

    /** Nearest-rank 95th percentile: the smallest duration that at least 95% of the requests did not exceed. */
    static int percentile95(int[] durations, int count) {
        int[] sorted = Arrays.copyOf(durations, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(0.95 * count);
        return sorted[Math.max(0, rank - 1)];
    }
}
