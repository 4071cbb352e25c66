package org.casebook.adapters.axon;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
public class MeetingSupportedUpcaster extends SecondRevisionUpcaster {

    public MeetingSupportedUpcaster() {
        super(MeetingSupported.class);
    }

    @Override
    void addRevisionTwoFields(ObjectNode fields) {
        fields.put("inHouseDeclarationGiven", false);
    }
}
