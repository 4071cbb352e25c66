package org.casebook.adapters.web.admin;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.serialization.Serializer;
import org.casebook.adapters.web.SafeLog;
import org.casebook.adapters.web.admin.ProcessorTokens.SegmentPosition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Catches events that a read model skipped because their transaction committed after Axon's gap timeout (late
 * commits), and repairs the read model by rebuilding it.
 *
 * <p><b>Why events can be skipped.</b> {@code global_index} is taken when a row is inserted, not when it commits. A
 * processor that has read past a missing index keeps it as a gap in its token and asks for it again, but gives the
 * gap up once it reads an event older than the gap timeout (or, with many gaps, one just above the gap). If the
 * missing event commits after that, the processor never reads it. Bounding transaction time (CommandDeadline,
 * PostgreSQL's timeouts) makes this impossible for the service's own writes; this check is the proof and the net.
 *
 * <p><b>How it is checked.</b> Each run, first the committed tokens of every segment of every processor are read from
 * {@code token_entry} (all nodes' progress, without claiming anything), then the store: the indexes above the last
 * checked one, by a range on the primary key (an index-only scan, never the whole table), and the holes being
 * watched. A hole is an index below the head with no committed event. When a segment's token has read past a hole
 * without keeping it as a gap, while the hole was still empty after that token was read, the segment has given the
 * hole up. If that hole later fills (a late arrival) and its event belongs to a segment that gave it up, the read
 * model has skipped it: it is counted, the {@code casebook.projection.skipped.events} counter goes up, and the read
 * model is rebuilt (its handlers are idempotent and a rebuild replays every event in order, so the result is exactly
 * what it would have been). Holes that stay empty longer than {@code watch-holes-for} are rolled-back transactions
 * and are forgotten.
 *
 * <p>A hole that is given up and filled between two runs is not seen as skipped: the run interval must stay well
 * under the gap timeout (a few seconds against 60 s), and such a transaction has already outlived every bound.
 */
@Component
public class ProjectionReconciler {

    private static final Logger log = LoggerFactory.getLogger(ProjectionReconciler.class);
    private static final int MAX_SCAN = 50_000;
    private static final int INITIAL_WINDOW = 1_000;
    private static final int MAX_WATCHED_HOLES = 10_000;
    private static final int IN_LIST = 500;

    private final EventProcessingConfiguration processing;
    private final Projections projections;
    private final ReconciliationLedger ledger;
    private final ProcessorTokens tokens;
    private final JdbcTemplate jdbc;
    private final MeterRegistry meters;
    private final Clock clock;
    private final ReconciliationProperties properties;

    /** Holes still empty, by global index, with the segments of each processor that have given them up. */
    private final TreeMap<Long, Hole> holes = new TreeMap<>();
    private final Map<String, Totals> totals = new HashMap<>();
    private long checkedUpTo = -1;
    private long lateArrivals;

    public ProjectionReconciler(EventProcessingConfiguration processing, Projections projections,
                                ReconciliationLedger ledger, JdbcTemplate jdbc,
                                @Qualifier("serializer") Serializer serializer, MeterRegistry meters, Clock clock,
                                ReconciliationProperties properties) {
        this.processing = processing;
        this.projections = projections;
        this.ledger = ledger;
        this.tokens = new ProcessorTokens(jdbc, serializer);
        this.jdbc = jdbc;
        this.meters = meters;
        this.clock = clock;
        this.properties = properties;
    }

    @Scheduled(initialDelayString = "${casebook.projections.reconciliation.interval:PT5S}",
            fixedDelayString = "${casebook.projections.reconciliation.interval:PT5S}")
    void reconcileOnSchedule() {
        if (!properties.enabled()) {
            return;
        }
        try {
            reconcile();
        } catch (RuntimeException failure) {
            log.warn("Reconciling the read models failed, will retry: {}", SafeLog.describe(failure));
        }
    }

    /** One run: see the class comment. Returns the number of skipped events found in this run. */
    public synchronized int reconcile() {
        Instant now = clock.instant();
        Map<String, List<SegmentPosition>> positions = new HashMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor) {
                positions.put(name, tokens.of(name));
            }
        });
        Long max = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        long head = max == null ? 0 : max;

        Map<Long, String> arrived = filledHoles();
        if (checkedUpTo < 0) {
            checkedUpTo = Math.max(0, head - INITIAL_WINDOW);
        }
        watchNewHoles(Math.min(head, checkedUpTo + MAX_SCAN), now);

        Map<String, Integer> skipped = new HashMap<>();
        for (Map.Entry<Long, String> arrival : arrived.entrySet()) {
            Hole hole = holes.remove(arrival.getKey());
            lateArrivals++;
            positions.forEach((processor, segments) -> {
                if (hole.skippedBy(processor, arrival.getValue(), segments)) {
                    skipped.merge(processor, 1, Integer::sum);
                }
            });
        }
        holes.forEach((index, hole) -> positions.forEach((processor, segments) -> hole.givenUpBy(processor,
                segments.stream().filter(s -> s.passedWithoutWaitingFor(index)).map(SegmentPosition::segment)
                        .collect(Collectors.toSet()))));
        forgetOldHoles(now);

        int found = 0;
        for (String processor : positions.keySet()) {
            Totals total = totals.computeIfAbsent(processor, name -> new Totals());
            int count = skipped.getOrDefault(processor, 0);
            // Registered on every run, so that the counter is there at 0 before anything is ever skipped.
            Counter counter = Counter.builder("casebook.projection.skipped.events")
                    .description("Events a read model had passed before their late commit; repaired by a rebuild")
                    .tag("projection", processor).register(meters);
            if (count > 0) {
                found += count;
                total.skippedFound += count;
                counter.increment(count);
                log.warn("Read model {} skipped {} late-committed event(s); rebuilding it", processor, count);
                if (projections.rebuild(processor)) {
                    total.repaired += count;
                }
            }
            ledger.record(processor, new Reconciliation(now, checkedUpTo, holes.size(), lateArrivals,
                    total.skippedFound, total.repaired));
        }
        return found;
    }

    /** The watched holes that now hold a committed event, with the event's aggregate (which decides its segment). */
    private Map<Long, String> filledHoles() {
        Map<Long, String> filled = new HashMap<>();
        List<Long> watched = new ArrayList<>(holes.keySet());
        for (int from = 0; from < watched.size(); from += IN_LIST) {
            List<Long> chunk = watched.subList(from, Math.min(watched.size(), from + IN_LIST));
            String marks = chunk.stream().map(index -> "?").collect(Collectors.joining(","));
            jdbc.query("SELECT global_index, aggregate_identifier FROM domain_event_entry WHERE global_index IN ("
                    + marks + ")", row -> {
                        filled.put(row.getLong(1), row.getString(2));
                    }, chunk.toArray());
        }
        return filled;
    }

    /** Reads the indexes in (checkedUpTo, upTo] from the primary key and watches every one that is missing. */
    private void watchNewHoles(long upTo, Instant now) {
        if (upTo <= checkedUpTo) {
            return;
        }
        List<Long> present = jdbc.queryForList("SELECT global_index FROM domain_event_entry"
                + " WHERE global_index > ? AND global_index <= ? ORDER BY global_index", Long.class, checkedUpTo, upTo);
        long expected = checkedUpTo + 1;
        for (long index : present) {
            for (long missing = expected; missing < index && holes.size() < MAX_WATCHED_HOLES; missing++) {
                holes.put(missing, new Hole(now));
            }
            expected = index + 1;
        }
        // The last present index is the highest one known to be handed out; nothing above it is a hole yet.
        checkedUpTo = present.isEmpty() ? checkedUpTo : present.get(present.size() - 1);
    }

    private void forgetOldHoles(Instant now) {
        for (Iterator<Hole> watched = holes.values().iterator(); watched.hasNext(); ) {
            if (watched.next().seenAt.plus(properties.watchHolesFor()).isBefore(now)) {
                watched.remove();
            }
        }
    }

    /** A missing index, when it was first seen missing, and which segments of each processor have given it up. */
    private static final class Hole {
        private final Instant seenAt;
        private final Map<String, Set<Integer>> givenUp = new HashMap<>();

        Hole(Instant seenAt) {
            this.seenAt = seenAt;
        }

        void givenUpBy(String processor, Set<Integer> segments) {
            if (!segments.isEmpty()) {
                givenUp.computeIfAbsent(processor, name -> new HashSet<>()).addAll(segments);
            }
        }

        /**
         * Whether the segment this event belongs to (Axon's default sequencing: by aggregate) had given the hole up.
         * If the segments were split or merged meanwhile, any segment having given it up counts.
         */
        boolean skippedBy(String processor, String aggregateIdentifier, List<SegmentPosition> segments) {
            Set<Integer> gaveUp = givenUp.getOrDefault(processor, Set.of());
            if (gaveUp.isEmpty()) {
                return false;
            }
            int[] ids = segments.stream().mapToInt(SegmentPosition::segment).toArray();
            for (int id : ids) {
                if (Segment.computeSegment(id, ids).matches(aggregateIdentifier)) {
                    return gaveUp.contains(id) || !gaveUp.stream().allMatch(given -> contains(ids, given));
                }
            }
            return true;
        }

        private static boolean contains(int[] ids, int id) {
            for (int candidate : ids) {
                if (candidate == id) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final class Totals {
        private long skippedFound;
        private long repaired;
    }
}
