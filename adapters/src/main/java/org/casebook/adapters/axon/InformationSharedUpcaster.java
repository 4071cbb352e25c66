package org.casebook.adapters.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
public class InformationSharedUpcaster extends SecondRevisionUpcaster {

    public InformationSharedUpcaster() {
        super(InformationShared.class);
    }

    @Override
    void addRevisionTwoFields(ObjectNode fields) {
        JsonNode override = fields.get("safeguardingOverride");
        if (override instanceof ObjectNode overrideObject && !overrideObject.has("ground")) {
            overrideObject.putNull("ground");
        }
    }
}
