package org.casebook.adapters.eventprocessing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.casebook.adapters.InMemoryDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The late-event notes of a batch, written when the batch prepares to commit: only the events that were already old
 * when handled, once each however often the batch is retried.
 */
class LateEventWitnessTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    private JdbcTemplate jdbc;
    private LateEventWitness witness;

    @BeforeEach
    void table() {
        jdbc = InMemoryDatabase.migratedBy("V7__projection_late_event.sql");
        witness = new LateEventWitness("readmodels", jdbc, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(10));
    }

    @Test
    void notesTheOldEventsOfABatchWhenItCommitsAndOnlyOnceWhenItIsRetried() throws Exception {
        List<EventMessage<?>> batch = List.of(eventAt(NOW.minusSeconds(60)), eventAt(NOW.minusSeconds(1)),
                eventAt(NOW.minusSeconds(11)));

        List<Long> seenWhileHandling = handle(batch);
        handle(batch);

        assertThat(seenWhileHandling).as("nothing is written before the batch commits").containsOnly(0L);
        assertThat(jdbc.queryForList("SELECT event_identifier FROM projection_late_event ORDER BY handled_at",
                String.class)).containsExactlyInAnyOrder(batch.get(0).getIdentifier(), batch.get(2).getIdentifier());
    }

    private List<Long> handle(List<EventMessage<?>> batch) {
        List<Long> rows = new ArrayList<>();
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
        unitOfWork.executeWithResult(() -> witness.handle(unitOfWork, () -> {
            rows.add(jdbc.queryForObject("SELECT count(*) FROM projection_late_event", Long.class));
            return null;
        }), RollbackConfigurationType.ANY_THROWABLE);
        return rows;
    }

    private static EventMessage<?> eventAt(Instant timestamp) {
        return new GenericEventMessage<>(new GenericEventMessage<>("payload"), () -> timestamp);
    }
}
