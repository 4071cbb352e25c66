package org.casebook.adapters.eventprocessing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Notes, in the read model's own transaction, that its processor handled an event that was already old when it came
 * (older than {@code olderThan}): the positive evidence {@link ProjectionReconciler} looks for when a late commit
 * fills a hole. Fresh events, the overwhelming majority, cost nothing; replays (rebuilds) are not noted.
 */
class LateEventWitness implements MessageHandlerInterceptor<EventMessage<?>> {

    private final String processor;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration olderThan;
    private final String resource;

    LateEventWitness(String processor, JdbcTemplate jdbc, Clock clock, Duration olderThan) {
        this.processor = processor;
        this.jdbc = jdbc;
        this.clock = clock;
        this.olderThan = olderThan;
        this.resource = "casebook.late-events." + processor;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object result = chain.proceed();
        EventMessage<?> event = unitOfWork.getMessage();
        Instant now = clock.instant();
        if (event.getTimestamp().isBefore(now.minus(olderThan)) && !ReplayToken.isReplay(event)) {
            notesOf(unitOfWork.root()).put(event.getIdentifier(), now);
        }
        return result;
    }

    /**
     * The batch's notes, written together when it prepares to commit: a catch-up on a backlog older than the limit
     * (a segment taken over from a node that died, say) notes every event it handles, and a statement per event made
     * such a catch-up crawl (reliability.md, "Late-event notes on a catch-up").
     */
    private Map<String, Instant> notesOf(UnitOfWork<?> root) {
        return root.getOrComputeResource(resource, key -> {
            Map<String, Instant> notes = new LinkedHashMap<>();
            root.onPrepareCommit(committing -> write(notes));
            return notes;
        });
    }

    private void write(Map<String, Instant> notes) {
        if (notes.isEmpty()) {
            return;
        }
        // Idempotent: a batch that is retried notes its events again.
        jdbc.batchUpdate("INSERT INTO projection_late_event (processor_name, event_identifier, handled_at)"
                + " SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM projection_late_event"
                + " WHERE processor_name = ? AND event_identifier = ?)", notes.entrySet().stream()
                .map(note -> new Object[] {processor, note.getKey(),
                        OffsetDateTime.ofInstant(note.getValue(), ZoneOffset.UTC), processor, note.getKey()})
                .toList());
    }
}
