package org.casebook.domain.casework;

import java.time.LocalDate;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebook.domain.shared.Actor;

/** Record an enquiry; it opens a case at level 1 without personal data [002 §5.8]. */
public record ReceiveEnquiry(
        @TargetAggregateIdentifier CaseId caseId,
        LocalDate receivedOn,
        Channel channel,
        EnquirerRole enquirerRole,
        EnquiryAbout about,
        Set<Topic> topics,
        Set<Organisation> signposted,
        Actor actor) {

    public ReceiveEnquiry {
        Check.required("caseId", caseId);
        Check.required("receivedOn", receivedOn);
        Check.required("channel", channel);
        Check.required("enquirerRole", enquirerRole);
        Check.required("about", about);
        Check.notEmpty("topics", topics);
        topics = EnumSets.copyOf(Topic.class, topics);
        signposted = EnumSets.copyOf(Organisation.class, signposted);
        if (signposted.contains(Organisation.LOCAL_INDEPENDENT)) {
            // The enquiry has no place for the organisation's name: record it with signposting [002 §4.4].
            throw new InvalidCaseCommand("signposted", "LOCAL_INDEPENDENT is recorded with signposting, naming it");
        }
        Check.required("actor", actor);
    }
}
