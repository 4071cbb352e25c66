package org.casebook.domain.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.domain.casework.CaseFixtures.*;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules of seed 002 that the contract's additions of 2026-12-02 brought in: level-2 work only under record-keeping
 * consent [002 §4.2, §5.8], the follow-up a closed case still takes [002 §10], the grounds of a safeguarding
 * disclosure [002 App. B 9-12], and support at appeal panels and the Tribunal [002 §4.7, §4.8].
 */
class LevelsOfWorkTest {

    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Case.class);
    }

    static Stream<Named<CaseCommand>> levelTwoWork() {
        return Stream.of(writeCaseNote(), supportMeeting(), shareWith(Recipient.SCHOOL, SHARED_ON),
                        recordAppealableDecision(AppealableDecisionKind.SEN_DECISION, DECISION_EFFECTIVE_ON, false),
                        referToMediation())
                .map(command -> Named.of(command.getClass().getSimpleName(), (CaseCommand) command));
    }

    @Nested
    class LevelTwoWork {

        @ParameterizedTest
        @MethodSource("org.casebook.domain.casework.LevelsOfWorkTest#levelTwoWork")
        void isRefusedOnALevelOneCase(CaseCommand command) {
            fixture.given(enquiryReceived(), sharingConsentGiven())
                    .when(command)
                    .expectNoEvents()
                    .expectException(ConsentRequired.class);
        }

        @ParameterizedTest
        @MethodSource("org.casebook.domain.casework.LevelsOfWorkTest#levelTwoWork")
        void isRefusedOnALevelOneCaseEvenWithRecordKeepingConsent(CaseCommand command) {
            fixture.given(enquiryReceived(), recordKeepingConsentGiven(), sharingConsentGiven())
                    .when(command)
                    .expectNoEvents()
                    .expectException(ConsentRequired.class);
        }

        @ParameterizedTest
        @MethodSource("org.casebook.domain.casework.LevelsOfWorkTest#levelTwoWork")
        void isRefusedOnceTheRecordKeepingConsentWasWithdrawn(CaseCommand command) {
            fixture.given(levelTwoCaseAnd(sharingConsentGiven(), consentWithdrawn(RECORD_KEEPING_CONSENT, TODAY)))
                    .when(command)
                    .expectNoEvents()
                    .expectException(ConsentRequired.class);
        }

        @ParameterizedTest
        @MethodSource("org.casebook.domain.casework.LevelsOfWorkTest#levelTwoWork")
        void isRecordedOnLevelTwoCasework(CaseCommand command) {
            fixture.given(levelTwoCaseAnd(sharingConsentGiven()))
                    .when(command)
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void refusesAMeetingHeldBeforeTheParentAgreedToRecordsBeingKept() {
            fixture.given(levelTwoCase())
                    .when(with(supportMeeting(), "heldOn", RECORD_KEEPING_CONSENT_ON.minusDays(1)))
                    .expectNoEvents()
                    .expectException(ConsentRequired.class);
        }

        @Test
        void acceptsAMeetingHeldOnTheDayTheParentAgreed() {
            fixture.given(levelTwoCase())
                    .when(with(supportMeeting(), "heldOn", RECORD_KEEPING_CONSENT_ON))
                    .expectSuccessfulHandlerExecution();
        }

        /** Seed 002 §4.2 and App. B 2, 9-13: child protection overrides confidentiality, consent or none. */
        @Test
        void aSafeguardingDisclosureNeedsNoRecordKeepingConsent() {
            fixture.given(enquiryReceived())
                    .when(shareUnderSafeguarding(managerApproval(), CASEWORKER))
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(2L);
        }

        /** The rules judge new commands only: a case whose level-2 work was stored before them still loads. */
        @Test
        void aLevelOneCaseWithLevelTwoWorkStoredBeforeTheRuleStillLoadsAndTakesCommands() {
            fixture.given(enquiryReceived(), meetingSupported(), caseNoteWritten(), mediationReferred(),
                            informationShared(Recipient.SCHOOL, SHARED_ON, null))
                    .when(confirmConveyedViews(TODAY))
                    .expectEvents(conveyedViewsConfirmed(TODAY))
                    .expectResultMessagePayload(6L);
        }
    }

    @Nested
    class FreeText {

        @Test
        void aConcernOnALevelOneCaseIsRefusedWithItsDetail() {
            fixture.given(enquiryReceived())
                    .when(raiseImpartialityConcern())
                    .expectNoEvents()
                    .expectException(FreeTextNeedsConsent.class);
        }

        @Test
        void aConcernOnALevelOneCaseIsRecordedWithoutDetail() {
            fixture.given(enquiryReceived())
                    .when(with(raiseImpartialityConcern(), "detail", null))
                    .expectEvents(new ImpartialityConcernRaised(CASE_ID, CONCERN_ID, CONCERN_ON, null, RECORDED));
        }

        @Test
        void aComplaintOnALevelOneCaseIsRefusedWithItsSummary() {
            fixture.given(enquiryReceived())
                    .when(receiveComplaint(COMPLAINT_ON))
                    .expectNoEvents()
                    .expectException(FreeTextNeedsConsent.class);
        }

        @Test
        void aComplaintOnALevelOneCaseIsRecordedWithoutSummary() {
            fixture.given(enquiryReceived())
                    .when(with(receiveComplaint(COMPLAINT_ON), "summary", null))
                    .expectEvents(new ComplaintReceived(CASE_ID, COMPLAINT_ID, COMPLAINT_ON, null, 5, COMPLAINT_DUE_ON,
                            RECORDED));
        }

        @Test
        void freeTextIsRefusedOnceTheRecordKeepingConsentWasWithdrawn() {
            fixture.given(levelTwoCaseAnd(consentWithdrawn(RECORD_KEEPING_CONSENT, date("2026-11-01"))))
                    .when(receiveComplaint(COMPLAINT_ON))
                    .expectNoEvents()
                    .expectException(FreeTextNeedsConsent.class);
        }

        @Test
        void freeTextIsKeptOnLevelTwoCasework() {
            fixture.given(levelTwoCase())
                    .when(receiveComplaint(COMPLAINT_ON))
                    .expectEvents(complaintReceived());
        }
    }

    @Nested
    class ClosedCases {

        @ParameterizedTest
        @MethodSource("org.casebook.domain.casework.CaseFixtures#followUpCommands")
        void aClosedCaseTakesTheFollowUpOfItsCasework(CaseCommand command) {
            fixture.given(levelTwoCaseAnd(meetingSupported(), complaintReceived(), caseClosed(CLOSED_ON)))
                    .when(command)
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void theEvaluationFallingDueAfterTheClosureCanBeRequested() {
            fixture.given(levelTwoCaseAnd(caseClosed(date("2026-02-20"))))
                    .when(new SendEvaluationRequest(CASE_ID, date("2026-07-13"), CASEWORKER, null))
                    .expectEvents(new EvaluationRequestSent(CASE_ID, date("2026-07-13"), RECORDED))
                    .expectResultMessagePayload(6L);
        }

        @Test
        void aComplaintReceivedBeforeTheClosureCanBeAnsweredAfterIt() {
            fixture.given(levelTwoCaseAnd(complaintReceived(date("2026-03-02"), date("2026-03-09")),
                            caseClosed(date("2026-03-03"))))
                    .when(answerComplaint(COMPLAINT_ID, date("2026-03-05")))
                    .expectEvents(complaintAnswered(date("2026-03-05")));
        }

        @Test
        void theParentMayWithdrawConsentFromAClosedCase() {
            fixture.given(levelTwoCaseAnd(caseClosed(CLOSED_ON)))
                    .when(withdrawConsent(RECORD_KEEPING_CONSENT, TODAY))
                    .expectEvents(consentWithdrawn(RECORD_KEEPING_CONSENT, TODAY));
        }

        @Test
        void aClosedCaseStillRefusesANewComplaint() {
            fixture.given(levelTwoCaseAnd(caseClosed(CLOSED_ON)))
                    .when(receiveComplaint(TODAY))
                    .expectNoEvents()
                    .expectException(CaseIsClosed.class);
        }
    }

    @Nested
    class SafeguardingGrounds {

        @Test
        void aDisclosureWithoutAGroundIsRefused() {
            fixture.given(enquiryReceived())
                    .when(shareUnderSafeguarding(new SafeguardingApproval("Threats to staff", "manager1",
                            org.casebook.domain.shared.StaffRole.MANAGER, null), CASEWORKER))
                    .expectNoEvents()
                    .expectException(SafeguardingGroundRequired.class);
        }

        @Test
        void theDisclosureRecordsItsGround() {
            fixture.given(enquiryReceived())
                    .when(shareUnderSafeguarding(new SafeguardingApproval("Threats to staff", "manager1",
                            org.casebook.domain.shared.StaffRole.MANAGER, SafeguardingGround.CIVIL_SAFETY),
                            CASEWORKER))
                    .expectEvents(new InformationShared(CASE_ID, SHARING_ID, SHARED_ON, Recipient.SOCIAL_CARE,
                            "Child protection referral", "Children's Services", null,
                            new SafeguardingOverride("Threats to staff", "manager1", SafeguardingGround.CIVIL_SAFETY),
                            RECORDED));
        }

        /** A parent's own historic abuse is for the parent to decide about [002 App. B 11]: it is no ground. */
        @Test
        void childProtectionAndCivilSafetyAreTheOnlyGrounds() {
            assertThat(SafeguardingGround.values())
                    .containsExactly(SafeguardingGround.CHILD_PROTECTION, SafeguardingGround.CIVIL_SAFETY);
        }
    }

    @Nested
    class AppealHearings {

        SupportMeeting supportAt(MeetingType type, boolean declarationGiven) {
            return new SupportMeeting(CASE_ID, MEETING_ID, type, MEETING_ON, EnumSet.of(MeetingSupport.ATTENDED),
                    false, false, true, declarationGiven, CASEWORKER, null);
        }

        @ParameterizedTest
        @EnumSource(value = MeetingType.class, names = {"TRIBUNAL", "EXCLUSION_APPEAL", "ADMISSION_APPEAL"})
        void aVolunteerMayNotGiveIt(MeetingType type) {
            fixture.given(levelTwoCaseAnd(supporterAllocated("volunteer1")))
                    .when(by(VOLUNTEER, supportAt(type, true)))
                    .expectNoEvents()
                    .expectException(StaffOnly.class);
        }

        @ParameterizedTest
        @EnumSource(value = MeetingType.class, names = {"TRIBUNAL", "EXCLUSION_APPEAL", "ADMISSION_APPEAL"})
        void staffGiveItOnlyAfterTheInHouseDeclaration(MeetingType type) {
            fixture.given(levelTwoCase())
                    .when(supportAt(type, false))
                    .expectNoEvents()
                    .expectException(DeclarationRequired.class);
        }

        @ParameterizedTest
        @EnumSource(value = MeetingType.class, names = {"TRIBUNAL", "EXCLUSION_APPEAL", "ADMISSION_APPEAL"})
        void staffGiveItWithTheDeclarationRecorded(MeetingType type) {
            fixture.given(levelTwoCase())
                    .when(supportAt(type, true))
                    .expectEvents(new MeetingSupported(CASE_ID, MEETING_ID, type, MEETING_ON,
                            Set.of(MeetingSupport.ATTENDED), false, false, true, true, RECORDED));
        }

        @ParameterizedTest
        @EnumSource(value = MeetingType.class, names = {"TRIBUNAL", "EXCLUSION_APPEAL", "ADMISSION_APPEAL"},
                mode = EnumSource.Mode.EXCLUDE)
        void aVolunteerStillSupportsOtherMeetingsWithoutADeclaration(MeetingType type) {
            fixture.given(levelTwoCaseAnd(supporterAllocated("volunteer1")))
                    .when(by(VOLUNTEER, supportAt(type, false)))
                    .expectSuccessfulHandlerExecution();
        }
    }
}
