package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Erasure by crypto-shredding, through the API and straight against the stored rows. */
class ErasureIT extends PostgresIntegrationTest {

    private Cases cases;
    private ReadSideFixtures readSide;
    private String marker;
    private String caseId;

    @BeforeEach
    void aLevelTwoCaseFullOfPersonalData() {
        cases = new Cases(api);
        readSide = new ReadSideFixtures(api);
        marker = "Quillfeather" + UUID.randomUUID().toString().substring(0, 8);
        caseId = cases.openEnquiry();
        cases.giveRecordKeepingConsent(caseId);
        assertThat(api.as("caseworker1").put(Cases.path(caseId) + "/personal-details", Cases.body(
                "parent", Cases.body("name", marker + " Parent", "address", "1 " + marker + " Road",
                        "phone", "01752 " + marker.hashCode(), "email", marker + "@example.org"),
                "child", Cases.body("name", marker + " Child", "dateOfBirth", "2015-03-01",
                        "school", marker + " Primary", "needsSummary", "Needs " + marker))).status())
                .isEqualTo(200);
        assertThat(api.as("caseworker1").post(Cases.path(caseId) + "/notes", Cases.body(
                "writtenOn", Cases.daysAgo(1), "text", "The parent said " + marker)).status()).isEqualTo(201);
    }

    @Test
    void personalDataIsSealedInTheEventStoreEvenBeforeErasure() {
        assertThat(storedPayloads(caseId)).noneMatch(payload -> payload.contains(marker))
                .anyMatch(payload -> payload.contains("\"sealed\""));
        assertThat(api.as("caseworker1").get(Cases.path(caseId)).body()).contains(marker + " Parent");
    }

    @Test
    void afterErasureNothingShowsThePersonalDataAndTheEventRowsAreUnchanged() {
        List<String> before = storedPayloads(caseId);
        Instant beforeErasure = Instant.now();

        Api.Response erased = api.as("manager1").post(Cases.path(caseId) + "/erasure",
                Cases.body("reason", "The parent asked for erasure"));

        assertThat(erased.status()).as(erased.toString()).isEqualTo(201);
        assertThat(storedPayloads(caseId).subList(0, before.size())).isEqualTo(before);
        assertThat(api.as("caseworker1").get(Cases.path(caseId)).body()).doesNotContain(marker)
                .contains("\"name\":\"[erased]\"");
        assertThat(api.as("caseworker1").get(Cases.path(caseId) + "?asOf=" + beforeErasure).body())
                .doesNotContain(marker).contains("[erased]");
        Api.Response history = api.as("caseworker1").get(Cases.path(caseId) + "/history");
        assertThat(history.body()).doesNotContain(marker);
        assertThat(history.json().get("events")).extracting(event -> event.get("type").asText())
                .contains("PersonalDetailsRecorded", "CaseNoteWritten", "CaseErased");
        assertThat(api.as("manager1").get(Cases.path(caseId) + "/subject-access").body()).doesNotContain(marker);
        assertThat(keyBytes(caseId)).isNull();
    }

    @Test
    void theErasureIsAnEventSayingWhoErasedWhenAndWhy() {
        api.as("manager1").post(Cases.path(caseId) + "/erasure", Cases.body("reason", "Retention review"));

        var last = lastEvent(api.as("caseworker1").get(Cases.path(caseId) + "/history"));
        assertThat(last.get("type").asText()).isEqualTo("CaseErased");
        assertThat(last.get("recordedBy").asText()).isEqualTo("manager1");
        assertThat(last.at("/data/reason").asText()).isEqualTo("Retention review");
    }

    @Test
    void anErasedCaseTakesNoMoreCommands() {
        api.as("manager1").post(Cases.path(caseId) + "/erasure", Cases.body("reason", "Parent's request"));

        Api.Response refused = api.as("caseworker1").post(Cases.path(caseId) + "/contacts",
                Cases.body("contactOn", Cases.daysAgo(0), "channel", "PHONE"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.problemType()).isEqualTo("/problems/case-erased");
    }

    @Test
    void aFullReplayOfTheReadModelsAfterErasureHoldsNoTraceOfTheData() {
        api.as("manager1").post(Cases.path(caseId) + "/erasure", Cases.body("reason", "Parent's request"));
        readSide.awaitProjections();

        readSide.rebuild(java.time.Duration.ofSeconds(60), "caseload", "reports");

        assertThat(readModelText()).doesNotContain(marker);
        assertThat(api.as("caseworker1").get(Cases.path(caseId) + "/history").body()).doesNotContain(marker);
    }

    @Test
    void onlyAManagerMayErase() {
        for (String user : List.of("caseworker1", "volunteer1", "auditor1", "dg1")) {
            Api.Response refused = api.as(user).post(Cases.path(caseId) + "/erasure", Cases.body("reason", "x"));
            assertThat(refused.status()).as(user).isEqualTo(403);
        }
        assertThat(keyBytes(caseId)).isNotNull();
    }

    @Test
    void anErasureNeedsAReason() {
        Api.Response refused = api.as("manager1").post(Cases.path(caseId) + "/erasure", Cases.body("reason", " "));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(keyBytes(caseId)).isNotNull();
    }

    private static com.fasterxml.jackson.databind.JsonNode lastEvent(Api.Response history) {
        var events = history.json().get("events");
        return events.get(events.size() - 1);
    }

    private static List<String> storedPayloads(String caseId) {
        return sql(connection -> {
            var statement = connection.prepareStatement("SELECT payload FROM domain_event_entry"
                    + " WHERE aggregate_identifier = ? ORDER BY sequence_number");
            statement.setString(1, caseId);
            var rows = statement.executeQuery();
            List<String> payloads = new java.util.ArrayList<>();
            while (rows.next()) {
                payloads.add(new String(rows.getBytes(1), StandardCharsets.UTF_8));
            }
            return payloads;
        });
    }

    private static byte[] keyBytes(String caseId) {
        return sql(connection -> {
            // Stored wrapped by the master key (ADR 16); erasure sets it to NULL.
            var statement = connection.prepareStatement("SELECT wrapped_key FROM case_key WHERE case_id = ?");
            statement.setString(1, caseId);
            var rows = statement.executeQuery();
            return rows.next() ? rows.getBytes(1) : new byte[0];
        });
    }

    private static String readModelText() {
        return sql(connection -> {
            StringBuilder all = new StringBuilder();
            for (String table : List.of("caseload_case", "report_fact", "report_case",
                    "report_safeguarding_override", "idempotency_record")) {
                var rows = connection.createStatement().executeQuery("SELECT * FROM " + table);
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    for (int i = 1; i <= columns; i++) {
                        all.append(rows.getString(i)).append('|');
                    }
                }
            }
            return all.toString();
        });
    }
}
