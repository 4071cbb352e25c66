package org.casebook.adapters.axon;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
public class MeetingRecordedUpcaster extends SecondRevisionUpcaster {

    public MeetingRecordedUpcaster() {
        super(MeetingRecorded.class);
    }

    @Override
    void addRevisionTwoFields(ObjectNode fields) {
        fields.putNull("chairedBy");
    }
}
