package org.casebook.domain.casework;

import java.time.LocalDate;
import java.util.Set;
import org.casebook.domain.shared.Recorded;

/** An enquiry opened a case at level 1, recorded anonymously: no personal data [002 §5.8]. */
public record EnquiryReceived(
        CaseId caseId,
        LocalDate receivedOn,
        Channel channel,
        EnquirerRole enquirerRole,
        EnquiryAbout about,
        Set<Topic> topics,
        Set<Organisation> signposted,
        Recorded recorded) implements CaseEvent {

    public EnquiryReceived {
        topics = EnumSets.copyOf(Topic.class, topics);
        signposted = EnumSets.copyOf(Organisation.class, signposted);
    }

    @Override
    public LocalDate occurredOn() {
        return receivedOn;
    }
}
