package org.casebook.adapters.eventprocessing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

    LateEventWitness(String processor, JdbcTemplate jdbc, Clock clock, Duration olderThan) {
        this.processor = processor;
        this.jdbc = jdbc;
        this.clock = clock;
        this.olderThan = olderThan;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object result = chain.proceed();
        EventMessage<?> event = unitOfWork.getMessage();
        Instant now = clock.instant();
        if (event.getTimestamp().isBefore(now.minus(olderThan)) && !ReplayToken.isReplay(event)) {
            // Idempotent: a batch that is retried notes the event again.
            jdbc.update("INSERT INTO projection_late_event (processor_name, event_identifier, handled_at)"
                    + " SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM projection_late_event"
                    + " WHERE processor_name = ? AND event_identifier = ?)", processor, event.getIdentifier(),
                    OffsetDateTime.ofInstant(now, ZoneOffset.UTC), processor, event.getIdentifier());
        }
        return result;
    }
}
