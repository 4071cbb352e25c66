package org.casebook.adapters.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads revision 1 of an event (stored without a revision) as revision 2. Every shape change so far has been of
 * this kind: a field added whose old value is known or is honestly "not recorded". Stored events are never
 * rewritten; this runs on read. A subclass says only what revision 2 adds, and cites why its value is right.
 */
abstract class SecondRevisionUpcaster extends SingleEventUpcaster {

    private final SimpleSerializedType revision1;
    private final SimpleSerializedType revision2;

    SecondRevisionUpcaster(Class<?> event) {
        this.revision1 = new SimpleSerializedType(event.getTypeName(), null);
        this.revision2 = new SimpleSerializedType(event.getTypeName(), "2");
    }

    /** Turns the stored revision-1 payload into revision 2, in place. */
    abstract void addRevisionTwoFields(ObjectNode payload);

    @Override
    protected final boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(revision1);
    }

    @Override
    protected final IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(revision2, JsonNode.class, payload -> {
            addRevisionTwoFields((ObjectNode) payload);
            return payload;
        });
    }
}
