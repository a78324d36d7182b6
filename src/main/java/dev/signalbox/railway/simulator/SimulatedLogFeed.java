package dev.signalbox.railway.simulator;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * One log subscription inside the simulator: first the newest {@code limit} visible lines, then every line that
 * becomes visible (its time reached on the simulator's clock), in time order, once. graphql-java executes a
 * subscription by mapping each item of the Publisher its data fetcher returns; this is that Publisher.
 * {@link #pump} runs with the simulator's lock held.
 */
final class SimulatedLogFeed implements Publisher<List<Map<String, Object>>>, SimulatedFeed {
    private final SimulatedDeployment deployment;
    private final boolean build;
    private final String filter;
    private final int limit;
    // By identity: two lines with the same time and text are still two lines.
    private final Set<SimulatedDeployment.Line> sent = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Deque<List<Map<String, Object>>> pending = new ArrayDeque<>();
    private Subscriber<? super List<Map<String, Object>>> subscriber;
    private long demand;
    private boolean started;
    private boolean draining;
    private volatile boolean cancelled;

    SimulatedLogFeed(SimulatedDeployment deployment, boolean build, String filter, int limit) {
        this.deployment = deployment;
        this.build = build;
        this.filter = filter;
        this.limit = limit;
    }

    @Override
    public boolean cancelled() {
        return cancelled;
    }

    /** Queues the lines that became visible since the last pump. */
    @Override
    public synchronized void pump(Instant now) {
        if (cancelled || subscriber == null) {
            return;
        }
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
            return;
        }
        sent.addAll(fresh);
        List<Map<String, Object>> event = new ArrayList<>();
        for (SimulatedDeployment.Line line : fresh) {
            event.add(SimulatorSchema.logEntry(deployment, line));
        }
        pending.add(event);
        drain();
    }

    private boolean matches(SimulatedDeployment.Line line) {
        return filter == null || filter.isBlank() || line.message().toLowerCase(Locale.ROOT).contains(filter.toLowerCase(Locale.ROOT));
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
        if (subscriber != null) {
            newSubscriber.onSubscribe(new Subscription() {
                @Override
                public void request(long n) {
                }

                @Override
                public void cancel() {
                }
            });
            newSubscriber.onError(new IllegalStateException("a log feed has one subscriber"));
            return;
        }
        subscriber = newSubscriber;
        newSubscriber.onSubscribe(new Subscription() {
            @Override
            public void request(long n) {
                synchronized (SimulatedLogFeed.this) {
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
