package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.adapters.it.Cases.body;
import static org.casebook.adapters.it.Cases.daysAgo;
import static org.casebook.adapters.it.Cases.path;
import static org.casebook.adapters.it.Cases.personalDetails;
import static org.casebook.adapters.it.ProblemAssertions.appendsNothingTo;
import static org.casebook.adapters.it.ProblemAssertions.assertInvalid;
import static org.casebook.adapters.it.ProblemAssertions.assertProblem;
import static org.casebook.adapters.it.ProblemAssertions.assertRuleBroken;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PUT personal-details: only with record-keeping consent; the first one raises the case to level 2 [002 §5.8]. */
class PersonalDetailsIT extends PostgresIntegrationTest {

    Cases cases;

    @BeforeEach
    void cases() {
        cases = new Cases(api);
    }

    Api.Response put(String caseId, Object details) {
        return api.as("caseworker1").put(path(caseId) + "/personal-details", details);
    }

    @Test
    void recordsPersonalDetailsAndRaisesTheCaseToLevelTwo() {
        String caseId = cases.openEnquiry();
        cases.giveRecordKeepingConsent(caseId);

        Api.Response recorded = put(caseId, personalDetails());

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        assertThat(recorded.header("ETag")).isEqualTo("\"4\"");
        assertThat(recorded.json().get("caseId").asText()).isEqualTo(caseId);
        assertThat(storedEventCount(caseId)).isEqualTo(4);
        assertThat(cases.eventTypes(caseId)).containsExactly("EnquiryReceived", "ConsentGiven",
                "PersonalDetailsRecorded", "CaseworkOpened");
        JsonNode view = cases.view(caseId);
        assertThat(view.get("level").asInt()).isEqualTo(2);
        assertThat(view.at("/personalDetails/parent/name").asText()).isEqualTo("Alex Parent");
        assertThat(view.at("/personalDetails/parent/email").asText()).isEqualTo("alex.parent@example.org");
        assertThat(view.at("/personalDetails/child/name").asText()).isEqualTo("Sam Parent");
        assertThat(view.at("/personalDetails/child/dateOfBirth").asText()).isEqualTo("2016-05-04");
        assertThat(view.at("/personalDetails/child/school").asText()).isEqualTo("Hillside Primary");
    }

    @Test
    void replacingPersonalDetailsKeepsLevelTwoAndOpensCaseworkOnlyOnce() {
        String caseId = cases.levelTwoCase();

        Api.Response replaced = put(caseId, body("parent", body("name", "Alex Newname")));

        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        assertThat(replaced.header("ETag")).isEqualTo("\"5\"");
        assertThat(storedEventCount(caseId)).isEqualTo(5);
        assertThat(cases.eventTypes(caseId)).filteredOn("CaseworkOpened"::equals).hasSize(1);
        JsonNode view = cases.view(caseId);
        assertThat(view.get("level").asInt()).isEqualTo(2);
        assertThat(view.at("/personalDetails/parent/name").asText()).isEqualTo("Alex Newname");
    }

    @Test
    void acceptsChildDetailsAlone() {
        String caseId = cases.openEnquiry();
        cases.giveRecordKeepingConsent(caseId);

        Api.Response recorded = put(caseId, body("child", body("name", "Sam", "dateOfBirth", "2015-09-01")));

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        assertThat(cases.view(caseId).get("level").asInt()).isEqualTo(2);
    }

    @Test
    void refusesPersonalDetailsWithoutRecordKeepingConsent() {
        String caseId = cases.openEnquiry();

        Api.Response refused = appendsNothingTo(caseId, () -> put(caseId, personalDetails()));

        assertRuleBroken(refused, "consent-required");
        assertThat(cases.view(caseId).get("level").asInt()).isEqualTo(1);
        assertThat(cases.view(caseId).get("personalDetails").isNull()).isTrue();
    }

    @Test
    void refusesPersonalDetailsUnderAnInformationSharingConsentAlone() {
        String caseId = cases.openEnquiry();
        cases.giveSharingConsent(caseId, "SCHOOL", daysAgo(100));

        Api.Response refused = appendsNothingTo(caseId, () -> put(caseId, personalDetails()));

        assertRuleBroken(refused, "consent-required");
    }

    @Test
    void refusesPersonalDetailsOnceRecordKeepingConsentIsWithdrawn() {
        String caseId = cases.openEnquiry();
        String consentId = cases.giveRecordKeepingConsent(caseId);
        api.as("caseworker1").post(path(caseId) + "/consents/" + consentId + "/withdrawal",
                body("withdrawnOn", daysAgo(2)));

        Api.Response refused = appendsNothingTo(caseId, () -> put(caseId, personalDetails()));

        assertRuleBroken(refused, "consent-required");
    }

    @Test
    void refusesABodyWithNeitherParentNorChild() {
        String caseId = cases.openEnquiry();
        cases.giveRecordKeepingConsent(caseId);

        Api.Response refused = appendsNothingTo(caseId, () -> put(caseId, body()));

        assertInvalid(refused, "parent");
    }

    /** MAIN-CODE BUG 1 (see EnquiryIT#refusesAMalformedReceivedOnDate): the error names "body", not the field. */
    @Test
    void refusesAMalformedDateOfBirth() {
        String caseId = cases.openEnquiry();
        cases.giveRecordKeepingConsent(caseId);

        Api.Response refused = appendsNothingTo(caseId, () -> put(caseId,
                body("child", body("name", "Sam", "dateOfBirth", "04/05/2016"))));

        assertInvalid(refused, "child.dateOfBirth");
    }

    @Test
    void refusesADateOfBirthInTheFuture() {
        String caseId = cases.openEnquiry();
        cases.giveRecordKeepingConsent(caseId);

        Api.Response refused = appendsNothingTo(caseId, () -> put(caseId,
                body("child", body("name", "Sam", "dateOfBirth", Cases.tomorrow()))));

        assertInvalid(refused, "child.dateOfBirth");
    }

    @Test
    void refusesAnUnknownFieldInTheParentDetails() {
        String caseId = cases.openEnquiry();
        cases.giveRecordKeepingConsent(caseId);

        Api.Response refused = appendsNothingTo(caseId, () -> put(caseId,
                body("parent", body("name", "Alex", "nationalInsuranceNumber", "QQ123456C"))));

        assertInvalid(refused, "parent.nationalInsuranceNumber");
        assertThat(refused.body()).doesNotContain("QQ123456C");
    }

    @Test
    void refusesAParentNameLongerThanAllowedWithoutEchoingIt() {
        String caseId = cases.openEnquiry();
        cases.giveRecordKeepingConsent(caseId);
        String longName = "Confidential" + "x".repeat(600);

        Api.Response refused = appendsNothingTo(caseId, () -> put(caseId, body("parent", body("name", longName))));

        assertInvalid(refused, "parent.name");
        assertThat(refused.body()).doesNotContain("Confidential");
    }

    @Test
    void refusesAParentGivenAsTextInsteadOfAnObject() {
        String caseId = cases.openEnquiry();
        cases.giveRecordKeepingConsent(caseId);

        Api.Response refused = appendsNothingTo(caseId, () -> put(caseId, body("parent", "Alex Confidential")));

        assertProblem(refused, 400);
        assertThat(refused.body()).doesNotContain("Confidential");
    }

    @Test
    void answersNotFoundForPersonalDetailsOnAnUnknownCase() {
        Api.Response refused = put(UUID.randomUUID().toString(), personalDetails());

        assertProblem(refused, 404);
    }

    @Test
    void keepsPersonalDataOutOfTheLevelOneEnquiryEvent() {
        String caseId = cases.levelTwoCase();

        JsonNode enquiry = cases.history(caseId).at("/events/0/data");

        assertThat(enquiry.toString()).doesNotContain("Alex Parent").doesNotContain("Sam Parent")
                .doesNotContain("Hillside");
    }
}
