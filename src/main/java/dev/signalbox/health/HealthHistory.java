package dev.signalbox.health;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bounded history of every endpoint's probes: one ring per endpoint, each sample kept as 20 bytes of primitives
 * (time, total and first-byte latency, status, failure class, verdict) and never as a body or an object. The
 * default capacity holds a day at one probe every 5 s (twice the default rate, to leave room for fast polling
 * during deploys and failures) in about 340 KB per endpoint. The oldest samples are overwritten.
 * <p>
 * Thread-safe.
 */
public final class HealthHistory {
    public static final int DEFAULT_CAPACITY = 17_280;
    /** A gap longer than this (the monitor was stopped, the laptop slept) counts as neither up nor down. */
    static final long MAX_SEGMENT_MILLIS = Duration.ofMinutes(10).toMillis();

    private static final HealthVerdict[] VERDICTS = HealthVerdict.values();
    private static final FailureClass[] FAILURES = FailureClass.values();

    private final Map<String, Ring> rings = new LinkedHashMap<>();
    private final int capacity;

    public HealthHistory(List<String> endpoints, int capacityPerEndpoint) {
        if (capacityPerEndpoint < 2) {
            throw new IllegalArgumentException("capacity must be at least 2");
        }
        this.capacity = capacityPerEndpoint;
        for (String endpoint : endpoints) {
            rings.put(endpoint, new Ring(capacityPerEndpoint));
        }
    }

    /** One point of an endpoint's history, for a chart. */
    public record Point(Instant time, int httpStatus, double totalMillis, double firstByteMillis, FailureClass failure,
                        HealthVerdict verdict) {
    }

    public void record(ProbeSample sample, HealthVerdict verdict) {
        record(sample.endpoint(), sample.time().toEpochMilli(), sample.httpStatus(), sample.timings().totalMicros(),
                sample.timings().firstByteMicros(), sample.failure(), verdict);
    }

    public synchronized void record(String endpoint, long epochMillis, int httpStatus, long totalMicros, long firstByteMicros,
                                    FailureClass failure, HealthVerdict verdict) {
        Ring ring = ring(endpoint);
        int i = ring.next;
        ring.time[i] = epochMillis;
        ring.totalMicros[i] = clampToInt(totalMicros);
        ring.firstByteMicros[i] = clampToInt(firstByteMicros);
        ring.status[i] = (short) httpStatus;
        ring.failure[i] = (byte) (failure == null ? -1 : failure.ordinal());
        ring.verdict[i] = (byte) verdict.ordinal();
        ring.next = (i + 1) % capacity;
        ring.size = Math.min(ring.size + 1, capacity);
    }

    public synchronized int size(String endpoint) {
        return ring(endpoint).size;
    }

    public int capacity() {
        return capacity;
    }

    /** Bytes held by the sample arrays of every ring (the bulk of this object's memory). */
    public synchronized long retainedBytes() {
        return (long) rings.size() * capacity * Ring.BYTES_PER_SAMPLE;
    }

    /** Uptime and latency percentiles of one endpoint over the window ending at {@code now}. */
    public synchronized WindowStats stats(String endpoint, Duration window, Instant now) {
        Ring ring = ring(endpoint);
        long end = now.toEpochMilli();
        long start = end - window.toMillis();
        int[] latencies = new int[ring.size];
        int answered = 0;
        int samples = 0;
        long servingMillis = 0;
        long coveredMillis = 0;
        long segmentEnd = end;
        HealthVerdict newest = null;
        for (int k = 0; k < ring.size; k++) {
            int i = Math.floorMod(ring.next - 1 - k, capacity);
            long t = ring.time[i];
            if (t < start) {
                break;
            }
            if (t > end) {
                continue;
            }
            samples++;
            HealthVerdict verdict = VERDICTS[ring.verdict[i]];
            if (newest == null) {
                newest = verdict;
            }
            long segment = Math.min(segmentEnd - t, MAX_SEGMENT_MILLIS);
            coveredMillis += segment;
            if (verdict.isServing()) {
                servingMillis += segment;
            }
            segmentEnd = t;
            if (ring.status[i] > 0 && ring.totalMicros[i] >= 0) {
                latencies[answered++] = ring.totalMicros[i];
            }
        }
        if (samples == 0) {
            return WindowStats.empty(window);
        }
        Double uptime = coveredMillis > 0 ? (double) servingMillis / coveredMillis : (newest.isServing() ? 1.0 : 0.0);
        if (answered == 0) {
            return new WindowStats(window, samples, uptime, null, null);
        }
        Arrays.sort(latencies, 0, answered);
        return new WindowStats(window, samples, uptime, percentile(latencies, answered, 0.50), percentile(latencies, answered, 0.95));
    }

    /** The samples of one endpoint from {@code since}, oldest first. */
    public synchronized List<Point> points(String endpoint, Instant since) {
        Ring ring = ring(endpoint);
        long from = since.toEpochMilli();
        List<Point> points = new ArrayList<>();
        for (int k = ring.size - 1; k >= 0; k--) {
            int i = Math.floorMod(ring.next - 1 - k, capacity);
            if (ring.time[i] < from) {
                continue;
            }
            points.add(new Point(Instant.ofEpochMilli(ring.time[i]), ring.status[i], millis(ring.totalMicros[i]),
                    millis(ring.firstByteMicros[i]), ring.failure[i] < 0 ? null : FAILURES[ring.failure[i]], VERDICTS[ring.verdict[i]]));
        }
        return points;
    }

    private static double percentile(int[] sorted, int count, double p) {
        int rank = (int) Math.ceil(p * count);
        return sorted[Math.max(0, rank - 1)] / 1000.0;
    }

    private static double millis(int micros) {
        return micros < 0 ? -1 : micros / 1000.0;
    }

    private static int clampToInt(long micros) {
        return micros < 0 ? -1 : (int) Math.min(micros, Integer.MAX_VALUE);
    }

    private Ring ring(String endpoint) {
        Ring ring = rings.get(endpoint);
        if (ring == null) {
            throw new IllegalArgumentException("no endpoint named '" + endpoint + "' in this history");
        }
        return ring;
    }

    private static final class Ring {
        static final int BYTES_PER_SAMPLE = Long.BYTES + Integer.BYTES + Integer.BYTES + Short.BYTES + 1 + 1;

        final long[] time;
        final int[] totalMicros;
        final int[] firstByteMicros;
        final short[] status;
        final byte[] failure;
        final byte[] verdict;
        int next;
        int size;

        Ring(int capacity) {
            time = new long[capacity];
            totalMicros = new int[capacity];
            firstByteMicros = new int[capacity];
            status = new short[capacity];
            failure = new byte[capacity];
            verdict = new byte[capacity];
        }
    }
}
