package org.casebook.projections.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebook.domain.casework.AppealableDecisionRecorded;
import org.casebook.domain.casework.CaseClosed;
import org.casebook.domain.casework.CaseErased;
import org.casebook.domain.casework.CaseEvent;
import org.casebook.domain.casework.CaseReopened;
import org.casebook.domain.casework.CaseStatus;
import org.casebook.domain.casework.CaseworkOpened;
import org.casebook.domain.casework.Channel;
import org.casebook.domain.casework.ComplaintAnswered;
import org.casebook.domain.casework.ComplaintReceived;
import org.casebook.domain.casework.ConsentGiven;
import org.casebook.domain.casework.ConsentWithdrawn;
import org.casebook.domain.casework.ContactRecorded;
import org.casebook.domain.casework.EnquirerRole;
import org.casebook.domain.casework.EnquiryAbout;
import org.casebook.domain.casework.EnquiryReceived;
import org.casebook.domain.casework.EvaluationRequestSent;
import org.casebook.domain.casework.EvaluationSchedule;
import org.casebook.domain.casework.MediationCertificateRecorded;
import org.casebook.domain.casework.MediationConcluded;
import org.casebook.domain.casework.MediationReferred;
import org.casebook.domain.casework.MeetingSupported;
import org.casebook.domain.casework.PersonalDetailsRecorded;
import org.casebook.domain.casework.SendTribunalTimeLimits;
import org.casebook.domain.casework.SubjectAccessRequested;
import org.casebook.domain.casework.SupporterAllocated;
import org.casebook.domain.casework.Topic;

/**
 * Folds one case's events, in order, into the view staff read. The same fold serves "now" and "as of", which is
 * what lets an auditor trust that an earlier view is what staff saw then.
 */
public final class CaseFile {

    private String caseId;
    private boolean levelTwo;
    private CaseStatus status;
    private LocalDate openedOn;
    private Channel channel;
    private EnquirerRole enquirerRole;
    private EnquiryAbout about;
    private Set<Topic> topics = Set.of();
    private SupporterView supporter;
    private final Map<String, ConsentView> consents = new LinkedHashMap<>();
    private PersonalDetailsView personalDetails;
    private final List<AppealDeadlineView> appealDeadlines = new ArrayList<>();
    private final Map<String, MediationReferralView> referrals = new LinkedHashMap<>();
    private final Map<String, ComplaintView> complaints = new LinkedHashMap<>();
    private final EvaluationSchedule evaluations = new EvaluationSchedule();
    private LocalDate closedOn;
    private final List<SubjectAccessRequestView> subjectAccessRequests = new ArrayList<>();
    private LocalDate erasedOn;
    private long version;

    public boolean isEmpty() {
        return version == 0;
    }

    /** The username of the allocated supporter, or null; volunteers may see only cases allocated to them. */
    public String supporterUsername() {
        return supporter == null ? null : supporter.username();
    }

    public void apply(CaseEvent event) {
        version++;
        if (event instanceof EnquiryReceived e) {
            caseId = e.caseId().value();
            status = CaseStatus.OPEN;
            openedOn = e.receivedOn();
            channel = e.channel();
            enquirerRole = e.enquirerRole();
            about = e.about();
            topics = e.topics();
            evaluations.contactOn(e.receivedOn());
        } else if (event instanceof ConsentGiven e) {
            consents.put(e.consentId().value(), new ConsentView(e.consentId().value(), e.kind(), e.recipient(),
                    e.recipientName(), e.givenBy(), e.method(), e.givenOn(), null));
        } else if (event instanceof ConsentWithdrawn e) {
            consents.computeIfPresent(e.consentId().value(), (id, consent) -> consent.withdrawnOn(e.withdrawnOn()));
        } else if (event instanceof PersonalDetailsRecorded e) {
            personalDetails = new PersonalDetailsView(e.parent(), e.child(), e.recordedOn());
        } else if (event instanceof CaseworkOpened) {
            levelTwo = true;
        } else if (event instanceof ContactRecorded e) {
            evaluations.contactOn(e.contactOn());
        } else if (event instanceof MeetingSupported e) {
            evaluations.contactOn(e.heldOn());
        } else if (event instanceof SupporterAllocated e) {
            supporter = new SupporterView(e.username(), e.role(), e.allocatedOn());
        } else if (event instanceof AppealableDecisionRecorded e) {
            appealDeadlines.add(new AppealDeadlineView(e.decisionId().value(), e.kind(), e.decisionType(),
                    e.letterDate(), e.letterDate(), e.placementOnly(), e.rules(), null,
                    e.needsMediationCertificate() ? SendTribunalTimeLimits.mediationAdviceDueOn(e.letterDate()) : null,
                    e.appealDeadline()));
        } else if (event instanceof MediationCertificateRecorded e) {
            appealDeadlines.replaceAll(view -> view.decisionId().equals(e.decisionId().value())
                    ? view.certified(e.issuedOn(), e.appealDeadline()) : view);
        } else if (event instanceof MediationReferred e) {
            referrals.put(e.referralId().value(), new MediationReferralView(e.referralId().value(), e.reason(),
                    e.referredOn(), null, null));
        } else if (event instanceof MediationConcluded e) {
            referrals.computeIfPresent(e.referralId().value(),
                    (id, referral) -> referral.concluded(e.outcome(), e.concludedOn()));
        } else if (event instanceof EvaluationRequestSent e) {
            evaluations.requestSentOn(e.sentOn());
        } else if (event instanceof ComplaintReceived e) {
            complaints.put(e.complaintId().value(), new ComplaintView(e.complaintId().value(), e.receivedOn(),
                    e.responseDueOn(), null, false));
        } else if (event instanceof ComplaintAnswered e) {
            complaints.computeIfPresent(e.complaintId().value(),
                    (id, complaint) -> complaint.answered(e.respondedOn(), e.escalated()));
        } else if (event instanceof CaseClosed e) {
            status = CaseStatus.CLOSED;
            closedOn = e.closedOn();
        } else if (event instanceof CaseReopened) {
            status = CaseStatus.OPEN;
            closedOn = null;
        } else if (event instanceof SubjectAccessRequested e) {
            subjectAccessRequests.add(new SubjectAccessRequestView(e.receivedOn(), e.dueOn()));
        } else if (event instanceof CaseErased e) {
            erasedOn = e.erasedOn();
        }
    }

    public CaseView view() {
        return new CaseView(caseId, levelTwo ? 2 : 1, status, openedOn, channel, enquirerRole, about, topics,
                supporter, List.copyOf(consents.values()), personalDetails, List.copyOf(appealDeadlines),
                List.copyOf(referrals.values()), List.copyOf(complaints.values()),
                evaluations.contacts().isEmpty() ? null : evaluations.contacts().last(),
                evaluations.dueOn(levelTwo), closedOn, List.copyOf(subjectAccessRequests), erasedOn, version);
    }
}
