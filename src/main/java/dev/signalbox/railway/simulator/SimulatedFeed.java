package dev.signalbox.railway.simulator;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * A running subscription inside the simulator. graphql-java executes a subscription by mapping each item of the
 * Publisher its data fetcher returns into a {@code next} message; this is that Publisher, for one subscriber. A
 * subclass says what became visible at each {@link #pump} (run with the simulator's lock held); the events wait here
 * until the subscriber asks for them (reactive-streams demand), so a slow WebSocket never loses one.
 */
abstract class SimulatedFeed implements Publisher<List<Map<String, Object>>> {
    private final Deque<List<Map<String, Object>>> pending = new ArrayDeque<>();
    private Subscriber<? super List<Map<String, Object>>> subscriber;
    private long demand;
    private boolean draining;
    private volatile boolean cancelled;

    /** The events (each a list of records) that became visible by {@code now} and were not sent yet; called under this feed's lock. */
    abstract List<List<Map<String, Object>>> newEvents(Instant now);

    final boolean cancelled() {
        return cancelled;
    }

    /** Queues what became visible by {@code now} and sends as much as the subscriber asked for. */
    final synchronized void pump(Instant now) {
        if (cancelled || subscriber == null) {
            return;
        }
        pending.addAll(newEvents(now));
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
    public final synchronized void subscribe(Subscriber<? super List<Map<String, Object>>> newSubscriber) {
        if (subscriber != null) {
            newSubscriber.onSubscribe(new Subscription() {
                @Override
                public void request(long n) {
                }

                @Override
                public void cancel() {
                }
            });
            newSubscriber.onError(new IllegalStateException("a simulated feed has one subscriber"));
            return;
        }
        subscriber = newSubscriber;
        newSubscriber.onSubscribe(new Subscription() {
            @Override
            public void request(long n) {
                synchronized (SimulatedFeed.this) {
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
