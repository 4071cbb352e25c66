package org.casebook.domain.casework;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casebook.domain.casework.CaseFixtures.*;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The impartiality rules of the 2026-12-02 additions [002 §4.4, App. D] and the erasure that withdrawn
 * record-keeping consent makes due [002 §4.2]. Kept apart from {@code CaseTest} so that each rule reads as a whole.
 */
class ImpartialityAndWithdrawnConsentTest {

    private static final ConcernId EVALUATION_CONCERN = ConcernId.of("66666666-5e4f-4a1b-8c2d-000000000002");
    private static final ConsentId RECORD_KEEPING_AGAIN = ConsentId.of("11111111-5e4f-4a1b-8c2d-000000000004");

    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Case.class);
    }

    private static ReturnEvaluation evaluationSaying(ImpartialityRating impartial, ConcernId concernId) {
        return new ReturnEvaluation(CASE_ID, EVALUATION_RETURNED_ON, EnumSet.of(WentWell.LISTENING),
                Usefulness.USEFUL, impartial, null, null, false, concernId, CASEWORKER, null);
    }

    private static EvaluationReturned evaluationReturnedSaying(ImpartialityRating impartial) {
        return new EvaluationReturned(CASE_ID, EVALUATION_RETURNED_ON, Set.of(WentWell.LISTENING), Usefulness.USEFUL,
                impartial, null, null, false, RECORDED);
    }

    @Nested
    class ReturningAnEvaluationThatSaysTheServiceWasNotImpartial {

        @Test
        void raisesAnImpartialityConcernDatedTheDayTheFormWasReturned() {
            fixture.given(levelTwoCaseAnd(evaluationRequestSent()))
                    .when(evaluationSaying(ImpartialityRating.NO, EVALUATION_CONCERN))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(evaluationReturnedSaying(ImpartialityRating.NO),
                            new ImpartialityConcernRaised(CASE_ID, EVALUATION_CONCERN, EVALUATION_RETURNED_ON, null,
                                    ConcernSource.EVALUATION, RECORDED))
                    .expectResultMessagePayload(7L);
        }

        @Test
        void raisesNoConcernWhenTheParentFeltTheServiceWasImpartial() {
            fixture.given(levelTwoCaseAnd(evaluationRequestSent()))
                    .when(evaluationSaying(ImpartialityRating.YES, EVALUATION_CONCERN))
                    .expectEvents(evaluationReturnedSaying(ImpartialityRating.YES));
        }

        @Test
        void refusesAFormSayingNoWithoutAnIdForTheConcern() {
            assertThatThrownBy(() -> evaluationSaying(ImpartialityRating.NO, null))
                    .isInstanceOf(InvalidCaseCommand.class).hasMessage("is required");
        }

        @Test
        void aParentsOwnConcernIsRecordedAsComingFromTheParent() {
            fixture.given(levelTwoCase())
                    .when(raiseImpartialityConcern())
                    .expectEvents(new ImpartialityConcernRaised(CASE_ID, CONCERN_ID, CONCERN_ON,
                            "Felt we sided with the school", ConcernSource.PARENT, RECORDED));
        }
    }

    @Nested
    class SignpostingToALocalIndependentOrganisation {

        @Test
        void recordsTheOrganisationsName() {
            fixture.given(levelTwoCase())
                    .when(new GiveSignposting(CASE_ID, SIGNPOSTED_ON, EnumSet.of(Organisation.LOCAL_INDEPENDENT),
                            "Plymouth SEND Parents Forum", CASEWORKER, null))
                    .expectEvents(new SignpostingGiven(CASE_ID, SIGNPOSTED_ON, Set.of(Organisation.LOCAL_INDEPENDENT),
                            "Plymouth SEND Parents Forum", RECORDED));
        }

        @Test
        void refusesALocalIndependentOrganisationWithoutItsName() {
            assertThatThrownBy(() -> new GiveSignposting(CASE_ID, SIGNPOSTED_ON,
                    EnumSet.of(Organisation.ACE, Organisation.LOCAL_INDEPENDENT), " ", CASEWORKER, null))
                    .isInstanceOf(InvalidCaseCommand.class)
                    .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((InvalidCaseCommand) e).field())
                            .isEqualTo("organisationName"));
        }

        @Test
        void refusesANameWithoutALocalIndependentOrganisation() {
            assertThatThrownBy(() -> new GiveSignposting(CASE_ID, SIGNPOSTED_ON, EnumSet.of(Organisation.ACE),
                    "Somebody", CASEWORKER, null)).isInstanceOf(InvalidCaseCommand.class);
        }

        @Test
        void refusesALocalIndependentOrganisationOnTheEnquiryWhichHasNoPlaceForItsName() {
            assertThatThrownBy(() -> new ReceiveEnquiry(CASE_ID, ENQUIRY_ON, Channel.PHONE, EnquirerRole.PARENT,
                    EnquiryAbout.CHILD, EnumSet.of(Topic.EXCLUSION), EnumSet.of(Organisation.LOCAL_INDEPENDENT),
                    CASEWORKER)).isInstanceOf(InvalidCaseCommand.class);
        }

        @Test
        void countsAsIndependentOfTheLocalAuthorityLikeAceIpseaAndNetwork81() {
            org.assertj.core.api.Assertions.assertThat(EnumSet.allOf(Organisation.class).stream()
                            .filter(Organisation::independentOfTheLocalAuthority))
                    .containsExactlyInAnyOrder(Organisation.ACE, Organisation.IPSEA, Organisation.NETWORK_81,
                            Organisation.LOCAL_INDEPENDENT);
        }
    }

    @Nested
    class ErasingBecauseRecordKeepingConsentWasWithdrawn {

        private static final LocalDate WITHDRAWN_ON = date("2026-10-01");

        private EraseCase eraseForWithdrawal() {
            return new EraseCase(CASE_ID, "Record-keeping consent withdrawn", true, MANAGER, null);
        }

        @Test
        void erasesTheCaseWhileNoRecordKeepingConsentStands() {
            fixture.given(levelTwoCaseAnd(consentWithdrawn(RECORD_KEEPING_CONSENT, WITHDRAWN_ON)))
                    .when(eraseForWithdrawal())
                    .expectEvents(new CaseErased(CASE_ID, TODAY, "Record-keeping consent withdrawn",
                            MANAGER.recorded()));
        }

        @Test
        void refusesOnceTheParentGaveRecordKeepingConsentAgain() {
            fixture.given(levelTwoCaseAnd(consentWithdrawn(RECORD_KEEPING_CONSENT, WITHDRAWN_ON),
                            recordKeepingConsentGiven(RECORD_KEEPING_AGAIN, date("2026-10-20"))))
                    .when(eraseForWithdrawal())
                    .expectNoEvents()
                    .expectException(RecordKeepingConsentStands.class);
        }

        @Test
        void anErasureForAnotherReasonDoesNotAskAboutConsent() {
            fixture.given(levelTwoCase())
                    .when(eraseCase())
                    .expectEvents(caseErased());
        }
    }
}
