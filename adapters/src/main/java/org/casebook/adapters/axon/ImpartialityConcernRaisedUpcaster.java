package org.casebook.adapters.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.casebook.domain.casework.ConcernSource;
import org.casebook.domain.casework.ImpartialityConcernRaised;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reads revision 1 of {@code ImpartialityConcernRaised} (stored without a revision) as revision 2: before evaluations
 * raised concerns by themselves, every concern was the parent's own [002 §4.4]. Stored events are never rewritten.
 */
@Component
@Order(0)
public class ImpartialityConcernRaisedUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(ImpartialityConcernRaised.class.getTypeName(), null);
    static final SimpleSerializedType REVISION_2 =
            new SimpleSerializedType(ImpartialityConcernRaised.class.getTypeName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ((ObjectNode) payload).put("source", ConcernSource.PARENT.name());
            return payload;
        });
    }
}
