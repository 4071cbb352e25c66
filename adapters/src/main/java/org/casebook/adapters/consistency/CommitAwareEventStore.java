package org.casebook.adapters.consistency;

import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

/**
 * Axon's embedded event store, whose reader thread (the producer that fills the cache its tracking streams read) is
 * woken when the read models are ({@link PromptEventSource}): after the database commit ({@link AfterDatabaseCommit}),
 * at once on a quiet service and at most once a wake window under load, and otherwise reads every fetch delay
 * ({@link RequestedReads}). Axon wakes it after every commit, which under load gave it no rest.
 */
final class CommitAwareEventStore extends EmbeddedEventStore {

    private final RequestedReads reads;

    CommitAwareEventStore(RequestedReads reads, Builder builder) {
        super(builder);
        this.reads = reads;
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        // PromptEventSource calls fetchNew() when it wakes the read models.
    }

    /** Called after the reader thread has put each new event in the cache the processors' streams read. */
    void whenFetched(Runnable announce) {
        reads.whenFetched(announce);
    }

    /** Has the reader thread read the table for new events now (again, if it is reading already). */
    void fetchNew() {
        reads.request();
        super.afterCommit(List.of());
    }
}
