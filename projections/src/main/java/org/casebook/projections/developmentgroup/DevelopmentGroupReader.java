package org.casebook.projections.developmentgroup;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.casebook.domain.developmentgroup.DevelopmentGroup;
import org.casebook.domain.developmentgroup.GroupEvent;

/**
 * Reads the Development Group straight from its one event stream, the way {@code CaseFileReader} reads a case. The
 * group records a few dozen events a year, so folding the whole stream on each request is cheap, and it means
 * what the group reads is exactly what its events say.
 */
public class DevelopmentGroupReader {

    private final EventStore eventStore;

    public DevelopmentGroupReader(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The group's members, meetings and decisions as recorded so far; empty before anything is recorded. */
    public GroupMinutes minutes() {
        GroupMinutes minutes = new GroupMinutes();
        DomainEventStream stream = eventStore.readEvents(DevelopmentGroup.ID, 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (message.getPayload() instanceof GroupEvent event) {
                minutes.apply(event);
            }
        }
        return minutes;
    }
}
