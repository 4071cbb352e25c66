package org.casebook.adapters.axon;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
public class ImpartialityConcernRaisedUpcaster extends SecondRevisionUpcaster {

    public ImpartialityConcernRaisedUpcaster() {
        super(ImpartialityConcernRaised.class);
    }

    @Override
    void addRevisionTwoFields(ObjectNode fields) {
        fields.put("source", ConcernSource.PARENT.name());
    }
}
