package org.casebook.adapters.eventprocessing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.casebook.adapters.eventprocessing.PoisonEventPolicy;
import org.casebook.adapters.eventprocessing.ProjectionDeadLetters;
import org.casebook.adapters.SafeLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The events each read model has parked ({@link ProjectionDeadLetters}): how many, which, and handling them again.
 * Counts and listings read {@code dead_letter_entry} directly (never the payloads); retries go through Axon, which
 * claims each case's sequence, hands its events to the projection in order and removes those that succeed.
 */
@Component
public class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    /** More than a manager reads; the count in the status says how many there are in all. */
    static final int LISTING_LIMIT = 1000;

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper();

    public DeadLetters(EventProcessingConfiguration processing, JdbcTemplate jdbc) {
        this.processing = processing;
        this.jdbc = jdbc;
    }

    /** Whether the named read model parks its poison events. */
    public boolean parksPoisonEvents(String name) {
        return ProjectionDeadLetters.PROCESSING_GROUPS.contains(name) && processing.deadLetterQueue(name).isPresent();
    }

    public long count(String name) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM " + ProjectionDeadLetters.TABLE
                + " WHERE processing_group = ?", Long.class, name);
        return count == null ? 0 : count;
    }

    public long sequences(String name) {
        Long count = jdbc.queryForObject("SELECT count(DISTINCT sequence_identifier) FROM "
                + ProjectionDeadLetters.TABLE + " WHERE processing_group = ?", Long.class, name);
        return count == null ? 0 : count;
    }

    public Optional<List<ParkedEvent>> list(String name) {
        if (!parksPoisonEvents(name)) {
            return Optional.empty();
        }
        return Optional.of(jdbc.query("""
                        SELECT d.event_identifier, e.global_index, d.payload_type, d.aggregate_type,
                               d.aggregate_identifier, d.sequence_index, d.enqueued_at, d.last_touched, d.cause_type,
                               d.cause_message, d.diagnostics
                        FROM dead_letter_entry d
                        LEFT JOIN domain_event_entry e ON e.event_identifier = d.event_identifier
                        WHERE d.processing_group = ?
                        ORDER BY d.enqueued_at, d.sequence_identifier, d.sequence_index
                        LIMIT ?""", (rows, row) -> parked(rows), name, LISTING_LIMIT));
    }

    /**
     * Hands each parked case's events to the projection again, oldest-touched case first, once each: a case that
     * fails again goes back to the end of the queue with its failure counted, and the others still get their turn.
     */
    public Optional<DeadLetterRetry> retry(String name) {
        if (!parksPoisonEvents(name)) {
            return Optional.empty();
        }
        Optional<SequencedDeadLetterProcessor<EventMessage<?>>> processor =
                processing.sequencedDeadLetterProcessor(name);
        if (processor.isEmpty()) {
            return Optional.empty();
        }
        long parkedSequences = sequences(name);
        int processed = 0;
        for (long attempt = 0; attempt < parkedSequences; attempt++) {
            if (processor.get().processAny()) {
                processed++;
            }
        }
        long left = count(name);
        if (left > 0) {
            log.warn("Retry of projection {} left {} events parked", name, left);
        }
        return Optional.of(new DeadLetterRetry(name, processed, sequences(name), left));
    }

    private ParkedEvent parked(ResultSet rows) throws SQLException {
        long index = rows.getLong("global_index");
        Long globalIndex = rows.wasNull() ? null : index;
        String payloadType = rows.getString("payload_type");
        return new ParkedEvent(rows.getString("event_identifier"), globalIndex,
                payloadType == null ? null : payloadType.substring(payloadType.lastIndexOf('.') + 1),
                rows.getString("aggregate_type"), rows.getString("aggregate_identifier"),
                rows.getLong("sequence_index"), instant(rows.getString("enqueued_at")),
                instant(rows.getString("last_touched")), rows.getString("cause_type"),
                rows.getString("cause_message"), failures(rows.getBytes("diagnostics")));
    }

    private static Instant instant(String stored) {
        return stored == null ? null : Instant.parse(stored);
    }

    /** The diagnostics are Axon's serialized MetaData (a JSON object); the policy counts failures there. */
    private int failures(byte[] diagnostics) {
        if (diagnostics == null) {
            return 0;
        }
        try {
            JsonNode node = json.readTree(diagnostics);
            return node.path(PoisonEventPolicy.FAILURES).asInt(0);
        } catch (IOException unreadable) {
            log.warn("Unreadable dead-letter diagnostics: {}", SafeLog.describe(unreadable));
            return 0;
        }
    }
}
