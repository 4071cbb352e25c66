package org.casebook.adapters.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.casebook.domain.casework.SignpostingGiven;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reads revision 1 of {@code SignpostingGiven} (stored without a revision) as revision 2, whose
 * {@code organisationName} names a {@code LOCAL_INDEPENDENT} organisation [002 §4.4]: none existed then, so it is
 * null. Stored events are never rewritten.
 */
@Component
@Order(0)
public class SignpostingGivenUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(SignpostingGiven.class.getTypeName(), null);
    static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(SignpostingGiven.class.getTypeName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ((ObjectNode) payload).putNull("organisationName");
            return payload;
        });
    }
}
