package org.casebook.adapters.eventprocessing;

import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.Segment;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every segment's committed token of a processor, read straight from {@code token_entry} without claiming it (Axon's
 * {@code TokenStore.fetchToken} would claim the segment), so that what other nodes have processed counts too; and the
 * head of the store they are heading for. One bean, shared by status, reconciliation and rebuilds.
 */
@Component
class ProcessorTokens {

    /**
     * Where one segment has got to; {@code token} is null before the segment has processed anything, {@code replaying}
     * while it is being rebuilt.
     */
    record SegmentPosition(int segment, GapAwareTrackingToken token, boolean replaying) {

        /** The global index this segment has processed up to, -1 before its first event. */
        long position() {
            return token == null ? -1 : token.getIndex();
        }

        /** Whether this segment has read past {@code index} without waiting for it: it will never deliver it. */
        boolean passedWithoutWaitingFor(long index) {
            return token != null && token.getIndex() > index && !token.getGaps().contains(index);
        }
    }

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    ProcessorTokens(JdbcTemplate jdbc, @Qualifier("serializer") Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** The newest event's global index: the primary key's maximum, read from its index, not a scan; 0 when empty. */
    long head() {
        Long max = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        return max == null ? 0 : max;
    }

    List<SegmentPosition> of(String processor) {
        return jdbc.query("SELECT segment, token, token_type FROM token_entry WHERE processor_name = ?"
                + " ORDER BY segment", (row, n) -> position(row.getInt(1), row.getBytes(2), row.getString(3)),
                processor);
    }

    /**
     * Sets every segment of the processor to {@code token} (null: from the first event), claimed by {@code owner} as of
     * now, in the caller's transaction: how a bulk rebuild hands its position to the processor (ADR 0023). A claim by
     * the rebuilding node (the node id Axon's token store uses) makes any other node's claim on these segments fail at
     * its next token write or claim extension, so that none writes the swapped-in tables from an older position; the
     * rebuilding node's own processors claim them at once. A processor with no segments yet gets {@code segments}.
     */
    void handOver(String processor, TrackingToken token, String owner, int segments) {
        SerializedObject<byte[]> serialized = token == null ? null : serializer.serialize(token, byte[].class);
        byte[] data = serialized == null ? null : serialized.getData();
        String type = serialized == null ? null : serialized.getType().getName();
        String now = DateTimeUtils.formatInstant(Instant.now());
        int updated = jdbc.update("UPDATE token_entry SET token = ?, token_type = ?, owner = ?, timestamp = ?"
                + " WHERE processor_name = ?", data, type, owner, now, processor);
        if (updated == 0) {
            for (Segment segment : Segment.splitBalanced(Segment.ROOT_SEGMENT, segments - 1)) {
                jdbc.update("INSERT INTO token_entry (processor_name, segment, token, token_type, timestamp, owner)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", processor, segment.getSegmentId(), data, type, now, owner);
            }
        }
    }

    private SegmentPosition position(int segment, byte[] data, String type) {
        if (data == null || type == null) {
            return new SegmentPosition(segment, null, false);
        }
        TrackingToken token = serializer.deserialize(
                new SimpleSerializedObject<>(data, byte[].class, new SimpleSerializedType(type, null)));
        // A replay token (rebuild) counts where the replay has got to; a merged token its lower half.
        TrackingToken lowerBound = WrappedToken.unwrapLowerBound(token);
        return new SegmentPosition(segment, lowerBound instanceof GapAwareTrackingToken gapAware ? gapAware : null,
                ReplayToken.isReplay(token));
    }
}
