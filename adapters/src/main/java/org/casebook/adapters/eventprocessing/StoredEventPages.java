package org.casebook.adapters.eventprocessing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.axonframework.serialization.CachingSupplier;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.LazyDeserializingObject;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedMessage;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.casebook.adapters.json.IsoDates;
import org.casebook.adapters.privacy.CaseKeys;
import org.casebook.adapters.privacy.PersonalDataSeal;
import org.casebook.projections.ProjectionBatch;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the event store once, in keyset pages on the primary key ({@code global_index > ? ORDER BY global_index LIMIT
 * n}), for a bulk rebuild. An event stored at an older revision goes through Axon's serializer and upcaster chain, as
 * the processors read it; one at its type's current revision, which the chain would pass through unchanged (asked once
 * per stored type), is read directly with a reader made once for its type (ADR 0023, "Reading the events"). An event
 * whose (upcast) type no rebuilt read model handles is dropped before its payload is deserialised, and the others are
 * deserialised here, once, so that the thread handling them only handles.
 *
 * <p>It also keeps the holes it read past: indexes below its position with no committed event, which may still be an
 * append transaction that has not committed yet (ADR 0023). A hole still empty {@code settledAfter} after it was seen
 * can no longer fill (no append transaction outlives the command timeout) and is forgotten; one that filled meanwhile
 * was read past and stays a gap, to be delivered by the processors from the token the rebuild hands them.
 */
final class StoredEventPages {

    private static final int IN_LIST = 500;
    private static final Decoding DROP = new Decoding(null, false);
    private static final Decoding UPCAST = new Decoding(null, false);

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
    /** The mapper of Axon's Jackson serializer, with ISO dates read by hand; null for another serializer. */
    private final ObjectMapper mapper;
    private final Map<SerializedType, Decoding> decodings = new ConcurrentHashMap<>();
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
        this.mapper = serializer instanceof JacksonSerializer jackson
                ? jackson.getObjectMapper().copy().registerModule(IsoDates.module()) : null;
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
        // Each kept event, in store order: a Row to read directly, or a message Axon's chain made.
        List<Object> kept = new ArrayList<>(rows.size());
        List<Row> upcast = new ArrayList<>();
        for (Row row : rows) {
            Decoding decoding = decodingOf(row);
            if (decoding == DROP) {
                continue;
            }
            kept.add(decoding == UPCAST ? row.index : row);
            if (decoding == UPCAST) {
                upcast.add(row);
            }
        }
        Map<Long, DomainEventMessage<?>> upcastMessages = upcastAndDeserialize(upcast);
        try (CaseKeys.Scope scope = CaseKeys.openScope()) {
            // The same rule as the processors' KeyPrefetch: only events of a type that can hold personal data need keys.
            Set<String> sealedCases = new LinkedHashSet<>();
            for (Object event : kept) {
                if (event instanceof Row row) {
                    if (decodingOf(row).sealed) {
                        sealedCases.add(row.entry.getAggregateIdentifier());
                    }
                } else {
                    DomainEventMessage<?> message = upcastMessages.get((Long) event);
                    if (message != null && PersonalDataSeal.mayHoldPersonalData(message.getPayloadType())) {
                        sealedCases.add(message.getAggregateIdentifier());
                    }
                }
            }
            keys.prefetch(sealedCases);
            List<DomainEventMessage<?>> events = new ArrayList<>(kept.size());
            for (Object event : kept) {
                DomainEventMessage<?> message = event instanceof Row row ? read(row)
                        : upcastMessages.get((Long) event);
                if (message != null) {
                    message.getPayload();
                    events.add(message);
                }
            }
            return new Page(events, fetched.position(), rows.size());
        }
    }

    /**
     * Axon's way, for events an upcaster changes (or that cannot be read directly): the chain over these rows, then
     * each kept message by global index, its payload not yet deserialised.
     */
    private Map<Long, DomainEventMessage<?>> upcastAndDeserialize(List<Row> rows) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        Map<Long, DomainEventMessage<?>> messages = new HashMap<>();
        Iterator<TrackedEventMessage<?>> upcast = EventUtils.upcastAndDeserializeTrackedEvents(rows.stream()
                .map(row -> new TrackedDomainEventData<>(new GlobalSequenceTrackingToken(row.index), row.entry)),
                serializer, upcasters).iterator();
        while (upcast.hasNext()) {
            TrackedEventMessage<?> message = upcast.next();
            // The payload's class comes from its (upcast) type name: nothing is deserialised to drop an event.
            if (message instanceof DomainEventMessage<?> domain && handled.test(message.getPayloadType())) {
                messages.put(((GlobalSequenceTrackingToken) message.trackingToken()).getGlobalIndex(), domain);
            }
        }
        return messages;
    }

    /**
     * An event stored at its type's current revision, read with its type's reader: the message Axon's chain would
     * make of it (the same identifier, aggregate, sequence, time stamp and tracking token, the meta data read when
     * asked), without looking the class up by name, asking every upcaster, or making a reader, for every event.
     */
    private DomainEventMessage<?> read(Row row) {
        GenericDomainEventEntry<byte[]> entry = row.entry;
        Object payload;
        try {
            payload = decodingOf(row).reader.readValue(entry.getPayload().getData());
        } catch (IOException failure) {
            throw new SerializationException("Error while deserializing object", failure);
        }
        if (payload == null) {
            return upcastAndDeserialize(List.of(row)).get(row.index);
        }
        SerializedMessage<Object> message = new SerializedMessage<>(entry.getEventIdentifier(),
                new LazyDeserializingObject<>(payload),
                new LazyDeserializingObject<>(entry.getMetaData(), serializer));
        return new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(row.index), entry.getType(),
                entry.getAggregateIdentifier(), entry.getSequenceNumber(), message,
                CachingSupplier.of(entry::getTimestamp));
    }

    /** How events of a row's stored type and revision are read: decided from the first one seen. */
    private Decoding decodingOf(Row row) {
        SerializedType type = row.entry.getPayload().getType();
        Decoding known = decodings.get(type);
        return known != null ? known : decodings.computeIfAbsent(type, stored -> decide(stored, row));
    }

    /**
     * Directly only when Axon's chain would hand the event over unchanged: its class is known, the stored revision is
     * the class's current one, and the upcaster chain, asked once, passes the stored representation through as it is.
     */
    private Decoding decide(SerializedType stored, Row row) {
        if (mapper == null) {
            return UPCAST;
        }
        Class<?> type;
        try {
            type = serializer.classForType(stored);
        } catch (RuntimeException unknown) {
            return UPCAST;
        }
        if (UnknownSerializedType.class.isAssignableFrom(type) || !serializer.typeForClass(type).equals(stored)) {
            return UPCAST;
        }
        IntermediateEventRepresentation initial = new InitialEventRepresentation(row.entry, serializer);
        List<IntermediateEventRepresentation> upcast = upcasters.upcast(Stream.of(initial)).toList();
        if (upcast.size() != 1 || upcast.get(0) != initial) {
            return UPCAST;
        }
        if (!handled.test(type)) {
            return DROP;
        }
        return new Decoding(mapper.readerFor(type), PersonalDataSeal.mayHoldPersonalData(type));
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

    /** A stored type read directly with its reader (and whether it may hold sealed fields), dropped, or upcast. */
    private record Decoding(ObjectReader reader, boolean sealed) {
    }
}
