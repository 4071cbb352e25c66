package org.casebook.projections.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.casebook.domain.casework.CaseStatus;
import org.casebook.domain.casework.Channel;
import org.casebook.domain.casework.EnquirerRole;
import org.casebook.domain.casework.EnquiryAbout;
import org.casebook.domain.casework.Topic;

/** A case as it stands (contract, "Cases: queries"), with a few additions staff need on the same page. */
public record CaseView(
        String caseId,
        int level,
        CaseStatus status,
        LocalDate openedOn,
        Channel channel,
        EnquirerRole enquirerRole,
        EnquiryAbout about,
        Set<Topic> topics,
        SupporterView supporter,
        List<ConsentView> consents,
        PersonalDetailsView personalDetails,
        List<AppealDeadlineView> appealDeadlines,
        List<MediationReferralView> mediationReferrals,
        List<ComplaintView> complaints,
        LocalDate lastContactOn,
        LocalDate evaluationDueOn,
        LocalDate closedOn,
        List<SubjectAccessRequestView> subjectAccessRequests,
        LocalDate erasedOn,
        long version) {

    /** After erasure every personal field reads "[erased]"; the events themselves are untouched. */
    public boolean erased() {
        return erasedOn != null;
    }
}
