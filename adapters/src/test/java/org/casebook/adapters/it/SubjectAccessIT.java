package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SubjectAccessIT extends PostgresIntegrationTest {

    @Test
    void givesEverythingHeldAboutTheFamilyAndWhoSharedWhatWithWhom() {
        Cases cases = new Cases(api);
        String marker = "Tallowmere" + UUID.randomUUID().toString().substring(0, 6);
        String caseId = cases.openEnquiry();
        cases.giveRecordKeepingConsent(caseId);
        cases.giveSharingConsent(caseId, "SCHOOL", Cases.daysAgo(10));
        api.as("caseworker1").put(Cases.path(caseId) + "/personal-details",
                Cases.body("parent", Cases.body("name", marker), "child", Cases.body("name", marker + " Jr")));
        api.as("caseworker1").post(Cases.path(caseId) + "/information-sharing", Cases.body("sharedOn",
                Cases.daysAgo(5), "recipient", "SCHOOL", "purpose", "Ask about support for " + marker));

        Api.Response access = api.as("manager1").get(Cases.path(caseId) + "/subject-access");

        assertThat(access.status()).as(access.toString()).isEqualTo(200);
        assertThat(access.json().at("/caseNow/personalDetails/parent/name").asText()).isEqualTo(marker);
        assertThat(access.json().get("informationShared")).hasSize(1);
        assertThat(access.json().at("/informationShared/0/recordedBy").asText()).isEqualTo("caseworker1");
        assertThat(access.json().at("/informationShared/0/data/recipient").asText()).isEqualTo("SCHOOL");
        assertThat(access.json().at("/informationShared/0/data/purpose").asText()).contains(marker);
    }

    @Test
    void recordsTheRequestDateAndShowsItsOneMonthDueDate() {
        Cases cases = new Cases(api);
        String caseId = cases.openEnquiry();

        Api.Response recorded = api.as("manager1").post(Cases.path(caseId) + "/subject-access-requests",
                Cases.body("receivedOn", "2026-01-31"));

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(recorded.json().get("dueOn").asText()).isEqualTo("2026-02-28");
        Api.Response access = api.as("manager1").get(Cases.path(caseId) + "/subject-access");
        assertThat(access.json().at("/requests/0/receivedOn").asText()).isEqualTo("2026-01-31");
        assertThat(access.json().at("/requests/0/dueOn").asText()).isEqualTo("2026-02-28");
    }

    @Test
    void onlyManagersHandleSubjectAccess() {
        String caseId = new Cases(api).openEnquiry();
        for (String user : List.of("caseworker1", "volunteer1", "auditor1", "dg1")) {
            assertThat(api.as(user).get(Cases.path(caseId) + "/subject-access").status()).as(user).isEqualTo(403);
            assertThat(api.as(user).post(Cases.path(caseId) + "/subject-access-requests",
                    Cases.body("receivedOn", Cases.daysAgo(1))).status()).as(user).isEqualTo(403);
        }
    }

    @Test
    void anUnknownCaseIsNotFound() {
        assertThat(api.as("manager1").get("/api/cases/" + UUID.randomUUID() + "/subject-access").status())
                .isEqualTo(404);
    }
}
