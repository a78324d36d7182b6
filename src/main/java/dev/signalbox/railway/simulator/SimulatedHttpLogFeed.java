package dev.signalbox.railway.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One httpLogs subscription inside the simulator: the requests logged after {@code afterDate} (from the moment of
 * subscribing without one), then each new request as it is logged, in order, once. Requests are appended in time
 * order, so a position in the deployment's list is all it needs to remember.
 */
final class SimulatedHttpLogFeed extends SimulatedFeed {
    private static final int MAX_BATCH = 500;

    private final SimulatedDeployment deployment;
    private final Instant after;
    private long position = -1;

    SimulatedHttpLogFeed(SimulatedDeployment deployment, Instant after, Instant now) {
        this.deployment = deployment;
        this.after = after != null ? after : now;
    }

    @Override
    List<List<Map<String, Object>>> newEvents(Instant now) {
        List<List<Map<String, Object>>> events = new ArrayList<>();
        List<SimulatedDeployment.Request> log = deployment.httpLog;
        // Positions are absolute (the deployment forgets its oldest requests); one forgotten unsent is lost, as on Railway.
        if (position < 0) {
            int index = 0;
            while (index < log.size() && !log.get(index).at().isAfter(after)) {
                index++;
            }
            position = deployment.httpLogDropped + index;
        }
        position = Math.max(position, deployment.httpLogDropped);
        List<Map<String, Object>> event = new ArrayList<>();
        int index = (int) (position - deployment.httpLogDropped);
        while (index < log.size() && !log.get(index).at().isAfter(now)) {
            event.add(SimulatorSchema.httpLogEntry(deployment, log.get(index++)));
            position++;
            if (event.size() == MAX_BATCH) {
                events.add(event);
                event = new ArrayList<>();
            }
        }
        if (!event.isEmpty()) {
            events.add(event);
        }
        return events;
    }
}
