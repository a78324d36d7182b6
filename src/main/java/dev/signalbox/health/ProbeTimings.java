package dev.signalbox.health;

/**
 * Where the time of one probe went, in microseconds, measured by OkHttp's {@code EventListener}. A phase
 * that did not happen (no TLS on plain HTTP, no connect after a DNS failure) is {@code -1}.
 *
 * @param firstByteMicros from the start of the call to the first byte of the response headers
 * @param totalMicros     from the start of the call to the end of the body (or the failure)
 */
public record ProbeTimings(long dnsMicros, long connectMicros, long tlsMicros, long firstByteMicros, long totalMicros) {
    public static final ProbeTimings NONE = new ProbeTimings(-1, -1, -1, -1, -1);

    public double totalMillis() {
        return totalMicros < 0 ? -1 : totalMicros / 1000.0;
    }

    public double firstByteMillis() {
        return firstByteMicros < 0 ? -1 : firstByteMicros / 1000.0;
    }
}
