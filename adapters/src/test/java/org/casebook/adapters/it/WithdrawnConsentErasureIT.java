package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.adapters.it.Cases.body;
import static org.casebook.adapters.it.Cases.daysAgo;
import static org.casebook.adapters.it.Cases.path;
import static org.casebook.adapters.it.ReadSideFixtures.uniqueWorker;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Once no record-keeping consent on a case is live, the case is due for erasure [002 §4.2]: {@code ERASURE_DUE} on
 * the caseload and in the retention list, 30 days after the withdrawal by default, unless consent is given again.
 */
class WithdrawnConsentErasureIT extends PostgresIntegrationTest {

    Cases cases;
    ReadSideFixtures readSide;
    String worker;

    @BeforeEach
    void fixtures() {
        cases = new Cases(api);
        readSide = new ReadSideFixtures(api);
        worker = uniqueWorker();
    }

    @Test
    void withdrawingTheOnlyRecordKeepingConsentPutsErasureDueOnTheCaseloadAndInTheRetentionList() {
        String caseId = levelTwoCaseOf(worker);
        withdraw(caseId, consentOf(caseId), daysAgo(3));

        JsonNode item = erasureItem(caseId);
        assertThat(item.get("dueOn").asText()).isEqualTo(daysAgo(3 - 30));
        assertThat(item.get("overdue").asBoolean()).isFalse();
        JsonNode listing = retention();
        assertThat(listing.get("afterWithdrawal").asText()).isEqualTo("P30D");
        JsonNode listed = find(listing.get("erasureDue"), caseId);
        assertThat(listed).as(listing.toString()).isNotNull();
        assertThat(listed.get("reason").asText()).isEqualTo("CONSENT_WITHDRAWN");
        assertThat(listed.get("consentWithdrawnOn").asText()).isEqualTo(daysAgo(3));
        assertThat(listed.get("erasableFrom").asText()).isEqualTo(daysAgo(3 - 30));
        assertThat(find(listing.get("due"), caseId)).as("not due yet").isNull();
    }

    @Test
    void theRetentionRunErasesACaseThirtyDaysAfterItsConsentWasWithdrawn() {
        String caseId = levelTwoCaseOf(worker);
        withdraw(caseId, consentOf(caseId), daysAgo(40));
        assertThat(erasureItem(caseId).get("overdue").asBoolean()).isTrue();
        JsonNode due = find(retention().get("due"), caseId);
        assertThat(due).isNotNull();
        assertThat(due.get("reason").asText()).isEqualTo("CONSENT_WITHDRAWN");

        Api.Response run = api.as("manager1").post("/api/admin/retention/run", null);

        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        JsonNode erased = cases.lastEvent(caseId);
        assertThat(erased.get("type").asText()).isEqualTo("CaseErased");
        assertThat(cases.history(caseId).toString()).doesNotContain("Alex Parent");
        readSide.awaitProjections();
        assertThat(find(retention().get("erasureDue"), caseId)).isNull();
        assertThat(ReadSideFixtures.caseIds(readSide.caseloadOf(worker))).doesNotContain(caseId);
    }

    @Test
    void consentGivenAgainBeforeTheErasureKeepsTheCase() {
        String caseId = levelTwoCaseOf(worker);
        withdraw(caseId, consentOf(caseId), daysAgo(40));
        assertThat(erasureItem(caseId)).isNotNull();

        cases.giveConsent(caseId, "RECORD_KEEPING", daysAgo(2));

        JsonNode entry = ReadSideFixtures.entry(readSide.caseloadOf(worker), caseId);
        assertThat(entry.get("dueItems").toString()).doesNotContain("ERASURE_DUE");
        JsonNode listing = retention();
        assertThat(find(listing.get("erasureDue"), caseId)).isNull();
        assertThat(find(listing.get("due"), caseId)).isNull();
    }

    @Test
    void aCaseStillHoldingAnotherRecordKeepingConsentIsNotDue() {
        String caseId = levelTwoCaseOf(worker);
        cases.giveConsent(caseId, "RECORD_KEEPING", daysAgo(100));
        withdraw(caseId, consentOf(caseId), daysAgo(40));

        JsonNode entry = ReadSideFixtures.entry(readSide.caseloadOf(worker), caseId);

        assertThat(entry.get("dueItems").toString()).doesNotContain("ERASURE_DUE");
        assertThat(find(retention().get("erasureDue"), caseId)).isNull();
    }

    @Test
    void withdrawingASharingConsentMakesNothingDue() {
        String caseId = levelTwoCaseOf(worker);
        String sharing = cases.giveSharingConsent(caseId, "SCHOOL", daysAgo(50));
        withdraw(caseId, sharing, daysAgo(40));

        JsonNode entry = ReadSideFixtures.entry(readSide.caseloadOf(worker), caseId);

        assertThat(entry.get("dueItems").toString()).doesNotContain("ERASURE_DUE");
    }

    // ---------------------------------------------------------------------------------------------------------------

    private String levelTwoCaseOf(String username) {
        String caseId = cases.levelTwoCase();
        cases.allocate(caseId, username);
        return caseId;
    }

    /** The first consent on the case: the record-keeping consent {@link Cases#levelTwoCase()} gave. */
    private String consentOf(String caseId) {
        return cases.view(caseId).at("/consents/0/consentId").asText();
    }

    private void withdraw(String caseId, String consentId, String withdrawnOn) {
        Api.Response withdrawn = api.as("caseworker1").post(path(caseId) + "/consents/" + consentId + "/withdrawal",
                body("withdrawnOn", withdrawnOn));
        assertThat(withdrawn.status()).as(withdrawn.toString()).isIn(200, 201);
    }

    private JsonNode erasureItem(String caseId) {
        JsonNode entry = ReadSideFixtures.entry(readSide.caseloadOf(worker), caseId);
        for (JsonNode item : entry.get("dueItems")) {
            if (item.get("kind").asText().equals("ERASURE_DUE")) {
                return item;
            }
        }
        throw new AssertionError("no ERASURE_DUE in " + entry);
    }

    private JsonNode retention() {
        readSide.awaitProjections();
        Api.Response listing = api.as("manager1").get("/api/admin/retention");
        assertThat(listing.status()).as(listing.toString()).isEqualTo(200);
        return listing.json();
    }

    private static JsonNode find(JsonNode candidates, String caseId) {
        for (JsonNode candidate : candidates) {
            if (candidate.get("caseId").asText().equals(caseId)) {
                return candidate;
            }
        }
        return null;
    }
}
