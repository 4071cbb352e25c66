package org.casebook.adapters.eventprocessing;

import java.util.List;
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
 * {@code TokenStore.fetchToken} would claim the segment), so that what other nodes have processed counts too.
 */
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

    ProcessorTokens(JdbcTemplate jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    List<SegmentPosition> of(String processor) {
        return jdbc.query("SELECT segment, token, token_type FROM token_entry WHERE processor_name = ?"
                + " ORDER BY segment", (row, n) -> position(row.getInt(1), row.getBytes(2), row.getString(3)),
                processor);
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
