package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Events are forever: a store written with revision 1 of {@code ComplaintReceived} (before it recorded the working
 * days allowed) is still read, by the case, its history, its rules and the read models, through the upcaster.
 */
class EventRevisionIT extends PostgresIntegrationTest {

    @Test
    void aComplaintStoredInItsFirstShapeIsReadAndAnswered() {
        Cases cases = new Cases(api);
        String caseId = cases.openEnquiry();
        String complaintId = UUID.randomUUID().toString();
        String revision1 = """
                {"caseId":"%s","complaintId":"%s","receivedOn":"2026-04-02","summary":"Nobody called back",
                 "responseDueOn":"2026-04-13","recorded":{"by":"caseworker1","at":"2026-04-02T09:00:00Z"}}"""
                .formatted(caseId, complaintId);
        appendAsRevision1(caseId, 1, revision1);

        Api.Response history = api.as("caseworker1").get(Cases.path(caseId) + "/history");
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        assertThat(history.json().at("/events/1/type").asText()).isEqualTo("ComplaintReceived");
        assertThat(history.json().at("/events/1/data/workingDaysToRespond").asInt()).isEqualTo(5);
        assertThat(history.json().at("/events/1/data/summary").asText()).isEqualTo("Nobody called back");
        assertThat(api.as("caseworker1").get(Cases.path(caseId)).json().at("/complaints/0/responseDueOn").asText())
                .isEqualTo("2026-04-13");

        Api.Response answered = api.as("caseworker1").post(Cases.path(caseId) + "/complaints/" + complaintId
                + "/response", Cases.body("respondedOn", "2026-04-09", "escalated", false));
        assertThat(answered.status()).as(answered.toString()).isEqualTo(201);
    }

    private static void appendAsRevision1(String caseId, long sequence, String payload) {
        sql(connection -> {
            var insert = connection.prepareStatement("""
                    INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                        time_stamp, payload_type, payload_revision, payload, meta_data)
                    VALUES (?, ?, ?, 'Case', ?, 'org.casebook.domain.casework.ComplaintReceived', NULL, ?, ?)""");
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, caseId);
            insert.setLong(3, sequence);
            insert.setString(4, Instant.now().toString());
            insert.setBytes(5, payload.replace("\n", "").getBytes(StandardCharsets.UTF_8));
            insert.setBytes(6, "{}".getBytes(StandardCharsets.UTF_8));
            return insert.executeUpdate();
        });
    }
}
