package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestSizeLimitIT extends PostgresIntegrationTest {

    @Test
    void anOversizedBodyIsRefusedAndNothingIsRecorded() {
        Cases cases = new Cases(api);
        String caseId = cases.levelTwoCase();
        long before = storedEventCount(caseId);
        String huge = "{\"writtenOn\":\"" + Cases.daysAgo(1) + "\",\"text\":\"" + "x".repeat(300 * 1024) + "\"}";

        Api.Response refused = api.as("caseworker1").post(Cases.path(caseId) + "/notes", huge);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.problemType()).isEqualTo("/problems/payload-too-large");
        assertThat(storedEventCount(caseId)).isEqualTo(before);
    }

    @Test
    void aLongButReasonableNoteIsAccepted() {
        Cases cases = new Cases(api);
        String caseId = cases.levelTwoCase();

        Api.Response accepted = api.as("caseworker1").post(Cases.path(caseId) + "/notes",
                Cases.body("writtenOn", Cases.daysAgo(1), "text", "y".repeat(20_000)));

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
    }
}
