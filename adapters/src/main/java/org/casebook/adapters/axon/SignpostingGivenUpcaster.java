package org.casebook.adapters.axon;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
public class SignpostingGivenUpcaster extends SecondRevisionUpcaster {

    public SignpostingGivenUpcaster() {
        super(SignpostingGiven.class);
    }

    @Override
    void addRevisionTwoFields(ObjectNode fields) {
        fields.putNull("organisationName");
    }
}
