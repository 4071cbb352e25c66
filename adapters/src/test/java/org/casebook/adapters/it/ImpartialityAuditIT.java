package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.adapters.it.ReadSideFixtures.isolatedPeriod;
import static org.casebook.adapters.it.ReadSideFixtures.uniqueWorker;

import com.fasterxml.jackson.databind.JsonNode;
import org.casebook.adapters.it.ReadSideFixtures.Period;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code GET /api/reports/impartiality}: each test writes only into a period of its own, far in the past, so that
 * the figures it reads are exactly the ones it wrote.
 */
class ImpartialityAuditIT extends PostgresIntegrationTest {

    ReadSideFixtures given;
    private Period period;

    @BeforeEach
    void fixtures() {
        given = new ReadSideFixtures(api);
    }

    @Test
    void countsTheReturnedEvaluationsByTheirImpartialAnswer() {
        returnEvaluation("USEFUL", "YES");
        returnEvaluation("USEFUL", "YES");
        returnEvaluation("USEFUL", "ALWAYS");
        returnEvaluation("USEFUL", "NO");

        JsonNode impartial = audit().at("/evaluations/impartial");

        assertThat(impartial.get("NO").asLong()).isEqualTo(1);
        assertThat(impartial.get("YES").asLong()).isEqualTo(2);
        assertThat(impartial.get("VERY").asLong()).isZero();
        assertThat(impartial.get("ALWAYS").asLong()).isEqualTo(1);
    }

    @Test
    void countsTheReturnedEvaluationsByTheirUsefulnessAnswer() {
        returnEvaluation("EXCELLENT", "YES");
        returnEvaluation("VERY_USEFUL", "YES");
        returnEvaluation("EXCELLENT", "YES");

        JsonNode usefulness = audit().at("/evaluations/usefulness");

        assertThat(usefulness.get("NOT_VERY_USEFUL").asLong()).isZero();
        assertThat(usefulness.get("USEFUL").asLong()).isZero();
        assertThat(usefulness.get("VERY_USEFUL").asLong()).isEqualTo(1);
        assertThat(usefulness.get("EXCELLENT").asLong()).isEqualTo(2);
    }

    @Test
    void comparesTheEvaluationRequestsSentWithTheFormsReturned() {
        for (int i = 0; i < 3; i++) {
            String caseId = given.levelTwoCase(period().day(0));
            given.evaluationRequest(caseId, period().day(1 + i));
            if (i == 0) {
                given.evaluation(caseId, period().day(8), "USEFUL", "VERY");
            }
        }

        JsonNode evaluations = audit().get("evaluations");

        assertThat(evaluations.get("requestsSent").asLong()).isEqualTo(3);
        assertThat(evaluations.get("returned").asLong()).isEqualTo(1);
    }

    @Test
    void countsOnlyWhatHappenedInThePeriod() {
        String caseId = given.levelTwoCase(period().from().minusDays(1));
        given.evaluationRequest(caseId, period().from().minusDays(1));
        given.evaluation(caseId, period().to().plusDays(1), "USEFUL", "YES");
        given.evaluationRequest(caseId, period().to());

        JsonNode evaluations = audit().get("evaluations");

        assertThat(evaluations.get("requestsSent").asLong()).isEqualTo(1);
        assertThat(evaluations.get("returned").asLong()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ACE", "IPSEA", "NETWORK_81"})
    void aConcernSignpostedToAnIndependentOrganisationWithinTenWorkingDaysIsAnswered(String organisation) {
        String caseId = given.enquiry(period().day(0));
        String concernId = given.concern(caseId, period().day(0));
        // period().day(0) is a Monday and no bank holiday follows within three weeks: the 10th working day is day 14.
        given.signpost(caseId, period().day(14), organisation);

        JsonNode concerns = audit().get("impartialityConcerns");

        assertThat(concerns.get("raised").asLong()).isEqualTo(1);
        assertThat(concerns.get("answeredWithin10WorkingDays").asLong()).isEqualTo(1);
        JsonNode item = concerns.at("/items/0");
        assertThat(item.get("caseId").asText()).isEqualTo(caseId);
        assertThat(item.get("concernId").asText()).isEqualTo(concernId);
        assertThat(item.get("raisedOn").asText()).isEqualTo(period().day(0).toString());
        assertThat(item.get("answered").asBoolean()).isTrue();
        assertThat(item.get("answeredOn").asText()).isEqualTo(period().day(14).toString());
        assertThat(item.get("answerDueBy").asText()).isEqualTo(period().day(14).toString());
    }

    @Test
    void aConcernSignpostedAfterTenWorkingDaysIsNotAnswered() {
        String caseId = given.enquiry(period().day(0));
        given.concern(caseId, period().day(0));
        given.signpost(caseId, period().day(15), "IPSEA");

        JsonNode concerns = audit().get("impartialityConcerns");

        assertThat(concerns.get("raised").asLong()).isEqualTo(1);
        assertThat(concerns.get("answeredWithin10WorkingDays").asLong()).isZero();
        assertThat(concerns.at("/items/0/answered").asBoolean()).isFalse();
    }

    @Test
    void aConcernSignpostedOnlyToOrganisationsThatAreNotIndependentIsNotAnswered() {
        String caseId = given.enquiry(period().day(0));
        given.concern(caseId, period().day(0));
        given.signpost(caseId, period().day(2), "CITIZENS_ADVICE", "SEND_TRIBUNAL", "LOCAL_GOVERNMENT_OMBUDSMAN");

        JsonNode concerns = audit().get("impartialityConcerns");

        assertThat(concerns.get("raised").asLong()).isEqualTo(1);
        assertThat(concerns.get("answeredWithin10WorkingDays").asLong()).isZero();
        assertThat(concerns.at("/items/0/answered").asBoolean()).isFalse();
    }

    @Test
    void signpostingGivenBeforeTheConcernDoesNotAnswerIt() {
        String caseId = given.enquiry(period().day(0));
        given.signpost(caseId, period().day(1), "IPSEA");
        given.concern(caseId, period().day(3));

        JsonNode concerns = audit().get("impartialityConcerns");

        assertThat(concerns.get("answeredWithin10WorkingDays").asLong()).isZero();
        assertThat(concerns.at("/items/0/answered").asBoolean()).isFalse();
    }

    @Test
    void countsInformationSharedWithConsentAndUnderSafeguardingApart() {
        String caseId = given.levelTwoCase(period().day(0));
        given.shareWithConsent(caseId, period().day(1), "SCHOOL");
        given.shareWithConsent(caseId, period().day(2), "HEALTH");
        given.shareUnderSafeguarding(caseId, period().day(3), "SOCIAL_CARE", "Bruises seen at school");

        JsonNode sharing = audit().get("informationSharing");

        assertThat(sharing.get("withConsent").asLong()).isEqualTo(2);
        assertThat(sharing.get("underSafeguarding").asLong()).isEqualTo(1);
    }

    @Test
    void listsEachSafeguardingOverrideWithItsDateRecipientApproverAndJustificationForAManager() {
        String caseId = given.enquiry(period().day(0));
        String sharingId = given.shareUnderSafeguarding(caseId, period().day(3), "SOCIAL_CARE", "Bruises seen at school",
                "CIVIL_SAFETY");

        JsonNode overrides = audit().at("/informationSharing/overrides");

        assertThat(overrides).hasSize(1);
        JsonNode override = overrides.get(0);
        assertThat(override.get("caseId").asText()).isEqualTo(caseId);
        assertThat(override.get("sharingId").asText()).isEqualTo(sharingId);
        assertThat(override.get("sharedOn").asText()).isEqualTo(period().day(3).toString());
        assertThat(override.get("recipient").asText()).isEqualTo("SOCIAL_CARE");
        assertThat(override.get("approvedBy").asText()).isEqualTo("manager1");
        assertThat(override.get("justification").asText()).isEqualTo("Bruises seen at school");
        assertThat(override.get("ground").asText()).isEqualTo("CIVIL_SAFETY");
    }

    @Test
    void anAuditorSeesEachSafeguardingOverrideWithItsJustificationRedacted() {
        String caseId = given.enquiry(period().day(0));
        given.shareUnderSafeguarding(caseId, period().day(3), "SOCIAL_CARE", "Bruises seen at school");
        given.awaitProjections();

        Api.Response audit = auditAs("auditor1");

        assertThat(audit.body()).doesNotContain("Bruises");
        JsonNode override = audit.json().at("/informationSharing/overrides/0");
        assertThat(override.get("justification").asText()).isEqualTo("[redacted]");
        assertThat(override.get("sharedOn").asText()).isEqualTo(period().day(3).toString());
        assertThat(override.get("recipient").asText()).isEqualTo("SOCIAL_CARE");
        assertThat(override.get("approvedBy").asText()).isEqualTo("manager1");
        assertThat(override.get("ground").asText()).isEqualTo("CHILD_PROTECTION");
    }

    @Test
    void listsViewsConveyedForAParentAndNotConfirmedWithThem() {
        String caseId = given.levelTwoCase(period().day(0));
        String unconfirmed = given.meeting(caseId, period().day(2), true, false);
        given.meeting(caseId, period().day(3), true, true);
        given.meeting(caseId, period().day(4), false, false);

        JsonNode views = audit().get("viewsConveyedNotConfirmed");

        assertThat(views).hasSize(1);
        assertThat(views.at("/0/caseId").asText()).isEqualTo(caseId);
        assertThat(views.at("/0/meetingId").asText()).isEqualTo(unconfirmed);
        assertThat(views.at("/0/heldOn").asText()).isEqualTo(period().day(2).toString());
        assertThat(views.at("/0/meetingType").asText()).isEqualTo("ANNUAL_REVIEW");
    }

    @Test
    void viewsConfirmedWithTheParentAfterwardsAreNoLongerListed() {
        String caseId = given.levelTwoCase(period().day(0));
        String meetingId = given.meeting(caseId, period().day(2), true, false);
        assertThat(audit().get("viewsConveyedNotConfirmed")).hasSize(1);

        given.confirmViews(caseId, meetingId, period().day(5));

        assertThat(audit().get("viewsConveyedNotConfirmed")).isEmpty();
    }

    @Test
    void aManagerGetsFiguresForEachWorker() {
        String worker = uniqueWorker();
        String caseId = given.levelTwoCase(period().day(0));
        given.allocate(caseId, worker);
        given.evaluation(caseId, period().day(5), "USEFUL", "VERY");
        given.concern(caseId, period().day(6));

        JsonNode perWorker = audit().get("perWorker");

        assertThat(perWorker.isArray()).as("perWorker: " + perWorker).isTrue();
        JsonNode figures = null;
        for (JsonNode candidate : perWorker) {
            if (candidate.get("worker").asText().equals(worker)) {
                figures = candidate;
            }
        }
        assertThat(figures).as("figures for " + worker + " in " + perWorker).isNotNull();
        assertThat(figures.get("evaluationsReturned").asLong()).isEqualTo(1);
        assertThat(figures.at("/impartial/VERY").asLong()).isEqualTo(1);
        assertThat(figures.get("concernsRaised").asLong()).isEqualTo(1);
        assertThat(figures.get("concernsAnswered").asLong()).isZero();
    }

    @Test
    void anAuditorGetsNoFiguresForEachWorker() {
        String caseId = given.levelTwoCase(period().day(0));
        given.allocate(caseId, uniqueWorker());
        given.evaluation(caseId, period().day(5), "USEFUL", "VERY");
        given.awaitProjections();

        Api.Response audit = auditAs("auditor1");

        JsonNode perWorker = audit.json().path("perWorker");
        assertThat(perWorker.isNull() || perWorker.isMissingNode()).as("perWorker: " + perWorker).isTrue();
        assertThat(audit.json().at("/evaluations/returned").asLong()).isEqualTo(1);
    }

    @Test
    void anAcademicYearCoversFirstSeptemberToThirtyFirstAugust() {
        Api.Response audit = api.as("manager1").get("/api/reports/impartiality?academicYear=2019");

        assertThat(audit.status()).as(audit.toString()).isEqualTo(200);
        assertThat(audit.json().at("/period/from").asText()).isEqualTo("2019-09-01");
        assertThat(audit.json().at("/period/to").asText()).isEqualTo("2020-08-31");
    }

    @ParameterizedTest
    @ValueSource(strings = {"caseworker1", "volunteer1", "dg1"})
    void onlyManagersAndAuditorsMayReadTheAudit(String username) {
        Api.Response audit = api.as(username).get("/api/reports/impartiality?academicYear=2019");

        assertThat(audit.status()).as(audit.toString()).isEqualTo(403);
    }

    @Test
    void theAuditNeedsCredentials() {
        assertThat(api.as(null).get("/api/reports/impartiality?academicYear=2019").status()).isEqualTo(401);
    }

    @Test
    void aPeriodEndingBeforeItStartsIsABadRequest() {
        Api.Response audit = api.as("manager1")
                .get("/api/reports/impartiality?from=2019-10-08&to=2019-10-07");

        assertThat(audit.status()).as(audit.toString()).isEqualTo(400);
        assertThat(audit.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void anAcademicYearTogetherWithFromIsABadRequest() {
        Api.Response audit = api.as("manager1").get("/api/reports/impartiality?academicYear=2019&from=2019-09-01");

        assertThat(audit.status()).as(audit.toString()).isEqualTo(400);
        assertThat(audit.header("Content-Type")).startsWith("application/problem+json");
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** This test's own period, taken on first use so that tests that need none leave the pool alone. */
    private Period period() {
        if (period == null) {
            period = isolatedPeriod();
        }
        return period;
    }

    private void returnEvaluation(String usefulness, String impartial) {
        String caseId = given.levelTwoCase(period().day(0));
        given.evaluation(caseId, period().day(7), usefulness, impartial);
    }

    private JsonNode audit() {
        given.awaitProjections();
        return auditAs("manager1").json();
    }

    private Api.Response auditAs(String username) {
        Api.Response audit = api.as(username).get("/api/reports/impartiality?" + period().query());
        assertThat(audit.status()).as(audit.toString()).isEqualTo(200);
        return audit;
    }
}
