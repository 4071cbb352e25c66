package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.adapters.it.Cases.REMOVE;
import static org.casebook.adapters.it.Cases.body;
import static org.casebook.adapters.it.Cases.daysAgo;
import static org.casebook.adapters.it.Cases.path;
import static org.casebook.adapters.it.Cases.with;
import static org.casebook.adapters.it.ProblemAssertions.appendsNothingTo;
import static org.casebook.adapters.it.ProblemAssertions.assertInvalid;
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
 * Information leaves the service only under a consent live on that day for that recipient, or on safeguarding
 * grounds with a justification and the approval of a manager other than the recorder [002 App. B 9-12].
 */
class InformationSharingIT extends PostgresIntegrationTest {

    Cases cases;

    /** A case that the refused requests below must leave untouched, shared to keep the suite fast. */
    static String untouchedCase;

    @BeforeEach
    void cases() {
        cases = new Cases(api);
    }

    static Map<String, Object> sharing(String recipient, String sharedOn) {
        return body("sharedOn", sharedOn, "recipient", recipient, "purpose", "Ask school to review the IEP",
                "recipientName", "Hillside Primary SENCO");
    }

    static Map<String, Object> safeguarding(String approvedBy) {
        return body("sharedOn", daysAgo(2), "recipient", "SOCIAL_CARE", "purpose", "Child protection referral",
                "safeguarding", true, "justification", "Disclosure of harm during a home visit",
                "approvedBy", approvedBy, "ground", "CHILD_PROTECTION");
    }

    Api.Response share(String user, String caseId, Map<String, Object> sharing) {
        return api.as(user).post(path(caseId) + "/information-sharing", sharing);
    }

    @Test
    void sharesWithARecipientTheParentConsentedTo() {
        String caseId = cases.levelTwoCase();
        String consentId = cases.giveSharingConsent(caseId, "SCHOOL", daysAgo(30));

        Api.Response shared = share("caseworker1", caseId, sharing("SCHOOL", daysAgo(10)));

        assertThat(shared.status()).as(shared.toString()).isEqualTo(201);
        String sharingId = shared.json().get("sharingId").asText();
        assertThat(UUID.fromString(sharingId).toString()).isEqualTo(sharingId);
        assertThat(shared.header("ETag")).isEqualTo("\"6\"");
        assertThat(storedEventCount(caseId)).isEqualTo(6);
        JsonNode event = cases.lastEvent(caseId);
        assertThat(event.get("type").asText()).isEqualTo("InformationShared");
        assertThat(event.at("/data/consentId").asText()).isEqualTo(consentId);
        assertThat(event.at("/data/purpose").asText()).isEqualTo("Ask school to review the IEP");
    }

    @Test
    void sharesOnTheDayTheConsentWasGiven() {
        String caseId = cases.levelTwoCase();
        cases.giveSharingConsent(caseId, "SCHOOL", daysAgo(30));

        Api.Response shared = share("caseworker1", caseId, sharing("SCHOOL", daysAgo(30)));

        assertThat(shared.status()).as(shared.toString()).isEqualTo(201);
    }

    @Test
    void refusesSharingWithARecipientTheParentDidNotConsentTo() {
        String caseId = cases.levelTwoCase();
        cases.giveSharingConsent(caseId, "SCHOOL", daysAgo(30));

        Api.Response refused = appendsNothingTo(caseId, () -> share("caseworker1", caseId,
                sharing("LOCAL_AUTHORITY", daysAgo(10))));

        assertRuleBroken(refused, "consent-required");
    }

    @Test
    void refusesSharingWithoutAnySharingConsent() {
        String caseId = cases.levelTwoCase();

        Api.Response refused = appendsNothingTo(caseId, () -> share("caseworker1", caseId,
                sharing("SCHOOL", daysAgo(10))));

        assertRuleBroken(refused, "consent-required");
    }

    @Test
    void refusesSharingDatedBeforeTheConsentWasGiven() {
        String caseId = cases.levelTwoCase();
        cases.giveSharingConsent(caseId, "SCHOOL", daysAgo(30));

        Api.Response refused = appendsNothingTo(caseId, () -> share("caseworker1", caseId,
                sharing("SCHOOL", daysAgo(31))));

        assertRuleBroken(refused, "consent-required");
    }

    @Test
    void sharingOnTheDayConsentWasWithdrawnIsStillCovered() {
        String caseId = cases.levelTwoCase();
        String consentId = cases.giveSharingConsent(caseId, "SCHOOL", daysAgo(30));
        api.as("caseworker1").post(path(caseId) + "/consents/" + consentId + "/withdrawal",
                body("withdrawnOn", daysAgo(10)));

        Api.Response shared = share("caseworker1", caseId, sharing("SCHOOL", daysAgo(10)));

        assertThat(shared.status()).as(shared.toString()).isEqualTo(201);
    }

    @Test
    void refusesSharingAfterTheConsentWasWithdrawn() {
        String caseId = cases.levelTwoCase();
        String consentId = cases.giveSharingConsent(caseId, "SCHOOL", daysAgo(30));
        api.as("caseworker1").post(path(caseId) + "/consents/" + consentId + "/withdrawal",
                body("withdrawnOn", daysAgo(10)));

        Api.Response refused = appendsNothingTo(caseId, () -> share("caseworker1", caseId,
                sharing("SCHOOL", daysAgo(9))));

        assertRuleBroken(refused, "consent-required");
    }

    @Test
    void aRecordKeepingConsentDoesNotCoverSharing() {
        String caseId = cases.levelTwoCase();

        Api.Response refused = appendsNothingTo(caseId, () -> share("caseworker1", caseId,
                sharing("SCHOOL", daysAgo(5))));

        assertRuleBroken(refused, "consent-required");
    }

    @Test
    void sharesOnSafeguardingGroundsWithoutConsentWhenAnotherManagerApproved() {
        String caseId = cases.levelTwoCase();

        Api.Response shared = share("caseworker1", caseId, safeguarding("manager1"));

        assertThat(shared.status()).as(shared.toString()).isEqualTo(201);
        assertThat(storedEventCount(caseId)).isEqualTo(5);
        JsonNode event = cases.lastEvent(caseId);
        assertThat(event.get("type").asText()).isEqualTo("InformationShared");
        assertThat(event.get("recordedBy").asText()).isEqualTo("caseworker1");
        assertThat(event.at("/data/safeguardingOverride/approvedBy").asText()).isEqualTo("manager1");
        assertThat(event.at("/data/safeguardingOverride/justification").asText())
                .isEqualTo("Disclosure of harm during a home visit");
        assertThat(event.at("/data/safeguardingOverride/ground").asText()).isEqualTo("CHILD_PROTECTION");
        assertThat(event.at("/data/consentId").isNull()).isTrue();
    }

    @Test
    void refusesASafeguardingDisclosureThatNamesNoGround() {
        String caseId = cases.levelTwoCase();

        Api.Response refused = appendsNothingTo(caseId, () -> share("caseworker1", caseId,
                with(safeguarding("manager1"), "ground", REMOVE)));

        assertRuleBroken(refused, "safeguarding-ground-required");
    }

    @Test
    void refusesAGroundTheServiceDoesNotRecognise() {
        String caseId = cases.levelTwoCase();

        Api.Response refused = appendsNothingTo(caseId, () -> share("caseworker1", caseId,
                with(safeguarding("manager1"), "ground", "HISTORIC_ABUSE_OF_THE_PARENT")));

        assertInvalid(refused, "ground");
    }

    /** Child protection overrides confidentiality whether or not the parent agreed to records [002 §4.2, App. B 13]. */
    @Test
    void sharesOnCivilSafetyGroundsFromALevelOneCase() {
        String caseId = cases.openEnquiry();

        Api.Response shared = share("caseworker1", caseId, with(safeguarding("manager1"), "ground", "CIVIL_SAFETY"));

        assertThat(shared.status()).as(shared.toString()).isEqualTo(201);
        assertThat(cases.lastEvent(caseId).at("/data/safeguardingOverride/ground").asText()).isEqualTo("CIVIL_SAFETY");
    }

    @Test
    void refusesSharingWithConsentFromALevelOneCase() {
        String caseId = cases.openEnquiry();
        cases.giveSharingConsent(caseId, "SCHOOL", daysAgo(30));

        Api.Response refused = appendsNothingTo(caseId, () -> share("caseworker1", caseId,
                sharing("SCHOOL", daysAgo(10))));

        assertRuleBroken(refused, "consent-required");
    }

    @Test
    void refusesASafeguardingDisclosureApprovedByTheManagerRecordingIt() {
        String caseId = cases.levelTwoCase();

        Api.Response refused = appendsNothingTo(caseId, () -> share("manager1", caseId, safeguarding("manager1")));

        assertRuleBroken(refused, "safeguarding-approval-required");
    }

    @Test
    void refusesASafeguardingDisclosureApprovedByACaseworker() {
        String caseId = cases.levelTwoCase();

        Api.Response refused = appendsNothingTo(caseId, () -> share("caseworker1", caseId,
                safeguarding("caseworker2")));

        assertRuleBroken(refused, "safeguarding-approval-required");
    }

    @Test
    void refusesASafeguardingDisclosureApprovedByTheCaseworkerRecordingIt() {
        String caseId = cases.levelTwoCase();

        Api.Response refused = appendsNothingTo(caseId, () -> share("caseworker1", caseId,
                safeguarding("caseworker1")));

        assertRuleBroken(refused, "safeguarding-approval-required");
    }

    @Test
    void refusesASafeguardingDisclosureApprovedByAnUnknownUser() {
        String caseId = cases.levelTwoCase();

        Api.Response refused = appendsNothingTo(caseId, () -> share("caseworker1", caseId,
                safeguarding("manager99")));

        assertRuleBroken(refused, "safeguarding-approval-required");
    }

    @Test
    void refusesASafeguardingDisclosureWithoutApproval() {
        String caseId = cases.levelTwoCase();

        Api.Response refused = appendsNothingTo(caseId, () -> share("caseworker1", caseId,
                with(safeguarding("manager1"), "approvedBy", REMOVE)));

        assertRuleBroken(refused, "safeguarding-approval-required");
    }

    @Test
    void refusesASafeguardingDisclosureWithoutJustification() {
        String caseId = cases.levelTwoCase();

        Api.Response refused = appendsNothingTo(caseId, () -> share("caseworker1", caseId,
                with(safeguarding("manager1"), "justification", REMOVE)));

        assertRuleBroken(refused, "safeguarding-approval-required");
    }

    @Test
    void refusesASafeguardingDisclosureWithABlankJustification() {
        String caseId = cases.levelTwoCase();

        Api.Response refused = appendsNothingTo(caseId, () -> share("caseworker1", caseId,
                with(safeguarding("manager1"), "justification", "  ")));

        assertRuleBroken(refused, "safeguarding-approval-required");
    }

    @Test
    void safeguardingFalseStillNeedsConsent() {
        String caseId = cases.levelTwoCase();

        Api.Response refused = appendsNothingTo(caseId, () -> share("caseworker1", caseId,
                with(safeguarding("manager1"), "safeguarding", false)));

        assertRuleBroken(refused, "consent-required");
    }

    static Stream<Arguments> invalidSharings() {
        Map<String, Object> valid = sharing("SCHOOL", daysAgo(5));
        return Stream.of(
                arguments("without sharedOn", with(valid, "sharedOn", REMOVE), "sharedOn"),
                arguments("without recipient", with(valid, "recipient", REMOVE), "recipient"),
                arguments("without purpose", with(valid, "purpose", REMOVE), "purpose"),
                arguments("with unknown recipient", with(valid, "recipient", "PRESS"), "recipient"),
                // MAIN-CODE BUG 1 (EnquiryIT#refusesAMalformedReceivedOnDate): fails while the error names "body"
                arguments("with malformed sharedOn", with(valid, "sharedOn", "5 days ago"), "sharedOn"),
                arguments("shared in the future", with(valid, "sharedOn", Cases.tomorrow()), "sharedOn"),
                arguments("with safeguarding not a boolean", with(valid, "safeguarding", "urgent"), "safeguarding"),
                arguments("with unknown field", with(valid, "copiedTo", "x"), "copiedTo"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSharings")
    void refusesAnInvalidSharingAndAppendsNothing(String description, Map<String, Object> sharing, String field) {
        if (untouchedCase == null) {
            untouchedCase = cases.levelTwoCase();
            cases.giveSharingConsent(untouchedCase, "SCHOOL", daysAgo(30));
        }
        String caseId = untouchedCase;

        Api.Response refused = appendsNothingTo(caseId, () -> share("caseworker1", caseId, sharing));

        assertInvalid(refused, field);
    }
}
