package org.casebook.adapters.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
public class AppealableDecisionRecordedUpcaster extends SecondRevisionUpcaster {

    public AppealableDecisionRecordedUpcaster() {
        super(AppealableDecisionRecorded.class);
    }

    @Override
    void addRevisionTwoFields(ObjectNode fields) {
        JsonNode effectiveOn = fields.remove("effectiveOn");
        if (effectiveOn != null) {
            fields.set("letterDate", effectiveOn);
        }
        fields.put("placementOnly", false);
        fields.put("rules", AppealRules.PRE_2014.name());
    }
}
