package org.casebook.adapters.consistency;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether a read model has processed a store position, judged from the committed tokens in {@code token_entry} (the
 * read model's rows commit in the same transaction as its token, ADR 14), so it holds whichever node did the work.
 *
 * <p>Only the segment that handles the position's case is asked: sequencing is per aggregate, so that segment is the
 * only one whose rows the event changes, and it stores its token in the very transaction that writes them. The other
 * segments store their token only now and then while they skip events of other cases (Axon's claim extension), so
 * asking them would make a read wait for nothing.
 *
 * <p>An event that no handler of the processor takes (a case note, say) changes none of its rows, and the segment
 * that skips it stores no token for it until it next handles something or extends its claim: a read after writing
 * such an event would wait the whole {@code max-wait} for nothing and answer stale (found 2026-12-04: every caseload
 * read after a note took 2 s). So a segment counts as past a position also when every event of its cases between its
 * token and the position (and in its token's gaps) is one the processor does not handle.
 *
 * <p>A waiting read is woken when a read-model batch commits on this node ({@link #batchCommitted()}), and otherwise
 * looks again every {@code casebook.consistency.poll-interval}, which is how it sees another node's progress.
 */
@Component
public class ReadModelProgress {

    /** Beyond this many events between a segment's token and the position, the read simply waits for the token. */
    static final int SKIPPABLE_LIMIT = 200;

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final ConsistencyProperties properties;
    private final ObjectProvider<EventProcessingConfiguration> processing;
    private final Map<String, Boolean> handledTypes = new ConcurrentHashMap<>();
    private final Object monitor = new Object();
    private long commits;

    public ReadModelProgress(JdbcTemplate jdbc, @Qualifier("serializer") Serializer serializer,
                             ConsistencyProperties properties, ObjectProvider<EventProcessingConfiguration> processing) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.properties = properties;
        this.processing = processing;
    }

    /** A read-model batch has committed on this node: wake the reads that wait. */
    public void batchCommitted() {
        synchronized (monitor) {
            commits++;
            monitor.notifyAll();
        }
    }

    /**
     * Waits until every one of {@code processors} has processed {@code written}, for at most
     * {@code casebook.consistency.max-wait}. True when they have, false when the wait ran out first.
     */
    public boolean await(Collection<String> processors, Written written) {
        if (written.position() <= 0 || processors.isEmpty()) {
            return true;
        }
        String aggregate = written.aggregateId() != null ? written.aggregateId() : aggregateAt(written.position());
        long deadline = System.nanoTime() + properties.maxWait().toNanos();
        List<String> pending = new ArrayList<>(processors);
        while (true) {
            long seen;
            synchronized (monitor) {
                seen = commits;
            }
            pending.removeIf(processor -> processed(processor, written.position(), aggregate));
            if (pending.isEmpty()) {
                return true;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            synchronized (monitor) {
                if (commits == seen) {
                    try {
                        TimeUnit.NANOSECONDS.timedWait(monitor, Math.min(left, properties.pollInterval().toNanos()));
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                }
            }
        }
    }

    /** The case (aggregate) of the event at {@code position}, or null when there is none (yet, or any more). */
    private String aggregateAt(long position) {
        List<String> found = jdbc.queryForList(
                "SELECT aggregate_identifier FROM domain_event_entry WHERE global_index = ?", String.class, position);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Whether the processor's segment for {@code aggregate} (every segment when it is null) has passed position. */
    boolean processed(String processor, long position, String aggregate) {
        record Row(int segment, byte[] token, String type) {
        }
        List<Row> rows = jdbc.query("SELECT segment, token, token_type FROM token_entry WHERE processor_name = ?",
                (row, n) -> new Row(row.getInt(1), row.getBytes(2), row.getString(3)), processor);
        if (rows.isEmpty()) {
            return false;
        }
        int[] ids = rows.stream().mapToInt(Row::segment).toArray();
        for (Row row : rows) {
            Segment segment = Segment.computeSegment(row.segment(), ids);
            if (aggregate == null || segment.matches(aggregate)) {
                if (!covers(processor, segment, row.token(), row.type(), position)) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean covers(String processor, Segment segment, byte[] data, String type, long position) {
        if (data == null || type == null) {
            return false;
        }
        TrackingToken token = WrappedToken.unwrapLowerBound(serializer.deserialize(
                new SimpleSerializedObject<>(data, byte[].class, new SimpleSerializedType(type, null))));
        if (token instanceof GapAwareTrackingToken gapAware) {
            if (gapAware.getIndex() >= position && !gapAware.getGaps().contains(position)) {
                return true;
            }
            List<Long> gaps = gapAware.getGaps().stream().filter(gap -> gap <= position).toList();
            return onlySkippedBetween(processor, segment, gapAware.getIndex(), position, gaps);
        }
        return token != null && token.position().orElse(-1) >= position;
    }

    /**
     * Whether every event of {@code segment}'s cases after {@code index} up to {@code position}, and at the given gaps,
     * is one {@code processor} does not handle: then its rows are as they will be once the segment reaches position.
     */
    private boolean onlySkippedBetween(String processor, Segment segment, long index, long position, List<Long> gaps) {
        String atGaps = gaps.isEmpty() ? ""
                : " OR global_index IN (" + gaps.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")";
        record Stored(long position, String aggregate, String payloadType) {
        }
        List<Stored> between = jdbc.query("SELECT global_index, aggregate_identifier, payload_type"
                        + " FROM domain_event_entry WHERE (global_index > ? AND global_index <= ?)" + atGaps
                        + " FETCH FIRST " + (SKIPPABLE_LIMIT + 1) + " ROWS ONLY",
                (row, n) -> new Stored(row.getLong(1), row.getString(2), row.getString(3)), index, position);
        if (between.size() > SKIPPABLE_LIMIT || between.stream().noneMatch(event -> event.position() == position)) {
            // Too far behind to judge cheaply, or nothing committed at the position yet: wait for the token.
            return false;
        }
        return between.stream().noneMatch(event -> (event.aggregate() == null || segment.matches(event.aggregate()))
                && handles(processor, event.payloadType()));
    }

    /**
     * Unknown types (a class since renamed) count as handled: the read then waits. Before the processor is built
     * nothing is known, and that is not remembered.
     */
    private boolean handles(String processor, String payloadType) {
        String key = processor + '|' + payloadType;
        Boolean known = handledTypes.get(key);
        if (known != null) {
            return known;
        }
        Optional<AbstractEventProcessor> built = Optional.ofNullable(processing.getIfAvailable())
                .flatMap(configuration -> configuration.eventProcessor(processor, AbstractEventProcessor.class));
        if (built.isEmpty()) {
            return true;
        }
        boolean handled;
        try {
            handled = built.get().eventHandlerInvoker()
                    .canHandleType(Class.forName(payloadType, false, getClass().getClassLoader()));
        } catch (ClassNotFoundException | LinkageError unknown) {
            handled = true;
        }
        handledTypes.put(key, handled);
        return handled;
    }
}
