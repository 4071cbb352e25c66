package org.casebook.adapters.eventprocessing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.casebook.adapters.privacy.CaseKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The bulk rebuild's reader (ADR 0023): it pages through the store by global index and keeps the holes it read past,
 * so that the token it hands the processors waits for an append still in flight and forgets a rollback. On an
 * in-memory H2 store with holes at 3, 6 and 7; the events are of a type no read model handles, so none is kept.
 */
class StoredEventPagesTest {

    private JdbcTemplate jdbc;

    @BeforeEach
    void store() {
        jdbc = new JdbcTemplate(new SingleConnectionDataSource("jdbc:h2:mem:pages" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "", true));
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
