package org.casebook.adapters.consistency;

import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

/** Axon's embedded event store, whose reader thread is woken after the database commit ({@link AfterDatabaseCommit}). */
final class CommitAwareEventStore extends EmbeddedEventStore {

    CommitAwareEventStore(Builder builder) {
        super(builder);
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        AfterDatabaseCommit.run(() -> super.afterCommit(events));
    }
}
