package dev.signalbox.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signalbox.monitor.Part;
import dev.signalbox.monitor.PartState;
import dev.signalbox.railway.HttpRequestLog;
import dev.signalbox.railway.LogStreamStatus;
import dev.signalbox.traffic.TrafficSnapshot;
import dev.signalbox.traffic.TrafficWindow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Overview's "Real traffic" tile: red when users get 5xx at the alert's default rate, with the stream's state. */
class TrafficTileTest {
    private static final Instant NOW = Instant.parse("2026-11-30T20:01:30Z");

    private static PartState<TrafficSnapshot> traffic(int requests, int failing, LogStreamStatus stream) {
        List<HttpRequestLog> logged = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            logged.add(new HttpRequestLog("r" + i, NOW.minusSeconds(50 - i), "GET", "/api/articles", i < failing ? 500 : 200, 10 + i));
        }
        TrafficWindow window = new TrafficWindow(3);
        window.add(logged);
        return PartState.<TrafficSnapshot>loading(Part.TRAFFIC).succeeded(window.snapshot(NOW, "d1", stream), NOW);
    }

    @Test
    void usersGettingServerErrorsMakeItRedWithTheRateAndP95() {
        Tile tile = OverviewTiles.traffic(traffic(20, 20, LogStreamStatus.of(LogStreamStatus.Mode.STREAMING, "")));
        assertThat(tile.id()).isEqualTo("tile-traffic");
        assertThat(tile.status()).isEqualTo(Tile.Status.ERROR);
        assertThat(tile.headline()).isEqualTo("5xx 100.0% - p95 28 ms");
        assertThat(tile.details().get(0)).isEqualTo("20 requests in 60 s, 20 got a 5xx");
        assertThat(tile.sparkline()).containsExactly(0.0, 100.0, 100.0);
    }

    @Test
    void aFewErrorsAreAmberAndPollingSaysWhy() {
        Tile tile = OverviewTiles.traffic(traffic(20, 1, LogStreamStatus.of(LogStreamStatus.Mode.POLLING,
                "the WebSocket upgrade was answered HTTP 403; polling the request log every 3 s instead")));
        assertThat(tile.status()).isEqualTo(Tile.Status.ATTENTION);
        assertThat(tile.details()).last().asString().startsWith("polling: the WebSocket upgrade was answered HTTP 403");
    }

    @Test
    void noRequestsIsUnknownNeverOkAndNoRailwayIsNotConfigured() {
        Tile quiet = OverviewTiles.traffic(traffic(0, 0, LogStreamStatus.of(LogStreamStatus.Mode.STREAMING, "")));
        assertThat(quiet.status()).isEqualTo(Tile.Status.UNKNOWN);
        // 19:59:00 to 20:01:30 without a request: two whole minutes, not the current one that has just begun.
        assertThat(quiet.headline()).isEqualTo("no requests in the last 2 min");
        assertThat(quiet.details()).contains("nothing says whether users are served well");
        assertThat(OverviewTiles.traffic(PartState.notConfigured(Part.TRAFFIC)).status()).isEqualTo(Tile.Status.NOT_CONFIGURED);
    }

    @Test
    void noDeploymentServingTheDomainIsUnknownAndSaysSo() {
        TrafficWindow window = new TrafficWindow(3);
        PartState<TrafficSnapshot> state = PartState.<TrafficSnapshot>loading(Part.TRAFFIC).succeeded(window.snapshot(NOW, null,
                LogStreamStatus.of(LogStreamStatus.Mode.ENDED, "no deployment serves the domain")), NOW);
        Tile tile = OverviewTiles.traffic(state);
        assertThat(tile.status()).isEqualTo(Tile.Status.UNKNOWN);
        assertThat(tile.headline()).isEqualTo("no deployment serves the domain");
        assertThat(tile.details()).containsExactly("no deployment is SUCCESS, so no request reaches the service");
        assertThat(tile.sparkline()).isEmpty();
    }

    @Test
    void healthyTrafficReadsTheSameBetweenSummariesOfOneMinute() {
        // Two summaries 2 s apart with another request and another p95: an idle window must not repaint for them.
        List<HttpRequestLog> logged = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            logged.add(new HttpRequestLog("r" + i, NOW.minusSeconds(80 - 2 * i), "GET", "/api/articles", 200, 3 + i % 7));
        }
        TrafficWindow window = new TrafficWindow(3);
        window.add(logged);
        LogStreamStatus streaming = LogStreamStatus.of(LogStreamStatus.Mode.STREAMING, "");
        Tile first = OverviewTiles.traffic(PartState.<TrafficSnapshot>loading(Part.TRAFFIC)
                .succeeded(window.snapshot(NOW, "d1", streaming), NOW));
        window.add(List.of(new HttpRequestLog("late", NOW.plusSeconds(1), "GET", "/api/articles", 200, 90)));
        Tile second = OverviewTiles.traffic(PartState.<TrafficSnapshot>loading(Part.TRAFFIC)
                .succeeded(window.snapshot(NOW.plusSeconds(2), "d1", streaming), NOW.plusSeconds(2)));
        assertThat(first.status()).isEqualTo(Tile.Status.OK);
        assertThat(first.headline()).isEqualTo("no 5xx in the last 60 s");
        assertThat(first.details()).hasSize(1).first().asString().endsWith(": 0% 5xx of 25, p95 9 ms");
        assertThat(second.headline()).isEqualTo(first.headline());
        assertThat(second.details()).isEqualTo(first.details());
        assertThat(second.sparkline()).isEqualTo(first.sparkline());
    }
}
