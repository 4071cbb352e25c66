package org.casebook.adapters.integrity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Extends the hash chain over newly stored events, in global index order, a batch per transaction.
 *
 * <p><b>Late commits and gaps.</b> Axon's JDBC store takes {@code global_index} from an identity column when a row
 * is inserted, not when its transaction commits. So a transaction holding a lower index can commit after one holding
 * a higher index (the lower row appears later), and a rolled-back transaction leaves a hole that never fills. The
 * chain never links an event across a hole that may still fill: an event committed late into a hole the chain had
 * already passed would sit unchained in the middle of the chain, which {@link ChainVerifier} reports as tampering.
 * So when the next index is missing, the chain stops there and waits until the hole is older than the grace period
 * (60 s by default, as Axon's own gap timeout), and only then passes it for good.
 *
 * <p>A hole's age is counted from when the chain first saw a committed event above it. Identity values are handed
 * out in increasing order, so every hole below the highest index committed at that moment already belonged to some
 * transaction then; one sighting therefore dates every hole below it, and a burst of rollbacks costs one grace period,
 * not one each. The sighting is kept in the locked row, so every instance and a restarted one share it. (A PostgreSQL
 * identity with a CACHE above 1 would break this ordering; ours use the default of 1.)
 *
 * <p><b>Several instances.</b> Each batch first locks the single row of {@code event_chain_lock}
 * ({@code SELECT ... FOR UPDATE}, the same on PostgreSQL and H2) and only then reads the head of the chain, so
 * instances extend the chain one after another and never from the same head; the primary key on
 * {@code event_chain.global_index} is the backstop.
 */
@Component
public class EventChainer {

    private static final Logger log = LoggerFactory.getLogger(EventChainer.class);

    private static final String NEXT_EVENTS = "SELECT " + StoredEvent.columns("e")
            + " FROM domain_event_entry e WHERE e.global_index > ? ORDER BY e.global_index LIMIT ?";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final IntegrityProperties properties;

    public EventChainer(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock,
                        IntegrityProperties properties) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.properties = properties;
    }

    @Scheduled(initialDelayString = "${casebook.integrity.chain-interval:PT2S}",
            fixedDelayString = "${casebook.integrity.chain-interval:PT2S}")
    void chainOnSchedule() {
        try {
            chainNewEvents();
        } catch (RuntimeException failure) {
            // Class names only: driver messages may quote row values. The next run retries from the chain's head.
            log.warn("Chaining new events failed, will retry: {}", describe(failure));
        }
    }

    /** Chains every event that can safely be chained now, batch by batch; returns how many were chained. */
    public long chainNewEvents() {
        long chained = 0;
        Batch batch;
        do {
            batch = transaction.execute(status -> chainNextBatch());
            chained += batch.chained();
        } while (batch.mayHaveMore());
        return chained;
    }

    private Batch chainNextBatch() {
        Sighting sighting = jdbc.queryForObject(
                "SELECT gap_seen_below, gap_seen_at FROM event_chain_lock WHERE id = 1 FOR UPDATE",
                (row, n) -> new Sighting(nullableLong(row, 1), instant(row, 2)));
        Link head = head();
        List<StoredEvent> events = jdbc.query(NEXT_EVENTS, (row, n) -> StoredEvent.read(row, 1), head.globalIndex(),
                properties.batchSize());
        Instant now = clock.instant();
        OffsetDateTime chainedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);

        List<Object[]> links = new ArrayList<>();
        String previous = head.hash();
        long expected = head.globalIndex() + 1;
        boolean waitingAtGap = false;
        for (StoredEvent event : events) {
            if (event.globalIndex() != expected && !sighting.datesGapAt(expected, now, properties)) {
                waitingAtGap = true;
                if (!sighting.covers(expected)) {
                    recordSighting(now);
                }
                break;
            }
            String hash = EventHash.chain(previous, event);
            links.add(new Object[] {event.globalIndex(), event.eventIdentifier(), hash, previous, chainedAt});
            previous = hash;
            expected = event.globalIndex() + 1;
        }
        if (!links.isEmpty()) {
            jdbc.batchUpdate("""
                    INSERT INTO event_chain (global_index, event_identifier, hash, previous_hash, chained_at)
                    VALUES (?, ?, ?, ?, ?)""", links);
        }
        return new Batch(links.size(), !waitingAtGap && events.size() == properties.batchSize());
    }

    /**
     * Notes that every index up to the highest committed one was handed out by now: any hole below it is at least
     * this old.
     */
    private void recordSighting(Instant now) {
        Long highest = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        jdbc.update("UPDATE event_chain_lock SET gap_seen_below = ?, gap_seen_at = ? WHERE id = 1", highest,
                OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
    }

    /** The last link of the chain, or the genesis before the first event. */
    Link head() {
        return jdbc.query("SELECT global_index, hash FROM event_chain ORDER BY global_index DESC LIMIT 1",
                        (row, n) -> new Link(row.getLong(1), row.getString(2)))
                .stream().findFirst().orElse(new Link(0, EventHash.GENESIS));
    }

    record Link(long globalIndex, String hash) {
    }

    private record Batch(int chained, boolean mayHaveMore) {
    }

    /** Every global index up to {@code below} had been handed out by {@code at}. */
    private record Sighting(Long below, Instant at) {

        boolean covers(long missingIndex) {
            return below != null && at != null && missingIndex < below;
        }

        /** Whether the hole at {@code missingIndex} is older than the grace period, so can no longer fill. */
        boolean datesGapAt(long missingIndex, Instant now, IntegrityProperties properties) {
            return covers(missingIndex) && !now.isBefore(at.plus(properties.gapGracePeriod()));
        }
    }

    private static Long nullableLong(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static String describe(Throwable failure) {
        StringBuilder out = new StringBuilder(failure.getClass().getName());
        for (Throwable cause = failure.getCause(); cause != null && cause != failure; cause = cause.getCause()) {
            out.append(" <- ").append(cause.getClass().getName());
        }
        return out.toString();
    }
}
