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

/** Consents given and withdrawn [002 §4.2, App. B]. */
class ConsentIT extends PostgresIntegrationTest {

    Cases cases;

    /** A case that the refused requests below must leave untouched, shared to keep the suite fast. */
    static String untouchedCase;
    static String untouchedConsent;

    @BeforeEach
    void cases() {
        cases = new Cases(api);
    }

    String untouchedCase() {
        if (untouchedCase == null) {
            untouchedCase = cases.openEnquiry();
            untouchedConsent = cases.giveConsent(untouchedCase, "RECORD_KEEPING", daysAgo(20));
        }
        return untouchedCase;
    }

    static Map<String, Object> recordKeeping() {
        return body("kind", "RECORD_KEEPING", "givenOn", daysAgo(20), "givenBy", "PARENT", "method", "VERBAL");
    }

    static Map<String, Object> sharing() {
        return body("kind", "INFORMATION_SHARING", "givenOn", daysAgo(20), "givenBy", "CARER", "method", "WRITTEN",
                "recipient", "LOCAL_AUTHORITY", "recipientName", "SEN casework team");
    }

    @Test
    void recordsARecordKeepingConsent() {
        String caseId = cases.openEnquiry();

        Api.Response given = api.as("caseworker1").post(path(caseId) + "/consents", recordKeeping());

        assertThat(given.status()).as(given.toString()).isEqualTo(201);
        String consentId = given.json().get("consentId").asText();
        assertThat(UUID.fromString(consentId).toString()).isEqualTo(consentId);
        assertThat(given.header("ETag")).isEqualTo("\"2\"");
        assertThat(storedEventCount(caseId)).isEqualTo(2);
        assertThat(cases.eventTypes(caseId)).containsExactly("EnquiryReceived", "ConsentGiven");
        JsonNode consent = cases.view(caseId).at("/consents/0");
        assertThat(consent.get("consentId").asText()).isEqualTo(consentId);
        assertThat(consent.get("kind").asText()).isEqualTo("RECORD_KEEPING");
        assertThat(consent.get("givenOn").asText()).isEqualTo(daysAgo(20));
        assertThat(consent.get("recipient").isNull()).isTrue();
        assertThat(consent.get("withdrawnOn").isNull()).isTrue();
    }

    @Test
    void recordsAnInformationSharingConsentForARecipient() {
        String caseId = cases.openEnquiry();

        Api.Response given = api.as("caseworker1").post(path(caseId) + "/consents", sharing());

        assertThat(given.status()).as(given.toString()).isEqualTo(201);
        JsonNode consent = cases.view(caseId).at("/consents/0");
        assertThat(consent.get("kind").asText()).isEqualTo("INFORMATION_SHARING");
        assertThat(consent.get("recipient").asText()).isEqualTo("LOCAL_AUTHORITY");
        assertThat(cases.lastEvent(caseId).at("/data/givenBy").asText()).isEqualTo("CARER");
        assertThat(cases.lastEvent(caseId).at("/data/method").asText()).isEqualTo("WRITTEN");
    }

    @Test
    void recordsAnEvaluationContactConsent() {
        String caseId = cases.openEnquiry();

        Api.Response given = api.as("caseworker1").post(path(caseId) + "/consents",
                with(recordKeeping(), "kind", "EVALUATION_CONTACT"));

        assertThat(given.status()).as(given.toString()).isEqualTo(201);
        assertThat(cases.view(caseId).at("/consents/0/kind").asText()).isEqualTo("EVALUATION_CONTACT");
    }

    static Stream<Arguments> invalidConsents() {
        return Stream.of(
                arguments("without kind", with(recordKeeping(), "kind", REMOVE), "kind"),
                arguments("without givenOn", with(recordKeeping(), "givenOn", REMOVE), "givenOn"),
                arguments("without givenBy", with(recordKeeping(), "givenBy", REMOVE), "givenBy"),
                arguments("without method", with(recordKeeping(), "method", REMOVE), "method"),
                arguments("sharing without recipient", with(sharing(), "recipient", REMOVE), "recipient"),
                arguments("unknown kind", with(recordKeeping(), "kind", "MARKETING"), "kind"),
                arguments("unknown givenBy", with(recordKeeping(), "givenBy", "CHILD"), "givenBy"),
                arguments("unknown method", with(recordKeeping(), "method", "TELEPATHY"), "method"),
                arguments("unknown recipient", with(sharing(), "recipient", "NEWSPAPER"), "recipient"),
                // MAIN-CODE BUG 1 (EnquiryIT#refusesAMalformedReceivedOnDate): fails while the error names "body"
                arguments("malformed givenOn", with(recordKeeping(), "givenOn", "yesterday"), "givenOn"),
                arguments("givenOn in the future", with(recordKeeping(), "givenOn", Cases.tomorrow()), "givenOn"),
                arguments("unknown field", with(recordKeeping(), "signature", "x"), "signature"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidConsents")
    void refusesAnInvalidConsentAndAppendsNothing(String description, Map<String, Object> consent, String field) {
        String caseId = untouchedCase();

        Api.Response refused = appendsNothingTo(caseId, () -> api.as("caseworker1").post(path(caseId) + "/consents",
                consent));

        assertInvalid(refused, field);
    }

    @Test
    void refusesAConsentOnAnUnknownCase() {
        Api.Response refused = api.as("caseworker1").post(path(UUID.randomUUID().toString()) + "/consents",
                recordKeeping());

        assertProblem(refused, 404);
    }

    @Test
    void recordsAWithdrawalAfterWhichTheConsentShowsItsDate() {
        String caseId = cases.openEnquiry();
        String consentId = cases.giveConsent(caseId, "RECORD_KEEPING", daysAgo(20));

        Api.Response withdrawn = api.as("caseworker1").post(path(caseId) + "/consents/" + consentId + "/withdrawal",
                body("withdrawnOn", daysAgo(3)));

        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(201);
        assertThat(withdrawn.header("ETag")).isEqualTo("\"3\"");
        assertThat(withdrawn.json().get("consentId").asText()).isEqualTo(consentId);
        assertThat(storedEventCount(caseId)).isEqualTo(3);
        assertThat(cases.eventTypes(caseId)).endsWith("ConsentWithdrawn");
        assertThat(cases.view(caseId).at("/consents/0/withdrawnOn").asText()).isEqualTo(daysAgo(3));
    }

    @Test
    void acceptsAWithdrawalOnTheDayTheConsentWasGiven() {
        String caseId = cases.openEnquiry();
        String consentId = cases.giveConsent(caseId, "RECORD_KEEPING", daysAgo(20));

        Api.Response withdrawn = api.as("caseworker1").post(path(caseId) + "/consents/" + consentId + "/withdrawal",
                body("withdrawnOn", daysAgo(20)));

        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(201);
    }

    @Test
    void refusesWithdrawingAConsentTwice() {
        String caseId = cases.openEnquiry();
        String consentId = cases.giveConsent(caseId, "RECORD_KEEPING", daysAgo(20));
        api.as("caseworker1").post(path(caseId) + "/consents/" + consentId + "/withdrawal",
                body("withdrawnOn", daysAgo(5)));

        Api.Response refused = appendsNothingTo(caseId, () -> api.as("caseworker1").post(
                path(caseId) + "/consents/" + consentId + "/withdrawal", body("withdrawnOn", daysAgo(3))));

        assertRuleBroken(refused, "consent-already-withdrawn");
    }

    @Test
    void refusesAWithdrawalDatedBeforeTheConsentWasGiven() {
        String caseId = cases.openEnquiry();
        String consentId = cases.giveConsent(caseId, "RECORD_KEEPING", daysAgo(20));

        Api.Response refused = appendsNothingTo(caseId, () -> api.as("caseworker1").post(
                path(caseId) + "/consents/" + consentId + "/withdrawal", body("withdrawnOn", daysAgo(21))));

        assertRuleBroken(refused, "date-out-of-order");
    }

    @Test
    void answersNotFoundForAnUnknownConsent() {
        String caseId = cases.openEnquiry();
        cases.giveConsent(caseId, "RECORD_KEEPING", daysAgo(20));

        Api.Response refused = appendsNothingTo(caseId, () -> api.as("caseworker1").post(
                path(caseId) + "/consents/" + UUID.randomUUID() + "/withdrawal", body("withdrawnOn", daysAgo(3))));

        assertProblem(refused, 404);
    }

    @Test
    void answersNotFoundForAMalformedConsentId() {
        String caseId = cases.openEnquiry();

        Api.Response refused = appendsNothingTo(caseId, () -> api.as("caseworker1").post(
                path(caseId) + "/consents/not-a-consent/withdrawal", body("withdrawnOn", daysAgo(3))));

        assertProblem(refused, 404);
    }

    @Test
    void refusesAConsentFromAnotherCase() {
        String caseId = cases.openEnquiry();
        String otherCase = cases.openEnquiry();
        String othersConsent = cases.giveConsent(otherCase, "RECORD_KEEPING", daysAgo(20));

        Api.Response refused = appendsNothingTo(caseId, () -> api.as("caseworker1").post(
                path(caseId) + "/consents/" + othersConsent + "/withdrawal", body("withdrawnOn", daysAgo(3))));

        assertProblem(refused, 404);
    }

    static Stream<Arguments> invalidWithdrawals() {
        return Stream.of(
                arguments("without withdrawnOn", body(), "withdrawnOn"),
                // MAIN-CODE BUG 1 (EnquiryIT#refusesAMalformedReceivedOnDate): fails while the error names "body"
                arguments("malformed withdrawnOn", body("withdrawnOn", "2026-1-5"), "withdrawnOn"),
                arguments("withdrawnOn in the future", body("withdrawnOn", Cases.tomorrow()), "withdrawnOn"),
                arguments("unknown field", body("withdrawnOn", daysAgo(1), "reason", "x"), "reason"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidWithdrawals")
    void refusesAnInvalidWithdrawalAndAppendsNothing(String description, Map<String, Object> withdrawal,
                                                      String field) {
        String caseId = untouchedCase();

        Api.Response refused = appendsNothingTo(caseId, () -> api.as("caseworker1").post(
                path(caseId) + "/consents/" + untouchedConsent + "/withdrawal", withdrawal));

        assertInvalid(refused, field);
    }
}
