package org.casebook.domain.casework;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;



import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.serialization.Revision;
import org.casebook.domain.shared.Actor;

/**
 * A case: one enquiry to the service and the casework that may follow it. It decides whether a command may be
 * recorded, applies the events that record it, and changes its own state only from those events.
 *
 * <p>Handlers of existing cases return the case version after the command (the number of events on the case),
 * which the HTTP layer sends as the ETag.
 */
@Revision("3") // the shape of a snapshot of a case: change it when the fields below change, and old ones are ignored
public class Case {

    @AggregateIdentifier
    private CaseId caseId;
    private CaseStatus status;
    private LocalDate closedOn;
    private boolean erased;
    private boolean levelTwo;
    private String supporter;
    private final Consents consents = new Consents();
    private final Map<ReferralId, LocalDate> referrals = new HashMap<>();
    private final Set<ReferralId> concludedReferrals = new HashSet<>();
    private final Map<MeetingId, LocalDate> meetings = new HashMap<>();
    private final Map<ComplaintId, LocalDate> complaints = new HashMap<>();
    private final Map<ComplaintId, LocalDate> answeredComplaints = new HashMap<>();
    private final Set<ComplaintId> escalatedComplaints = new HashSet<>();
    private final AppealableDecisions appealableDecisions = new AppealableDecisions();
    private final Set<DecisionId> decidedAppeals = new HashSet<>();

    protected Case() {
        // Axon rebuilds a case from its events through this constructor.
    }

    @CommandHandler
    public Case(ReceiveEnquiry command) {
        Check.onServiceDate("receivedOn", command.receivedOn(), command.actor().today());
        apply(new EnquiryReceived(command.caseId(), command.receivedOn(), command.channel(), command.enquirerRole(),
                command.about(), command.topics(), command.signposted(), command.actor().recorded()));
    }

    @CommandHandler
    public long handle(GiveConsent command) {
        admit(command, dated("givenOn", command.givenOn()));
        apply(new ConsentGiven(caseId, command.consentId(), command.kind(), command.givenOn(), command.givenBy(),
                command.method(), command.recipient(), command.recipientName(), command.actor().recorded()));
        return version();
    }

    @CommandHandler
    public long handle(WithdrawConsent command) {
        // a data-protection action: the parent may withdraw consent whenever they choose, closed case or not
        admitEvenIfClosed(command, dated("withdrawnOn", command.withdrawnOn()));
        consents.checkWithdrawable(command.consentId(), command.withdrawnOn());
        apply(new ConsentWithdrawn(caseId, command.consentId(), command.withdrawnOn(), command.actor().recorded()));
        return version();
    }

    @CommandHandler
    public long handle(RecordPersonalDetails command) {
        admit(command);
        LocalDate today = command.actor().today();
        if (command.child() != null) {
            command.child().check(today);
        }
        requireRecordKeepingConsent("personal details");
        apply(new PersonalDetailsRecorded(caseId, command.parent(), command.child(), today, command.actor().recorded()));
        if (!levelTwo) {
            apply(new CaseworkOpened(caseId, today, command.actor().recorded()));
        }
        return version();
    }

    @CommandHandler
    public long handle(WriteCaseNote command) {
        admit(command, dated("writtenOn", command.writtenOn()));
        requireLevelTwo(command.writtenOn(), "a casework note");
        apply(new CaseNoteWritten(caseId, command.writtenOn(), command.text(), command.actor().recorded()));
        return version();
    }

    @CommandHandler
    public long handle(RecordContact command) {
        admit(command, dated("contactOn", command.contactOn()));
        apply(new ContactRecorded(caseId, command.contactOn(), command.channel(), command.actor().recorded()));
        return version();
    }

    @CommandHandler
    public long handle(AllocateSupporter command) {
        admit(command);
        apply(new SupporterAllocated(caseId, command.username(), command.role(), command.actor().today(),
                command.actor().recorded()));
        return version();
    }

    @CommandHandler
    public long handle(SupportMeeting command) {
        admit(command, dated("heldOn", command.heldOn()));
        requireLevelTwo(command.heldOn(), "support at a meeting");
        if (command.meetingType().isAppealHearing()) {
            AppealHearingPolicy.check(command.actor(), command.inHouseDeclarationGiven());
        }
        apply(new MeetingSupported(caseId, command.meetingId(), command.meetingType(), command.heldOn(),
                command.support(), command.viewsConveyedForParent(), command.conveyedViewsConfirmedWithParent(),
                command.notesOfferedToParent(), command.inHouseDeclarationGiven(), command.actor().recorded()));
        return version();
    }

    @CommandHandler
    public long handle(ConfirmConveyedViews command) {
        admitFollowUp(command, dated("confirmedOn", command.confirmedOn()));
        LocalDate heldOn = meetings.get(command.meetingId());
        if (heldOn == null) {
            throw new CaseRecordNotFound("meeting");
        }
        if (command.confirmedOn().isBefore(heldOn)) {
            throw new DateOutOfOrder("confirmedOn is before the meeting");
        }
        apply(new ConveyedViewsConfirmed(caseId, command.meetingId(), command.confirmedOn(),
                command.actor().recorded()));
        return version();
    }

    @CommandHandler
    public long handle(ShareInformation command) {
        admit(command, dated("sharedOn", command.sharedOn()));
        ConsentId consentId = null;
        SafeguardingOverride override = null;
        if (command.safeguarding() == null) {
            requireLevelTwo(command.sharedOn(), "information sharing with consent");
            consentId = consents.sharingConsentFor(command.recipient(), command.sharedOn())
                    .orElseThrow(() -> new ConsentRequired(
                            "no information-sharing consent for this recipient was live on the sharing date"));
        } else {
            override = SafeguardingPolicy.approve(command.safeguarding(), command.actor());
        }
        apply(new InformationShared(caseId, command.sharingId(), command.sharedOn(), command.recipient(),
                command.purpose(), command.recipientName(), consentId, override, command.actor().recorded()));
        return version();
    }

    @CommandHandler
    public long handle(RecordAppealableDecision command) {
        admit(command, dated("letterDate", command.letterDate()));
        // the letter may predate the parent's call: the consent must stand on the day the service records it
        requireLevelTwo(command.actor().today(), "an appealable decision");
        apply(AppealableDecisions.decide(caseId, command));
        return version();
    }

    @CommandHandler
    public MediationCertificateResult handle(RecordMediationCertificate command) {
        admit(command, dated("issuedOn", command.issuedOn()));
        MediationCertificateRecorded event = appealableDecisions.certify(caseId, command);
        apply(event);
        return new MediationCertificateResult(version(), event.appealDeadline(), event.previousAppealDeadline(),
                event.certificateNeeded());
    }

    @CommandHandler
    public long handle(RecordAppealOutcome command) {
        admit(command, dated("decidedOn", command.decidedOn()));
        LocalDate effectiveOn = appealableDecisions.letterDateOf(command.decisionId());
        if (effectiveOn == null) {
            throw new CaseRecordNotFound("appealable decision");
        }
        if (decidedAppeals.contains(command.decisionId())) {
            throw new AppealOutcomeAlreadyRecorded("this appealable decision already has its outcome");
        }
        if (command.decidedOn().isBefore(effectiveOn)) {
            throw new DateOutOfOrder("decidedOn is before the decision");
        }
        apply(new AppealOutcomeRecorded(caseId, command.decisionId(), command.decidedOn(), command.outcome(),
                command.actor().recorded()));
        return version();
    }

    @CommandHandler
    public long handle(ReferToMediation command) {
        admit(command, dated("referredOn", command.referredOn()));
        requireLevelTwo(command.referredOn(), "a mediation referral");
        apply(new MediationReferred(caseId, command.referralId(), command.referredOn(), command.provider(),
                command.reason(), command.referredBy(), command.actor().recorded()));
        return version();
    }

    @CommandHandler
    public long handle(RecordMediationOutcome command) {
        admit(command, dated("concludedOn", command.concludedOn()));
        LocalDate referredOn = referrals.get(command.referralId());
        if (referredOn == null) {
            throw new CaseRecordNotFound("mediation referral");
        }
        if (concludedReferrals.contains(command.referralId())) {
            throw new MediationOutcomeAlreadyRecorded("this mediation referral already has its outcome");
        }
        if (command.concludedOn().isBefore(referredOn)) {
            throw new DateOutOfOrder("concludedOn is before the referral");
        }
        apply(new MediationConcluded(caseId, command.referralId(), command.concludedOn(), command.outcome(),
                command.actor().recorded()));
        return version();
    }

    @CommandHandler
    public long handle(RaiseImpartialityConcern command) {
        admitFollowUp(command, dated("raisedOn", command.raisedOn()));
        refuseFreeTextOnLevelOne(command.detail());
        apply(new ImpartialityConcernRaised(caseId, command.concernId(), command.raisedOn(), command.detail(),
                ConcernSource.PARENT, command.actor().recorded()));
        return version();
    }

    @CommandHandler
    public long handle(GiveSignposting command) {
        admitFollowUp(command, dated("givenOn", command.givenOn()));
        apply(new SignpostingGiven(caseId, command.givenOn(), command.organisations(), command.organisationName(),
                command.actor().recorded()));
        return version();
    }

    @CommandHandler
    public long handle(SendEvaluationRequest command) {
        admitFollowUp(command, dated("sentOn", command.sentOn()));
        apply(new EvaluationRequestSent(caseId, command.sentOn(), command.actor().recorded()));
        return version();
    }

    @CommandHandler
    public long handle(ReturnEvaluation command) {
        admitFollowUp(command, dated("returnedOn", command.returnedOn()));
        apply(new EvaluationReturned(caseId, command.returnedOn(), command.wentWell(), command.usefulness(),
                command.impartial(), command.couldDoBetter(), command.otherComments(),
                command.willingToBeContacted(), command.actor().recorded()));
        if (command.raisesAConcern()) {
            // "No" to "Do you feel we were impartial?" is a concern to answer like any other [002 §4.4, App. D].
            apply(new ImpartialityConcernRaised(caseId, command.concernId(), command.returnedOn(), null,
                    ConcernSource.EVALUATION, command.actor().recorded()));
        }
        return version();
    }

    @CommandHandler
    public long handle(ReceiveComplaint command) {
        admit(command, dated("receivedOn", command.receivedOn()));
        refuseFreeTextOnLevelOne(command.summary());
        apply(new ComplaintReceived(caseId, command.complaintId(), command.receivedOn(), command.summary(),
                ComplaintResponses.WORKING_DAYS_TO_RESPOND, ComplaintResponses.dueOn(command.receivedOn()),
                command.actor().recorded()));
        return version();
    }

    @CommandHandler
    public long handle(AnswerComplaint command) {
        admitFollowUp(command, dated("respondedOn", command.respondedOn()));
        LocalDate receivedOn = complaints.get(command.complaintId());
        if (receivedOn == null) {
            throw new CaseRecordNotFound("complaint");
        }
        if (answeredComplaints.containsKey(command.complaintId())) {
            throw new ComplaintAlreadyAnswered("this complaint already has its response");
        }
        if (command.respondedOn().isBefore(receivedOn)) {
            throw new DateOutOfOrder("respondedOn is before the complaint was received");
        }
        apply(new ComplaintAnswered(caseId, command.complaintId(), command.respondedOn(), command.escalated(),
                command.actor().recorded()));
        return version();
    }

    /** Accepted on a closed case too: the complaint can go on after the casework ends (contract, closed cases). */
    @CommandHandler
    public long handle(EscalateComplaint command) {
        admitFollowUp(command, dated("escalatedOn", command.escalatedOn()));
        if (!complaints.containsKey(command.complaintId())) {
            throw new CaseRecordNotFound("complaint");
        }
        LocalDate respondedOn = answeredComplaints.get(command.complaintId());
        if (respondedOn == null) {
            throw new ComplaintNotAnswered("a complaint is escalated only after the service's written response");
        }
        if (escalatedComplaints.contains(command.complaintId())) {
            throw new ComplaintAlreadyEscalated("this complaint was already escalated");
        }
        if (command.escalatedOn().isBefore(respondedOn)) {
            throw new DateOutOfOrder("escalatedOn is before the response");
        }
        apply(new ComplaintEscalated(caseId, command.complaintId(), command.escalatedOn(),
                command.actor().recorded()));
        return version();
    }

    @CommandHandler
    public long handle(CloseCase command) {
        admit(command, dated("closedOn", command.closedOn()));
        apply(new CaseClosed(caseId, command.closedOn(), command.reason(), command.actor().recorded()));
        return version();
    }

    @CommandHandler
    public long handle(ReopenCase command) {
        admitEvenIfClosed(command, dated("reopenedOn", command.reopenedOn()));
        if (status != CaseStatus.CLOSED) {
            throw new CaseNotClosed("only a closed case can be reopened");
        }
        if (command.reopenedOn().isBefore(closedOn)) {
            throw new DateOutOfOrder("reopenedOn is before the case was closed");
        }
        apply(new CaseReopened(caseId, command.reopenedOn(), command.actor().recorded()));
        return version();
    }

    @CommandHandler
    public long handle(EraseCase command) {
        admitEvenIfClosed(command);
        if (command.becauseRecordKeepingWithdrawn() && consents.recordKeepingStands()) {
            throw new RecordKeepingConsentStands("record-keeping consent was given again; the records are kept");
        }
        apply(new CaseErased(caseId, command.actor().today(), command.reason(), command.actor().recorded()));
        return version();
    }

    @CommandHandler
    public long handle(RecordSubjectAccessRequest command) {
        admitEvenIfClosed(command, dated("receivedOn", command.receivedOn()));
        apply(new SubjectAccessRequested(caseId, command.receivedOn(), command.receivedOn().plusMonths(1),
                command.actor().recorded()));
        return version();
    }

    /** The checks every command on an existing case passes, in the order a caller can act on them. */
    private void admit(CaseCommand command, DatedField... datesItHappened) {
        admitEvenIfClosed(command, datesItHappened);
        if (status == CaseStatus.CLOSED) {
            throw new CaseIsClosed("the case is closed; only a reopening or follow-up can be recorded");
        }
    }

    /**
     * The checks for what follows casework up and so is still recorded once the case is closed: the evaluation
     * that falls due after it [002 §10, App. D], the answer to a complaint (and its escalation) [002 §10], the
     * parent's doubts about impartiality and the independent signposting that answers them [002 §4.4], and the
     * confirmation of views conveyed at a meeting [002 §4.6]. Everything else waits for a reopening.
     */
    private void admitFollowUp(CaseCommand command, DatedField... datesItHappened) {
        admitEvenIfClosed(command, datesItHappened);
    }

    private void admitEvenIfClosed(CaseCommand command, DatedField... datesItHappened) {
        Actor actor = command.actor();
        if (!actor.maySee(supporter)) {
            throw new CaseRecordNotFound("case");
        }
        for (DatedField dated : datesItHappened) {
            Check.onServiceDate(dated.field(), dated.date(), actor.today());
        }
        Long expected = command.expectedVersion();
        if (expected != null && expected != version()) {
            throw new CaseVersionMismatch(expected, version());
        }
        if (erased) {
            throw new CaseIsErased("the case's personal data was erased; nothing more can be recorded on it");
        }
    }

    /** A date the command says something happened on, with the field it came from for error messages. */
    private record DatedField(String field, LocalDate date) {
    }

    private static DatedField dated(String field, LocalDate date) {
        return new DatedField(field, date);
    }

    private void requireRecordKeepingConsent(String what) {
        if (!consents.recordKeepingStands()) {
            throw new ConsentRequired(what + " may be recorded only while record-keeping consent stands");
        }
    }

    /**
     * Level-2 work is recorded only on level-2 casework, under a record-keeping consent that was live on the day
     * the work was done and has not been withdrawn since [002 §4.2, §5.8]. Events stored before this rule keep
     * loading: it judges new commands only.
     */
    private void requireLevelTwo(LocalDate on, String what) {
        if (!levelTwo || !consents.recordKeepingLiveOn(on) || !consents.recordKeepingStands()) {
            throw new ConsentRequired(what + " is level 2 casework: it needs record-keeping consent live on its date");
        }
    }

    /** A level-1 case is anonymous [002 §5.8]: a concern or complaint on it is recorded without its free text. */
    private void refuseFreeTextOnLevelOne(String freeText) {
        if (freeText != null && !(levelTwo && consents.recordKeepingStands())) {
            throw new FreeTextNeedsConsent("free text is kept only on level 2 casework; leave it out");
        }
    }

    /** The number of events on the case, counting those applied by the command being handled. */
    private static long version() {
        Long lastSequenceNumber = AggregateLifecycle.getVersion();
        return lastSequenceNumber == null ? 0 : lastSequenceNumber + 1;
    }

    @EventSourcingHandler
    void on(EnquiryReceived event) {
        caseId = event.caseId();
        status = CaseStatus.OPEN;
    }

    @EventSourcingHandler
    void on(ConsentGiven event) {
        consents.given(event);
    }

    @EventSourcingHandler
    void on(ConsentWithdrawn event) {
        consents.withdrawn(event);
    }

    @EventSourcingHandler
    void on(CaseworkOpened event) {
        levelTwo = true;
    }

    @EventSourcingHandler
    void on(SupporterAllocated event) {
        supporter = event.username();
    }

    @EventSourcingHandler
    void on(MeetingSupported event) {
        meetings.put(event.meetingId(), event.heldOn());
    }

    @EventSourcingHandler
    void on(AppealableDecisionRecorded event) {
        appealableDecisions.recorded(event);
    }

    @EventSourcingHandler
    void on(MediationCertificateRecorded event) {
        appealableDecisions.certified(event);
    }

    @EventSourcingHandler
    void on(MediationReferred event) {
        referrals.put(event.referralId(), event.referredOn());
    }

    @EventSourcingHandler
    void on(MediationConcluded event) {
        concludedReferrals.add(event.referralId());
    }

    @EventSourcingHandler
    void on(ComplaintReceived event) {
        complaints.put(event.complaintId(), event.receivedOn());
    }

    @EventSourcingHandler
    void on(ComplaintAnswered event) {
        answeredComplaints.put(event.complaintId(), event.respondedOn());
        if (event.escalated()) {
            escalatedComplaints.add(event.complaintId());
        }
    }

    @EventSourcingHandler
    void on(ComplaintEscalated event) {
        escalatedComplaints.add(event.complaintId());
    }

    @EventSourcingHandler
    void on(AppealOutcomeRecorded event) {
        decidedAppeals.add(event.decisionId());
    }

    @EventSourcingHandler
    void on(CaseClosed event) {
        status = CaseStatus.CLOSED;
        closedOn = event.closedOn();
    }

    @EventSourcingHandler
    void on(CaseReopened event) {
        status = CaseStatus.OPEN;
    }

    @EventSourcingHandler
    void on(CaseErased event) {
        erased = true;
    }
}
