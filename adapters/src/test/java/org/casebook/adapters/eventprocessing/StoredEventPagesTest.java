package org.casebook.adapters.eventprocessing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.casebook.adapters.InMemoryDatabase;
import org.casebook.adapters.privacy.CaseKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bulk rebuild's reader (ADR 0023): it pages through the store by global index and keeps the holes it read past,
 * so that the token it hands the processors waits for an append still in flight and forgets a rollback; and it reads
 * each event into the message Axon's chain would make of it. On an in-memory H2 store.
 */
class StoredEventPagesTest {

    private JdbcTemplate jdbc;

    @BeforeEach
    void store() {
        jdbc = InMemoryDatabase.fresh();
        jdbc.execute("""
                CREATE TABLE domain_event_entry (global_index BIGINT PRIMARY KEY, event_identifier VARCHAR(255),
                    aggregate_identifier VARCHAR(255), sequence_number BIGINT, type VARCHAR(255),
                    time_stamp VARCHAR(255), payload_type VARCHAR(255), payload_revision VARCHAR(255), payload BYTEA,
                    meta_data BYTEA)""");
        for (long index : new long[] {1, 2, 4, 5, 8}) {
            append(index);
        }
    }

    @Test
    void readsEveryEventOnceInPagesAndKeepsTheHolesItPassedAsGaps() {
        StoredEventPages pages = pages(Duration.ofHours(1));

        int read = 0;
        for (StoredEventPages.Page page = pages.next(); page.read() > 0; page = pages.next()) {
            read += page.read();
            assertThat(page.events()).as("events of a type no read model handles").isEmpty();
        }

        assertThat(read).isEqualTo(5);
        assertThat(pages.position()).isEqualTo(8);
        assertThat(pages.gaps()).as("holes that may still fill").containsExactly(3L, 6L, 7L);
    }

    @Test
    void aHoleThatFilledAfterTheReadPassedItStaysAGapAndOneStillEmptyWhenSettledIsForgotten() throws Exception {
        StoredEventPages pages = pages(Duration.ofMillis(300));
        while (pages.next().read() > 0) {
            // read to the head
        }

        append(3); // an append that was in flight when the read passed index 3 commits
        Thread.sleep(400);

        assertThat(pages.gaps()).as("the late commit is the processors' to deliver; 6 and 7 were rollbacks")
                .containsExactly(3L);
    }

    @Test
    void readsEventsAtTheirCurrentRevisionDirectlyAsAxonsChainReadsThemAndUpcastsOlderOnes() {
        jdbc.update("DELETE FROM domain_event_entry");
        appendNoted(1, "2", "{\"caseId\": \"c-1\", \"at\": \"2026-12-04T15:24:30.123Z\", \"on\": \"2026-12-04\","
                + " \"note\": \"kept\"}");
        appendNoted(2, null, "{\"caseId\": \"c-2\", \"at\": \"2020-01-02T03:04:05Z\", \"on\": \"2020-01-02\"}");
        appendNoted(3, "2", "{\"caseId\": \"c-3\", \"at\": \"2021-05-06T07:08:09.5Z\", \"on\": \"2021-05-06\","
                + " \"note\": null}");
        StoredEventPages pages = new StoredEventPages(jdbc, JacksonSerializer.defaultSerializer(), new NoteAdded(),
                type -> type == Noted.class, new CaseKeys(jdbc, Clock.systemUTC(), null), 10, Duration.ofHours(1));

        List<DomainEventMessage<?>> read = pages.next().events();

        List<TrackedEventMessage<?>> byAxon = EventUtils.upcastAndDeserializeTrackedEvents(jdbc.query(
                "SELECT * FROM domain_event_entry ORDER BY global_index", (row, n) -> new TrackedDomainEventData<>(
                        new GlobalSequenceTrackingToken(row.getLong("global_index")), new GenericDomainEventEntry<>(
                                row.getString("type"), row.getString("aggregate_identifier"),
                                row.getLong("sequence_number"), row.getString("event_identifier"),
                                row.getString("time_stamp"), row.getString("payload_type"),
                                row.getString("payload_revision"), row.getBytes("payload"),
                                row.getBytes("meta_data")))).stream(),
                JacksonSerializer.defaultSerializer(), new NoteAdded()).toList();
        assertThat(read).hasSize(3);
        for (int i = 0; i < 3; i++) {
            DomainEventMessage<?> ours = read.get(i);
            DomainEventMessage<?> axons = (DomainEventMessage<?>) byAxon.get(i);
            assertThat(ours.getPayload()).isEqualTo(axons.getPayload());
            assertThat(ours.getPayloadType()).isEqualTo(axons.getPayloadType());
            assertThat(ours.getIdentifier()).isEqualTo(axons.getIdentifier());
            assertThat(ours.getAggregateIdentifier()).isEqualTo(axons.getAggregateIdentifier());
            assertThat(ours.getSequenceNumber()).isEqualTo(axons.getSequenceNumber());
            assertThat(ours.getType()).isEqualTo(axons.getType());
            assertThat(ours.getTimestamp()).isEqualTo(axons.getTimestamp());
            assertThat(ours.getMetaData()).isEqualTo(axons.getMetaData());
            assertThat(((TrackedEventMessage<?>) ours).trackingToken())
                    .isEqualTo(((TrackedEventMessage<?>) axons).trackingToken());
        }
        assertThat(read.get(1).getPayload()).as("revision 1, upcast")
                .isEqualTo(new Noted("c-2", Instant.parse("2020-01-02T03:04:05Z"), LocalDate.of(2020, 1, 2),
                        "not recorded"));
    }

    /** An event whose revision 2 added a note. */
    @Revision("2")
    record Noted(String caseId, Instant at, LocalDate on, String note) {
    }

    private static final class NoteAdded extends SingleEventUpcaster {
        private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(Noted.class.getName(), null);

        @Override
        protected boolean canUpcast(IntermediateEventRepresentation representation) {
            return representation.getType().equals(REVISION_1);
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
            return representation.upcastPayload(new SimpleSerializedType(Noted.class.getName(), "2"), JsonNode.class,
                    payload -> ((ObjectNode) payload).put("note", "not recorded"));
        }
    }

    private void appendNoted(long index, String revision, String json) {
        jdbc.update("INSERT INTO domain_event_entry VALUES (?, ?, ?, ?, 'Case', ?, ?, ?, ?, ?)", index,
                UUID.randomUUID().toString(), "case-" + index, index, "2026-12-03T10:00:0" + index + "Z",
                Noted.class.getName(), revision, json.getBytes(StandardCharsets.UTF_8),
                "{\"traceId\": \"t\"}".getBytes(StandardCharsets.UTF_8));
    }

    private StoredEventPages pages(Duration settledAfter) {
        return new StoredEventPages(jdbc, JacksonSerializer.defaultSerializer(), NoOpEventUpcaster.INSTANCE,
                type -> false, new CaseKeys(jdbc, Clock.systemUTC(), null), 2, settledAfter);
    }

    private void append(long index) {
        jdbc.update("INSERT INTO domain_event_entry VALUES (?, ?, ?, ?, 'Case', ?, 'org.example.Unknown', NULL, ?, ?)",
                index, UUID.randomUUID().toString(), "case-" + index, 0, "2026-12-03T10:00:00Z",
                "{}".getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
    }
}
