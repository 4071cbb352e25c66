package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.adapters.it.Cases.REMOVE;
import static org.casebook.adapters.it.Cases.body;
import static org.casebook.adapters.it.Cases.path;
import static org.casebook.adapters.it.Cases.with;
import static org.casebook.adapters.it.ProblemAssertions.appendsNothingTo;
import static org.casebook.adapters.it.ProblemAssertions.assertInvalid;
import static org.casebook.adapters.it.ProblemAssertions.assertProblem;
import static org.casebook.adapters.it.ProblemAssertions.assertRuleBroken;
import static org.casebook.adapters.it.ReadSideFixtures.entry;
import static org.casebook.adapters.it.ReadSideFixtures.uniqueWorker;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Today's law over HTTP: the Children and Families Act 2014 deadlines for letters dated from 1 September 2014,
 * mediation certificates, placement-only appeals, EHC decision types, young people, and the caseload's
 * MEDIATION_ADVICE_DUE (contract, "Additions of 2026-12-02", "Today's law"; docs/deadlines.md). Fixed calendar dates
 * because the calendar is the point.
 */
class TodaysLawIT extends PostgresIntegrationTest {

    static final String CASEWORKER = "caseworker1";

    Cases cases;

    @BeforeEach
    void cases() {
        cases = new Cases(api);
    }

    /** A level-2 case whose enquiry and record-keeping consent are dated {@code since}. */
    String caseSince(String since) {
        String caseId = cases.openEnquiry(since);
        cases.giveConsent(caseId, "RECORD_KEEPING", since);
        cases.recordPersonalDetails(caseId);
        return caseId;
    }

    static Map<String, Object> senLetter(String letterDate) {
        return body("kind", "SEN_DECISION", "letterDate", letterDate, "decisionType", "EHC_PLAN_CONTENTS");
    }

    static Map<String, Object> discrimination(String on, boolean conciliationUsed) {
        return body("kind", "DISABILITY_DISCRIMINATION", "letterDate", on, "conciliationUsed", conciliationUsed);
    }

    Api.Response decide(String caseId, Map<String, Object> decision) {
        return api.as(CASEWORKER).post(path(caseId) + "/appealable-decisions", decision);
    }

    String decisionOn(String caseId, Map<String, Object> decision) {
        Api.Response decided = decide(caseId, decision);
        assertThat(decided.status()).as(decided.toString()).isEqualTo(201);
        return decided.json().get("decisionId").asText();
    }

    Api.Response certify(String caseId, String decisionId, Object issuedOn) {
        return api.as(CASEWORKER).post(path(caseId) + "/appealable-decisions/" + decisionId
                + "/mediation-certificate", body("issuedOn", issuedOn));
    }

    // --- deadlines by the letter's date ---

    @Test
    void aCertificateMovesAnSenDeadlineAndChristmasMovesItIntoJanuary() {
        String caseId = caseSince("2026-09-01");
        Api.Response decided = decide(caseId, senLetter("2026-10-01"));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(201);
        assertThat(decided.json().get("appealDeadline").asText()).isEqualTo("2026-12-01");
        String decisionId = decided.json().get("decisionId").asText();

        Api.Response certified = certify(caseId, decisionId, "2026-11-29");

        assertThat(certified.status()).as(certified.toString()).isEqualTo(201);
        assertThat(certified.json().get("decisionId").asText()).isEqualTo(decisionId);
        assertThat(certified.json().get("appealDeadline").asText()).isEqualTo("2027-01-04");
        assertThat(certified.json().get("previousAppealDeadline").asText()).isEqualTo("2026-12-01");
        assertThat(certified.json().get("deadlineMoved").asBoolean()).isTrue();
        assertThat(certified.json().get("certificateNeeded").asBoolean()).isTrue();
        assertThat(certified.json().has("note")).isFalse();
        assertThat(certified.header("ETag")).isEqualTo("\"6\"");
        JsonNode deadline = cases.view(caseId).at("/appealDeadlines/0");
        assertThat(deadline.get("dueOn").asText()).isEqualTo("2027-01-04");
        assertThat(deadline.get("letterDate").asText()).isEqualTo("2026-10-01");
        assertThat(deadline.get("mediationCertificateOn").asText()).isEqualTo("2026-11-29");
        JsonNode event = cases.lastEvent(caseId);
        assertThat(event.get("type").asText()).isEqualTo("MediationCertificateRecorded");
        assertThat(event.at("/occurredOn").asText()).isEqualTo("2026-11-29");
        assertThat(event.at("/data/appealDeadline").asText()).isEqualTo("2027-01-04");
    }

    @Test
    void anSenDeadlineInAugustMovesToTheFirstWorkingDayOfSeptember() {
        String caseId = caseSince("2026-06-01");

        Api.Response decided = decide(caseId, body("kind", "SEN_DECISION", "effectiveOn", "2026-06-15",
                "decisionType", "EHC_NEEDS_ASSESSMENT_REFUSED"));

        assertThat(decided.status()).as(decided.toString()).isEqualTo(201);
        assertThat(decided.json().get("appealDeadline").asText()).isEqualTo("2026-09-01");
        JsonNode event = cases.lastEvent(caseId);
        assertThat(event.at("/data/letterDate").asText()).isEqualTo("2026-06-15");
        assertThat(event.at("/data/rules").asText()).isEqualTo("CFA_2014");
        assertThat(event.at("/data/placementOnly").asBoolean()).isFalse();
        assertThat(cases.view(caseId).at("/appealDeadlines/0/mediationAdviceDueOn").asText()).isEqualTo("2026-08-15");
    }

    @Test
    void anEarlierCertificateLeavesTheDeadlineFromTheLetter() {
        String caseId = caseSince("2026-06-01");
        String decisionId = decisionOn(caseId, senLetter("2026-06-15"));

        Api.Response certified = certify(caseId, decisionId, "2026-07-20");

        assertThat(certified.status()).as(certified.toString()).isEqualTo(201);
        assertThat(certified.json().get("appealDeadline").asText()).isEqualTo("2026-09-01");
        assertThat(certified.json().get("deadlineMoved").asBoolean()).isFalse();
        assertThat(certified.json().get("certificateNeeded").asBoolean()).isTrue();
    }

    @Test
    void anSenDeadlineOnAWeekendMovesToTheNextWorkingDay() {
        String caseId = caseSince("2025-12-01");

        Api.Response decided = decide(caseId, senLetter("2025-12-31"));

        assertThat(decided.json().get("appealDeadline").asText()).isEqualTo("2026-03-02");
        assertThat(cases.view(caseId).at("/appealDeadlines/0/dueOn").asText()).isEqualTo("2026-03-02");
    }

    @Test
    void aDiscriminationClaimHasSixMonthsAndNoAugustMove() {
        String caseId = caseSince("2026-01-05");

        Api.Response decided = decide(caseId, discrimination("2026-02-10", false));

        assertThat(decided.status()).as(decided.toString()).isEqualTo(201);
        assertThat(decided.json().get("appealDeadline").asText()).isEqualTo("2026-08-10");
    }

    @Test
    void refusesConciliationOnDiscriminationFromSeptember2014() {
        String caseId = caseSince("2026-01-05");

        Api.Response refused = appendsNothingTo(caseId, () -> decide(caseId, discrimination("2026-02-10", true)));

        assertInvalid(refused, "conciliationUsed");
    }

    @Test
    void keepsTheOldRulesForDecisionsBeforeSeptember2014() {
        String caseId = caseSince("2009-12-01");

        Api.Response sen = decide(caseId, body("kind", "SEN_DECISION", "letterDate", "2010-01-31",
                "decisionType", "ASSESSMENT_REFUSED"));
        Api.Response conciliated = decide(caseId, discrimination("2010-03-15", true));

        assertThat(sen.json().get("appealDeadline").asText()).isEqualTo("2010-03-31");
        assertThat(conciliated.json().get("appealDeadline").asText()).isEqualTo("2010-11-15");
        assertThat(cases.lastEvent(caseId).at("/data/rules").asText()).isEqualTo("PRE_2014");
    }

    @Test
    void acceptsEffectiveOnAndLetterDateTogetherWhenTheyAgree() {
        String caseId = caseSince("2026-06-01");

        Api.Response decided = decide(caseId, with(senLetter("2026-06-15"), "effectiveOn", "2026-06-15"));

        assertThat(decided.status()).as(decided.toString()).isEqualTo(201);
    }

    @Test
    void refusesEffectiveOnAndLetterDateThatDisagree() {
        String caseId = caseSince("2026-06-01");

        Api.Response refused = appendsNothingTo(caseId,
                () -> decide(caseId, with(senLetter("2026-06-15"), "effectiveOn", "2026-06-16")));

        assertInvalid(refused, "effectiveOn");
    }

    @Test
    void refusesADecisionWithoutALetterDate() {
        String caseId = caseSince("2026-06-01");

        Api.Response refused = appendsNothingTo(caseId,
                () -> decide(caseId, with(senLetter("2026-06-15"), "letterDate", REMOVE)));

        assertInvalid(refused, "letterDate");
    }

    @Test
    void refusesAPlacementOnlyDiscriminationClaim() {
        String caseId = caseSince("2026-01-05");

        Api.Response refused = appendsNothingTo(caseId,
                () -> decide(caseId, with(discrimination("2026-02-10", false), "placementOnly", true)));

        assertInvalid(refused, "placementOnly");
    }

    @Test
    void refusesAnEhcDecisionDatedBeforeSeptember2014() {
        String caseId = caseSince("2014-06-01");

        Api.Response refused = appendsNothingTo(caseId, () -> decide(caseId, senLetter("2014-08-29")));

        assertInvalid(refused, "decisionType");
    }

    // --- mediation certificates ---

    @Test
    void aCertificateOnAPlacementOnlyAppealIsKeptButChangesNothing() {
        String caseId = caseSince("2026-06-01");
        String decisionId = decisionOn(caseId, with(senLetter("2026-06-15"), "placementOnly", true));

        Api.Response certified = certify(caseId, decisionId, "2026-08-10");

        assertThat(certified.status()).as(certified.toString()).isEqualTo(201);
        assertThat(certified.json().get("appealDeadline").asText()).isEqualTo("2026-09-01");
        assertThat(certified.json().get("deadlineMoved").asBoolean()).isFalse();
        assertThat(certified.json().get("certificateNeeded").asBoolean()).isFalse();
        assertThat(certified.json().get("note").asText()).contains("placement-only");
        assertThat(cases.view(caseId).at("/appealDeadlines/0/dueOn").asText()).isEqualTo("2026-09-01");
        assertThat(cases.lastEvent(caseId).at("/data/certificateNeeded").asBoolean()).isFalse();
    }

    @Test
    void refusesASecondCertificate() {
        String caseId = caseSince("2026-06-01");
        String decisionId = decisionOn(caseId, senLetter("2026-06-15"));
        certify(caseId, decisionId, "2026-07-20");

        Api.Response refused = appendsNothingTo(caseId, () -> certify(caseId, decisionId, "2026-08-10"));

        assertRuleBroken(refused, "mediation-certificate-already-recorded");
        assertThat(cases.view(caseId).at("/appealDeadlines/0/dueOn").asText()).isEqualTo("2026-09-01");
    }

    @Test
    void refusesACertificateDatedBeforeTheLetter() {
        String caseId = caseSince("2026-06-01");
        String decisionId = decisionOn(caseId, senLetter("2026-06-15"));

        Api.Response refused = appendsNothingTo(caseId, () -> certify(caseId, decisionId, "2026-06-14"));

        assertRuleBroken(refused, "date-out-of-order");
    }

    @Test
    void refusesACertificateForADiscriminationClaim() {
        String caseId = caseSince("2026-01-05");
        String decisionId = decisionOn(caseId, discrimination("2026-02-10", false));

        Api.Response refused = appendsNothingTo(caseId, () -> certify(caseId, decisionId, "2026-03-10"));

        assertRuleBroken(refused, "mediation-certificate-not-applicable");
    }

    @Test
    void answersNotFoundForTheCertificateOfAnUnknownOrMalformedDecision() {
        String caseId = caseSince("2026-06-01");

        assertProblem(appendsNothingTo(caseId, () -> certify(caseId, UUID.randomUUID().toString(), "2026-07-01")),
                404);
        assertProblem(appendsNothingTo(caseId, () -> certify(caseId, "decision-1", "2026-07-01")), 404);
    }

    @Test
    void refusesAnInvalidCertificate() {
        String caseId = caseSince("2026-06-01");
        String decisionId = decisionOn(caseId, senLetter("2026-06-15"));

        assertInvalid(appendsNothingTo(caseId, () -> certify(caseId, decisionId, null)), "issuedOn");
        assertInvalid(appendsNothingTo(caseId, () -> certify(caseId, decisionId, Cases.tomorrow())), "issuedOn");
        assertInvalid(appendsNothingTo(caseId, () -> api.as(CASEWORKER).post(path(caseId)
                + "/appealable-decisions/" + decisionId + "/mediation-certificate",
                body("issuedOn", "2026-07-01", "mediator", "x"))), "mediator");
    }

    // --- young people ---

    @Test
    void aYoungPersonMayEnquireAndConsentForThemselves() {
        Api.Response opened = api.as(CASEWORKER).post("/api/enquiries",
                with(Cases.enquiry("2026-06-01"), "enquirerRole", "YOUNG_PERSON"));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String caseId = opened.json().get("caseId").asText();

        Api.Response consent = api.as(CASEWORKER).post(path(caseId) + "/consents", body("kind", "RECORD_KEEPING",
                "givenOn", "2026-06-01", "givenBy", "YOUNG_PERSON", "method", "VERBAL"));

        assertThat(consent.status()).as(consent.toString()).isEqualTo(201);
        assertThat(cases.view(caseId).get("enquirerRole").asText()).isEqualTo("YOUNG_PERSON");
    }

    // --- the caseload ---

    @Test
    void theCaseloadShowsMediationAdviceDueUntilTheCertificateAndThenTheRecomputedDeadline() {
        ReadSideFixtures given = new ReadSideFixtures(api);
        String worker = uniqueWorker();
        String caseId = caseSince("2026-09-01");
        String decisionId = decisionOn(caseId, senLetter("2026-10-01"));
        String placementCase = caseSince("2026-09-01");
        decisionOn(placementCase, with(senLetter("2026-10-01"), "placementOnly", true));
        given.allocate(caseId, worker);
        given.allocate(placementCase, worker);

        JsonNode before = given.caseloadOf(worker);
        assertThat(dueOn(before, caseId, "MEDIATION_ADVICE_DUE")).containsExactly("2026-12-01");
        assertThat(dueOn(before, caseId, "APPEAL_DEADLINE")).containsExactly("2026-12-01");
        assertThat(dueOn(before, placementCase, "MEDIATION_ADVICE_DUE")).isEmpty();

        Api.Response certified = certify(caseId, decisionId, "2026-11-29");
        assertThat(certified.status()).as(certified.toString()).isEqualTo(201);

        JsonNode after = given.caseloadOf(worker);
        assertThat(dueOn(after, caseId, "MEDIATION_ADVICE_DUE")).isEmpty();
        assertThat(dueOn(after, caseId, "APPEAL_DEADLINE")).containsExactly("2027-01-04");
    }

    private static List<String> dueOn(JsonNode caseload, String caseId, String kind) {
        List<String> dates = new ArrayList<>();
        entry(caseload, caseId).get("dueItems").forEach(item -> {
            if (item.get("kind").asText().equals(kind)) {
                dates.add(item.get("dueOn").asText());
            }
        });
        return dates;
    }
}
