package org.casebook.adapters.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.casebook.domain.casework.AppealRules;
import org.casebook.domain.casework.AppealableDecisionRecorded;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reads revision 1 of {@code AppealableDecisionRecorded} (stored without a revision) as revision 2: its
 * {@code effectiveOn} is the letter's date, it was not marked placement-only, and its stored deadline was computed
 * by the rules the seeds describe ({@link AppealRules#PRE_2014}), whatever the letter's date. Stored decisions keep
 * their stored deadlines; this runs on read and never rewrites the stored event.
 */
@Component
@Order(1)
public class AppealableDecisionRecordedUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(AppealableDecisionRecorded.class.getTypeName(), null);
    static final SimpleSerializedType REVISION_2 =
            new SimpleSerializedType(AppealableDecisionRecorded.class.getTypeName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ObjectNode fields = (ObjectNode) payload;
            JsonNode effectiveOn = fields.remove("effectiveOn");
            if (effectiveOn != null) {
                fields.set("letterDate", effectiveOn);
            }
            fields.put("placementOnly", false);
            fields.put("rules", AppealRules.PRE_2014.name());
            return fields;
        });
    }
}
