package org.casebook.adapters.eventprocessing;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.casebook.adapters.privacy.CaseKeys;
import org.casebook.adapters.privacy.PersonalDataSeal;
import org.casebook.projections.ProjectionBatch;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the event store once, in keyset pages on the primary key ({@code global_index > ? ORDER BY global_index LIMIT
 * n}), for a bulk rebuild. Each event goes through Axon's serializer and upcaster chain, as the processors read it, so
 * every stored revision still reads; an event whose (upcast) type no rebuilt read model handles is dropped before its
 * payload is deserialised, and the others are deserialised here, once, so that the thread handling them only handles.
 *
 * <p>It also keeps the holes it read past: indexes below its position with no committed event, which may still be an
 * append transaction that has not committed yet (ADR 0023). A hole still empty {@code settledAfter} after it was seen
 * can no longer fill (no append transaction outlives the command timeout) and is forgotten; one that filled meanwhile
 * was read past and stays a gap, to be delivered by the processors from the token the rebuild hands them.
 */
final class StoredEventPages {

    private static final int IN_LIST = 500;

    /** One page: the events the read models handle, and how far the store has been read. */
    record Page(List<DomainEventMessage<?>> events, long position, int read) {
    }

    /** One page's rows as read, not yet deserialised. */
    record Fetched(List<Row> rows, long position) {
    }

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final EventUpcaster upcasters;
    private final Predicate<Class<?>> handled;
    private final CaseKeys keys;
    private final int pageSize;
    private final long settledAfterNanos;
    private long position = -1;
    private boolean started;
    /** Holes read past and not yet settled: index, and when they were first seen empty. */
    private final TreeMap<Long, Long> holes = new TreeMap<>();
    /** Holes that filled after the read passed them: the processors must deliver these. */
    private final Set<Long> filledLate = new TreeSet<>();

    StoredEventPages(JdbcTemplate jdbc, Serializer serializer, EventUpcaster upcasters, Predicate<Class<?>> handled,
                     CaseKeys keys, int pageSize, java.time.Duration settledAfter) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.upcasters = upcasters;
        this.handled = handled;
        this.keys = keys;
        this.pageSize = pageSize;
        this.settledAfterNanos = settledAfter.toNanos();
    }

    /** The global index of the last event read, -1 before the first. */
    long position() {
        return position;
    }

    /** The indexes a token at {@link #position()} must still wait for. */
    Set<Long> gaps() {
        settleHoles();
        Set<Long> gaps = new TreeSet<>(holes.keySet());
        gaps.addAll(filledLate);
        return gaps;
    }

    /** The next page; an empty one when the read has reached the head of the store. */
    Page next() {
        return decode(fetch());
    }

    /**
     * Reads the next page's rows and moves the position past them; pages must be fetched one after another, but
     * {@link #decode} may run on several threads at once, so that deserialising does not bound the read.
     */
    Fetched fetch() {
        List<Row> rows = jdbc.query("""
                SELECT global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                       payload_type, payload_revision, payload, meta_data
                FROM domain_event_entry WHERE global_index > ? ORDER BY global_index LIMIT ?""",
                (rs, n) -> new Row(rs.getLong(1), new GenericDomainEventEntry<>(rs.getString(5), rs.getString(3),
                        rs.getLong(4), rs.getString(2), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getBytes(9), rs.getBytes(10))), position, pageSize);
        if (rows.isEmpty()) {
            return new Fetched(List.of(), position);
        }
        long now = System.nanoTime();
        for (Row row : rows) {
            if (started) {
                for (long hole = position + 1; hole < row.index; hole++) {
                    holes.put(hole, now);
                }
            }
            started = true;
            position = row.index;
        }
        settleHoles();
        return new Fetched(rows, position);
    }

    /** Upcasts and deserialises a fetched page, dropping the events no rebuilt read model handles. Thread-safe. */
    Page decode(Fetched fetched) {
        List<Row> rows = fetched.rows();
        if (rows.isEmpty()) {
            return new Page(List.of(), fetched.position(), 0);
        }
        List<TrackedDomainEventData<byte[]>> data = rows.stream()
                .map(row -> new TrackedDomainEventData<>(new GlobalSequenceTrackingToken(row.index), row.entry))
                .toList();
        List<DomainEventMessage<?>> kept = new ArrayList<>();
        Iterator<TrackedEventMessage<?>> messages =
                EventUtils.upcastAndDeserializeTrackedEvents(data.stream(), serializer, upcasters).iterator();
        while (messages.hasNext()) {
            TrackedEventMessage<?> message = messages.next();
            // The payload's class comes from its (upcast) type name: nothing is deserialised to drop an event.
            if (message instanceof DomainEventMessage<?> domain && handled.test(message.getPayloadType())) {
                kept.add(domain);
            }
        }
        try (CaseKeys.Scope scope = CaseKeys.openScope()) {
            // The same rule as the processors' KeyPrefetch: only events of a type that can hold personal data need keys.
            Set<String> sealedCases = kept.stream()
                    .filter(event -> PersonalDataSeal.mayHoldPersonalData(event.getPayloadType()))
                    .map(DomainEventMessage::getAggregateIdentifier)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            keys.prefetch(sealedCases);
            kept.forEach(DomainEventMessage::getPayload);
        }
        return new Page(kept, fetched.position(), rows.size());
    }

    /** Forgets holes that stayed empty long enough to be rollbacks; keeps those that filled since as gaps. */
    private void settleHoles() {
        long now = System.nanoTime();
        List<Long> due = new ArrayList<>();
        for (Map.Entry<Long, Long> hole : holes.entrySet()) {
            if (now - hole.getValue() >= settledAfterNanos) {
                due.add(hole.getKey());
            }
        }
        if (due.isEmpty()) {
            return;
        }
        for (int from = 0; from < due.size(); from += IN_LIST) {
            List<Long> chunk = due.subList(from, Math.min(due.size(), from + IN_LIST));
            filledLate.addAll(jdbc.queryForList("SELECT global_index FROM domain_event_entry WHERE global_index IN ("
                    + ProjectionBatch.placeholders(chunk.size()) + ")", Long.class, chunk.toArray()));
            chunk.forEach(holes::remove);
        }
    }

    record Row(long index, GenericDomainEventEntry<byte[]> entry) {
    }
}
