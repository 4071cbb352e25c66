package org.casebook.adapters.consistency;

import java.util.List;
import java.util.function.BiFunction;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds the store position of the last event a command appended. Axon's JDBC engine does not return the global
 * index it was given, so the event store's dispatch interceptor notes the (aggregate, sequence number) of each event
 * published on this thread (commands run on the calling thread: Axon's simple command bus), and {@link #written()}
 * takes its global index from the append itself ({@link AppendedPositions}), or, where the driver did not return it,
 * looks it up by the store's unique key. Called inside the command's transaction it sees the uncommitted row; after
 * it, the committed one.
 */
@Component
public class CommandPositions {

    private static final ThreadLocal<DomainEventMessage<?>> LAST = new ThreadLocal<>();

    private final JdbcTemplate jdbc;

    public CommandPositions(JdbcTemplate jdbc, EventStore eventStore) {
        this.jdbc = jdbc;
        eventStore.registerDispatchInterceptor(CommandPositions::note);
    }

    private static BiFunction<Integer, EventMessage<?>, EventMessage<?>> note(List<? extends EventMessage<?>> events) {
        for (EventMessage<?> event : events) {
            if (event instanceof DomainEventMessage<?> domain) {
                LAST.set(domain);
            }
        }
        return (index, event) -> event;
    }

    /** Forget what an earlier command on this thread appended; call before sending a command. */
    public void begin() {
        LAST.remove();
        AppendedPositions.forget();
    }

    /** Whether a command on this thread has applied an event since {@link #begin()}; {@link #written()} is not used up. */
    public boolean appendedAny() {
        return LAST.get() != null;
    }

    /** The position of the last event appended on this thread since {@link #begin()}, or {@link Written#NOTHING}. */
    public Written written() {
        DomainEventMessage<?> last = LAST.get();
        LAST.remove();
        java.util.OptionalLong appended = AppendedPositions.take();
        if (last == null) {
            return Written.NOTHING;
        }
        if (appended.isPresent()) {
            return new Written(appended.getAsLong());
        }
        List<Long> index = jdbc.queryForList("SELECT global_index FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? AND sequence_number = ?", Long.class,
                last.getAggregateIdentifier(), last.getSequenceNumber());
        return index.isEmpty() ? Written.NOTHING : new Written(index.get(0));
    }
}
