package org.casebook.adapters.consistency;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
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
 */
final class RequestedReads implements EventStorageEngine {

    private final EventStorageEngine engine;
    private final long interval;
    private final AtomicBoolean requested = new AtomicBoolean(true);
    private volatile long lastRead = System.nanoTime();

    RequestedReads(EventStorageEngine engine, Duration fetchDelay) {
        this.engine = engine;
        this.interval = fetchDelay.toNanos();
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
        }
        return engine.readEvents(trackingToken, mayBlock);
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
