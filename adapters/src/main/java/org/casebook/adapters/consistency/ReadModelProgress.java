package org.casebook.adapters.consistency;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
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
 * <p>A waiting read is woken when a read-model batch commits on this node ({@link #batchCommitted()}), and otherwise
 * looks again every {@code casebook.consistency.poll-interval}, which is how it sees another node's progress.
 */
@Component
public class ReadModelProgress {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final ConsistencyProperties properties;
    private final Object monitor = new Object();
    private long commits;

    public ReadModelProgress(JdbcTemplate jdbc, @Qualifier("serializer") Serializer serializer,
                             ConsistencyProperties properties) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.properties = properties;
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
            if (aggregate == null || Segment.computeSegment(row.segment(), ids).matches(aggregate)) {
                if (!covers(row.token(), row.type(), position)) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean covers(byte[] data, String type, long position) {
        if (data == null || type == null) {
            return false;
        }
        TrackingToken token = WrappedToken.unwrapLowerBound(serializer.deserialize(
                new SimpleSerializedObject<>(data, byte[].class, new SimpleSerializedType(type, null))));
        if (token instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getIndex() >= position && !gapAware.getGaps().contains(position);
        }
        return token != null && token.position().orElse(-1) >= position;
    }
}
