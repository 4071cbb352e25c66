package org.casebook.adapters.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.casebook.domain.developmentgroup.MeetingRecorded;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reads revision 1 of the Development Group's {@code MeetingRecorded} (stored without a revision) as revision 2,
 * which names who chaired [002 §8.15]. Revision 1 did not say, so {@code chairedBy} is null, which the group reads as
 * it did then: the standing chair chaired if present. Stored events are never rewritten; this runs on read.
 */
@Component
@Order(0)
public class MeetingRecordedUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(MeetingRecorded.class.getTypeName(), null);
    static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(MeetingRecorded.class.getTypeName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ((ObjectNode) payload).putNull("chairedBy");
            return payload;
        });
    }
}
