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
 * during deploys and failures) in about 340 KB per endpoint. The arrays grow to that as samples arrive (a project
 * of 40 endpoints watched for half an hour holds a few hundred samples each, not a day's 14 MB preallocated); once
 * full, the oldest samples are overwritten.
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
        if (ring.size == capacity) {
            long oldest = ring.total - capacity;
            for (WindowAggregate window : ring.windows.values()) {
                if (window.from <= oldest) {
                    evictOldest(ring, window);
                }
            }
        }
        if (ring.size > 0 && epochMillis < ring.time[index(ring.total - 1)]) {
            // A clock that went back: the incremental windows assume time order, so from now on they are scanned.
            ring.ordered = false;
            ring.windows.clear();
        }
        int i = ring.next;
        if (i == ring.time.length) {
            ring.grow(capacity);
        }
        ring.time[i] = epochMillis;
        ring.totalMicros[i] = clampToInt(totalMicros);
        ring.firstByteMicros[i] = clampToInt(firstByteMicros);
        ring.status[i] = (short) httpStatus;
        ring.failure[i] = (byte) (failure == null ? -1 : failure.ordinal());
        ring.verdict[i] = (byte) verdict.ordinal();
        ring.next = (i + 1) % capacity;
        ring.size = Math.min(ring.size + 1, capacity);
        long seq = ring.total++;
        for (WindowAggregate window : ring.windows.values()) {
            include(ring, window, seq);
        }
    }

    /** Adds sample {@code seq} (the newest) to a window: closes the previous newest's segment, adds the latency. */
    private void include(Ring ring, WindowAggregate window, long seq) {
        if (seq - 1 >= window.from) {
            closeSegment(ring, window, seq - 1, +1);
        }
        int i = index(seq);
        if (ring.status[i] > 0 && ring.totalMicros[i] >= 0) {
            window.latencies.add(ring.totalMicros[i]);
        }
    }

    /** Removes the window's oldest sample: its closed segment (when it has a successor) and its latency. */
    private void evictOldest(Ring ring, WindowAggregate window) {
        long seq = window.from;
        if (seq + 1 < ring.total) {
            closeSegment(ring, window, seq, -1);
        }
        int i = index(seq);
        if (ring.status[i] > 0 && ring.totalMicros[i] >= 0) {
            window.latencies.remove(ring.totalMicros[i]);
        }
        window.from++;
    }

    /** The time from sample {@code seq} to its successor, counted as serving or not by {@code seq}'s verdict. */
    private void closeSegment(Ring ring, WindowAggregate window, long seq, int sign) {
        int i = index(seq);
        long segment = Math.min(ring.time[index(seq + 1)] - ring.time[i], MAX_SEGMENT_MILLIS);
        window.coveredMillis += sign * segment;
        if (VERDICTS[ring.verdict[i]].isServing()) {
            window.servingMillis += sign * segment;
        }
    }

    private int index(long seq) {
        return (int) (seq % capacity);
    }

    public synchronized int size(String endpoint) {
        return ring(endpoint).size;
    }

    public int capacity() {
        return capacity;
    }

    /** Bytes held by the sample arrays of every ring (the bulk of this object's memory). */
    public synchronized long retainedBytes() {
        long bytes = 0;
        for (Ring ring : rings.values()) {
            bytes += (long) ring.time.length * Ring.BYTES_PER_SAMPLE;
        }
        return bytes;
    }

    /**
     * Uptime and latency percentiles of one endpoint over the window ending at {@code now}, exact. A window asked for
     * again with a later {@code now} is kept up to date as samples arrive and leave it (a few array moves per sample),
     * so asking at every refresh costs no scan; an earlier {@code now}, or a clock that went back, is answered by a scan.
     */
    public synchronized WindowStats stats(String endpoint, Duration window, Instant now) {
        Ring ring = ring(endpoint);
        long end = now.toEpochMilli();
        long start = end - window.toMillis();
        if (!ring.ordered || (ring.size > 0 && end < ring.time[index(ring.total - 1)])) {
            return scan(ring, window, now);
        }
        WindowAggregate aggregate = ring.windows.get(window.toMillis());
        if (aggregate == null) {
            aggregate = new WindowAggregate();
            aggregate.from = ring.total;
            for (long seq = ring.total - ring.size; seq < ring.total; seq++) {
                if (ring.time[index(seq)] >= start) {
                    if (aggregate.from == ring.total) {
                        aggregate.from = seq;
                    }
                    include(ring, aggregate, seq);
                }
            }
            aggregate.appliedStart = start;
            ring.windows.put(window.toMillis(), aggregate);
        } else if (start < aggregate.appliedStart) {
            return scan(ring, window, now);
        }
        while (aggregate.from < ring.total && ring.time[index(aggregate.from)] < start) {
            evictOldest(ring, aggregate);
        }
        aggregate.appliedStart = start;
        int samples = (int) (ring.total - aggregate.from);
        if (samples == 0) {
            return WindowStats.empty(window);
        }
        int newest = index(ring.total - 1);
        HealthVerdict newestVerdict = VERDICTS[ring.verdict[newest]];
        long open = Math.min(end - ring.time[newest], MAX_SEGMENT_MILLIS);
        long covered = aggregate.coveredMillis + open;
        long serving = aggregate.servingMillis + (newestVerdict.isServing() ? open : 0);
        Double uptime = covered > 0 ? (double) serving / covered : (newestVerdict.isServing() ? 1.0 : 0.0);
        SortedInts latencies = aggregate.latencies;
        if (latencies.size == 0) {
            return new WindowStats(window, samples, uptime, null, null);
        }
        return new WindowStats(window, samples, uptime, percentile(latencies.values, latencies.size, 0.50),
                percentile(latencies.values, latencies.size, 0.95));
    }

    /** The same figures by a scan of the ring: the reference the incremental windows are tested against. */
    synchronized WindowStats scan(String endpoint, Duration window, Instant now) {
        return scan(ring(endpoint), window, now);
    }

    private WindowStats scan(Ring ring, Duration window, Instant now) {
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

    /** One window's running figures: the samples from {@code from} to the newest, their closed segments and latencies. */
    private static final class WindowAggregate {
        long from;
        long appliedStart;
        long coveredMillis;
        long servingMillis;
        final SortedInts latencies = new SortedInts();
    }

    /** A sorted multiset of ints: insertion and removal move at most a day of samples (tens of KB), percentiles are an index. */
    static final class SortedInts {
        int[] values = new int[64];
        int size;

        void add(int value) {
            int at = position(value);
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            System.arraycopy(values, at, values, at + 1, size - at);
            values[at] = value;
            size++;
        }

        void remove(int value) {
            int at = Arrays.binarySearch(values, 0, size, value);
            if (at < 0) {
                throw new IllegalStateException("latency " + value + " was never added to this window");
            }
            System.arraycopy(values, at + 1, values, at, size - at - 1);
            size--;
        }

        private int position(int value) {
            int at = Arrays.binarySearch(values, 0, size, value);
            return at >= 0 ? at : -at - 1;
        }
    }

    private static final class Ring {
        static final int BYTES_PER_SAMPLE = Long.BYTES + Integer.BYTES + Integer.BYTES + Short.BYTES + 1 + 1;

        /** By window length in milliseconds: the windows asked for so far, kept up to date by {@code record}. */
        final Map<Long, WindowAggregate> windows = new LinkedHashMap<>();
        /** Samples ever recorded: the sequence number of the next one. */
        long total;
        /** False once a sample arrived older than the previous one (the clock went back). */
        boolean ordered = true;

        /** The first allocation: about 20 minutes at the default probe interval. */
        static final int INITIAL_LENGTH = 128;

        long[] time;
        int[] totalMicros;
        int[] firstByteMicros;
        short[] status;
        byte[] failure;
        byte[] verdict;
        int next;
        int size;

        Ring(int capacity) {
            allocate(Math.min(capacity, INITIAL_LENGTH));
        }

        private void allocate(int length) {
            time = time == null ? new long[length] : Arrays.copyOf(time, length);
            totalMicros = totalMicros == null ? new int[length] : Arrays.copyOf(totalMicros, length);
            firstByteMicros = firstByteMicros == null ? new int[length] : Arrays.copyOf(firstByteMicros, length);
            status = status == null ? new short[length] : Arrays.copyOf(status, length);
            failure = failure == null ? new byte[length] : Arrays.copyOf(failure, length);
            verdict = verdict == null ? new byte[length] : Arrays.copyOf(verdict, length);
        }

        /**
         * Doubles the arrays (at most to {@code capacity}). Only called while the ring has not wrapped (the next
         * index is the arrays' length, which is below the capacity), so the samples are in order from index 0 and a
         * copy keeps every index valid.
         */
        void grow(int capacity) {
            allocate(Math.min(capacity, time.length * 2));
        }
    }
}
