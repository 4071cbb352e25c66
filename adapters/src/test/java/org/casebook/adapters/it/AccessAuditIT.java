package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.adapters.it.Cases.body;
import static org.casebook.adapters.it.Cases.path;
import static org.casebook.adapters.it.ProblemAssertions.assertInvalid;
import static org.casebook.adapters.it.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every read of a case's data is recorded (who, when, which case, which endpoint), never with the data itself, and
 * managers can list the records.
 */
class AccessAuditIT extends PostgresIntegrationTest {

    Cases cases;

    @BeforeEach
    void cases() {
        cases = new Cases(api);
    }

    /** A level-2 case whose parent and child have names no other test uses. */
    String caseWithDistinctiveNames(String parentName, String childName) {
        String caseId = cases.openEnquiry();
        cases.giveRecordKeepingConsent(caseId);
        Api.Response recorded = api.as("caseworker1").put(path(caseId) + "/personal-details", body(
                "parent", body("name", parentName, "address", "7 Quillon Mews, Truro TR1 9ZZ",
                        "phone", "01872 987654", "email", "q.parent@example.org", "preferredLanguage", "Cornish",
                        "preferredContact", "EMAIL"),
                "child", body("name", childName, "dateOfBirth", "2015-02-03", "school", "Quillon Academy",
                        "needsSummary", "Speech and language; awaiting review")));
        assertThat(recorded.status()).as(recorded.toString()).isIn(200, 201);
        return caseId;
    }

    @Test
    void recordsEachReadOfACaseWithItsEndpointAndNoPersonalData() {
        String parentName = "Ottoline Quillfeather-" + UUID.randomUUID().toString().substring(0, 8);
        String childName = "Barnaby Quillfeather-" + UUID.randomUUID().toString().substring(0, 8);
        String caseId = caseWithDistinctiveNames(parentName, childName);
        Instant asOf = CaseQueryIT.pause();

        assertThat(api.as("caseworker1").get(path(caseId)).body()).contains(parentName);
        assertThat(api.as("caseworker1").get(path(caseId) + CaseQueryIT.asOf(asOf)).status()).isEqualTo(200);
        assertThat(api.as("caseworker1").get(path(caseId) + "/history").body()).contains(childName);

        JsonNode records = recordsOf(caseId, 3);
        assertThat(records).hasSize(3);
        assertThat(endpoints(records)).as("newest first").containsExactly(
                "GET /api/cases/{id}/history", "GET /api/cases/{id}?asOf=" + asOf, "GET /api/cases/{id}");
        for (JsonNode record : records) {
            assertThat(fieldNames(record)).containsExactlyInAnyOrder("accessedAt", "username", "role", "caseId",
                    "endpoint", "redacted");
            assertThat(record.get("username").asText()).isEqualTo("caseworker1");
            assertThat(record.get("role").asText()).isEqualTo("CASEWORKER");
            assertThat(record.get("caseId").asText()).isEqualTo(caseId);
            assertThat(record.get("redacted").asBoolean()).isFalse();
            assertThat(Instant.parse(record.get("accessedAt").asText())).isBetween(asOf.minusSeconds(60),
                    Instant.now().plusSeconds(60));
        }
        String everythingStored = storedAccessRecords();
        assertThat(everythingStored).contains(caseId)
                .doesNotContain(parentName).doesNotContain(childName).doesNotContain("Quillfeather")
                .doesNotContain("Quillon").doesNotContain("01872 987654").doesNotContain("q.parent@example.org");
    }

    @Test
    void recordsAnAuditorsReadAsRedacted() {
        String caseId = cases.levelTwoCase();

        assertThat(api.as("auditor1").get(path(caseId) + "/history").status()).isEqualTo(200);

        JsonNode records = recordsOf(caseId, 1);
        assertThat(records).hasSize(1);
        assertThat(records.get(0).get("username").asText()).isEqualTo("auditor1");
        assertThat(records.get(0).get("role").asText()).isEqualTo("AUDITOR");
        assertThat(records.get(0).get("endpoint").asText()).isEqualTo("GET /api/cases/{id}/history");
        assertThat(records.get(0).get("redacted").asBoolean()).isTrue();
    }

    @Test
    void recordsASubjectAccessExport() {
        String caseId = cases.levelTwoCase();

        Api.Response export = api.as("manager1").get(path(caseId) + "/subject-access");
        assertThat(export.status()).as(export.toString()).isEqualTo(200);

        JsonNode records = recordsOf(caseId, 1);
        assertThat(records).hasSize(1);
        assertThat(records.get(0).get("endpoint").asText()).isEqualTo("GET /api/cases/{id}/subject-access");
        assertThat(records.get(0).get("role").asText()).isEqualTo("MANAGER");
        assertThat(records.get(0).get("redacted").asBoolean()).isFalse();
    }

    @Test
    void doesNotRecordAReadThatFailed() {
        String unknown = UUID.randomUUID().toString();
        String notTheirs = cases.levelTwoCase();

        assertProblem(api.as("caseworker1").get(path(unknown)), 404);
        assertProblem(api.as("volunteer1").get(path(notTheirs)), 404);
        assertProblem(api.as("volunteer1").get(path(notTheirs) + "/history"), 404);
        // A later read that is recorded shows that the refused ones above had their chance to be recorded too.
        assertThat(api.as("caseworker1").get(path(notTheirs)).status()).isEqualTo(200);
        recordsOf(notTheirs, 1);

        assertThat(list("manager1", "?caseId=" + unknown).json()).isEmpty();
        assertThat(recordsOf(notTheirs, 1)).extracting(record -> record.get("username").asText())
                .containsExactly("caseworker1");
    }

    @Test
    void doesNotRecordCommandsOrCaseloads() {
        String caseId = cases.levelTwoCase();
        cases.recordContact(caseId, Cases.daysAgo(1));
        assertThat(api.as("caseworker1").get("/api/caseload?worker=caseworker1").status()).isEqualTo(200);

        assertThat(list("manager1", "?caseId=" + caseId).json()).isEmpty();
    }

    @Test
    void managersCanNarrowTheListByReaderPeriodAndSize() {
        String caseId = cases.levelTwoCase();
        Instant before = Instant.now().minusSeconds(1);
        api.as("caseworker1").get(path(caseId));
        api.as("manager1").get(path(caseId));
        api.as("auditor1").get(path(caseId));
        recordsOf(caseId, 3);

        assertThat(list("manager1", "?caseId=" + caseId + "&username=auditor1").json())
                .extracting(record -> record.get("username").asText()).containsExactly("auditor1");
        assertThat(list("manager1", "?caseId=" + caseId + "&limit=2").json()).hasSize(2);
        assertThat(list("manager1", "?caseId=" + caseId + "&from=" + encoded(before)).json()).hasSize(3);
        assertThat(list("manager1", "?caseId=" + caseId + "&to=" + encoded(before)).json()).isEmpty();
        assertThat(list("manager1", "?username=auditor1&limit=1").json().get(0).get("username").asText())
                .isEqualTo("auditor1");
    }

    @Test
    void refusesALimitAboveOneThousandAndAMalformedFilter() {
        assertInvalid(list("manager1", "?limit=1001"), "limit");
        assertInvalid(list("manager1", "?limit=0"), "limit");
        assertInvalid(list("manager1", "?caseId=not-a-case"), "caseId");
        assertInvalid(list("manager1", "?from=yesterday"), "from");
    }

    @ParameterizedTest
    @ValueSource(strings = {"caseworker1", "auditor1", "volunteer1", "dg1"})
    void onlyManagersMayListReads(String user) {
        assertProblem(list(user, ""), 403);
    }

    @Test
    void refusesTheListWithoutCredentials() {
        assertProblem(list(null, ""), 401);
    }

    Api.Response list(String user, String query) {
        return api.as(user).get("/api/audit/access" + query);
    }

    /**
     * The records of a case as a manager lists them, once there are {@code expected} of them: a read is recorded
     * just after its response is sent, so the last one may take a moment to appear.
     */
    JsonNode recordsOf(String caseId, int expected) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        JsonNode records;
        do {
            Api.Response listed = list("manager1", "?caseId=" + caseId);
            assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
            records = listed.json();
            if (records.size() >= expected) {
                return records;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        } while (Instant.now().isBefore(deadline));
        return records;
    }

    static List<String> endpoints(JsonNode records) {
        List<String> endpoints = new ArrayList<>();
        records.forEach(record -> endpoints.add(record.get("endpoint").asText()));
        return endpoints;
    }

    static List<String> fieldNames(JsonNode record) {
        List<String> names = new ArrayList<>();
        record.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static String encoded(Instant instant) {
        return URLEncoder.encode(instant.toString(), StandardCharsets.UTF_8);
    }

    /** Every column of every access record, as text. */
    static String storedAccessRecords() {
        return sql(connection -> {
            var rows = connection.createStatement().executeQuery("SELECT * FROM access_record");
            int columns = rows.getMetaData().getColumnCount();
            StringBuilder all = new StringBuilder();
            while (rows.next()) {
                for (int column = 1; column <= columns; column++) {
                    all.append(rows.getString(column)).append('|');
                }
                all.append('\n');
            }
            return all.toString();
        });
    }
}
