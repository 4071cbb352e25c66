package org.casebook.adapters.consistency;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * The storage engine as the embedded event store sees it, with one difference: its reader thread (the producer that
 * fills the cache the processors' streams tail) reads the table for new events when asked ({@link #request()}, when
 * the read models are woken: {@link PromptEventSource}) or once a fetch delay has passed since its last read, and
 * otherwise finds nothing and waits. Every other call passes straight through.
 * <p>
 * Axon's reader reads again at once whenever a read found something, so under load it read the table without pause:
 * a transaction and a query (two with gaps) for every event or two, measured at about one read for every two
 * commands at 16 clients (performance.md, "2026-12-05 evening"), while the read models look for events only once a
 * wake window. The reader is the only caller that reads new events with {@code mayBlock} true (a stream that has
 * fallen behind the cache reads with it false), and that is how its reads are told apart.
 * <p>
 * What the reader puts in the cache is also announced ({@link #whenFetched}), once all of a read is there. The read
 * models' processors do not wait on the cache but are called back ({@link PromptEventSource}), and a processor woken
 * by a commit that looked before the reader had fetched that commit's event found only older ones, and was not woken
 * again until the next periodic wake, a fetch delay later (found 2026-12-06: at one client, caseload reads that
 * waited for their own write had a p95 of 21-24 ms and a p99 of up to 105 ms).
 */
final class RequestedReads implements EventStorageEngine {

    private final EventStorageEngine engine;
    private final long interval;
    private final AtomicBoolean requested = new AtomicBoolean(true);
    private volatile long lastRead = System.nanoTime();
    private volatile Runnable fetched = () -> { };

    RequestedReads(EventStorageEngine engine, Duration fetchDelay) {
        this.engine = engine;
        this.interval = fetchDelay.toNanos();
    }

    /** Called after the reader has put the events of a read that found any in the cache. */
    void whenFetched(Runnable announce) {
        this.fetched = announce;
    }

    /** The next read of new events reads the table, however recent the last. */
    void request() {
        requested.set(true);
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        if (mayBlock) {
            long now = System.nanoTime();
            if (!requested.getAndSet(false) && now - lastRead < interval) {
                return Stream.empty();
            }
            lastRead = now;
            Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(trackingToken, true);
            return StreamSupport.stream(new Announced<>(events.spliterator(), fetched), false).onClose(events::close);
        }
        return engine.readEvents(trackingToken, false);
    }

    /**
     * The reader's events, announced once the reader has taken the last of them (put them in the cache): once per read,
     * not per event, so that under load the processors are not woken once an event and their batches split (measured:
     * an announcement per event cost 7-9 % more CPU per command at 16 clients).
     */
    private static final class Announced<T> implements Spliterator<T> {

        private final Spliterator<T> events;
        private final Runnable fetched;
        private boolean taken;

        Announced(Spliterator<T> events, Runnable fetched) {
            this.events = events;
            this.fetched = fetched;
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            if (events.tryAdvance(action)) {
                taken = true;
                return true;
            }
            if (taken) {
                taken = false;
                fetched.run();
            }
            return false;
        }

        @Override
        public Spliterator<T> trySplit() {
            return null;
        }

        @Override
        public long estimateSize() {
            return events.estimateSize();
        }

        @Override
        public int characteristics() {
            return events.characteristics() & ~(SIZED | SUBSIZED);
        }
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        engine.appendEvents(events);
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        engine.storeSnapshot(snapshot);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier) {
        return engine.readEvents(aggregateIdentifier);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return engine.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return engine.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return engine.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return engine.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return engine.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return engine.createTokenAt(dateTime);
    }
}
