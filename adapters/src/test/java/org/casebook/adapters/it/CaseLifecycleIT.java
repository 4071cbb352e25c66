package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;



import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The story of one case, told through the API: the smoke test of the whole wiring on PostgreSQL. */
class CaseLifecycleIT extends PostgresIntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    void anEnquiryBecomesCaseworkWithConsentAndItsHistorySaysWhoRecordedWhat() {
        Api.Response opened = api.as("caseworker1").post("/api/enquiries", Map.of(
                "receivedOn", TODAY.minusDays(3).toString(), "channel", "PHONE", "enquirerRole", "PARENT",
                "about", "CHILD", "topics", List.of("STATUTORY_ASSESSMENT")));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String caseId = opened.json().get("caseId").asText();
        assertThat(opened.header("Location")).isEqualTo("/api/cases/" + caseId);
        assertThat(opened.header("ETag")).isEqualTo("\"1\"");

        Api.Response consent = api.as("caseworker1").post("/api/cases/" + caseId + "/consents", Map.of(
                "kind", "RECORD_KEEPING", "givenOn", TODAY.minusDays(2).toString(), "givenBy", "PARENT",
                "method", "VERBAL"));
        assertThat(consent.status()).as(consent.toString()).isEqualTo(201);

        Api.Response details = api.as("caseworker1").put("/api/cases/" + caseId + "/personal-details", Map.of(
                "parent", Map.of("name", "Alex Example"), "child", Map.of("name", "Sam Example")));
        assertThat(details.status()).as(details.toString()).isEqualTo(200);
        assertThat(details.header("ETag")).isEqualTo("\"4\"");

        Api.Response view = api.as("caseworker1").get("/api/cases/" + caseId);
        assertThat(view.json().get("level").asInt()).isEqualTo(2);
        assertThat(view.json().at("/personalDetails/parent/name").asText()).isEqualTo("Alex Example");

        Api.Response history = api.as("caseworker1").get("/api/cases/" + caseId + "/history");
        assertThat(history.json().get("events")).extracting(event -> event.get("type").asText())
                .containsExactly("EnquiryReceived", "ConsentGiven", "PersonalDetailsRecorded", "CaseworkOpened");
        assertThat(history.json().at("/events/0/recordedBy").asText()).isEqualTo("caseworker1");
        assertThat(storedEventCount(caseId)).isEqualTo(4);
    }
}
