package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.adapters.it.Cases.REMOVE;
import static org.casebook.adapters.it.Cases.body;
import static org.casebook.adapters.it.Cases.daysAgo;
import static org.casebook.adapters.it.Cases.path;
import static org.casebook.adapters.it.Cases.with;
import static org.casebook.adapters.it.ProblemAssertions.appendsNothingTo;
import static org.casebook.adapters.it.ProblemAssertions.assertInvalid;
import static org.casebook.adapters.it.ProblemAssertions.assertProblem;
import static org.casebook.adapters.it.ProblemAssertions.assertRuleBroken;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Appealable decisions, whose deadlines the service computes [001, SENDIST; for letters from 1 September 2014 the
 * Children and Families Act 2014, see TodaysLawIT], and mediation referrals, which move no deadline (only a mediation
 * certificate does). The deadline tests use fixed calendar dates (all in the past) because the calendar is the point.
 */
class AppealsAndMediationIT extends PostgresIntegrationTest {

    Cases cases;

    /** A case that the refused requests below must leave untouched, shared to keep the suite fast. */
    static String untouchedCase;
    static String untouchedReferral;

    @BeforeEach
    void cases() {
        cases = new Cases(api);
    }

    static Map<String, Object> senDecision(String effectiveOn) {
        return body("kind", "SEN_DECISION", "effectiveOn", effectiveOn, "decisionType", "ASSESSMENT_REFUSED");
    }

    static Map<String, Object> discrimination(String effectiveOn, boolean conciliationUsed) {
        return body("kind", "DISABILITY_DISCRIMINATION", "effectiveOn", effectiveOn,
                "conciliationUsed", conciliationUsed);
    }

    static Map<String, Object> referral() {
        return body("referredOn", daysAgo(20), "provider", "Mediation South West", "reason", "STATEMENT_ISSUED",
                "referredBy", "PARENT");
    }

    Api.Response decide(String caseId, Map<String, Object> decision) {
        return api.as("caseworker1").post(path(caseId) + "/appealable-decisions", decision);
    }

    Api.Response refer(String caseId, Map<String, Object> referral) {
        return api.as("caseworker1").post(path(caseId) + "/mediation-referrals", referral);
    }

    Api.Response conclude(String caseId, String referralId, Map<String, Object> outcome) {
        return api.as("caseworker1").post(path(caseId) + "/mediation-referrals/" + referralId + "/outcome", outcome);
    }

    String referralOn(String caseId) {
        Api.Response referred = refer(caseId, referral());
        assertThat(referred.status()).as(referred.toString()).isEqualTo(201);
        return referred.json().get("referralId").asText();
    }

    String untouchedCase() {
        if (untouchedCase == null) {
            untouchedCase = cases.openLevelTwoEnquiry();
            untouchedReferral = referralOn(untouchedCase);
        }
        return untouchedCase;
    }

    // --- appeal outcomes [000 §2.6] ---

    Api.Response decideAppeal(String caseId, String decisionId, Map<String, Object> outcome) {
        return api.as("caseworker1").post(path(caseId) + "/appealable-decisions/" + decisionId + "/outcome", outcome);
    }

    /** A level-2 case (enquiry 200 days ago, record-keeping consent, details) with an SEN decision 30 days ago. */
    String[] caseWithDecision() {
        String caseId = cases.levelTwoCase();
        Api.Response recorded = decide(caseId, senDecision(daysAgo(30)));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        return new String[] {caseId, recorded.json().get("decisionId").asText()};
    }

    @Test
    void recordsHowAnAppealableDecisionEnded() {
        String[] decided = caseWithDecision();
        long before = storedEventCount(decided[0]);

        Api.Response outcome = decideAppeal(decided[0], decided[1], body("decidedOn", daysAgo(10),
                "outcome", "RESOLVED_BEFORE_HEARING"));

        assertThat(outcome.status()).as(outcome.toString()).isEqualTo(201);
        assertThat(outcome.json().get("decisionId").asText()).isEqualTo(decided[1]);
        assertThat(outcome.header("ETag")).isEqualTo("\"" + (before + 1) + "\"");
        JsonNode event = cases.lastEvent(decided[0]);
        assertThat(event.get("type").asText()).isEqualTo("AppealOutcomeRecorded");
        assertThat(event.at("/data/outcome").asText()).isEqualTo("RESOLVED_BEFORE_HEARING");
        assertThat(event.at("/data/decidedOn").asText()).isEqualTo(daysAgo(10));
        JsonNode shown = cases.view(decided[0]).at("/appealDeadlines/0");
        assertThat(shown.get("outcome").asText()).isEqualTo("RESOLVED_BEFORE_HEARING");
        assertThat(shown.get("decidedOn").asText()).isEqualTo(daysAgo(10));
    }

    @Test
    void refusesASecondOutcomeForTheSameDecision() {
        String[] decided = caseWithDecision();
        assertThat(decideAppeal(decided[0], decided[1], body("decidedOn", daysAgo(10), "outcome", "NOT_APPEALED"))
                .status()).isEqualTo(201);

        Api.Response refused = appendsNothingTo(decided[0], () -> decideAppeal(decided[0], decided[1],
                body("decidedOn", daysAgo(5), "outcome", "UPHELD")));

        assertRuleBroken(refused, "appeal-outcome-already-recorded");
        assertThat(cases.view(decided[0]).at("/appealDeadlines/0/outcome").asText()).isEqualTo("NOT_APPEALED");
    }

    @Test
    void answersNotFoundForTheOutcomeOfAnUnknownDecision() {
        String[] decided = caseWithDecision();

        Api.Response unknown = appendsNothingTo(decided[0], () -> decideAppeal(decided[0],
                UUID.randomUUID().toString(), body("decidedOn", daysAgo(10), "outcome", "DISMISSED")));
        Api.Response malformed = appendsNothingTo(decided[0], () -> decideAppeal(decided[0], "not-a-decision",
                body("decidedOn", daysAgo(10), "outcome", "DISMISSED")));

        assertProblem(unknown, 404);
        assertProblem(malformed, 404);
    }

    @Test
    void refusesAnOutcomeDecidedBeforeTheDecisionOrWithoutItsFields() {
        String[] decided = caseWithDecision();

        assertRuleBroken(appendsNothingTo(decided[0], () -> decideAppeal(decided[0], decided[1],
                body("decidedOn", daysAgo(31), "outcome", "WITHDRAWN"))), "date-out-of-order");
        assertInvalid(appendsNothingTo(decided[0], () -> decideAppeal(decided[0], decided[1],
                body("outcome", "WITHDRAWN"))), "decidedOn");
        assertInvalid(appendsNothingTo(decided[0], () -> decideAppeal(decided[0], decided[1],
                body("decidedOn", daysAgo(10)))), "outcome");
        assertInvalid(appendsNothingTo(decided[0], () -> decideAppeal(decided[0], decided[1],
                body("decidedOn", Cases.tomorrow(), "outcome", "WITHDRAWN"))), "decidedOn");
    }

    @Test
    void aDecidedAppealLeavesTheCaseload() {
        ReadSideFixtures given = new ReadSideFixtures(api);
        String worker = ReadSideFixtures.uniqueWorker();
        String[] decided = caseWithDecision();
        Api.Response other = decide(decided[0], senDecision(daysAgo(20)));
        cases.allocate(decided[0], worker);
        assertThat(appealDeadlines(given.caseloadOf(worker))).hasSize(2);

        decideAppeal(decided[0], decided[1], body("decidedOn", daysAgo(10), "outcome", "NOT_APPEALED"));

        assertThat(appealDeadlines(given.caseloadOf(worker)))
                .containsExactly(other.json().get("appealDeadline").asText());
    }

    /** The due dates of the APPEAL_DEADLINE items on a caseload. */
    private static java.util.List<String> appealDeadlines(JsonNode caseload) {
        java.util.List<String> dates = new java.util.ArrayList<>();
        caseload.forEach(entry -> entry.get("dueItems").forEach(item -> {
            if (item.get("kind").asText().equals("APPEAL_DEADLINE")) {
                dates.add(item.get("dueOn").asText());
            }
        }));
        return dates;
    }

    // --- appealable decisions ---

    @Test
    void answersAnSenDecisionWithItsAppealDeadlineTwoMonthsLater() {
        String caseId = cases.openLevelTwoEnquiry("2025-12-01");

        Api.Response recorded = decide(caseId, senDecision("2026-01-31"));

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        String decisionId = recorded.json().get("decisionId").asText();
        assertThat(UUID.fromString(decisionId).toString()).isEqualTo(decisionId);
        assertThat(recorded.json().get("appealDeadline").asText()).isEqualTo("2026-03-31");
        assertThat(recorded.header("ETag")).isEqualTo("\"5\"");
        assertThat(storedEventCount(caseId)).isEqualTo(5);
        JsonNode deadline = cases.view(caseId).at("/appealDeadlines/0");
        assertThat(deadline.get("decisionId").asText()).isEqualTo(decisionId);
        assertThat(deadline.get("kind").asText()).isEqualTo("SEN_DECISION");
        assertThat(deadline.get("dueOn").asText()).isEqualTo("2026-03-31");
        JsonNode event = cases.lastEvent(caseId);
        assertThat(event.get("type").asText()).isEqualTo("AppealableDecisionRecorded");
        assertThat(event.at("/data/decisionType").asText()).isEqualTo("ASSESSMENT_REFUSED");
    }

    @Test
    void anSenDecisionOnTheThirtyFirstIsDueOnTheLastDayOfAShorterMonth() {
        String caseId = cases.openLevelTwoEnquiry("2009-12-01");

        // Before September 2014: no move off the weekend (28 February 2010 was a Sunday).
        Api.Response recorded = decide(caseId, senDecision("2009-12-31"));

        assertThat(recorded.json().get("appealDeadline").asText()).isEqualTo("2010-02-28");
        assertThat(cases.view(caseId).at("/appealDeadlines/0/dueOn").asText()).isEqualTo("2010-02-28");
    }

    @Test
    void answersADisabilityDiscriminationClaimWithADeadlineSixMonthsLater() {
        String caseId = cases.openLevelTwoEnquiry("2026-03-01");

        Api.Response recorded = decide(caseId, discrimination("2026-03-31", false));

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(recorded.json().get("appealDeadline").asText()).isEqualTo("2026-09-30");
        assertThat(cases.view(caseId).at("/appealDeadlines/0/kind").asText()).isEqualTo("DISABILITY_DISCRIMINATION");
        assertThat(cases.view(caseId).at("/appealDeadlines/0/dueOn").asText()).isEqualTo("2026-09-30");
    }

    @Test
    void conciliationGaveADisabilityDiscriminationClaimBefore2014EightMonths() {
        String caseId = cases.openLevelTwoEnquiry("2010-03-01");

        Api.Response recorded = decide(caseId, discrimination("2010-03-31", true));

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(recorded.json().get("appealDeadline").asText()).isEqualTo("2010-11-30");
        assertThat(cases.view(caseId).at("/appealDeadlines/0/dueOn").asText()).isEqualTo("2010-11-30");
    }

    @Test
    void keepsEveryDecisionsDeadline() {
        String caseId = cases.openLevelTwoEnquiry("2025-12-01");
        decide(caseId, senDecision("2026-01-31"));

        decide(caseId, discrimination("2026-03-31", false));

        assertThat(cases.view(caseId).get("appealDeadlines")).extracting(deadline -> deadline.get("dueOn").asText())
                .containsExactly("2026-03-31", "2026-09-30");
    }

    @Test
    void refusesAnSenDecisionTypeOnADisabilityDiscriminationClaim() {
        String caseId = cases.openLevelTwoEnquiry();

        Api.Response refused = appendsNothingTo(caseId, () -> decide(caseId,
                with(discrimination(daysAgo(10), false), "decisionType", "NOTE_IN_LIEU")));

        assertInvalid(refused, "decisionType");
    }

    @Test
    void refusesAnAppealableDecisionOnALevelOneCase() {
        String caseId = cases.openEnquiry();

        Api.Response refused = appendsNothingTo(caseId, () -> decide(caseId, senDecision(daysAgo(10))));

        assertRuleBroken(refused, "consent-required");
    }

    @Test
    void refusesAMediationReferralOnALevelOneCase() {
        String caseId = cases.openEnquiry();
        cases.giveRecordKeepingConsent(caseId);

        Api.Response refused = appendsNothingTo(caseId, () -> refer(caseId, referral()));

        assertRuleBroken(refused, "consent-required");
    }

    static Stream<Arguments> invalidDecisions() {
        Map<String, Object> valid = senDecision(daysAgo(10));
        return Stream.of(
                arguments("without kind", with(valid, "kind", REMOVE), "kind"),
                arguments("without effectiveOn or letterDate", with(valid, "effectiveOn", REMOVE), "letterDate"),
                arguments("with unknown kind", with(valid, "kind", "PARKING_FINE"), "kind"),
                arguments("with unknown decisionType", with(valid, "decisionType", "LOST_IN_POST"), "decisionType"),
                // MAIN-CODE BUG 1 (EnquiryIT#refusesAMalformedReceivedOnDate): fails while the error names "body"
                arguments("with malformed effectiveOn", with(valid, "effectiveOn", "2026-01-32"), "effectiveOn"),
                arguments("effective in the future", with(valid, "effectiveOn", Cases.tomorrow()), "effectiveOn"),
                arguments("with conciliationUsed not a boolean", with(discrimination(daysAgo(10), false),
                        "conciliationUsed", "maybe"), "conciliationUsed"),
                arguments("with unknown field", with(valid, "appealDeadline", "2030-01-01"), "appealDeadline"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDecisions")
    void refusesAnInvalidDecisionAndAppendsNothing(String description, Map<String, Object> decision, String field) {
        String caseId = untouchedCase();

        Api.Response refused = appendsNothingTo(caseId, () -> decide(caseId, decision));

        assertInvalid(refused, field);
    }

    // --- mediation ---

    @Test
    void recordsAReferralToMediation() {
        String caseId = cases.openLevelTwoEnquiry();

        Api.Response referred = refer(caseId, referral());

        assertThat(referred.status()).as(referred.toString()).isEqualTo(201);
        String referralId = referred.json().get("referralId").asText();
        assertThat(UUID.fromString(referralId).toString()).isEqualTo(referralId);
        assertThat(referred.header("ETag")).isEqualTo("\"5\"");
        assertThat(cases.eventTypes(caseId)).endsWith("MediationReferred");
        JsonNode shown = cases.view(caseId).at("/mediationReferrals/0");
        assertThat(shown.get("referralId").asText()).isEqualTo(referralId);
        assertThat(shown.get("reason").asText()).isEqualTo("STATEMENT_ISSUED");
        assertThat(shown.get("outcome").isNull()).isTrue();
    }

    @Test
    void recordsTheOutcomeOfAMediation() {
        String caseId = cases.openLevelTwoEnquiry();
        String referralId = referralOn(caseId);

        Api.Response concluded = conclude(caseId, referralId, body("concludedOn", daysAgo(5),
                "outcome", "PARTIAL_AGREEMENT"));

        assertThat(concluded.status()).as(concluded.toString()).isEqualTo(201);
        assertThat(concluded.header("ETag")).isEqualTo("\"6\"");
        assertThat(storedEventCount(caseId)).isEqualTo(6);
        assertThat(cases.eventTypes(caseId)).endsWith("MediationConcluded");
        assertThat(cases.view(caseId).at("/mediationReferrals/0/outcome").asText()).isEqualTo("PARTIAL_AGREEMENT");
    }

    @Test
    void acceptsAnOutcomeConcludedOnTheDayOfTheReferral() {
        String caseId = cases.openLevelTwoEnquiry();
        String referralId = referralOn(caseId);

        Api.Response concluded = conclude(caseId, referralId, body("concludedOn", daysAgo(20), "outcome",
                "WITHDRAWN"));

        assertThat(concluded.status()).as(concluded.toString()).isEqualTo(201);
    }

    @Test
    void refusesASecondOutcomeForTheSameReferral() {
        String caseId = cases.openLevelTwoEnquiry();
        String referralId = referralOn(caseId);
        conclude(caseId, referralId, body("concludedOn", daysAgo(5), "outcome", "AGREEMENT"));

        Api.Response refused = appendsNothingTo(caseId, () -> conclude(caseId, referralId,
                body("concludedOn", daysAgo(4), "outcome", "NO_AGREEMENT")));

        assertRuleBroken(refused, "mediation-outcome-already-recorded");
        assertThat(cases.view(caseId).at("/mediationReferrals/0/outcome").asText()).isEqualTo("AGREEMENT");
    }

    @Test
    void refusesAnOutcomeConcludedBeforeTheReferral() {
        String caseId = cases.openLevelTwoEnquiry();
        String referralId = referralOn(caseId);

        Api.Response refused = appendsNothingTo(caseId, () -> conclude(caseId, referralId,
                body("concludedOn", daysAgo(21), "outcome", "AGREEMENT")));

        assertRuleBroken(refused, "date-out-of-order");
    }

    @Test
    void answersNotFoundForTheOutcomeOfAnUnknownReferral() {
        String caseId = cases.openLevelTwoEnquiry();
        referralOn(caseId);

        Api.Response refused = appendsNothingTo(caseId, () -> conclude(caseId, UUID.randomUUID().toString(),
                body("concludedOn", daysAgo(5), "outcome", "AGREEMENT")));

        assertProblem(refused, 404);
    }

    @Test
    void answersNotFoundForAMalformedReferralId() {
        String caseId = cases.openLevelTwoEnquiry();

        Api.Response refused = appendsNothingTo(caseId, () -> conclude(caseId, "referral-1",
                body("concludedOn", daysAgo(5), "outcome", "AGREEMENT")));

        assertProblem(refused, 404);
    }

    @Test
    void aMediationReferralAndItsOutcomeMoveNoAppealDeadline() {
        String caseId = cases.openLevelTwoEnquiry("2025-12-01");
        decide(caseId, senDecision("2026-01-31"));
        String referralId = referralOn(caseId);

        conclude(caseId, referralId, body("concludedOn", daysAgo(5), "outcome", "NO_AGREEMENT"));

        JsonNode deadlines = cases.view(caseId).get("appealDeadlines");
        assertThat(deadlines).hasSize(1);
        assertThat(deadlines.get(0).get("dueOn").asText()).isEqualTo("2026-03-31");
    }

    static Stream<Arguments> invalidReferrals() {
        return Stream.of(
                arguments("without referredOn", with(referral(), "referredOn", REMOVE), "referredOn"),
                arguments("without provider", with(referral(), "provider", REMOVE), "provider"),
                arguments("with blank provider", with(referral(), "provider", ""), "provider"),
                arguments("without reason", with(referral(), "reason", REMOVE), "reason"),
                arguments("without referredBy", with(referral(), "referredBy", REMOVE), "referredBy"),
                arguments("with unknown reason", with(referral(), "reason", "BOREDOM"), "reason"),
                arguments("with unknown referredBy", with(referral(), "referredBy", "NEIGHBOUR"), "referredBy"),
                // MAIN-CODE BUG 1 (EnquiryIT#refusesAMalformedReceivedOnDate): fails while the error names "body"
                arguments("with malformed referredOn", with(referral(), "referredOn", "20260101"), "referredOn"),
                arguments("referred in the future", with(referral(), "referredOn", Cases.tomorrow()), "referredOn"),
                arguments("with unknown field", with(referral(), "mediator", "x"), "mediator"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidReferrals")
    void refusesAnInvalidReferralAndAppendsNothing(String description, Map<String, Object> referral, String field) {
        String caseId = untouchedCase();

        Api.Response refused = appendsNothingTo(caseId, () -> refer(caseId, referral));

        assertInvalid(refused, field);
    }

    static Stream<Arguments> invalidOutcomes() {
        Map<String, Object> valid = body("concludedOn", daysAgo(5), "outcome", "AGREEMENT");
        return Stream.of(
                arguments("without concludedOn", with(valid, "concludedOn", REMOVE), "concludedOn"),
                arguments("without outcome", with(valid, "outcome", REMOVE), "outcome"),
                arguments("with unknown outcome", with(valid, "outcome", "STALEMATE"), "outcome"),
                // MAIN-CODE BUG 1 (EnquiryIT#refusesAMalformedReceivedOnDate): fails while the error names "body"
                arguments("with malformed concludedOn", with(valid, "concludedOn", "last week"), "concludedOn"),
                arguments("concluded in the future", with(valid, "concludedOn", Cases.tomorrow()), "concludedOn"),
                arguments("with unknown field", with(valid, "notes", "x"), "notes"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidOutcomes")
    void refusesAnInvalidOutcomeAndAppendsNothing(String description, Map<String, Object> outcome, String field) {
        String caseId = untouchedCase();

        Api.Response refused = appendsNothingTo(caseId, () -> conclude(caseId, untouchedReferral, outcome));

        assertInvalid(refused, field);
    }
}
