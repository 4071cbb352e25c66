package org.casebook.adapters.axon;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.casebook.adapters.consistency.AfterDatabaseCommit;

/**
 * {@code casebook_events_appended_total}: events in the store, counted when their transaction commits (Axon's own
 * {@code eventStore_ingestedCounter} also counts appends that are then rolled back). Its rate is the append rate
 * a service owner compares with the database's commit rate. No tags: an event type is no one's business here.
 */
public final class EventAppendMetrics implements MessageDispatchInterceptor<EventMessage<?>> {

    private final Counter appended;

    private EventAppendMetrics(MeterRegistry registry) {
        this.appended = Counter.builder("casebook.events.appended")
                .description("Events appended to the event store and committed")
                .baseUnit("events")
                .register(registry);
    }

    public static void register(EventStore eventStore, MeterRegistry registry) {
        eventStore.registerDispatchInterceptor(new EventAppendMetrics(registry));
    }

    @Override
    public java.util.function.BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(
            List<? extends EventMessage<?>> messages) {
        int count = messages.size();
        if (CurrentUnitOfWork.isStarted()) {
            // The unit of work commits before the database does when an idempotent command's transaction surrounds it.
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> AfterDatabaseCommit.run(() -> appended.increment(count)));
        } else {
            appended.increment(count);
        }
        return (index, message) -> message;
    }
}
