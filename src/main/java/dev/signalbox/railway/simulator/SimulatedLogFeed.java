package dev.signalbox.railway.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One log subscription inside the simulator: first the newest {@code limit} visible lines, then every line that
 * becomes visible (its time reached on the simulator's clock), in time order, once.
 */
final class SimulatedLogFeed extends SimulatedFeed {
    private final SimulatedDeployment deployment;
    private final boolean build;
    private final String filter;
    private final int limit;
    // By identity: two lines with the same time and text are still two lines.
    private final Set<SimulatedDeployment.Line> sent = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean started;

    SimulatedLogFeed(SimulatedDeployment deployment, boolean build, String filter, int limit) {
        this.deployment = deployment;
        this.build = build;
        this.filter = filter;
        this.limit = limit;
    }

    /** The lines that became visible since the last pump, as one event. */
    @Override
    List<List<Map<String, Object>>> newEvents(Instant now) {
        List<SimulatedDeployment.Line> fresh = new ArrayList<>();
        for (SimulatedDeployment.Line line : build ? deployment.buildLog : deployment.deployLog) {
            if (!line.at().isAfter(now) && !sent.contains(line) && matches(line)) {
                fresh.add(line);
            }
        }
        fresh.sort(Comparator.comparing(SimulatedDeployment.Line::at));
        if (!started) {
            started = true;
            // Like Railway: the first message is a tail, older lines are only reachable with a query.
            sent.addAll(fresh.subList(0, Math.max(0, fresh.size() - limit)));
            fresh = fresh.subList(Math.max(0, fresh.size() - limit), fresh.size());
        }
        if (fresh.isEmpty()) {
            return List.of();
        }
        sent.addAll(fresh);
        List<Map<String, Object>> event = new ArrayList<>();
        for (SimulatedDeployment.Line line : fresh) {
            event.add(SimulatorSchema.logEntry(deployment, line));
        }
        return List.of(event);
    }

    private boolean matches(SimulatedDeployment.Line line) {
        return filter == null || filter.isBlank() || line.message().toLowerCase(Locale.ROOT).contains(filter.toLowerCase(Locale.ROOT));
    }
}
