package dev.signalbox.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.railway.HttpRequestLog;
import dev.signalbox.railway.LogStreamStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-minute 5xx rate and p95 from a known set of requests. */
class TrafficWindowTest {
    private static final Instant T0 = Instant.parse("2026-11-30T20:00:00Z");
    private static final LogStreamStatus STREAMING = LogStreamStatus.of(LogStreamStatus.Mode.STREAMING, "");

    private static HttpRequestLog request(Instant at, int status, int millis) {
        return new HttpRequestLog("r" + at.toEpochMilli() + "-" + millis, at, "GET", "/api/articles", status, millis);
    }

    @Test
    void eachMinuteHasItsRateAndP95AndTheLastSixtySecondsTheirs() {
        TrafficWindow window = new TrafficWindow(3);
        List<HttpRequestLog> requests = new ArrayList<>();
        // 20:00: 20 requests of 1..20 ms, none failed. 20:01: 10 requests, 4 answered 503, durations 100..1000 ms.
        for (int i = 1; i <= 20; i++) {
            requests.add(request(T0.plusSeconds(i), 200, i));
        }
        for (int i = 1; i <= 10; i++) {
            requests.add(request(T0.plusSeconds(60 + i), i <= 4 ? 503 : 200, i * 100));
        }
        window.add(requests);

        TrafficSnapshot snapshot = window.snapshot(T0.plusSeconds(90), "d1", STREAMING);
        assertThat(snapshot.minutes()).extracting(TrafficMinute::start)
                .containsExactly(T0.minusSeconds(60), T0, T0.plusSeconds(60));
        TrafficMinute first = snapshot.minutes().get(1);
        assertThat(first.requests()).isEqualTo(20);
        assertThat(first.serverErrorPercent()).isZero();
        assertThat(first.p95Millis()).isEqualTo(19);
        TrafficMinute second = snapshot.minutes().get(2);
        assertThat(second.serverErrors()).isEqualTo(4);
        assertThat(second.serverErrorPercent()).isEqualTo(40.0);
        assertThat(second.p95Millis()).isEqualTo(1000);
        assertThat(second.describe()).isEqualTo("10 requests, 5xx 40.0%, p95 1000 ms");
        assertThat(snapshot.lastCompleteMinute()).isEqualTo(first);

        // The last 60 s (20:00:30 to 20:01:30): the 10 requests of 20:01 only.
        assertThat(snapshot.lastMinute().requests()).isEqualTo(10);
        assertThat(snapshot.serverErrorsAtLeast(40)).isTrue();
        assertThat(snapshot.serverErrorsAtLeast(41)).isFalse();
        assertThat(snapshot.minutes().get(0).p95Millis()).isNull();
        assertThat(snapshot.minutes().get(0).describe()).isEqualTo("no requests");
    }

    @Test
    void aFewFailedRequestsAreNotARate() {
        TrafficWindow window = new TrafficWindow(1);
        window.add(List.of(request(T0.plusSeconds(1), 500, 5), request(T0.plusSeconds(2), 500, 5)));
        TrafficSnapshot snapshot = window.snapshot(T0.plusSeconds(3), "d1", STREAMING);
        assertThat(snapshot.lastMinute().serverErrorPercent()).isEqualTo(100.0);
        assertThat(snapshot.serverErrorsAtLeast(10)).as("2 requests < " + TrafficSnapshot.MIN_REQUESTS_FOR_RATE).isFalse();
    }

    @Test
    void requestsOlderThanTheWindowAreForgotten() {
        TrafficWindow window = new TrafficWindow(2);
        window.add(List.of(request(T0.plusSeconds(5), 500, 5)));
        TrafficSnapshot later = window.snapshot(T0.plusSeconds(600), "d1", STREAMING);
        assertThat(later.minutes()).allMatch(m -> m.requests() == 0);
        assertThat(later.lastMinute().requests()).isZero();
    }
}
