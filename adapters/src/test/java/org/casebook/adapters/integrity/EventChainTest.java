package org.casebook.adapters.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.casebook.adapters.integrity.IntegrityReport.Problem;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The chain and its check against the real schema on H2 in PostgreSQL mode, the service's default database (the
 * integration tests run the same on PostgreSQL). Events are written straight into the table, global index chosen,
 * so that late commits and rolled-back gaps can be staged exactly; batches of 3 make every page boundary show.
 */
class EventChainTest {

    static final Duration GRACE = Duration.ofSeconds(60);

    /** One database for the whole class, migrated once by Flyway like the service's own; emptied before each test. */
    static DriverManagerDataSource dataSource;
    static JdbcTemplate jdbc;

    final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T10:00:00Z"));
    EventChainer chainer;
    ChainVerifier verifier;

    @BeforeAll
    static void migratedDatabase() {
        dataSource = new DriverManagerDataSource("jdbc:h2:mem:chain-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
    }

    @AfterAll
    static void dropDatabase() {
        jdbc.execute("SHUTDOWN");
    }

    @BeforeEach
    void emptyEventStore() {
        jdbc.update("DELETE FROM event_chain");
        jdbc.update("DELETE FROM domain_event_entry");
        jdbc.update("UPDATE event_chain_lock SET gap_seen_below = NULL, gap_seen_at = NULL");
        chainer = chainer();
        verifier = new ChainVerifier(jdbc, chainer, clock, properties());
    }

    static IntegrityProperties properties() {
        return new IntegrityProperties(GRACE, 3);
    }

    EventChainer chainer() {
        return new EventChainer(jdbc, new DataSourceTransactionManager(dataSource), clock, properties());
    }

    void store(long... globalIndexes) {
        for (long index : globalIndexes) {
            jdbc.update("""
                            INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier,
                                sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)
                            VALUES (?, ?, ?, ?, 'Case', ?, 'org.casebook.domain.casework.NoteWritten', NULL, ?, ?)""",
                    index, "event-" + index, "case-" + (index % 2), index, clock.instant().toString(),
                    ("{\"text\":\"note " + index + "\"}").getBytes(StandardCharsets.UTF_8),
                    "{}".getBytes(StandardCharsets.UTF_8));
        }
    }

    Long chainedUpTo() {
        return jdbc.queryForObject("SELECT max(global_index) FROM event_chain", Long.class);
    }

    @Nested
    class Chaining {

        @Test
        void chainsEveryStoredEventInGlobalIndexOrder() {
            store(1, 2, 3, 4, 5, 6, 7);

            assertThat(chainer.chainNewEvents()).isEqualTo(7);

            assertThat(jdbc.queryForList("SELECT global_index FROM event_chain ORDER BY global_index", Long.class))
                    .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
            String first = jdbc.queryForObject("SELECT hash FROM event_chain WHERE global_index = 1", String.class);
            assertThat(jdbc.queryForObject("SELECT previous_hash FROM event_chain WHERE global_index = 1",
                    String.class)).isEqualTo(EventHash.GENESIS);
            assertThat(jdbc.queryForObject("SELECT previous_hash FROM event_chain WHERE global_index = 2",
                    String.class)).isEqualTo(first);
        }

        @Test
        void chainsOnlyWhatIsNewEachTime() {
            store(1, 2);
            chainer.chainNewEvents();
            store(3);

            assertThat(chainer.chainNewEvents()).isEqualTo(1);
            assertThat(chainer.chainNewEvents()).isZero();
        }

        @Test
        void waitsAtAGapThatMayStillFillWithALateCommit() {
            store(1, 2, 4, 5);

            assertThat(chainer.chainNewEvents()).isEqualTo(2);
            clock.advance(GRACE.minusSeconds(1));
            assertThat(chainer.chainNewEvents()).isZero();

            assertThat(chainedUpTo()).isEqualTo(2);
        }

        @Test
        void chainsALateCommitInItsPlaceWhenItArrivesWithinTheGracePeriod() {
            store(1, 2, 4, 5);
            chainer.chainNewEvents();
            clock.advance(Duration.ofSeconds(30));
            store(3);

            assertThat(chainer.chainNewEvents()).isEqualTo(3);
            assertThat(verifier.verify().intact()).isTrue();
        }

        @Test
        void passesAGapForGoodOnceItIsOlderThanTheGracePeriod() {
            store(1, 2, 4, 5);
            chainer.chainNewEvents();
            clock.advance(GRACE);

            assertThat(chainer.chainNewEvents()).isEqualTo(2);

            IntegrityReport report = verifier.verify();
            assertThat(report.intact()).isTrue();
            assertThat(report.eventsChecked()).isEqualTo(4);
            assertThat(report.chainedUpTo()).isEqualTo(5);
            assertThat(report.unchained()).isZero();
        }

        @Test
        void aBurstOfRolledBackIndexesCostsOneGracePeriodNotOneEach() {
            store(1, 3, 5, 7, 9, 11);
            chainer.chainNewEvents();
            clock.advance(GRACE);

            assertThat(chainer.chainNewEvents()).isEqualTo(5);
            assertThat(chainedUpTo()).isEqualTo(11);
        }

        @Test
        void aGapAboveTheOneFirstSeenWaitsItsOwnGracePeriod() {
            store(1, 3);
            chainer.chainNewEvents();
            clock.advance(Duration.ofSeconds(45));
            store(5);
            chainer.chainNewEvents();
            clock.advance(Duration.ofSeconds(15));

            assertThat(chainer.chainNewEvents()).isEqualTo(1);
            assertThat(chainedUpTo()).isEqualTo(3);

            clock.advance(GRACE);
            assertThat(chainer.chainNewEvents()).isEqualTo(1);
            assertThat(chainedUpTo()).isEqualTo(5);
        }

        @Test
        void treatsAMissingFirstIndexAsAGapToo() {
            store(2, 3);

            assertThat(chainer.chainNewEvents()).isZero();
            clock.advance(GRACE);
            assertThat(chainer.chainNewEvents()).isEqualTo(2);
        }

        @Test
        void instancesChainingAtTheSameTimeBuildOneChain() throws Exception {
            for (long index = 1; index <= 60; index++) {
                store(index);
            }
            ExecutorService instances = Executors.newFixedThreadPool(3);
            try {
                Callable<Long> chaining = () -> chainer().chainNewEvents();
                Future<Long> a = instances.submit(chaining);
                Future<Long> b = instances.submit(chaining);
                Future<Long> c = instances.submit(chaining);

                assertThat(a.get() + b.get() + c.get()).isEqualTo(60);
            } finally {
                instances.shutdownNow();
            }
            IntegrityReport report = verifier.verify();
            assertThat(report.intact()).isTrue();
            assertThat(report.eventsChecked()).isEqualTo(60);
        }
    }

    @Nested
    class Checking {

        @BeforeEach
        void chainedEvents() {
            store(1, 2, 3, 4, 5, 6, 7, 8);
            chainer.chainNewEvents();
        }

        @Test
        void findsAnUntouchedChainIntact() {
            store(9);

            IntegrityReport report = verifier.verify();

            assertThat(report.intact()).isTrue();
            assertThat(report.eventsChecked()).isEqualTo(9);
            assertThat(report.firstBrokenAt()).isNull();
            assertThat(report.firstBrokenEvent()).isNull();
            assertThat(report.brokenEvents()).isZero();
            assertThat(report.chainedUpTo()).isEqualTo(9);
            assertThat(report.unchained()).isZero();
        }

        @Test
        void namesTheEventWhosePayloadLostOneBit() {
            byte[] payload = jdbc.queryForObject("SELECT payload FROM domain_event_entry WHERE global_index = 5",
                    byte[].class);
            payload[2] ^= 0x01;
            jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE global_index = 5", (Object) payload);

            IntegrityReport report = verifier.verify();

            assertThat(report.intact()).isFalse();
            assertThat(report.firstBrokenAt()).isEqualTo(5);
            assertThat(report.firstBrokenEvent()).isEqualTo(new IntegrityReport.BrokenEvent(5, "event-5", "case-1",
                    5L, Problem.EVENT_CHANGED));
            assertThat(report.brokenEvents()).as("the events after it still link up").isEqualTo(1);
            assertThat(report.eventsChecked()).isEqualTo(8);
        }

        @Test
        void namesTheEventWhoseRecordedTimeWasChanged() {
            jdbc.update("UPDATE domain_event_entry SET time_stamp = '2020-01-01T00:00:00Z' WHERE global_index = 7");

            assertThat(verifier.verify().firstBrokenAt()).isEqualTo(7);
        }

        @Test
        void namesAnEventThatWasDeleted() {
            jdbc.update("DELETE FROM domain_event_entry WHERE global_index = 4");

            IntegrityReport report = verifier.verify();

            assertThat(report.firstBrokenAt()).isEqualTo(4);
            assertThat(report.firstBrokenEvent().problem()).isEqualTo(Problem.EVENT_MISSING);
            assertThat(report.firstBrokenEvent().eventIdentifier()).isEqualTo("event-4");
        }

        @Test
        void namesAnEventDeletedTogetherWithItsLink() {
            jdbc.update("DELETE FROM domain_event_entry WHERE global_index = 4");
            jdbc.update("DELETE FROM event_chain WHERE global_index = 4");

            IntegrityReport report = verifier.verify();

            assertThat(report.intact()).isFalse();
            assertThat(report.firstBrokenAt()).as("the next link no longer follows").isEqualTo(5);
        }

        @Test
        void namesAnEventWhoseLinkWasRemoved() {
            jdbc.update("DELETE FROM event_chain WHERE global_index = 3");

            IntegrityReport report = verifier.verify();

            assertThat(report.firstBrokenAt()).isEqualTo(3);
            assertThat(report.firstBrokenEvent().problem()).isEqualTo(Problem.EVENT_NOT_CHAINED);
        }

        @Test
        void namesAnEventSlippedInBelowTheHeadOfTheChain() {
            store(10);
            chainer.chainNewEvents();
            clock.advance(GRACE);
            chainer.chainNewEvents();
            assertThat(chainedUpTo()).isEqualTo(10);
            store(9);

            IntegrityReport report = verifier.verify();

            assertThat(report.firstBrokenAt()).isEqualTo(9);
            assertThat(report.firstBrokenEvent().problem()).isEqualTo(Problem.EVENT_NOT_CHAINED);
        }

        @Test
        void namesALinkWhosePreviousHashWasAltered() {
            jdbc.update("UPDATE event_chain SET previous_hash = ? WHERE global_index = 6", "f".repeat(64));

            IntegrityReport report = verifier.verify();

            assertThat(report.firstBrokenAt()).isEqualTo(6);
            assertThat(report.firstBrokenEvent().problem()).isEqualTo(Problem.LINK_CHANGED);
        }

        @Test
        void findsTheChainIntactAgainOnceTheByteIsPutBack() {
            byte[] original = jdbc.queryForObject("SELECT payload FROM domain_event_entry WHERE global_index = 2",
                    byte[].class);
            byte[] altered = original.clone();
            altered[0] ^= 0x20;
            jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE global_index = 2", (Object) altered);
            assertThat(verifier.verify().intact()).isFalse();

            jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE global_index = 2", (Object) original);

            assertThat(verifier.verify().intact()).isTrue();
        }

        @Test
        void countsEventsWaitingBehindAGapAsUnchainedNotBroken() {
            store(10, 11);

            IntegrityReport report = verifier.verify();

            assertThat(report.intact()).isTrue();
            assertThat(report.chainedUpTo()).isEqualTo(8);
            assertThat(report.unchained()).isEqualTo(2);
        }
    }

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
