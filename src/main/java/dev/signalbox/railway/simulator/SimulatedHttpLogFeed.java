package dev.signalbox.railway.simulator;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * One httpLogs subscription inside the simulator: the requests logged after {@code afterDate} (from the moment of
 * subscribing without one), then each new request as it is logged, in order, once. Requests are appended in time
 * order, so a position in the deployment's list is all it needs to remember.
 */
final class SimulatedHttpLogFeed implements Publisher<List<Map<String, Object>>>, SimulatedFeed {
    private static final int MAX_BATCH = 500;

    private final SimulatedDeployment deployment;
    private final Instant after;
    private final Deque<List<Map<String, Object>>> pending = new ArrayDeque<>();
    private long position = -1;
    private Subscriber<? super List<Map<String, Object>>> subscriber;
    private long demand;
    private boolean draining;
    private volatile boolean cancelled;

    SimulatedHttpLogFeed(SimulatedDeployment deployment, Instant after, Instant now) {
        this.deployment = deployment;
        this.after = after != null ? after : now;
    }

    @Override
    public boolean cancelled() {
        return cancelled;
    }

    @Override
    public synchronized void pump(Instant now) {
        if (cancelled || subscriber == null) {
            return;
        }
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
                pending.add(event);
                event = new ArrayList<>();
            }
        }
        if (!event.isEmpty()) {
            pending.add(event);
        }
        drain();
    }

    private void drain() {
        if (draining) {
            return;
        }
        draining = true;
        try {
            while (!cancelled && demand > 0 && !pending.isEmpty()) {
                demand--;
                subscriber.onNext(pending.poll());
            }
        } finally {
            draining = false;
        }
    }

    @Override
    public synchronized void subscribe(Subscriber<? super List<Map<String, Object>>> newSubscriber) {
        subscriber = newSubscriber;
        newSubscriber.onSubscribe(new Subscription() {
            @Override
            public void request(long n) {
                synchronized (SimulatedHttpLogFeed.this) {
                    demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
                    drain();
                }
            }

            @Override
            public void cancel() {
                cancelled = true;
            }
        });
    }
}
