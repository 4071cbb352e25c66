package org.casebook.domain.casework;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.casebook.domain.shared.Actor;
import org.casebook.domain.shared.Recorded;
import org.casebook.domain.shared.StaffRole;
import org.junit.jupiter.api.Named;

/**
 * Test data for one case, told as a story: an enquiry in January, consents, personal details, a meeting, a
 * mediation, a complaint. Every command is recorded by {@link #CASEWORKER} at {@link #AT}, so "today" in the service
 * is {@link #TODAY}; every default date lies on or before it. Each command has the event it should produce.
 */
final class CaseFixtures {

    static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-25");
    static final LocalDate TOMORROW = TODAY.plusDays(1);

    static final Actor CASEWORKER = new Actor("caseworker1", StaffRole.CASEWORKER, AT);
    static final Actor MANAGER = new Actor("manager1", StaffRole.MANAGER, AT);
    static final Actor VOLUNTEER = new Actor("volunteer1", StaffRole.VOLUNTEER, AT);
    static final Actor OTHER_VOLUNTEER = new Actor("volunteer2", StaffRole.VOLUNTEER, AT);
    static final Recorded RECORDED = CASEWORKER.recorded();

    static final CaseId CASE_ID = CaseId.of("7d3c2b1a-5e4f-4a1b-8c2d-000000000001");
    static final ConsentId RECORD_KEEPING_CONSENT = ConsentId.of("11111111-5e4f-4a1b-8c2d-000000000001");
    static final ConsentId SHARING_CONSENT = ConsentId.of("11111111-5e4f-4a1b-8c2d-000000000002");
    static final ConsentId OTHER_SHARING_CONSENT = ConsentId.of("11111111-5e4f-4a1b-8c2d-000000000003");
    static final ConsentId UNKNOWN_CONSENT = ConsentId.of("11111111-5e4f-4a1b-8c2d-000000000099");
    static final SharingId SHARING_ID = SharingId.of("22222222-5e4f-4a1b-8c2d-000000000001");
    static final MeetingId MEETING_ID = MeetingId.of("33333333-5e4f-4a1b-8c2d-000000000001");
    static final DecisionId DECISION_ID = DecisionId.of("44444444-5e4f-4a1b-8c2d-000000000001");
    static final ReferralId REFERRAL_ID = ReferralId.of("55555555-5e4f-4a1b-8c2d-000000000001");
    static final ReferralId UNKNOWN_REFERRAL = ReferralId.of("55555555-5e4f-4a1b-8c2d-000000000099");
    static final ConcernId CONCERN_ID = ConcernId.of("66666666-5e4f-4a1b-8c2d-000000000001");
    static final ComplaintId COMPLAINT_ID = ComplaintId.of("77777777-5e4f-4a1b-8c2d-000000000001");
    static final ComplaintId UNKNOWN_COMPLAINT = ComplaintId.of("77777777-5e4f-4a1b-8c2d-000000000099");

    static final LocalDate ENQUIRY_ON = date("2026-01-12");
    static final LocalDate RECORD_KEEPING_CONSENT_ON = date("2026-01-13");
    static final LocalDate DETAILS_ON = date("2026-01-13");
    static final LocalDate SHARING_CONSENT_ON = date("2026-11-05");
    static final LocalDate SHARED_ON = date("2026-11-20");
    static final LocalDate NOTE_ON = date("2026-11-20");
    static final LocalDate CONTACT_ON = date("2026-11-20");
    static final LocalDate MEETING_ON = date("2026-11-18");
    static final LocalDate DECISION_EFFECTIVE_ON = date("2026-01-31");
    static final LocalDate REFERRED_ON = date("2026-02-10");
    static final LocalDate CONCLUDED_ON = date("2026-03-20");
    static final LocalDate CONCERN_ON = date("2026-11-20");
    static final LocalDate SIGNPOSTED_ON = date("2026-11-20");
    static final LocalDate EVALUATION_SENT_ON = date("2026-11-20");
    static final LocalDate EVALUATION_RETURNED_ON = date("2026-11-24");
    static final LocalDate COMPLAINT_ON = date("2026-04-02");
    static final LocalDate COMPLAINT_DUE_ON = date("2026-04-13");
    static final LocalDate ANSWERED_ON = date("2026-04-09");
    static final LocalDate ESCALATED_ON = date("2026-04-20");
    static final LocalDate APPEAL_DECIDED_ON = date("2026-03-31");
    static final LocalDate CLOSED_ON = date("2026-11-24");
    static final LocalDate REOPENED_ON = TODAY;

    static final SafeguardingGround CHILD_PROTECTION = SafeguardingGround.CHILD_PROTECTION;

    static final ParentDetails PARENT = new ParentDetails("Jane Example", "1 Example Street, Plymouth",
            "01752 000000", "jane@example.org", "English", "PHONE");
    static final ChildDetails CHILD = new ChildDetails("Sam Example", date("2016-05-14"), "Hillside Primary",
            "Autism; speech and language needs");

    private CaseFixtures() {
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    static Actor caseworkerAt(String instant) {
        return new Actor(CASEWORKER.username(), CASEWORKER.role(), Instant.parse(instant));
    }

    // ------------------------------------------------------------------------------------------------ stories

    /** An enquiry with record-keeping consent and personal details: level 2 casework, 4 events. */
    static List<Object> levelTwoCase() {
        return List.of(enquiryReceived(), recordKeepingConsentGiven(), personalDetailsRecorded(DETAILS_ON),
                caseworkOpened(DETAILS_ON));
    }

    static List<Object> levelTwoCaseAnd(Object... more) {
        List<Object> events = new ArrayList<>(levelTwoCase());
        events.addAll(List.of(more));
        return events;
    }

    // ------------------------------------------------------------------------------------------------ commands

    static ReceiveEnquiry receiveEnquiry() {
        return receiveEnquiry(ENQUIRY_ON, CASEWORKER);
    }

    static ReceiveEnquiry receiveEnquiry(LocalDate receivedOn, Actor actor) {
        return new ReceiveEnquiry(CASE_ID, receivedOn, Channel.PHONE, EnquirerRole.PARENT, EnquiryAbout.CHILD,
                EnumSet.of(Topic.STATUTORY_ASSESSMENT, Topic.EXCLUSION), EnumSet.of(Organisation.IPSEA), actor);
    }

    static GiveConsent giveRecordKeepingConsent() {
        return new GiveConsent(CASE_ID, RECORD_KEEPING_CONSENT, ConsentKind.RECORD_KEEPING, RECORD_KEEPING_CONSENT_ON,
                ConsentGiver.PARENT, ConsentMethod.VERBAL, null, null, CASEWORKER, null);
    }

    static GiveConsent giveSharingConsent() {
        return new GiveConsent(CASE_ID, SHARING_CONSENT, ConsentKind.INFORMATION_SHARING, SHARING_CONSENT_ON,
                ConsentGiver.PARENT, ConsentMethod.WRITTEN, Recipient.SCHOOL, "Hillside Primary", CASEWORKER, null);
    }

    static WithdrawConsent withdrawConsent(ConsentId consentId, LocalDate withdrawnOn) {
        return new WithdrawConsent(CASE_ID, consentId, withdrawnOn, CASEWORKER, null);
    }

    static RecordPersonalDetails recordPersonalDetails() {
        return new RecordPersonalDetails(CASE_ID, PARENT, CHILD, CASEWORKER, null);
    }

    static WriteCaseNote writeCaseNote() {
        return new WriteCaseNote(CASE_ID, NOTE_ON, "Mum worried the annual review will not discuss transport.",
                CASEWORKER, null);
    }

    static RecordContact recordContact() {
        return recordContact(CONTACT_ON);
    }

    static RecordContact recordContact(LocalDate contactOn) {
        return new RecordContact(CASE_ID, contactOn, Channel.PHONE, CASEWORKER, null);
    }

    static AllocateSupporter allocateSupporter(String username) {
        return new AllocateSupporter(CASE_ID, username, SupporterRole.IPS_VOLUNTEER, CASEWORKER, null);
    }

    static SupportMeeting supportMeeting() {
        return new SupportMeeting(CASE_ID, MEETING_ID, MeetingType.ANNUAL_REVIEW, MEETING_ON,
                EnumSet.of(MeetingSupport.PREPARATION, MeetingSupport.ATTENDED), true, false, true, false, CASEWORKER,
                null);
    }

    static ConfirmConveyedViews confirmConveyedViews(LocalDate confirmedOn) {
        return new ConfirmConveyedViews(CASE_ID, MEETING_ID, confirmedOn, CASEWORKER, null);
    }

    static ConveyedViewsConfirmed conveyedViewsConfirmed(LocalDate confirmedOn) {
        return new ConveyedViewsConfirmed(CASE_ID, MEETING_ID, confirmedOn, RECORDED);
    }

    static EraseCase eraseCase() {
        return new EraseCase(CASE_ID, "Retention period ended", MANAGER, null);
    }

    static CaseErased caseErased() {
        return new CaseErased(CASE_ID, TODAY, "Retention period ended", MANAGER.recorded());
    }

    static RecordSubjectAccessRequest recordSubjectAccessRequest(LocalDate receivedOn) {
        return new RecordSubjectAccessRequest(CASE_ID, receivedOn, CASEWORKER, null);
    }

    static SubjectAccessRequested subjectAccessRequested(LocalDate receivedOn, LocalDate dueOn) {
        return new SubjectAccessRequested(CASE_ID, receivedOn, dueOn, RECORDED);
    }

    static ShareInformation shareWith(Recipient recipient, LocalDate sharedOn) {
        return new ShareInformation(CASE_ID, SHARING_ID, sharedOn, recipient, "Ask for a review of support",
                "Hillside Primary", null, CASEWORKER, null);
    }

    static ShareInformation shareUnderSafeguarding(SafeguardingApproval approval, Actor actor) {
        return new ShareInformation(CASE_ID, SHARING_ID, SHARED_ON, Recipient.SOCIAL_CARE, "Child protection referral",
                "Children's Services", approval, actor, null);
    }

    static SafeguardingApproval managerApproval() {
        return new SafeguardingApproval("Child disclosed harm at home", "manager1", StaffRole.MANAGER,
                SafeguardingGround.CHILD_PROTECTION);
    }

    static RecordAppealableDecision recordAppealableDecision(AppealableDecisionKind kind, LocalDate effectiveOn,
            boolean conciliationUsed) {
        SenDecisionType type = kind == AppealableDecisionKind.SEN_DECISION ? SenDecisionType.STATEMENT_ISSUED : null;
        return new RecordAppealableDecision(CASE_ID, DECISION_ID, kind, effectiveOn, type, conciliationUsed,
                CASEWORKER, null);
    }

    static RecordMediationCertificate recordMediationCertificate(LocalDate issuedOn) {
        return new RecordMediationCertificate(CASE_ID, DECISION_ID, issuedOn, CASEWORKER, null);
    }

    static ReferToMediation referToMediation() {
        return new ReferToMediation(CASE_ID, REFERRAL_ID, REFERRED_ON, "South West Mediation",
                MediationReason.STATEMENT_ISSUED, ReferringParty.PARENT, CASEWORKER, null);
    }

    static RecordMediationOutcome recordMediationOutcome(ReferralId referralId, LocalDate concludedOn) {
        return new RecordMediationOutcome(CASE_ID, referralId, concludedOn, MediationOutcome.AGREEMENT, CASEWORKER,
                null);
    }

    static RaiseImpartialityConcern raiseImpartialityConcern() {
        return new RaiseImpartialityConcern(CASE_ID, CONCERN_ID, CONCERN_ON, "Felt we sided with the school",
                CASEWORKER, null);
    }

    static GiveSignposting giveSignposting() {
        return new GiveSignposting(CASE_ID, SIGNPOSTED_ON, EnumSet.of(Organisation.ACE, Organisation.IPSEA),
                CASEWORKER, null);
    }

    static SendEvaluationRequest sendEvaluationRequest() {
        return new SendEvaluationRequest(CASE_ID, EVALUATION_SENT_ON, CASEWORKER, null);
    }

    static ReturnEvaluation returnEvaluation() {
        return new ReturnEvaluation(CASE_ID, EVALUATION_RETURNED_ON,
                EnumSet.of(WentWell.LISTENING, WentWell.FINDING_WAYS_FORWARD), Usefulness.VERY_USEFUL,
                ImpartialityRating.ALWAYS, "Call back sooner", null, true, CASEWORKER, null);
    }

    static ReceiveComplaint receiveComplaint(LocalDate receivedOn) {
        return new ReceiveComplaint(CASE_ID, COMPLAINT_ID, receivedOn, "Nobody called back", CASEWORKER, null);
    }

    static AnswerComplaint answerComplaint(ComplaintId complaintId, LocalDate respondedOn) {
        return new AnswerComplaint(CASE_ID, complaintId, respondedOn, false, CASEWORKER, null);
    }

    static EscalateComplaint escalateComplaint(ComplaintId complaintId, LocalDate escalatedOn) {
        return new EscalateComplaint(CASE_ID, complaintId, escalatedOn, CASEWORKER, null);
    }

    static RecordAppealOutcome recordAppealOutcome(DecisionId decisionId, LocalDate decidedOn) {
        return new RecordAppealOutcome(CASE_ID, decisionId, decidedOn, AppealOutcome.RESOLVED_BEFORE_HEARING,
                CASEWORKER, null);
    }

    static CloseCase closeCase() {
        return new CloseCase(CASE_ID, CLOSED_ON, "Casework complete", CASEWORKER, null);
    }

    static ReopenCase reopenCase(LocalDate reopenedOn) {
        return new ReopenCase(CASE_ID, reopenedOn, CASEWORKER, null);
    }

    /**
     * One valid example of every command on an existing case, for the rules every command obeys (closed cases,
     * volunteers, versions, dates). {@code CaseTest} checks that no command type is missing.
     */
    static List<CaseCommand> everyCommand() {
        return List.of(
                giveRecordKeepingConsent(),
                withdrawConsent(RECORD_KEEPING_CONSENT, TODAY),
                recordPersonalDetails(),
                writeCaseNote(),
                recordContact(),
                allocateSupporter("volunteer1"),
                supportMeeting(),
                confirmConveyedViews(TODAY),
                shareWith(Recipient.SCHOOL, SHARED_ON),
                recordAppealableDecision(AppealableDecisionKind.SEN_DECISION, DECISION_EFFECTIVE_ON, false),
                recordMediationCertificate(TODAY),
                recordAppealOutcome(DECISION_ID, APPEAL_DECIDED_ON),
                referToMediation(),
                recordMediationOutcome(REFERRAL_ID, CONCLUDED_ON),
                raiseImpartialityConcern(),
                giveSignposting(),
                sendEvaluationRequest(),
                returnEvaluation(),
                receiveComplaint(COMPLAINT_ON),
                answerComplaint(COMPLAINT_ID, ANSWERED_ON),
                escalateComplaint(COMPLAINT_ID, ESCALATED_ON),
                recordSubjectAccessRequest(TODAY),
                closeCase(),
                reopenCase(REOPENED_ON),
                eraseCase());
    }

    static Stream<Named<CaseCommand>> everyCommandOnAnExistingCase() {
        return everyCommand().stream().map(command -> Named.of(command.getClass().getSimpleName(), command));
    }

    /**
     * A closed case still takes a reopening, the data-protection actions (erasure, a subject access request, the
     * withdrawal of a consent) and the follow-up of casework ({@link #followUpCommands()}).
     */
    static Stream<Named<CaseCommand>> everyCommandButReopening() {
        return everyCommandOnAnExistingCase().filter(named -> !(named.getPayload() instanceof ReopenCase
                || named.getPayload() instanceof EraseCase || named.getPayload() instanceof RecordSubjectAccessRequest
                || named.getPayload() instanceof WithdrawConsent || isFollowUp(named.getPayload())
                // Follow-up too, but it needs an answered complaint: CaseTest.EscalatingAComplaint covers it closed.
                || named.getPayload() instanceof EscalateComplaint));
    }

    /** What follows casework up and is still recorded on a closed case (contract, "Closed cases"; 002 §10). */
    static Stream<Named<CaseCommand>> followUpCommands() {
        return everyCommandOnAnExistingCase().filter(named -> isFollowUp(named.getPayload()));
    }

    private static boolean isFollowUp(CaseCommand command) {
        return command instanceof SendEvaluationRequest || command instanceof ReturnEvaluation
                || command instanceof AnswerComplaint || command instanceof GiveSignposting
                || command instanceof RaiseImpartialityConcern || command instanceof ConfirmConveyedViews;
    }

    /** Every command that carries the date its action happened, with that date moved to tomorrow. */
    static Stream<Named<CaseCommand>> everyDatedCommandDatedTomorrow() {
        return everyCommand().stream()
                .flatMap(command -> dateComponentOf(command)
                        .map(name -> with(command, name, TOMORROW))
                        .stream())
                .map(command -> Named.of(command.getClass().getSimpleName(), command));
    }

    static Optional<String> dateComponentOf(Object command) {
        return Stream.of(command.getClass().getRecordComponents())
                .filter(component -> component.getType() == LocalDate.class)
                .map(RecordComponent::getName)
                .findFirst();
    }

    /** The same command issued by someone else. */
    static <C> C by(Actor actor, C command) {
        return with(command, "actor", actor);
    }

    /** The same command sent with {@code If-Match: "version"}. */
    static <C> C atVersion(long expectedVersion, C command) {
        return with(command, "expectedVersion", expectedVersion);
    }

    /** A copy of a command record with one component changed, through its canonical constructor. */
    @SuppressWarnings("unchecked")
    static <C> C with(C command, String componentName, Object value) {
        RecordComponent[] components = command.getClass().getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] arguments = new Object[components.length];
        boolean found = false;
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                if (components[i].getName().equals(componentName)) {
                    arguments[i] = value;
                    found = true;
                } else {
                    arguments[i] = components[i].getAccessor().invoke(command);
                }
            }
            if (!found) {
                throw new IllegalArgumentException(command.getClass().getSimpleName() + " has no " + componentName);
            }
            Constructor<?> constructor = command.getClass().getDeclaredConstructor(types);
            return (C) constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------------------------------------ events

    static EnquiryReceived enquiryReceived() {
        return new EnquiryReceived(CASE_ID, ENQUIRY_ON, Channel.PHONE, EnquirerRole.PARENT, EnquiryAbout.CHILD,
                Set.of(Topic.STATUTORY_ASSESSMENT, Topic.EXCLUSION), Set.of(Organisation.IPSEA), RECORDED);
    }

    static ConsentGiven recordKeepingConsentGiven() {
        return recordKeepingConsentGiven(RECORD_KEEPING_CONSENT, RECORD_KEEPING_CONSENT_ON);
    }

    static ConsentGiven recordKeepingConsentGiven(ConsentId consentId, LocalDate givenOn) {
        return new ConsentGiven(CASE_ID, consentId, ConsentKind.RECORD_KEEPING, givenOn, ConsentGiver.PARENT,
                ConsentMethod.VERBAL, null, null, RECORDED);
    }

    static ConsentGiven sharingConsentGiven() {
        return sharingConsentGiven(SHARING_CONSENT, Recipient.SCHOOL, SHARING_CONSENT_ON);
    }

    static ConsentGiven sharingConsentGiven(ConsentId consentId, Recipient recipient, LocalDate givenOn) {
        return new ConsentGiven(CASE_ID, consentId, ConsentKind.INFORMATION_SHARING, givenOn, ConsentGiver.PARENT,
                ConsentMethod.WRITTEN, recipient, "Hillside Primary", RECORDED);
    }

    static ConsentWithdrawn consentWithdrawn(ConsentId consentId, LocalDate withdrawnOn) {
        return new ConsentWithdrawn(CASE_ID, consentId, withdrawnOn, RECORDED);
    }

    static PersonalDetailsRecorded personalDetailsRecorded(LocalDate recordedOn) {
        return new PersonalDetailsRecorded(CASE_ID, PARENT, CHILD, recordedOn, RECORDED);
    }

    static CaseworkOpened caseworkOpened(LocalDate openedOn) {
        return new CaseworkOpened(CASE_ID, openedOn, RECORDED);
    }

    static CaseNoteWritten caseNoteWritten() {
        return new CaseNoteWritten(CASE_ID, NOTE_ON, "Mum worried the annual review will not discuss transport.",
                RECORDED);
    }

    static ContactRecorded contactRecorded(LocalDate contactOn) {
        return new ContactRecorded(CASE_ID, contactOn, Channel.PHONE, RECORDED);
    }

    static SupporterAllocated supporterAllocated(String username) {
        return new SupporterAllocated(CASE_ID, username, SupporterRole.IPS_VOLUNTEER, TODAY, RECORDED);
    }

    static MeetingSupported meetingSupported() {
        return new MeetingSupported(CASE_ID, MEETING_ID, MeetingType.ANNUAL_REVIEW, MEETING_ON,
                Set.of(MeetingSupport.PREPARATION, MeetingSupport.ATTENDED), true, false, true, false, RECORDED);
    }

    static InformationShared informationShared(Recipient recipient, LocalDate sharedOn, ConsentId consentId) {
        return new InformationShared(CASE_ID, SHARING_ID, sharedOn, recipient, "Ask for a review of support",
                "Hillside Primary", consentId, null, RECORDED);
    }

    static AppealableDecisionRecorded appealableDecisionRecorded(AppealableDecisionKind kind, LocalDate effectiveOn,
            boolean conciliationUsed, LocalDate appealDeadline) {
        SenDecisionType type = kind == AppealableDecisionKind.SEN_DECISION ? SenDecisionType.STATEMENT_ISSUED : null;
        return new AppealableDecisionRecorded(CASE_ID, DECISION_ID, kind, effectiveOn, type, false, conciliationUsed,
                AppealRules.forLetterDate(effectiveOn), appealDeadline, RECORDED);
    }

    static AppealableDecisionRecorded placementOnlyDecisionRecorded(LocalDate letterDate, LocalDate appealDeadline) {
        return new AppealableDecisionRecorded(CASE_ID, DECISION_ID, AppealableDecisionKind.SEN_DECISION, letterDate,
                SenDecisionType.EHC_PLAN_CONTENTS, true, false, AppealRules.CFA_2014, appealDeadline, RECORDED);
    }

    static MediationCertificateRecorded mediationCertificateRecorded(LocalDate issuedOn, boolean needed,
            LocalDate previousDeadline, LocalDate deadline) {
        return new MediationCertificateRecorded(CASE_ID, DECISION_ID, issuedOn, needed, previousDeadline, deadline,
                RECORDED);
    }

    static MediationReferred mediationReferred() {
        return new MediationReferred(CASE_ID, REFERRAL_ID, REFERRED_ON, "South West Mediation",
                MediationReason.STATEMENT_ISSUED, ReferringParty.PARENT, RECORDED);
    }

    static MediationConcluded mediationConcluded(LocalDate concludedOn) {
        return new MediationConcluded(CASE_ID, REFERRAL_ID, concludedOn, MediationOutcome.AGREEMENT, RECORDED);
    }

    static ImpartialityConcernRaised impartialityConcernRaised() {
        return new ImpartialityConcernRaised(CASE_ID, CONCERN_ID, CONCERN_ON, "Felt we sided with the school",
                RECORDED);
    }

    static SignpostingGiven signpostingGiven() {
        return new SignpostingGiven(CASE_ID, SIGNPOSTED_ON, Set.of(Organisation.ACE, Organisation.IPSEA), RECORDED);
    }

    static EvaluationRequestSent evaluationRequestSent() {
        return new EvaluationRequestSent(CASE_ID, EVALUATION_SENT_ON, RECORDED);
    }

    static EvaluationReturned evaluationReturned() {
        return new EvaluationReturned(CASE_ID, EVALUATION_RETURNED_ON,
                Set.of(WentWell.LISTENING, WentWell.FINDING_WAYS_FORWARD), Usefulness.VERY_USEFUL,
                ImpartialityRating.ALWAYS, "Call back sooner", null, true, RECORDED);
    }

    static ComplaintReceived complaintReceived() {
        return complaintReceived(COMPLAINT_ON, COMPLAINT_DUE_ON);
    }

    static ComplaintReceived complaintReceived(LocalDate receivedOn, LocalDate responseDueOn) {
        return new ComplaintReceived(CASE_ID, COMPLAINT_ID, receivedOn, "Nobody called back", 5, responseDueOn,
                RECORDED);
    }

    static ComplaintAnswered complaintAnswered(LocalDate respondedOn) {
        return new ComplaintAnswered(CASE_ID, COMPLAINT_ID, respondedOn, false, RECORDED);
    }

    static ComplaintEscalated complaintEscalated(LocalDate escalatedOn) {
        return new ComplaintEscalated(CASE_ID, COMPLAINT_ID, escalatedOn, RECORDED);
    }

    static AppealOutcomeRecorded appealOutcomeRecorded(LocalDate decidedOn) {
        return new AppealOutcomeRecorded(CASE_ID, DECISION_ID, decidedOn, AppealOutcome.RESOLVED_BEFORE_HEARING,
                RECORDED);
    }

    static CaseClosed caseClosed(LocalDate closedOn) {
        return new CaseClosed(CASE_ID, closedOn, "Casework complete", RECORDED);
    }

    static CaseReopened caseReopened(LocalDate reopenedOn) {
        return new CaseReopened(CASE_ID, reopenedOn, RECORDED);
    }
}
