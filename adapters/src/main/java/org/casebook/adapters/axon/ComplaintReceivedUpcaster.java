package org.casebook.adapters.axon;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.casebook.domain.casework.ComplaintReceived;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reads revision 1 of {@code ComplaintReceived} (stored without a revision) as revision 2: the complaint was given
 * the 5 working days the service promised then [002 §10]. Stored events are never rewritten; this runs on read.
 */
@Component
@Order(0)
public class ComplaintReceivedUpcaster extends SecondRevisionUpcaster {

    static final int WORKING_DAYS_PROMISED_IN_REVISION_1 = 5;

    public ComplaintReceivedUpcaster() {
        super(ComplaintReceived.class);
    }

    @Override
    void addRevisionTwoFields(ObjectNode fields) {
        fields.put("workingDaysToRespond", WORKING_DAYS_PROMISED_IN_REVISION_1);
    }
}
