package org.casebook.projections.casefile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.casebook.domain.casework.CaseEvent;
import org.casebook.domain.casework.CaseId;

/**
 * Reads one case straight from its own events. Reading from sequence 0 skips snapshots on purpose: an auditor's
 * view must be rebuilt from the events themselves, and a case's history is short enough to read whole.
 */
public class CaseFileReader {

    private final EventStore eventStore;

    public CaseFileReader(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The case as it stood at {@code asOf} (everything recorded up to and including that instant), or now if null. */
    public Optional<CaseFile> caseFile(CaseId caseId, Instant asOf) {
        CaseFile file = new CaseFile();
        for (RecordedEvent event : events(caseId)) {
            if (asOf != null && event.event().recorded().at().isAfter(asOf)) {
                break;
            }
            file.apply(event.event());
        }
        return file.isEmpty() ? Optional.empty() : Optional.of(file);
    }

    public Optional<CaseHistory> history(CaseId caseId) {
        List<HistoryEntry> entries = events(caseId).stream()
                .map(e -> new HistoryEntry(e.sequence(), e.event().getClass().getSimpleName(), e.event().occurredOn(),
                        e.event().recorded().at(), e.event().recorded().by(), e.event()))
                .toList();
        return entries.isEmpty() ? Optional.empty() : Optional.of(new CaseHistory(caseId.value(), entries));
    }

    private List<RecordedEvent> events(CaseId caseId) {
        List<RecordedEvent> events = new ArrayList<>();
        DomainEventStream stream = eventStore.readEvents(caseId.value(), 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (message.getPayload() instanceof CaseEvent event) {
                events.add(new RecordedEvent(message.getSequenceNumber() + 1, event));
            }
        }
        return events;
    }

    /** Sequence numbers start at 1 for people; Axon's start at 0. */
    private record RecordedEvent(long sequence, CaseEvent event) {
    }
}
