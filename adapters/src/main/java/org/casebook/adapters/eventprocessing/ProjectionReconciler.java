package org.casebook.adapters.eventprocessing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.casebook.adapters.axon.EventStoreProperties;
import org.casebook.adapters.SafeLog;
import org.casebook.adapters.eventprocessing.ProcessorTokens.SegmentPosition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Catches events that a read model skipped because their transaction committed after Axon's gap timeout (late
 * commits), and repairs the read model by rebuilding it.
 *
 * <p><b>Why events can be skipped.</b> {@code global_index} is taken when a row is inserted, not when it commits. A
 * processor that has read past a missing index keeps it as a gap in its token and asks for it again, but gives the
 * gap up once it reads an event older than the gap timeout (or, with more than 250 gaps, when the event just above
 * the gap is older than that). If the missing event commits after that, the processor never reads it. Bounding
 * transaction time (CommandDeadline, PostgreSQL's timeouts) keeps the service's own writes out of this; this check is
 * the proof and the safety net for everything else.
 *
 * <p><b>How it is checked.</b> Each run reads, in this order: every segment's committed token from
 * {@code token_entry} (the progress of all nodes, without claiming anything); the watched holes' rows and the indexes
 * above the last checked one, by ranges and lists on the primary key (never a scan of the event table). A hole is an
 * index below the head with no committed event; when one fills, that event is a late arrival. An arrival whose event
 * was already older than a third of the gap timeout the last time its hole was seen empty could have been given up;
 * for it, each read model that handles its type must show either that it handled it ({@code projection_late_event},
 * written by {@link LateEventWitness} with the batch that handled it) or, once the token of the segment it belongs to
 * has moved past it, it has skipped it. Tokens are read before the notes, and a note commits with the token that
 * passed its event, so "passed without a note" is never a race. A skip is counted, raises the
 * {@code casebook.projection.skipped.events} counter, and starts a rebuild of that read model: its handlers are
 * idempotent and a rebuild replays every event in order, so the result is what it would have been.
 *
 * <p>Limits: an arrival that was younger than a third of the gap timeout is not judged (a processor can only have
 * given it up if another event took more than half the gap timeout from its timestamp to its insert, which the command
 * timeout rules out); holes empty for longer than {@code watch-holes-for} are taken for rollbacks; a rebuild started by
 * hand while an arrival awaits judgement can cause one extra rebuild. Each node judges from the shared tables, so on
 * several nodes each may start the same rebuild.
 */
@Component
public class ProjectionReconciler {

    private static final Logger log = LoggerFactory.getLogger(ProjectionReconciler.class);
    private static final int MAX_SCAN = 50_000;
    private static final int INITIAL_WINDOW = 1_000;
    private static final int MAX_WATCHED = 10_000;
    private static final int IN_LIST = 500;

    private final EventProcessingConfiguration processing;
    private final Projections projections;
    private final ReconciliationLedger ledger;
    private final ProcessorTokens tokens;
    private final JdbcTemplate jdbc;
    private final MeterRegistry meters;
    private final Clock clock;
    private final ReconciliationProperties properties;
    private final Duration judgedAfter;

    /** Empty indexes below the head: when first and last seen empty. */
    private final TreeMap<Long, Hole> holes = new TreeMap<>();
    /** Holes that filled and still await a verdict from some read model. */
    private final TreeMap<Long, Arrival> arrivals = new TreeMap<>();
    private final Map<String, Totals> totals = new HashMap<>();
    private long checkedUpTo = -1;
    private long lateArrivals;

    public ProjectionReconciler(EventProcessingConfiguration processing, Projections projections,
                                ReconciliationLedger ledger, JdbcTemplate jdbc,
                                ProcessorTokens tokens, MeterRegistry meters, Clock clock,
                                ReconciliationProperties properties, EventStoreProperties events) {
        this.processing = processing;
        this.projections = projections;
        this.ledger = ledger;
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.meters = meters;
        this.clock = clock;
        this.properties = properties;
        this.judgedAfter = events.gapTimeout().dividedBy(3);
    }

    /**
     * How old an event must be when handled for {@link LateEventWitness} to note it: half the age from which arrivals
     * are judged, so that clocks of different nodes may differ by that much.
     */
    static Duration witnessedAfter(EventStoreProperties events) {
        return events.gapTimeout().dividedBy(6);
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

    /** One run (see the class comment); returns the number of skipped events found. */
    public synchronized int reconcile() {
        Instant now = clock.instant();
        Map<String, StreamingEventProcessor> processors = new TreeMap<>();
        Map<String, List<SegmentPosition>> positions = new HashMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                processors.put(name, streaming);
                positions.put(name, tokens.of(name));
            }
        });
        Set<String> witnessed = witnessed(arrivals.values());
        Map<String, Integer> skipped = judge(processors, positions, witnessed, now);

        long head = tokens.head();
        collectArrivals();
        if (checkedUpTo < 0) {
            checkedUpTo = Math.max(0, head - INITIAL_WINDOW);
        }
        watchNewHoles(Math.min(head, checkedUpTo + MAX_SCAN), now);
        holes.values().forEach(hole -> hole.lastSeenEmpty = now);
        forgetOld(now);

        int found = 0;
        for (String processor : processors.keySet()) {
            Totals total = totals.computeIfAbsent(processor, name -> new Totals());
            int count = skipped.getOrDefault(processor, 0);
            // The read models share a processor (ADR 0027): what it skipped, each of them skipped, and each is shown
            // under its own name, as before they shared it.
            List<String> readModels = ReadModels.of(processor).isEmpty() ? List.of(processor)
                    : ReadModels.of(processor);
            if (count > 0) {
                found += count;
                total.skippedFound += count;
                log.warn("Read models {} skipped {} late-committed event(s); rebuilding them", readModels, count);
                if (projections.rebuild(readModels.get(0))) {
                    total.repaired += count;
                    // The rebuild starts after every arrival seen so far has committed, so it replays them all.
                    arrivals.values().forEach(arrival -> arrival.awaiting.remove(processor));
                }
            }
            for (String readModel : readModels) {
                // Registered on every run, so that the counter shows 0 before anything is ever skipped.
                Counter counter = Counter.builder("casebook.projection.skipped.events")
                        .description("Events a read model had passed before their late commit; repaired by a rebuild")
                        .tag("projection", readModel).register(meters);
                if (count > 0) {
                    counter.increment(count);
                }
                ledger.record(readModel, new Reconciliation(now, checkedUpTo, holes.size(), lateArrivals,
                        total.skippedFound, total.repaired));
            }
        }
        arrivals.values().removeIf(arrival -> arrival.awaiting.isEmpty());
        jdbc.update("DELETE FROM projection_late_event WHERE handled_at < ?",
                OffsetDateTime.ofInstant(now.minus(properties.watchHolesFor()), ZoneOffset.UTC));
        return found;
    }

    /** Which (processor, event) pairs have been noted as handled, as "processor event-identifier". */
    private Set<String> witnessed(Iterable<Arrival> pending) {
        List<String> ids = new ArrayList<>();
        pending.forEach(arrival -> ids.add(arrival.eventIdentifier));
        Set<String> seen = new HashSet<>();
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_LIST));
            jdbc.query("SELECT processor_name, event_identifier FROM projection_late_event WHERE event_identifier IN ("
                    + marks(chunk.size()) + ")", row -> {
                        seen.add(row.getString(1) + " " + row.getString(2));
                    }, chunk.toArray());
        }
        return seen;
    }

    private Map<String, Integer> judge(Map<String, StreamingEventProcessor> processors,
                                       Map<String, List<SegmentPosition>> positions, Set<String> witnessed,
                                       Instant now) {
        Map<String, Integer> skipped = new HashMap<>();
        for (Map.Entry<Long, Arrival> entry : arrivals.entrySet()) {
            long index = entry.getKey();
            Arrival arrival = entry.getValue();
            for (Iterator<String> awaiting = arrival.awaiting.iterator(); awaiting.hasNext(); ) {
                String processor = awaiting.next();
                List<SegmentPosition> segments = positions.getOrDefault(processor, List.of());
                if (!processors.containsKey(processor) || !handles(processors.get(processor), arrival.payloadType)
                        || witnessed.contains(processor + " " + arrival.eventIdentifier)) {
                    awaiting.remove();
                } else if (segments.stream().noneMatch(SegmentPosition::replaying)
                        && owner(segments, arrival.aggregateIdentifier).passedWithoutWaitingFor(index)) {
                    skipped.merge(processor, 1, Integer::sum);
                    awaiting.remove();
                }
            }
            if (arrival.arrivedAt.plus(properties.watchHolesFor()).isBefore(now)) {
                arrival.awaiting.clear();
            }
        }
        return skipped;
    }

    /** The segment an event of this aggregate belongs to (Axon's default sequencing is per aggregate). */
    private static SegmentPosition owner(List<SegmentPosition> segments, String aggregateIdentifier) {
        int[] ids = segments.stream().mapToInt(SegmentPosition::segment).toArray();
        for (SegmentPosition segment : segments) {
            if (Segment.computeSegment(segment.segment(), ids).matches(aggregateIdentifier)) {
                return segment;
            }
        }
        return new SegmentPosition(-1, null, false);
    }

    private static boolean handles(EventProcessor processor, String payloadType) {
        if (!(processor instanceof AbstractEventProcessor withHandlers)) {
            return true;
        }
        try {
            return withHandlers.eventHandlerInvoker().canHandleType(Class.forName(payloadType));
        } catch (ClassNotFoundException | LinkageError renamed) {
            return true; // an older name that an upcaster renames: judge it
        }
    }

    /** Moves every watched hole that now holds a committed event to the arrivals, if it is worth judging. */
    private void collectArrivals() {
        List<Long> watched = new ArrayList<>(holes.keySet());
        for (int from = 0; from < watched.size(); from += IN_LIST) {
            List<Long> chunk = watched.subList(from, Math.min(watched.size(), from + IN_LIST));
            jdbc.query("SELECT global_index, event_identifier, aggregate_identifier, payload_type, time_stamp"
                    + " FROM domain_event_entry WHERE global_index IN (" + marks(chunk.size()) + ")", row -> {
                        Hole hole = holes.remove(row.getLong(1));
                        lateArrivals++;
                        Instant timestamp = DateTimeUtils.parseInstant(row.getString(5));
                        if (timestamp.isBefore(hole.lastSeenEmpty.minus(judgedAfter))) {
                            arrivals.put(row.getLong(1), new Arrival(row.getString(2), row.getString(3),
                                    row.getString(4), clock.instant(), new HashSet<>(processorNames())));
                        }
                    }, chunk.toArray());
        }
    }

    private Set<String> processorNames() {
        Set<String> names = new HashSet<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor) {
                names.add(name);
            }
        });
        return names;
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
            for (long missing = expected; missing < index && holes.size() < MAX_WATCHED; missing++) {
                holes.put(missing, new Hole(now));
            }
            expected = index + 1;
        }
        // The highest index present is the highest known to be handed out; above it nothing is a hole yet.
        checkedUpTo = present.isEmpty() ? checkedUpTo : present.get(present.size() - 1);
    }

    private void forgetOld(Instant now) {
        holes.values().removeIf(hole -> hole.firstSeenEmpty.plus(properties.watchHolesFor()).isBefore(now));
    }

    private static String marks(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }

    private static final class Hole {
        private final Instant firstSeenEmpty;
        private Instant lastSeenEmpty;

        Hole(Instant seenAt) {
            this.firstSeenEmpty = seenAt;
            this.lastSeenEmpty = seenAt;
        }
    }

    /** A late commit: its event, when it was seen, and the read models that have not yet been judged for it. */
    private record Arrival(String eventIdentifier, String aggregateIdentifier, String payloadType, Instant arrivedAt,
                           Set<String> awaiting) {
    }

    private static final class Totals {
        private long skippedFound;
        private long repaired;
    }
}
