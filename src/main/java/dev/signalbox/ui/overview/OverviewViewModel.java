package dev.signalbox.ui.overview;

import dev.signalbox.database.DatabaseSnapshot;
import dev.signalbox.health.EndpointHealth;
import dev.signalbox.health.HealthSnapshot;
import dev.signalbox.migrations.MigrationSnapshot;
import dev.signalbox.monitor.Part;
import dev.signalbox.monitor.PartState;
import dev.signalbox.railway.RailwayStatus;
import dev.signalbox.ui.common.WatchModel;
import dev.signalbox.ui.shell.ShellViewModel;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Overview's tiles, rebuilt from the watched parts whenever one of them changes. */
public final class OverviewViewModel {
    static final int SPARKLINE_POINTS = 60;

    private final ShellViewModel shell;
    private final Clock clock;
    private final ObservableList<Tile> tiles = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyObjectWrapper<NextStep> nextStep = new javafx.beans.property.ReadOnlyObjectWrapper<>();
    private final Map<String, Deque<Double>> latencies = new HashMap<>();
    private final InvalidationListener rebuild = obs -> rebuild();
    private Instant lastHealthSample;
    private WatchModel watched;

    public OverviewViewModel(ShellViewModel shell, Clock clock) {
        this.shell = shell;
        this.clock = clock;
        shell.watchProperty().addListener((obs, old, now) -> follow(now));
        shell.loadingProperty().addListener(obs -> {
            if (watched == null) {
                rebuild();
            }
        });
        follow(shell.watchProperty().get());
    }

    private void follow(WatchModel watch) {
        if (watched != null) {
            for (Part part : Part.values()) {
                watched.part(part).removeListener(rebuild);
            }
        }
        watched = watch;
        latencies.clear();
        lastHealthSample = null;
        if (watch != null) {
            for (Part part : Part.values()) {
                watch.part(part).addListener(rebuild);
            }
        }
        rebuild();
    }

    /** Recomputes the tiles (also called on a timer so "N s ago" stays true). */
    public void rebuild() {
        if (watched == null) {
            tiles.clear();
            String loading = shell.loadingProperty().get();
            headline.set(loading != null ? loading : "No profile is watched: choose one in the header.");
            nextStep.set(null);
            return;
        }
        PartState<HealthSnapshot> health = watched.current(Part.HEALTH);
        recordLatencies(health);
        PartState<RailwayStatus> railway = watched.current(Part.RAILWAY);
        PartState<MigrationSnapshot> migrations = watched.current(Part.MIGRATIONS);
        PartState<DatabaseSnapshot> database = watched.current(Part.DATABASE);
        Map<String, List<Double>> lines = new HashMap<>();
        latencies.forEach((endpoint, points) -> lines.put(endpoint, new ArrayList<>(points)));
        List<Tile> built = OverviewTiles.build(health, railway, migrations, database, watched.current(Part.DEPLOY_SETTINGS),
                lines, clock.instant());
        // Real traffic beside the probes (after Liveness and Readiness).
        built.add(Math.min(2, built.size()), OverviewTiles.traffic(watched.current(Part.TRAFFIC)));
        tiles.setAll(built);
        NextStep next = NextStep.from(health, railway, migrations, database).orElse(null);
        if (!java.util.Objects.equals(next, nextStep.get())) {
            nextStep.set(next);
        }
        long errors = built.stream().filter(t -> t.status() == Tile.Status.ERROR).count();
        long attention = built.stream().filter(t -> t.status() == Tile.Status.ATTENTION).count();
        headline.set(errors > 0 ? errors + " part(s) failing" + (attention > 0 ? ", " + attention + " need attention" : "")
                : attention > 0 ? attention + " part(s) need attention"
                : built.stream().anyMatch(t -> t.status() == Tile.Status.LOADING) ? "Checking..." : "All watched parts look right");
    }

    private void recordLatencies(PartState<HealthSnapshot> health) {
        if (health == null || !health.hasValue() || health.value().takenAt().equals(lastHealthSample)) {
            return;
        }
        lastHealthSample = health.value().takenAt();
        for (EndpointHealth endpoint : health.value().endpoints()) {
            if (endpoint.lastSample() == null || endpoint.lastSample().timings() == null
                    || endpoint.lastSample().timings().totalMicros() < 0) {
                continue;
            }
            Deque<Double> points = latencies.computeIfAbsent(endpoint.endpoint().name(), k -> new ArrayDeque<>());
            points.addLast(endpoint.lastSample().timings().totalMicros() / 1000.0);
            while (points.size() > SPARKLINE_POINTS) {
                points.removeFirst();
            }
        }
    }

    public ObservableList<Tile> tiles() {
        return tiles;
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** The one thing to do now, with where to do it; null when nothing needs doing or nothing is known yet. */
    public javafx.beans.property.ReadOnlyObjectProperty<NextStep> nextStepProperty() {
        return nextStep.getReadOnlyProperty();
    }

    /** Opens the view a tile stands for, at the tab it is about (the Constraints card: the Constraints tab). */
    public void open(Tile tile) {
        shell.open(tile.opens(), switch (tile.id()) {
            case "tile-constraints" -> "constraints";
            case "tile-locks" -> "locks";
            case "tile-connection" -> "connection";
            default -> null;
        });
    }

    /** Follows the first line's link to the exact place. */
    public void openNextStep() {
        NextStep next = nextStep.get();
        if (next != null) {
            shell.open(next.opens(), next.anchor());
        }
    }

    public ShellViewModel shell() {
        return shell;
    }
}
