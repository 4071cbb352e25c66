package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cases closed longer ago than the retention period (six years by default) are listed first, then erased. */
class RetentionIT extends PostgresIntegrationTest {

    @Test
    void listsACaseClosedBeyondTheRetentionPeriodAndErasesItOnRequest() {
        Cases cases = new Cases(api);
        ReadSideFixtures readSide = new ReadSideFixtures(api);
        String old = cases.openEnquiry("2015-03-02");
        cases.close(old, "2016-01-04");
        String recent = cases.openEnquiry(Cases.daysAgo(30));
        cases.close(recent, Cases.daysAgo(2));
        readSide.awaitProjections();

        Api.Response listing = api.as("manager1").get("/api/admin/retention");

        assertThat(listing.status()).as(listing.toString()).isEqualTo(200);
        assertThat(listing.body()).contains(old).doesNotContain(recent);
        assertThat(listing.json().get("keepFor").asText()).isEqualTo("P6Y");
        assertThat(api.as("caseworker1").get(Cases.path(old) + "/history").body()).doesNotContain("CaseErased");

        Api.Response run = api.as("manager1").post("/api/admin/retention/run", null);

        assertThat(run.status()).isEqualTo(200);
        assertThat(run.json().get("erased").asInt()).isGreaterThanOrEqualTo(1);
        Api.Response history = api.as("caseworker1").get(Cases.path(old) + "/history");
        assertThat(history.body()).contains("CaseErased").contains("\"recordedBy\":\"retention\"");
        assertThat(api.as("caseworker1").get(Cases.path(recent) + "/history").body()).doesNotContain("CaseErased");
        readSide.awaitProjections();
        assertThat(api.as("manager1").get("/api/admin/retention").body()).doesNotContain(old);
    }

    @Test
    void onlyManagersSeeOrRunRetention() {
        assertThat(api.as("caseworker1").get("/api/admin/retention").status()).isEqualTo(403);
        assertThat(api.as("auditor1").post("/api/admin/retention/run", null).status()).isEqualTo(403);
    }
}
