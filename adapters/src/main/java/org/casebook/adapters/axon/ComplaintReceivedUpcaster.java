package org.casebook.adapters.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.casebook.domain.casework.ComplaintReceived;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reads revision 1 of {@code ComplaintReceived} (stored without a revision) as revision 2: the complaint was given
 * the 5 working days the service promised then [002 §10]. Stored events are never rewritten; this runs on read.
 */
@Component
@Order(0)
public class ComplaintReceivedUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(ComplaintReceived.class.getTypeName(), null);
    static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(ComplaintReceived.class.getTypeName(), "2");
    static final int WORKING_DAYS_PROMISED_IN_REVISION_1 = 5;

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ((ObjectNode) payload).put("workingDaysToRespond", WORKING_DAYS_PROMISED_IN_REVISION_1);
            return payload;
        });
    }
}
