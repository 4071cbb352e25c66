package org.casebook.adapters.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.casebook.domain.casework.InformationShared;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reads revision 1 of {@code InformationShared} (stored without a revision) as revision 2: a safeguarding override
 * recorded then named no ground, so its {@code ground} is null ("not recorded"), never guessed [002 App. B 9-12].
 * Stored events are never rewritten; this runs on read.
 */
@Component
@Order(0)
public class InformationSharedUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(InformationShared.class.getTypeName(), null);
    static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(InformationShared.class.getTypeName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            JsonNode override = payload.get("safeguardingOverride");
            if (override instanceof ObjectNode overrideObject && !overrideObject.has("ground")) {
                overrideObject.putNull("ground");
            }
            return payload;
        });
    }
}
