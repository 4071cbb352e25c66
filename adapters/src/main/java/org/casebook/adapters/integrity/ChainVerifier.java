package org.casebook.adapters.integrity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.casebook.adapters.integrity.IntegrityReport.BrokenEvent;
import org.casebook.adapters.integrity.IntegrityReport.Problem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Recomputes the whole chain from the first event and compares it with what {@code event_chain} holds. Reads in
 * keyset pages of the batch size, so no more than one page of events is ever in memory.
 *
 * <p>After a broken link the check carries on from the stored hash, so one altered event shows as one broken event
 * and the rest of the chain is still checked. What no check inside the database can see: someone with write access
 * who deletes the newest events together with their links, or rewrites every link after an event they altered.
 * Catching that needs the chain's head hash kept somewhere they cannot write.
 */
@Component
public class ChainVerifier {

    private static final String PAGE = "SELECT c.global_index, c.event_identifier, c.hash, c.previous_hash, "
            + StoredEvent.columns("e")
            + " FROM event_chain c LEFT JOIN domain_event_entry e ON e.global_index = c.global_index"
            + " WHERE c.global_index > ? ORDER BY c.global_index LIMIT ?";

    private static final String UNLINKED_BETWEEN = """
            SELECT e.global_index, e.event_identifier, e.aggregate_identifier, e.sequence_number
            FROM domain_event_entry e
            WHERE e.global_index > ? AND e.global_index < ?
              AND NOT EXISTS (SELECT 1 FROM event_chain c WHERE c.global_index = e.global_index)
            ORDER BY e.global_index""";

    private final JdbcTemplate jdbc;
    private final EventChainer chainer;
    private final Clock clock;
    private final IntegrityProperties properties;

    public ChainVerifier(JdbcTemplate jdbc, EventChainer chainer, Clock clock, IntegrityProperties properties) {
        this.jdbc = jdbc;
        this.chainer = chainer;
        this.clock = clock;
        this.properties = properties;
    }

    /** Chains whatever can be chained now, then checks every link from the first. */
    public IntegrityReport verify() {
        chainer.chainNewEvents();
        Check check = new Check();
        List<Link> page;
        do {
            page = jdbc.query(PAGE, (row, n) -> Link.read(row), check.cursor, properties.batchSize());
            if (!page.isEmpty()) {
                long last = page.get(page.size() - 1).globalIndex();
                jdbc.query(UNLINKED_BETWEEN, (ResultSet row) -> {
                    check.broken(new BrokenEvent(row.getLong(1), row.getString(2), row.getString(3),
                            row.getLong(4), Problem.EVENT_NOT_CHAINED));
                }, check.cursor, last);
                page.forEach(check::verify);
            }
        } while (page.size() == properties.batchSize());
        Long chainedUpTo = check.cursor == Long.MIN_VALUE ? null : check.cursor;
        Long unchained = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE global_index > ?",
                Long.class, check.cursor);
        return new IntegrityReport(check.checked, check.firstBroken == null,
                check.firstBroken == null ? null : check.firstBroken.globalIndex(), check.firstBroken,
                check.brokenCount, chainedUpTo, unchained == null ? 0 : unchained, clock.instant());
    }

    /** The running state of one check; pages arrive in global index order. */
    private static final class Check {
        long cursor = Long.MIN_VALUE;
        String previous = EventHash.GENESIS;
        long checked;
        long brokenCount;
        BrokenEvent firstBroken;

        void verify(Link link) {
            checked++;
            StoredEvent event = link.event();
            if (event == null) {
                broken(new BrokenEvent(link.globalIndex(), link.eventIdentifier(), null, null, Problem.EVENT_MISSING));
            } else if (!link.hash().equals(EventHash.chain(previous, event))
                    || !link.eventIdentifier().equals(event.eventIdentifier())) {
                broken(brokenEvent(event, Problem.EVENT_CHANGED));
            } else if (!link.previousHash().equals(previous)) {
                broken(brokenEvent(event, Problem.LINK_CHANGED));
            }
            // Carry on from what is stored, so that one altered event is reported once, not for every later link.
            previous = link.hash();
            cursor = link.globalIndex();
        }

        void broken(BrokenEvent event) {
            brokenCount++;
            if (firstBroken == null || event.globalIndex() < firstBroken.globalIndex()) {
                firstBroken = event;
            }
        }

        private static BrokenEvent brokenEvent(StoredEvent event, Problem problem) {
            return new BrokenEvent(event.globalIndex(), event.eventIdentifier(), event.aggregateIdentifier(),
                    event.sequenceNumber(), problem);
        }
    }

    /** One link of the chain with the event row it names, or no event when that row has gone. */
    private record Link(long globalIndex, String eventIdentifier, String hash, String previousHash,
                        StoredEvent event) {

        static Link read(ResultSet row) throws SQLException {
            row.getLong(5);
            StoredEvent event = row.wasNull() ? null : StoredEvent.read(row, 5);
            return new Link(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), event);
        }
    }
}
