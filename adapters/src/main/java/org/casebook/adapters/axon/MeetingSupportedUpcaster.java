package org.casebook.adapters.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.casebook.domain.casework.MeetingSupported;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reads revision 1 of {@code MeetingSupported} (stored without a revision) as revision 2: no in-house declaration
 * was recorded then, so {@code inHouseDeclarationGiven} is false [002 §4.7, §4.8]. Stored events are never
 * rewritten; this runs on read.
 */
@Component
@Order(0)
public class MeetingSupportedUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(MeetingSupported.class.getTypeName(), null);
    static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(MeetingSupported.class.getTypeName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ((ObjectNode) payload).put("inHouseDeclarationGiven", false);
            return payload;
        });
    }
}
