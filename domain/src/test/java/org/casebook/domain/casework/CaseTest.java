package org.casebook.domain.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casebook.domain.casework.CaseFixtures.*;



import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.casebook.domain.shared.Actor;
import org.casebook.domain.shared.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules a case enforces, one behaviour per test, grouped by command. Every happy path also checks the case
 * version the handler returns (the ETag): the number of events on the case, counting those just applied.
 */
class CaseTest {

    private static final String EVERY_COMMAND = "org.casebook.domain.casework.CaseFixtures#everyCommandOnAnExistingCase";
    private static final String EVERY_COMMAND_BUT_REOPENING =
            "org.casebook.domain.casework.CaseFixtures#everyCommandButReopening";
    private static final String EVERY_DATED_COMMAND_DATED_TOMORROW =
            "org.casebook.domain.casework.CaseFixtures#everyDatedCommandDatedTomorrow";

    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Case.class);
    }

    @Nested
    class ReceivingAnEnquiry {

        @Test
        void opensACaseAtLevelOne() {
            fixture.givenNoPriorActivity()
                    .when(receiveEnquiry())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(enquiryReceived())
                    .expectResultMessagePayload(CASE_ID);
        }

        @Test
        void theEnquiryRecordHasNoPlaceForPersonalData() {
            Set<Class<?>> personalTypes = Set.of(String.class, ParentDetails.class, ChildDetails.class);

            assertThat(Stream.of(EnquiryReceived.class.getRecordComponents()).map(RecordComponent::getType))
                    .noneMatch(personalTypes::contains);
            assertThat(Stream.of(EnquiryReceived.class.getRecordComponents()).map(RecordComponent::getName))
                    .containsExactly("caseId", "receivedOn", "channel", "enquirerRole", "about", "topics",
                            "signposted", "recorded");
        }

        @Test
        void refusesAnEnquiryReceivedTomorrow() {
            fixture.givenNoPriorActivity()
                    .when(receiveEnquiry(TOMORROW, CASEWORKER))
                    .expectNoEvents()
                    .expectException(InvalidCaseCommand.class);
        }

        @Test
        void refusesAnEnquiryDatedBeforeParentPartnershipServicesBegan() {
            // Found by the API fuzzer: year 0001 reached the working-day calendar, which knows no such year.
            fixture.givenNoPriorActivity()
                    .when(receiveEnquiry(LocalDate.of(1, 1, 2), CASEWORKER))
                    .expectNoEvents()
                    .expectException(InvalidCaseCommand.class);
        }

        @Test
        void acceptsAnEnquiryReceivedToday() {
            fixture.givenNoPriorActivity()
                    .when(receiveEnquiry(TODAY, CASEWORKER))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void judgesTodayInLondonSoJustAfterMidnightInSummerTheNewDayHasBegun() {
            Actor lateInJune = caseworkerAt("2026-06-30T23:30:00Z");

            fixture.givenNoPriorActivity()
                    .when(receiveEnquiry(date("2026-07-01"), lateInJune))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new EnquiryReceived(CASE_ID, date("2026-07-01"), Channel.PHONE, EnquirerRole.PARENT,
                            EnquiryAbout.CHILD, Set.of(Topic.STATUTORY_ASSESSMENT, Topic.EXCLUSION),
                            Set.of(Organisation.IPSEA), lateInJune.recorded()));
        }

        @Test
        void judgesTodayInLondonSoTheDayAfterLondonsTodayIsStillTheFuture() {
            fixture.givenNoPriorActivity()
                    .when(receiveEnquiry(date("2026-07-02"), caseworkerAt("2026-06-30T23:30:00Z")))
                    .expectNoEvents()
                    .expectException(InvalidCaseCommand.class);
        }

        @Test
        void judgesTodayInLondonSoOnNewYearsEveInWinterTheNextDayIsStillTheFuture() {
            fixture.givenNoPriorActivity()
                    .when(receiveEnquiry(date("2027-01-01"), caseworkerAt("2026-12-31T23:30:00Z")))
                    .expectNoEvents()
                    .expectException(InvalidCaseCommand.class);
        }
    }

    @Nested
    class GivingConsent {

        @Test
        void recordsARecordKeepingConsent() {
            fixture.given(enquiryReceived())
                    .when(giveRecordKeepingConsent())
                    .expectEvents(recordKeepingConsentGiven())
                    .expectResultMessagePayload(2L);
        }

        @Test
        void recordsASharingConsentNamingItsRecipient() {
            fixture.given(enquiryReceived(), recordKeepingConsentGiven())
                    .when(giveSharingConsent())
                    .expectEvents(sharingConsentGiven())
                    .expectResultMessagePayload(3L);
        }

        @Test
        void refusesAConsentGivenTomorrow() {
            fixture.given(enquiryReceived())
                    .when(with(giveRecordKeepingConsent(), "givenOn", TOMORROW))
                    .expectNoEvents()
                    .expectException(InvalidCaseCommand.class);
        }
    }

    @Nested
    class WithdrawingConsent {

        @Test
        void recordsTheWithdrawal() {
            fixture.given(enquiryReceived(), recordKeepingConsentGiven())
                    .when(withdrawConsent(RECORD_KEEPING_CONSENT, date("2026-03-01")))
                    .expectEvents(consentWithdrawn(RECORD_KEEPING_CONSENT, date("2026-03-01")))
                    .expectResultMessagePayload(3L);
        }

        @Test
        void acceptsAWithdrawalOnTheDayTheConsentWasGiven() {
            fixture.given(enquiryReceived(), recordKeepingConsentGiven())
                    .when(withdrawConsent(RECORD_KEEPING_CONSENT, RECORD_KEEPING_CONSENT_ON))
                    .expectEvents(consentWithdrawn(RECORD_KEEPING_CONSENT, RECORD_KEEPING_CONSENT_ON));
        }

        @Test
        void refusesToWithdrawAConsentTheCaseDoesNotHold() {
            fixture.given(enquiryReceived(), recordKeepingConsentGiven())
                    .when(withdrawConsent(UNKNOWN_CONSENT, TODAY))
                    .expectNoEvents()
                    .expectException(CaseRecordNotFound.class);
        }

        @Test
        void refusesToWithdrawAConsentTwice() {
            fixture.given(enquiryReceived(), recordKeepingConsentGiven(),
                            consentWithdrawn(RECORD_KEEPING_CONSENT, date("2026-03-01")))
                    .when(withdrawConsent(RECORD_KEEPING_CONSENT, date("2026-04-01")))
                    .expectNoEvents()
                    .expectException(ConsentAlreadyWithdrawn.class);
        }

        @Test
        void refusesAWithdrawalDatedBeforeTheConsentWasGiven() {
            fixture.given(enquiryReceived(), recordKeepingConsentGiven())
                    .when(withdrawConsent(RECORD_KEEPING_CONSENT, RECORD_KEEPING_CONSENT_ON.minusDays(1)))
                    .expectNoEvents()
                    .expectException(DateOutOfOrder.class);
        }

        @Test
        void refusesAWithdrawalDatedTomorrow() {
            fixture.given(enquiryReceived(), recordKeepingConsentGiven())
                    .when(withdrawConsent(RECORD_KEEPING_CONSENT, TOMORROW))
                    .expectNoEvents()
                    .expectException(InvalidCaseCommand.class);
        }
    }

    @Nested
    class RecordingPersonalDetails {

        @Test
        void refusesPersonalDetailsWithoutRecordKeepingConsent() {
            fixture.given(enquiryReceived())
                    .when(recordPersonalDetails())
                    .expectNoEvents()
                    .expectException(ConsentRequired.class);
        }

        @Test
        void refusesPersonalDetailsOnceTheRecordKeepingConsentWasWithdrawn() {
            fixture.given(enquiryReceived(), recordKeepingConsentGiven(),
                            consentWithdrawn(RECORD_KEEPING_CONSENT, date("2026-03-01")))
                    .when(recordPersonalDetails())
                    .expectNoEvents()
                    .expectException(ConsentRequired.class);
        }

        @Test
        void refusesPersonalDetailsUnderAConsentOfAnotherKind() {
            fixture.given(enquiryReceived(), sharingConsentGiven())
                    .when(recordPersonalDetails())
                    .expectNoEvents()
                    .expectException(ConsentRequired.class);
        }

        @Test
        void recordsTheFirstDetailsAndOpensLevelTwoCasework() {
            fixture.given(enquiryReceived(), recordKeepingConsentGiven())
                    .when(recordPersonalDetails())
                    .expectEvents(personalDetailsRecorded(TODAY), caseworkOpened(TODAY))
                    .expectResultMessagePayload(4L);
        }

        @Test
        void replacesDetailsWithoutOpeningCaseworkAgain() {
            fixture.given(levelTwoCase())
                    .when(recordPersonalDetails())
                    .expectEvents(personalDetailsRecorded(TODAY))
                    .expectResultMessagePayload(5L);
        }

        @Test
        void acceptsDetailsUnderAFreshConsentGivenAfterAnEarlierOneWasWithdrawn() {
            ConsentId freshConsent = ConsentId.of("11111111-5e4f-4a1b-8c2d-000000000010");

            fixture.given(enquiryReceived(), recordKeepingConsentGiven(),
                            consentWithdrawn(RECORD_KEEPING_CONSENT, date("2026-03-01")),
                            recordKeepingConsentGiven(freshConsent, date("2026-05-01")))
                    .when(recordPersonalDetails())
                    .expectEvents(personalDetailsRecorded(TODAY), caseworkOpened(TODAY))
                    .expectResultMessagePayload(6L);
        }

        @Test
        void datesTheDetailsTodayInLondon() {
            Actor lateInJune = caseworkerAt("2026-06-30T23:30:00Z");

            fixture.given(enquiryReceived(), recordKeepingConsentGiven())
                    .when(by(lateInJune, recordPersonalDetails()))
                    .expectEvents(
                            new PersonalDetailsRecorded(CASE_ID, PARENT, CHILD, date("2026-07-01"),
                                    lateInJune.recorded()),
                            new CaseworkOpened(CASE_ID, date("2026-07-01"), lateInJune.recorded()));
        }

        @Test
        void refusesAChildBornTomorrow() {
            ChildDetails unborn = new ChildDetails("Sam Example", TOMORROW, null, null);

            fixture.given(enquiryReceived(), recordKeepingConsentGiven())
                    .when(new RecordPersonalDetails(CASE_ID, PARENT, unborn, CASEWORKER, null))
                    .expectNoEvents()
                    .expectException(InvalidCaseCommand.class);
        }
    }

    @Nested
    class WritingACaseNote {

        @Test
        void refusesANoteOnALevelOneCase() {
            fixture.given(enquiryReceived())
                    .when(writeCaseNote())
                    .expectNoEvents()
                    .expectException(ConsentRequired.class);
        }

        @Test
        void refusesANoteOnALevelOneCaseEvenWithRecordKeepingConsent() {
            fixture.given(enquiryReceived(), recordKeepingConsentGiven())
                    .when(writeCaseNote())
                    .expectNoEvents()
                    .expectException(ConsentRequired.class);
        }

        @Test
        void refusesANoteOnceTheRecordKeepingConsentWasWithdrawn() {
            fixture.given(levelTwoCaseAnd(consentWithdrawn(RECORD_KEEPING_CONSENT, date("2026-11-01"))))
                    .when(writeCaseNote())
                    .expectNoEvents()
                    .expectException(ConsentRequired.class);
        }

        @Test
        void recordsANoteOnLevelTwoCasework() {
            fixture.given(levelTwoCase())
                    .when(writeCaseNote())
                    .expectEvents(caseNoteWritten())
                    .expectResultMessagePayload(5L);
        }
    }

    @Nested
    class RecordingAContact {

        @Test
        void recordsTheContact() {
            fixture.given(enquiryReceived())
                    .when(recordContact())
                    .expectEvents(contactRecorded(CONTACT_ON))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void acceptsABackDatedContact() {
            fixture.given(levelTwoCase())
                    .when(recordContact(date("2026-02-01")))
                    .expectEvents(contactRecorded(date("2026-02-01")))
                    .expectResultMessagePayload(5L);
        }
    }

    @Nested
    class AllocatingASupporter {

        @Test
        void allocatesTheCaseToday() {
            fixture.given(enquiryReceived())
                    .when(allocateSupporter("volunteer1"))
                    .expectEvents(supporterAllocated("volunteer1"))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void replacesAnEarlierAllocation() {
            fixture.given(enquiryReceived(), supporterAllocated("volunteer1"))
                    .when(allocateSupporter("volunteer2"))
                    .expectEvents(supporterAllocated("volunteer2"))
                    .expectResultMessagePayload(3L);
        }
    }

    @Nested
    class SupportingAMeeting {

        @Test
        void recordsTheMeeting() {
            fixture.given(levelTwoCase())
                    .when(supportMeeting())
                    .expectEvents(meetingSupported())
                    .expectResultMessagePayload(5L);
        }

        @Test
        void refusesAMeetingHeldTomorrow() {
            fixture.given(levelTwoCase())
                    .when(with(supportMeeting(), "heldOn", TOMORROW))
                    .expectNoEvents()
                    .expectException(InvalidCaseCommand.class);
        }
    }

    @Nested
    class SharingInformation {

        @Test
        void refusesSharingWithoutAnySharingConsent() {
            fixture.given(levelTwoCase())
                    .when(shareWith(Recipient.SCHOOL, SHARED_ON))
                    .expectNoEvents()
                    .expectException(ConsentRequired.class);
        }

        @Test
        void refusesSharingUnderARecordKeepingConsentAlone() {
            fixture.given(enquiryReceived(), recordKeepingConsentGiven())
                    .when(shareWith(Recipient.SCHOOL, SHARED_ON))
                    .expectNoEvents()
                    .expectException(ConsentRequired.class);
        }

        @Test
        void refusesSharingWithARecipientTheParentDidNotConsentTo() {
            fixture.given(levelTwoCaseAnd(sharingConsentGiven()))
                    .when(shareWith(Recipient.LOCAL_AUTHORITY, SHARED_ON))
                    .expectNoEvents()
                    .expectException(ConsentRequired.class);
        }

        @Test
        void refusesSharingBeforeTheConsentWasGiven() {
            fixture.given(levelTwoCaseAnd(sharingConsentGiven()))
                    .when(shareWith(Recipient.SCHOOL, SHARING_CONSENT_ON.minusDays(1)))
                    .expectNoEvents()
                    .expectException(ConsentRequired.class);
        }

        @Test
        void refusesSharingAfterTheConsentWasWithdrawn() {
            fixture.given(levelTwoCaseAnd(sharingConsentGiven(),
                            consentWithdrawn(SHARING_CONSENT, date("2026-11-10"))))
                    .when(shareWith(Recipient.SCHOOL, date("2026-11-11")))
                    .expectNoEvents()
                    .expectException(ConsentRequired.class);
        }

        @Test
        void acceptsSharingOnTheDayTheConsentWasWithdrawn() {
            fixture.given(levelTwoCaseAnd(sharingConsentGiven(),
                            consentWithdrawn(SHARING_CONSENT, date("2026-11-10"))))
                    .when(shareWith(Recipient.SCHOOL, date("2026-11-10")))
                    .expectEvents(informationShared(Recipient.SCHOOL, date("2026-11-10"), SHARING_CONSENT))
                    .expectResultMessagePayload(7L);
        }

        @Test
        void acceptsABackDatedSharingThatTheConsentCoveredBeforeItsWithdrawal() {
            fixture.given(levelTwoCaseAnd(sharingConsentGiven(),
                            consentWithdrawn(SHARING_CONSENT, date("2026-11-20"))))
                    .when(shareWith(Recipient.SCHOOL, date("2026-11-12")))
                    .expectEvents(informationShared(Recipient.SCHOOL, date("2026-11-12"), SHARING_CONSENT));
        }

        @Test
        void acceptsSharingOnTheDayTheConsentWasGiven() {
            fixture.given(levelTwoCaseAnd(sharingConsentGiven()))
                    .when(shareWith(Recipient.SCHOOL, SHARING_CONSENT_ON))
                    .expectEvents(informationShared(Recipient.SCHOOL, SHARING_CONSENT_ON, SHARING_CONSENT));
        }

        @Test
        void recordsTheSharingNamingTheConsentThatCoveredIt() {
            fixture.given(levelTwoCaseAnd(sharingConsentGiven()))
                    .when(shareWith(Recipient.SCHOOL, SHARED_ON))
                    .expectEvents(informationShared(Recipient.SCHOOL, SHARED_ON, SHARING_CONSENT))
                    .expectResultMessagePayload(6L);
        }

        @Test
        void namesTheConsentThatWasLiveOnTheDayRatherThanAWithdrawnOne() {
            fixture.given(levelTwoCaseAnd(sharingConsentGiven(),
                            consentWithdrawn(SHARING_CONSENT, date("2026-11-10")),
                            sharingConsentGiven(OTHER_SHARING_CONSENT, Recipient.SCHOOL, date("2026-11-15"))))
                    .when(shareWith(Recipient.SCHOOL, SHARED_ON))
                    .expectEvents(informationShared(Recipient.SCHOOL, SHARED_ON, OTHER_SHARING_CONSENT));
        }

        @Test
        void refusesASafeguardingDisclosureWithoutAJustification() {
            fixture.given(enquiryReceived())
                    .when(shareUnderSafeguarding(new SafeguardingApproval(null, "manager1", StaffRole.MANAGER, CHILD_PROTECTION),
                            CASEWORKER))
                    .expectNoEvents()
                    .expectException(SafeguardingApprovalRequired.class);
        }

        @Test
        void refusesASafeguardingDisclosureWithABlankJustification() {
            fixture.given(enquiryReceived())
                    .when(shareUnderSafeguarding(new SafeguardingApproval("  ", "manager1", StaffRole.MANAGER, CHILD_PROTECTION),
                            CASEWORKER))
                    .expectNoEvents()
                    .expectException(SafeguardingApprovalRequired.class);
        }

        @Test
        void refusesASafeguardingDisclosureThatNamesNoApprover() {
            fixture.given(enquiryReceived())
                    .when(shareUnderSafeguarding(new SafeguardingApproval("Child at risk", null, null, CHILD_PROTECTION), CASEWORKER))
                    .expectNoEvents()
                    .expectException(SafeguardingApprovalRequired.class);
        }

        @Test
        void refusesASafeguardingDisclosureWithABlankApprover() {
            fixture.given(enquiryReceived())
                    .when(shareUnderSafeguarding(new SafeguardingApproval("Child at risk", " ", StaffRole.MANAGER, CHILD_PROTECTION),
                            CASEWORKER))
                    .expectNoEvents()
                    .expectException(SafeguardingApprovalRequired.class);
        }

        @Test
        void refusesASafeguardingDisclosureApprovedBySomeoneTheServiceDoesNotKnow() {
            fixture.given(enquiryReceived())
                    .when(shareUnderSafeguarding(new SafeguardingApproval("Child at risk", "nobody", null, CHILD_PROTECTION),
                            CASEWORKER))
                    .expectNoEvents()
                    .expectException(SafeguardingApprovalRequired.class);
        }

        @Test
        void refusesASafeguardingDisclosureApprovedByACaseworker() {
            fixture.given(enquiryReceived())
                    .when(shareUnderSafeguarding(
                            new SafeguardingApproval("Child at risk", "caseworker2", StaffRole.CASEWORKER, CHILD_PROTECTION),
                            CASEWORKER))
                    .expectNoEvents()
                    .expectException(SafeguardingApprovalRequired.class);
        }

        @Test
        void refusesASafeguardingDisclosureAManagerApprovedForHimself() {
            fixture.given(enquiryReceived())
                    .when(shareUnderSafeguarding(managerApproval(), MANAGER))
                    .expectNoEvents()
                    .expectException(SafeguardingApprovalRequired.class);
        }

        @Test
        void recordsAnApprovedSafeguardingDisclosureWithoutConsent() {
            fixture.given(enquiryReceived())
                    .when(shareUnderSafeguarding(managerApproval(), CASEWORKER))
                    .expectEvents(new InformationShared(CASE_ID, SHARING_ID, SHARED_ON, Recipient.SOCIAL_CARE,
                            "Child protection referral", "Children's Services", null,
                            new SafeguardingOverride("Child disclosed harm at home", "manager1",
                                    SafeguardingGround.CHILD_PROTECTION), RECORDED))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void namesNoConsentForASafeguardingDisclosureEvenWhenOneWasLive() {
            fixture.given(enquiryReceived(),
                            sharingConsentGiven(SHARING_CONSENT, Recipient.SOCIAL_CARE, SHARING_CONSENT_ON))
                    .when(shareUnderSafeguarding(managerApproval(), CASEWORKER))
                    .expectEvents(new InformationShared(CASE_ID, SHARING_ID, SHARED_ON, Recipient.SOCIAL_CARE,
                            "Child protection referral", "Children's Services", null,
                            new SafeguardingOverride("Child disclosed harm at home", "manager1",
                                    SafeguardingGround.CHILD_PROTECTION), RECORDED));
        }
    }

    @Nested
    class RecordingAnAppealableDecision {

        @Test
        void givesAnSenDecisionTwoCalendarMonthsToTheEndOfAShorterMonth() {
            fixture.given(levelTwoCase())
                    .when(recordAppealableDecision(AppealableDecisionKind.SEN_DECISION, date("2026-01-31"), false))
                    .expectEvents(appealableDecisionRecorded(AppealableDecisionKind.SEN_DECISION, date("2026-01-31"),
                            false, date("2026-03-31")))
                    .expectResultMessagePayload(5L);
        }

        @Test
        void givesDisabilityDiscriminationSixMonths() {
            fixture.given(levelTwoCase())
                    .when(recordAppealableDecision(AppealableDecisionKind.DISABILITY_DISCRIMINATION,
                            date("2026-05-15"), false))
                    .expectEvents(appealableDecisionRecorded(AppealableDecisionKind.DISABILITY_DISCRIMINATION,
                            date("2026-05-15"), false, date("2026-11-15")));
        }

        @Test
        void givesDisabilityDiscriminationBefore2014EightMonthsWhenTheParentUsedConciliation() {
            fixture.given(levelTwoCase())
                    .when(recordAppealableDecision(AppealableDecisionKind.DISABILITY_DISCRIMINATION,
                            date("2010-05-15"), true))
                    .expectEvents(appealableDecisionRecorded(AppealableDecisionKind.DISABILITY_DISCRIMINATION,
                            date("2010-05-15"), true, date("2011-01-15")));
        }

        @Test
        void movesAnSenDeadlineOnASundayToTheMonday() {
            fixture.given(levelTwoCase())
                    .when(recordAppealableDecision(AppealableDecisionKind.SEN_DECISION, date("2025-12-31"), false))
                    .expectEvents(appealableDecisionRecorded(AppealableDecisionKind.SEN_DECISION, date("2025-12-31"),
                            false, date("2026-03-02")));
        }

        @Test
        void keepsTheOldRulesForALetterDatedBeforeSeptember2014() {
            fixture.given(levelTwoCase())
                    .when(recordAppealableDecision(AppealableDecisionKind.SEN_DECISION, date("2014-06-15"), false))
                    .expectEvents(appealableDecisionRecorded(AppealableDecisionKind.SEN_DECISION, date("2014-06-15"),
                            false, date("2014-08-15")));
        }

        @Test
        void recordsAPlacementOnlyAppeal() {
            fixture.given(levelTwoCase())
                    .when(new RecordAppealableDecision(CASE_ID, DECISION_ID, AppealableDecisionKind.SEN_DECISION,
                            date("2026-06-15"), SenDecisionType.EHC_PLAN_CONTENTS, false, true, CASEWORKER, null))
                    .expectEvents(placementOnlyDecisionRecorded(date("2026-06-15"), date("2026-09-01")));
        }

        @Test
        void keepsTheDeadlineComputedFromTheDecisionWhenTheCaseWasReferredToMediation() {
            fixture.given(levelTwoCaseAnd(mediationReferred(), mediationConcluded(CONCLUDED_ON)))
                    .when(recordAppealableDecision(AppealableDecisionKind.SEN_DECISION, date("2026-01-31"), false))
                    .expectEvents(appealableDecisionRecorded(AppealableDecisionKind.SEN_DECISION, date("2026-01-31"),
                            false, date("2026-03-31")))
                    .expectResultMessagePayload(7L);
        }

        @Test
        void refusesADecisionThatTakesEffectTomorrow() {
            fixture.given(levelTwoCase())
                    .when(recordAppealableDecision(AppealableDecisionKind.SEN_DECISION, TOMORROW, false))
                    .expectNoEvents()
                    .expectException(InvalidCaseCommand.class);
        }
    }

    @Nested
    class RecordingAMediationCertificate {

        private final LocalDate letter = date("2026-06-15");
        private final LocalDate deadline = date("2026-09-01");

        @Test
        void givesTheParentAMonthFromTheCertificateWhenThatIsLater() {
            fixture.given(enquiryReceived(), appealableDecisionRecorded(AppealableDecisionKind.SEN_DECISION, letter,
                            false, deadline))
                    .when(recordMediationCertificate(date("2026-08-10")))
                    .expectEvents(mediationCertificateRecorded(date("2026-08-10"), true, deadline,
                            date("2026-09-10")))
                    .expectResultMessagePayload(new MediationCertificateResult(3L, date("2026-09-10"), deadline,
                            true));
        }

        @Test
        void keepsTheDeadlineFromTheLetterWhenThatIsLater() {
            fixture.given(enquiryReceived(), appealableDecisionRecorded(AppealableDecisionKind.SEN_DECISION, letter,
                            false, deadline))
                    .when(recordMediationCertificate(date("2026-07-20")))
                    .expectEvents(mediationCertificateRecorded(date("2026-07-20"), true, deadline, deadline));
        }

        @Test
        void isKeptOnAPlacementOnlyAppealButMovesNothing() {
            fixture.given(enquiryReceived(), placementOnlyDecisionRecorded(letter, deadline))
                    .when(recordMediationCertificate(date("2026-08-10")))
                    .expectEvents(mediationCertificateRecorded(date("2026-08-10"), false, deadline, deadline))
                    .expectResultMessagePayload(new MediationCertificateResult(3L, deadline, deadline, false));
        }

        @Test
        void recomputesByTodaysLawADecisionStoredUnderTheOldRules() {
            // Recorded before Casebook knew the 2014 law: 31 December + 2 months was stored as Saturday 28 February.
            AppealableDecisionRecorded stored = new AppealableDecisionRecorded(CASE_ID, DECISION_ID,
                    AppealableDecisionKind.SEN_DECISION, date("2025-12-31"), SenDecisionType.STATEMENT_ISSUED, false,
                    false, AppealRules.PRE_2014, date("2026-02-28"), RECORDED);
            fixture.given(enquiryReceived(), stored)
                    .when(recordMediationCertificate(date("2026-01-10")))
                    .expectEvents(mediationCertificateRecorded(date("2026-01-10"), true, date("2026-02-28"),
                            date("2026-03-02")));
        }

        @Test
        void refusesASecondCertificate() {
            fixture.given(enquiryReceived(), appealableDecisionRecorded(AppealableDecisionKind.SEN_DECISION, letter,
                            false, deadline), mediationCertificateRecorded(date("2026-07-20"), true, deadline, deadline))
                    .when(recordMediationCertificate(date("2026-08-10")))
                    .expectNoEvents()
                    .expectException(MediationCertificateAlreadyRecorded.class);
        }

        @Test
        void refusesACertificateDatedBeforeTheLetter() {
            fixture.given(enquiryReceived(), appealableDecisionRecorded(AppealableDecisionKind.SEN_DECISION, letter,
                            false, deadline))
                    .when(recordMediationCertificate(date("2026-06-14")))
                    .expectNoEvents()
                    .expectException(DateOutOfOrder.class);
        }

        @Test
        void refusesACertificateForADisabilityDiscriminationClaim() {
            fixture.given(enquiryReceived(), appealableDecisionRecorded(
                            AppealableDecisionKind.DISABILITY_DISCRIMINATION, letter, false, date("2026-12-15")))
                    .when(recordMediationCertificate(date("2026-08-10")))
                    .expectNoEvents()
                    .expectException(MediationCertificateNotApplicable.class);
        }

        @Test
        void refusesACertificateForALetterDatedBeforeSeptember2014() {
            fixture.given(enquiryReceived(), appealableDecisionRecorded(AppealableDecisionKind.SEN_DECISION,
                            date("2014-06-15"), false, date("2014-08-15")))
                    .when(recordMediationCertificate(date("2014-07-01")))
                    .expectNoEvents()
                    .expectException(MediationCertificateNotApplicable.class);
        }

        @Test
        void answersNotFoundForAnUnknownDecision() {
            fixture.given(enquiryReceived())
                    .when(recordMediationCertificate(date("2026-08-10")))
                    .expectNoEvents()
                    .expectException(CaseRecordNotFound.class);
        }
    }

    @Nested
    class ReferringToMediation {

        @Test
        void recordsTheReferral() {
            fixture.given(levelTwoCase())
                    .when(referToMediation())
                    .expectEvents(mediationReferred())
                    .expectResultMessagePayload(5L);
        }
    }

    @Nested
    class RecordingAMediationOutcome {

        @Test
        void recordsTheOutcome() {
            fixture.given(enquiryReceived(), mediationReferred())
                    .when(recordMediationOutcome(REFERRAL_ID, CONCLUDED_ON))
                    .expectEvents(mediationConcluded(CONCLUDED_ON))
                    .expectResultMessagePayload(3L);
        }

        @Test
        void acceptsAnOutcomeOnTheDayOfTheReferral() {
            fixture.given(enquiryReceived(), mediationReferred())
                    .when(recordMediationOutcome(REFERRAL_ID, REFERRED_ON))
                    .expectEvents(mediationConcluded(REFERRED_ON));
        }

        @Test
        void refusesASecondOutcomeForTheSameReferral() {
            fixture.given(enquiryReceived(), mediationReferred(), mediationConcluded(CONCLUDED_ON))
                    .when(recordMediationOutcome(REFERRAL_ID, CONCLUDED_ON.plusDays(1)))
                    .expectNoEvents()
                    .expectException(MediationOutcomeAlreadyRecorded.class);
        }

        @Test
        void refusesAnOutcomeForAReferralTheCaseDoesNotHold() {
            fixture.given(enquiryReceived(), mediationReferred())
                    .when(recordMediationOutcome(UNKNOWN_REFERRAL, CONCLUDED_ON))
                    .expectNoEvents()
                    .expectException(CaseRecordNotFound.class);
        }

        @Test
        void refusesAnOutcomeDatedBeforeTheReferral() {
            fixture.given(enquiryReceived(), mediationReferred())
                    .when(recordMediationOutcome(REFERRAL_ID, REFERRED_ON.minusDays(1)))
                    .expectNoEvents()
                    .expectException(DateOutOfOrder.class);
        }
    }

    @Nested
    class RaisingAnImpartialityConcern {

        @Test
        void recordsTheConcern() {
            fixture.given(levelTwoCase())
                    .when(raiseImpartialityConcern())
                    .expectEvents(impartialityConcernRaised())
                    .expectResultMessagePayload(5L);
        }

        @Test
        void recordsAConcernWithoutDetail() {
            fixture.given(enquiryReceived())
                    .when(new RaiseImpartialityConcern(CASE_ID, CONCERN_ID, CONCERN_ON, null, CASEWORKER, null))
                    .expectEvents(new ImpartialityConcernRaised(CASE_ID, CONCERN_ID, CONCERN_ON, null, RECORDED));
        }
    }

    @Nested
    class GivingSignposting {

        @Test
        void recordsTheOrganisationsTheParentWasGiven() {
            fixture.given(enquiryReceived())
                    .when(giveSignposting())
                    .expectEvents(signpostingGiven())
                    .expectResultMessagePayload(2L);
        }
    }

    @Nested
    class SendingAnEvaluationRequest {

        @Test
        void recordsThatTheFormWasSent() {
            fixture.given(levelTwoCase())
                    .when(sendEvaluationRequest())
                    .expectEvents(evaluationRequestSent())
                    .expectResultMessagePayload(5L);
        }
    }

    @Nested
    class ReturningAnEvaluation {

        @Test
        void recordsTheFormAsTheParentFilledItIn() {
            fixture.given(levelTwoCaseAnd(evaluationRequestSent()))
                    .when(returnEvaluation())
                    .expectEvents(evaluationReturned())
                    .expectResultMessagePayload(6L);
        }
    }

    @Nested
    class ReceivingAComplaint {

        @Test
        void computesTheResponseDateInWorkingDaysOverEaster() {
            fixture.given(levelTwoCase())
                    .when(receiveComplaint(date("2026-04-02")))
                    .expectEvents(complaintReceived(date("2026-04-02"), date("2026-04-13")))
                    .expectResultMessagePayload(5L);
        }

        @Test
        void computesTheResponseDateOverAWeekend() {
            fixture.given(levelTwoCase())
                    .when(receiveComplaint(date("2026-11-20")))
                    .expectEvents(complaintReceived(date("2026-11-20"), date("2026-11-27")));
        }
    }

    @Nested
    class AnsweringAComplaint {

        @Test
        void recordsTheResponse() {
            fixture.given(enquiryReceived(), complaintReceived())
                    .when(answerComplaint(COMPLAINT_ID, ANSWERED_ON))
                    .expectEvents(complaintAnswered(ANSWERED_ON))
                    .expectResultMessagePayload(3L);
        }

        @Test
        void recordsAnEscalatedResponse() {
            fixture.given(enquiryReceived(), complaintReceived())
                    .when(new AnswerComplaint(CASE_ID, COMPLAINT_ID, ANSWERED_ON, true, CASEWORKER, null))
                    .expectEvents(new ComplaintAnswered(CASE_ID, COMPLAINT_ID, ANSWERED_ON, true, RECORDED));
        }

        @Test
        void refusesToAnswerAComplaintTwice() {
            fixture.given(enquiryReceived(), complaintReceived(), complaintAnswered(ANSWERED_ON))
                    .when(answerComplaint(COMPLAINT_ID, ANSWERED_ON.plusDays(1)))
                    .expectNoEvents()
                    .expectException(ComplaintAlreadyAnswered.class);
        }

        @Test
        void refusesToAnswerAComplaintTheCaseDoesNotHold() {
            fixture.given(enquiryReceived(), complaintReceived())
                    .when(answerComplaint(UNKNOWN_COMPLAINT, ANSWERED_ON))
                    .expectNoEvents()
                    .expectException(CaseRecordNotFound.class);
        }

        @Test
        void refusesAResponseDatedBeforeTheComplaintArrived() {
            fixture.given(enquiryReceived(), complaintReceived())
                    .when(answerComplaint(COMPLAINT_ID, COMPLAINT_ON.minusDays(1)))
                    .expectNoEvents()
                    .expectException(DateOutOfOrder.class);
        }
    }

    @Nested
    class EscalatingAComplaint {

        @Test
        void recordsTheEscalationAfterTheResponse() {
            fixture.given(enquiryReceived(), complaintReceived(), complaintAnswered(ANSWERED_ON))
                    .when(escalateComplaint(COMPLAINT_ID, ESCALATED_ON))
                    .expectEvents(complaintEscalated(ESCALATED_ON))
                    .expectResultMessagePayload(4L);
        }

        @Test
        void acceptsTheEscalationOnTheDayOfTheResponse() {
            fixture.given(enquiryReceived(), complaintReceived(), complaintAnswered(ANSWERED_ON))
                    .when(escalateComplaint(COMPLAINT_ID, ANSWERED_ON))
                    .expectEvents(complaintEscalated(ANSWERED_ON));
        }

        @Test
        void acceptsTheEscalationOnAClosedCase() {
            fixture.given(enquiryReceived(), complaintReceived(), complaintAnswered(ANSWERED_ON),
                            caseClosed(ANSWERED_ON))
                    .when(escalateComplaint(COMPLAINT_ID, ESCALATED_ON))
                    .expectEvents(complaintEscalated(ESCALATED_ON))
                    .expectResultMessagePayload(5L);
        }

        @Test
        void refusesToEscalateAComplaintNotYetAnswered() {
            fixture.given(enquiryReceived(), complaintReceived())
                    .when(escalateComplaint(COMPLAINT_ID, ESCALATED_ON))
                    .expectNoEvents()
                    .expectException(ComplaintNotAnswered.class);
        }

        @Test
        void refusesToEscalateTwice() {
            fixture.given(enquiryReceived(), complaintReceived(), complaintAnswered(ANSWERED_ON),
                            complaintEscalated(ESCALATED_ON))
                    .when(escalateComplaint(COMPLAINT_ID, ESCALATED_ON.plusDays(1)))
                    .expectNoEvents()
                    .expectException(ComplaintAlreadyEscalated.class);
        }

        @Test
        void refusesToEscalateAComplaintWhoseResponseAlreadyEscalatedIt() {
            fixture.given(enquiryReceived(), complaintReceived(),
                            new ComplaintAnswered(CASE_ID, COMPLAINT_ID, ANSWERED_ON, true, RECORDED))
                    .when(escalateComplaint(COMPLAINT_ID, ESCALATED_ON))
                    .expectNoEvents()
                    .expectException(ComplaintAlreadyEscalated.class);
        }

        @Test
        void refusesToEscalateAComplaintTheCaseDoesNotHold() {
            fixture.given(enquiryReceived(), complaintReceived(), complaintAnswered(ANSWERED_ON))
                    .when(escalateComplaint(UNKNOWN_COMPLAINT, ESCALATED_ON))
                    .expectNoEvents()
                    .expectException(CaseRecordNotFound.class);
        }

        @Test
        void refusesAnEscalationDatedBeforeTheResponse() {
            fixture.given(enquiryReceived(), complaintReceived(), complaintAnswered(ANSWERED_ON))
                    .when(escalateComplaint(COMPLAINT_ID, ANSWERED_ON.minusDays(1)))
                    .expectNoEvents()
                    .expectException(DateOutOfOrder.class);
        }
    }

    @Nested
    class RecordingAnAppealOutcome {

        private final AppealableDecisionRecorded decision = appealableDecisionRecorded(
                AppealableDecisionKind.SEN_DECISION, DECISION_EFFECTIVE_ON, false, DECISION_EFFECTIVE_ON.plusMonths(2));

        @Test
        void recordsTheOutcome() {
            fixture.given(levelTwoCaseAnd(decision))
                    .when(recordAppealOutcome(DECISION_ID, APPEAL_DECIDED_ON))
                    .expectEvents(appealOutcomeRecorded(APPEAL_DECIDED_ON))
                    .expectResultMessagePayload(6L);
        }

        @Test
        void refusesASecondOutcomeForTheSameDecision() {
            fixture.given(levelTwoCaseAnd(decision, appealOutcomeRecorded(APPEAL_DECIDED_ON)))
                    .when(recordAppealOutcome(DECISION_ID, APPEAL_DECIDED_ON.plusDays(1)))
                    .expectNoEvents()
                    .expectException(AppealOutcomeAlreadyRecorded.class);
        }

        @Test
        void refusesAnOutcomeForADecisionTheCaseDoesNotHold() {
            fixture.given(levelTwoCaseAnd(decision))
                    .when(recordAppealOutcome(DecisionId.of("44444444-5e4f-4a1b-8c2d-000000000099"),
                            APPEAL_DECIDED_ON))
                    .expectNoEvents()
                    .expectException(CaseRecordNotFound.class);
        }

        @Test
        void refusesAnOutcomeDatedBeforeTheDecision() {
            fixture.given(levelTwoCaseAnd(decision))
                    .when(recordAppealOutcome(DECISION_ID, DECISION_EFFECTIVE_ON.minusDays(1)))
                    .expectNoEvents()
                    .expectException(DateOutOfOrder.class);
        }
    }

    @Nested
    class ClosingACase {

        @Test
        void closesTheCase() {
            fixture.given(levelTwoCase())
                    .when(closeCase())
                    .expectEvents(caseClosed(CLOSED_ON))
                    .expectResultMessagePayload(5L);
        }

        @Test
        void refusesToCloseACaseTwice() {
            fixture.given(enquiryReceived(), caseClosed(CLOSED_ON))
                    .when(closeCase())
                    .expectNoEvents()
                    .expectException(CaseIsClosed.class);
        }
    }

    @Nested
    class ReopeningACase {

        @Test
        void reopensAClosedCase() {
            fixture.given(enquiryReceived(), caseClosed(CLOSED_ON))
                    .when(reopenCase(TODAY))
                    .expectEvents(caseReopened(TODAY))
                    .expectResultMessagePayload(3L);
        }

        @Test
        void acceptsAReopeningOnTheDayOfClosure() {
            fixture.given(enquiryReceived(), caseClosed(CLOSED_ON))
                    .when(reopenCase(CLOSED_ON))
                    .expectEvents(caseReopened(CLOSED_ON));
        }

        @Test
        void refusesToReopenAnOpenCase() {
            fixture.given(enquiryReceived())
                    .when(reopenCase(TODAY))
                    .expectNoEvents()
                    .expectException(CaseNotClosed.class);
        }

        @Test
        void refusesToReopenACaseThatWasAlreadyReopened() {
            fixture.given(enquiryReceived(), caseClosed(CLOSED_ON), caseReopened(TODAY))
                    .when(reopenCase(TODAY))
                    .expectNoEvents()
                    .expectException(CaseNotClosed.class);
        }

        @Test
        void refusesAReopeningDatedBeforeTheClosure() {
            fixture.given(enquiryReceived(), caseClosed(CLOSED_ON))
                    .when(reopenCase(CLOSED_ON.minusDays(1)))
                    .expectNoEvents()
                    .expectException(DateOutOfOrder.class);
        }

        @Test
        void refusesAReopeningDatedTomorrow() {
            fixture.given(enquiryReceived(), caseClosed(CLOSED_ON))
                    .when(reopenCase(TOMORROW))
                    .expectNoEvents()
                    .expectException(InvalidCaseCommand.class);
        }

        @Test
        void aReopenedCaseTakesCommandsAgain() {
            fixture.given(enquiryReceived(), caseClosed(CLOSED_ON), caseReopened(TODAY))
                    .when(recordContact(TODAY))
                    .expectEvents(contactRecorded(TODAY))
                    .expectResultMessagePayload(4L);
        }

        @Test
        void comparesAReopeningWithTheLatestClosure() {
            fixture.given(enquiryReceived(), caseClosed(date("2026-06-01")), caseReopened(date("2026-06-02")),
                            caseClosed(date("2026-11-01")))
                    .when(reopenCase(date("2026-10-01")))
                    .expectNoEvents()
                    .expectException(DateOutOfOrder.class);
        }
    }

    @Nested
    class ConfirmingConveyedViews {

        @Test
        void recordsThatTheParentConfirmedTheViewsConveyedForThem() {
            fixture.given(enquiryReceived(), meetingSupported())
                    .when(confirmConveyedViews(TODAY))
                    .expectEvents(conveyedViewsConfirmed(TODAY))
                    .expectResultMessagePayload(3L);
        }

        @Test
        void refusesAMeetingThatIsNotOnTheCase() {
            fixture.given(enquiryReceived())
                    .when(confirmConveyedViews(TODAY))
                    .expectNoEvents()
                    .expectException(CaseRecordNotFound.class);
        }

        @Test
        void refusesAConfirmationDatedBeforeTheMeeting() {
            fixture.given(enquiryReceived(), meetingSupported())
                    .when(confirmConveyedViews(MEETING_ON.minusDays(1)))
                    .expectNoEvents()
                    .expectException(DateOutOfOrder.class);
        }
    }

    @Nested
    class Erasing {

        @Test
        void recordsWhoErasedTheCaseWhenAndWhy() {
            fixture.given(enquiryReceived())
                    .when(eraseCase())
                    .expectEvents(caseErased())
                    .expectResultMessagePayload(2L);
        }

        @Test
        void aClosedCaseCanBeErased() {
            fixture.given(enquiryReceived(), caseClosed(CLOSED_ON))
                    .when(eraseCase())
                    .expectEvents(caseErased());
        }

        @Test
        void anErasedCaseTakesNothingMore() {
            fixture.given(enquiryReceived(), caseErased())
                    .when(recordContact())
                    .expectNoEvents()
                    .expectException(CaseIsErased.class);
        }

        @Test
        void aCaseIsErasedOnce() {
            fixture.given(enquiryReceived(), caseErased())
                    .when(eraseCase())
                    .expectNoEvents()
                    .expectException(CaseIsErased.class);
        }
    }

    @Nested
    class SubjectAccessRequests {

        @Test
        void areDueOneCalendarMonthAfterTheyArrive() {
            fixture.given(enquiryReceived())
                    .when(recordSubjectAccessRequest(LocalDate.parse("2026-10-31")))
                    .expectEvents(subjectAccessRequested(LocalDate.parse("2026-10-31"), LocalDate.parse("2026-11-30")));
        }

        @Test
        void canBeRecordedOnAClosedCase() {
            fixture.given(enquiryReceived(), caseClosed(CLOSED_ON))
                    .when(recordSubjectAccessRequest(TODAY))
                    .expectEvents(subjectAccessRequested(TODAY, TODAY.plusMonths(1)));
        }
    }

    /** Rules every command on an existing case obeys, checked for each command so that none slips through. */
    @Nested
    class EveryCommand {

        @Test
        void theCatalogueNamesEveryCommandOnAnExistingCase() {
            assertThat(everyCommand().stream().map(Object::getClass).distinct())
                    .containsExactlyInAnyOrderElementsOf(CaseworkClasses.implementationsOf(CaseCommand.class));
        }

        @ParameterizedTest
        @MethodSource(EVERY_COMMAND_BUT_REOPENING)
        void aClosedCaseRefuses(CaseCommand command) {
            fixture.given(levelTwoCaseAnd(mediationReferred(), complaintReceived(), caseClosed(CLOSED_ON)))
                    .when(command)
                    .expectNoEvents()
                    .expectException(CaseIsClosed.class);
        }

        @ParameterizedTest
        @MethodSource(EVERY_COMMAND)
        void aVolunteerMayNotActOnACaseAllocatedToNobody(CaseCommand command) {
            fixture.given(levelTwoCaseAnd(mediationReferred(), complaintReceived()))
                    .when(by(VOLUNTEER, command))
                    .expectNoEvents()
                    .expectException(CaseRecordNotFound.class);
        }

        @ParameterizedTest
        @MethodSource(EVERY_COMMAND)
        void aVolunteerMayNotActOnACaseAllocatedToSomeoneElse(CaseCommand command) {
            fixture.given(levelTwoCaseAnd(mediationReferred(), complaintReceived(), supporterAllocated("volunteer2")))
                    .when(by(VOLUNTEER, command))
                    .expectNoEvents()
                    .expectException(CaseRecordNotFound.class);
        }

        @ParameterizedTest
        @MethodSource(EVERY_COMMAND)
        void aStaleVersionIsRefused(CaseCommand command) {
            fixture.given(levelTwoCaseAnd(mediationReferred(), complaintReceived()))
                    .when(atVersion(5L, command))
                    .expectNoEvents()
                    .expectException(CaseVersionMismatch.class)
                    .expectExceptionMessage("expected case version 5 but it is 6");
        }

        @ParameterizedTest
        @MethodSource(EVERY_DATED_COMMAND_DATED_TOMORROW)
        void aDateAfterTodayInLondonIsRefused(CaseCommand command) {
            fixture.given(levelTwoCaseAnd(mediationReferred(), complaintReceived()))
                    .when(command)
                    .expectNoEvents()
                    .expectException(InvalidCaseCommand.class);
        }

        @Test
        void everyCommandButThreeCarriesTheDateItsActionHappened() {
            assertThat(everyDatedCommandDatedTomorrow()).hasSize(everyCommand().size() - 3);
        }
    }

    @Nested
    class Volunteers {

        @Test
        void aVolunteerMayActOnACaseAllocatedToThem() {
            fixture.given(enquiryReceived(), supporterAllocated("volunteer1"))
                    .when(by(VOLUNTEER, recordContact()))
                    .expectEvents(new ContactRecorded(CASE_ID, CONTACT_ON, Channel.PHONE, VOLUNTEER.recorded()))
                    .expectResultMessagePayload(3L);
        }

        @Test
        void aVolunteerLosesTheCaseWhenItIsAllocatedToSomeoneElse() {
            fixture.given(enquiryReceived(), supporterAllocated("volunteer1"), supporterAllocated("volunteer2"))
                    .when(by(VOLUNTEER, recordContact()))
                    .expectNoEvents()
                    .expectException(CaseRecordNotFound.class);
        }

        @Test
        void aVolunteerMayReopenACaseAllocatedToThem() {
            fixture.given(enquiryReceived(), supporterAllocated("volunteer1"), caseClosed(CLOSED_ON))
                    .when(by(VOLUNTEER, reopenCase(TODAY)))
                    .expectEvents(new CaseReopened(CASE_ID, TODAY, VOLUNTEER.recorded()));
        }

        @Test
        void aCaseworkerMayActOnACaseAllocatedToAVolunteer() {
            fixture.given(enquiryReceived(), supporterAllocated("volunteer1"))
                    .when(recordContact())
                    .expectEvents(contactRecorded(CONTACT_ON));
        }

        @Test
        void aVolunteerIsNotToldThatAnotherVolunteersCaseIsClosed() {
            fixture.given(enquiryReceived(), supporterAllocated("volunteer2"), caseClosed(CLOSED_ON))
                    .when(by(VOLUNTEER, recordContact()))
                    .expectNoEvents()
                    .expectException(CaseRecordNotFound.class);
        }
    }

    @Nested
    class OptimisticConcurrency {

        @Test
        void acceptsACommandThatSawTheCurrentVersion() {
            fixture.given(enquiryReceived(), recordKeepingConsentGiven())
                    .when(atVersion(2L, recordContact()))
                    .expectEvents(contactRecorded(CONTACT_ON))
                    .expectResultMessagePayload(3L);
        }

        @Test
        void refusesACommandThatSawAnOlderVersion() {
            fixture.given(enquiryReceived(), recordKeepingConsentGiven())
                    .when(atVersion(1L, recordContact()))
                    .expectNoEvents()
                    .expectException(CaseVersionMismatch.class);
        }

        @Test
        void refusesACommandThatClaimsAVersionTheCaseHasNotReached() {
            fixture.given(enquiryReceived(), recordKeepingConsentGiven())
                    .when(atVersion(3L, recordContact()))
                    .expectNoEvents()
                    .expectException(CaseVersionMismatch.class);
        }

        @Test
        void acceptsACommandWithoutAnExpectedVersion() {
            fixture.given(enquiryReceived(), recordKeepingConsentGiven())
                    .when(recordContact())
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(3L);
        }

        @Test
        void checksTheVersionBeforeTheRulesOfTheCase() {
            fixture.given(enquiryReceived())
                    .when(atVersion(3L, writeCaseNote()))
                    .expectNoEvents()
                    .expectException(CaseVersionMismatch.class);
        }

        @Test
        void reportsTheCurrentVersionToTheCaller() {
            CaseVersionMismatch mismatch = new CaseVersionMismatch(1L, 2L);

            assertThat(mismatch.currentVersion()).isEqualTo(2L);
        }

        @Test
        void acceptsAReopeningThatSawTheCurrentVersion() {
            fixture.given(enquiryReceived(), caseClosed(CLOSED_ON))
                    .when(atVersion(2L, reopenCase(TODAY)))
                    .expectEvents(caseReopened(TODAY))
                    .expectResultMessagePayload(3L);
        }
    }

    /** Input that no state of the case could make acceptable is refused by the command itself. */
    @Nested
    class InputChecks {

        private static final String PERSONAL = "Jane Example of 1 Example Street";

        @Test
        void anEnquiryNeedsATopic() {
            assertThatThrownBy(() -> new ReceiveEnquiry(CASE_ID, ENQUIRY_ON, Channel.PHONE, EnquirerRole.PARENT,
                    EnquiryAbout.CHILD, Set.of(), null, CASEWORKER))
                    .isInstanceOf(InvalidCaseCommand.class)
                    .extracting(e -> ((InvalidCaseCommand) e).field()).isEqualTo("topics");
        }

        @Test
        void anEnquiryNeedsTheDateItWasReceived() {
            assertThatThrownBy(() -> receiveEnquiry(null, CASEWORKER))
                    .isInstanceOf(InvalidCaseCommand.class)
                    .extracting(e -> ((InvalidCaseCommand) e).field()).isEqualTo("receivedOn");
        }

        @Test
        void anEnquiryAcceptsTopicsGivenAsAnImmutableSet() {
            ReceiveEnquiry enquiry = new ReceiveEnquiry(CASE_ID, ENQUIRY_ON, Channel.EMAIL, EnquirerRole.SCHOOL,
                    EnquiryAbout.BOTH, Set.of(Topic.ADMISSIONS), Set.of(Organisation.ACE), CASEWORKER);

            assertThat(enquiry.topics()).containsExactly(Topic.ADMISSIONS);
        }

        @Test
        void anEnquiryRefusesANullTopic() {
            Set<Topic> topics = new HashSet<>();
            topics.add(Topic.ADMISSIONS);
            topics.add(null);

            assertThatThrownBy(() -> new ReceiveEnquiry(CASE_ID, ENQUIRY_ON, Channel.EMAIL, EnquirerRole.SCHOOL,
                    EnquiryAbout.BOTH, topics, null, CASEWORKER))
                    .isInstanceOf(InvalidCaseCommand.class);
        }

        @Test
        void aSharingConsentNeedsARecipient() {
            assertThatThrownBy(() -> new GiveConsent(CASE_ID, SHARING_CONSENT, ConsentKind.INFORMATION_SHARING,
                    SHARING_CONSENT_ON, ConsentGiver.PARENT, ConsentMethod.WRITTEN, null, null, CASEWORKER, null))
                    .isInstanceOf(InvalidCaseCommand.class)
                    .extracting(e -> ((InvalidCaseCommand) e).field()).isEqualTo("recipient");
        }

        @Test
        void aRecordKeepingConsentNamesNoRecipient() {
            assertThatThrownBy(() -> new GiveConsent(CASE_ID, RECORD_KEEPING_CONSENT, ConsentKind.RECORD_KEEPING,
                    RECORD_KEEPING_CONSENT_ON, ConsentGiver.PARENT, ConsentMethod.VERBAL, Recipient.SCHOOL, null,
                    CASEWORKER, null))
                    .isInstanceOf(InvalidCaseCommand.class);
        }

        @Test
        void personalDetailsNeedAParentOrAChild() {
            assertThatThrownBy(() -> new RecordPersonalDetails(CASE_ID, null, null, CASEWORKER, null))
                    .isInstanceOf(InvalidCaseCommand.class);
        }

        @Test
        void aNoteNeedsText() {
            assertThatThrownBy(() -> new WriteCaseNote(CASE_ID, NOTE_ON, "   ", CASEWORKER, null))
                    .isInstanceOf(InvalidCaseCommand.class)
                    .extracting(e -> ((InvalidCaseCommand) e).field()).isEqualTo("text");
        }

        @Test
        void aMeetingNeedsSomeSupport() {
            assertThatThrownBy(() -> new SupportMeeting(CASE_ID, MEETING_ID, MeetingType.OTHER, MEETING_ON,
                    EnumSet.noneOf(MeetingSupport.class), false, false, false, false, CASEWORKER, null))
                    .isInstanceOf(InvalidCaseCommand.class);
        }

        @Test
        void sharingNeedsAPurpose() {
            assertThatThrownBy(() -> new ShareInformation(CASE_ID, SHARING_ID, SHARED_ON, Recipient.SCHOOL, "",
                    null, null, CASEWORKER, null))
                    .isInstanceOf(InvalidCaseCommand.class)
                    .extracting(e -> ((InvalidCaseCommand) e).field()).isEqualTo("purpose");
        }

        @Test
        void signpostingNeedsAnOrganisation() {
            assertThatThrownBy(() -> new GiveSignposting(CASE_ID, SIGNPOSTED_ON, Set.of(), CASEWORKER, null))
                    .isInstanceOf(InvalidCaseCommand.class);
        }

        @Test
        void aDisabilityDiscriminationClaimHasNoSenDecisionType() {
            assertThatThrownBy(() -> new RecordAppealableDecision(CASE_ID, DECISION_ID,
                    AppealableDecisionKind.DISABILITY_DISCRIMINATION, DECISION_EFFECTIVE_ON,
                    SenDecisionType.STATEMENT_ISSUED, false, CASEWORKER, null))
                    .isInstanceOf(InvalidCaseCommand.class);
        }

        @Test
        void discriminationFromSeptember2014HasNoConciliationExtension() {
            assertThatThrownBy(() -> new RecordAppealableDecision(CASE_ID, DECISION_ID,
                    AppealableDecisionKind.DISABILITY_DISCRIMINATION, date("2026-02-10"), null, true, CASEWORKER,
                    null))
                    .isInstanceOf(InvalidCaseCommand.class)
                    .extracting(refused -> ((InvalidCaseCommand) refused).field()).isEqualTo("conciliationUsed");
        }

        @Test
        void onlyAnSenDecisionCanBePlacementOnly() {
            assertThatThrownBy(() -> new RecordAppealableDecision(CASE_ID, DECISION_ID,
                    AppealableDecisionKind.DISABILITY_DISCRIMINATION, date("2026-02-10"), null, false, true,
                    CASEWORKER, null))
                    .isInstanceOf(InvalidCaseCommand.class);
        }

        @Test
        void anEhcDecisionCannotBeDatedBeforeSeptember2014() {
            assertThatThrownBy(() -> new RecordAppealableDecision(CASE_ID, DECISION_ID,
                    AppealableDecisionKind.SEN_DECISION, date("2014-08-31"), SenDecisionType.EHC_PLAN_REFUSED, false,
                    CASEWORKER, null))
                    .isInstanceOf(InvalidCaseCommand.class);
        }

        @Test
        void aMediationCertificateNeedsItsDate() {
            assertThatThrownBy(() -> new RecordMediationCertificate(CASE_ID, DECISION_ID, null, CASEWORKER, null))
                    .isInstanceOf(InvalidCaseCommand.class);
        }

        @Test
        void anSenDecisionHasNoConciliation() {
            assertThatThrownBy(() -> new RecordAppealableDecision(CASE_ID, DECISION_ID,
                    AppealableDecisionKind.SEN_DECISION, DECISION_EFFECTIVE_ON, null, true, CASEWORKER, null))
                    .isInstanceOf(InvalidCaseCommand.class);
        }

        @Test
        void aClosureNeedsAReason() {
            assertThatThrownBy(() -> new CloseCase(CASE_ID, CLOSED_ON, null, CASEWORKER, null))
                    .isInstanceOf(InvalidCaseCommand.class);
        }

        @Test
        void everyCommandNeedsAnActor() {
            assertThatThrownBy(() -> new RecordContact(CASE_ID, CONTACT_ON, Channel.PHONE, null, null))
                    .isInstanceOf(InvalidCaseCommand.class)
                    .extracting(e -> ((InvalidCaseCommand) e).field()).isEqualTo("actor");
        }

        @Test
        void aTooLongNoteIsRefusedWithoutRepeatingIt() {
            String text = PERSONAL.repeat(1_000);

            assertThatThrownBy(() -> new WriteCaseNote(CASE_ID, NOTE_ON, text, CASEWORKER, null))
                    .isInstanceOf(InvalidCaseCommand.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Jane").doesNotContain("Example"));
        }

        @Test
        void aTooLongPhoneNumberIsRefusedWithoutRepeatingIt() {
            ParentDetails parent = new ParentDetails("Jane Example", null, "07700 900123 ".repeat(10), null, null,
                    null);

            assertThatThrownBy(() -> new RecordPersonalDetails(CASE_ID, parent, null, CASEWORKER, null))
                    .isInstanceOf(InvalidCaseCommand.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("07700").doesNotContain("Jane"))
                    .extracting(e -> ((InvalidCaseCommand) e).field()).isEqualTo("parent.phone");
        }

        @Test
        void aTooLongSafeguardingJustificationIsRefusedWithoutRepeatingIt() {
            assertThatThrownBy(() -> new SafeguardingApproval(PERSONAL.repeat(1_000), "manager1", StaffRole.MANAGER, CHILD_PROTECTION))
                    .isInstanceOf(InvalidCaseCommand.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Jane"));
        }

        @Test
        void aFutureDateIsRefusedWithoutRepeatingIt() {
            assertThatThrownBy(() -> Check.notInFuture("contactOn", date("2031-07-09"), TODAY))
                    .isInstanceOf(InvalidCaseCommand.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("2031"));
        }

        @Test
        void noInputCheckRepeatsTheValueItRefused() {
            List<Runnable> refusals = List.of(
                    () -> new WriteCaseNote(CASE_ID, NOTE_ON, PERSONAL.repeat(1_000), CASEWORKER, null),
                    () -> new ReturnEvaluation(CASE_ID, EVALUATION_RETURNED_ON, Set.of(), Usefulness.USEFUL,
                            ImpartialityRating.YES, PERSONAL.repeat(1_000), null, false, CASEWORKER, null),
                    () -> new ReceiveComplaint(CASE_ID, COMPLAINT_ID, COMPLAINT_ON, PERSONAL.repeat(1_000),
                            CASEWORKER, null),
                    () -> new RaiseImpartialityConcern(CASE_ID, CONCERN_ID, CONCERN_ON, PERSONAL.repeat(1_000),
                            CASEWORKER, null),
                    () -> new AllocateSupporter(CASE_ID, PERSONAL.repeat(10), SupporterRole.STAFF, CASEWORKER, null),
                    () -> new CloseCase(CASE_ID, CLOSED_ON, PERSONAL.repeat(100), CASEWORKER, null),
                    () -> new ReferToMediation(CASE_ID, REFERRAL_ID, REFERRED_ON, PERSONAL.repeat(100),
                            MediationReason.OTHER, ReferringParty.PARENT, CASEWORKER, null));

            assertThat(refusals).allSatisfy(refusal -> assertThatThrownBy(refusal::run)
                    .isInstanceOf(InvalidCaseCommand.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Jane")));
        }
    }

    private static LocalDate date(String iso) {
        return CaseFixtures.date(iso);
    }
}
