package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Events are forever: a store written with revision 1 of {@code ComplaintReceived} (before it recorded the working
 * days allowed), {@code MeetingSupported} (before the in-house declaration) or {@code InformationShared} (before the
 * safeguarding ground) is still read, by the case, its history, its rules and the read models, through the upcasters.
 * Level-2 work stored on a level-1 case before the levels of work were enforced still loads and replays.
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
        appendAsRevision1(caseId, 1, "ComplaintReceived", revision1);

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

    /** A meeting stored the old way: revision 1, on a level-1 case, at a tribunal, with no declaration. */
    @Test
    void aMeetingStoredInItsFirstShapeOnALevelOneCaseIsReadAndItsCaseTakesCommands() {
        Cases cases = new Cases(api);
        String caseId = cases.openEnquiry(Cases.daysAgo(30));
        String meetingId = UUID.randomUUID().toString();
        appendAsRevision1(caseId, 1, "MeetingSupported", """
                {"caseId":"%s","meetingId":"%s","meetingType":"TRIBUNAL","heldOn":"%s",
                 "support":["ATTENDED"],"viewsConveyedForParent":true,"conveyedViewsConfirmedWithParent":false,
                 "notesOfferedToParent":true,"recorded":{"by":"volunteer1","at":"2026-04-02T09:00:00Z"}}"""
                .formatted(caseId, meetingId, Cases.daysAgo(20)));

        JsonNode meeting = cases.history(caseId).at("/events/1");
        assertThat(meeting.get("type").asText()).isEqualTo("MeetingSupported");
        assertThat(meeting.at("/data/inHouseDeclarationGiven").asBoolean()).isFalse();
        assertThat(meeting.at("/data/meetingType").asText()).isEqualTo("TRIBUNAL");
        assertThat(cases.view(caseId).get("level").asInt()).isEqualTo(1);
        assertThat(cases.view(caseId).get("lastContactOn").asText()).isEqualTo(Cases.daysAgo(20));

        Api.Response confirmed = api.as("caseworker1").post(Cases.path(caseId) + "/meetings/" + meetingId
                + "/views-confirmation", Cases.body("confirmedOn", Cases.daysAgo(19)));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(201);
        Api.Response contact = api.as("caseworker1").post(Cases.path(caseId) + "/contacts",
                Cases.body("contactOn", Cases.daysAgo(1), "channel", "PHONE"));
        assertThat(contact.status()).as(contact.toString()).isEqualTo(201);
        assertThat(contact.header("ETag")).isEqualTo("\"4\"");
    }

    /** A safeguarding disclosure stored before the ground was asked for: the ground reads as null. */
    @Test
    void aSafeguardingDisclosureStoredInItsFirstShapeIsReadWithoutAGround() {
        Cases cases = new Cases(api);
        String caseId = cases.openEnquiry(Cases.daysAgo(30));
        String sharingId = UUID.randomUUID().toString();
        appendAsRevision1(caseId, 1, "InformationShared", """
                {"caseId":"%s","sharingId":"%s","sharedOn":"%s","recipient":"SOCIAL_CARE",
                 "purpose":"Child protection referral","recipientName":null,"consentId":null,
                 "safeguardingOverride":{"justification":"Disclosure of harm","approvedBy":"manager1"},
                 "recorded":{"by":"caseworker1","at":"2026-04-02T09:00:00Z"}}"""
                .formatted(caseId, sharingId, Cases.daysAgo(20)));

        JsonNode shared = cases.history(caseId).at("/events/1");
        assertThat(shared.get("type").asText()).isEqualTo("InformationShared");
        assertThat(shared.at("/data/safeguardingOverride/approvedBy").asText()).isEqualTo("manager1");
        assertThat(shared.at("/data/safeguardingOverride/ground").isNull()).isTrue();
        Api.Response contact = api.as("caseworker1").post(Cases.path(caseId) + "/contacts",
                Cases.body("contactOn", Cases.daysAgo(1), "channel", "PHONE"));
        assertThat(contact.status()).as(contact.toString()).isEqualTo(201);
    }

    /** A sharing with consent stored the old way, on a level-1 case: it loads; new sharing there is refused. */
    @Test
    void aSharingStoredInItsFirstShapeOnALevelOneCaseLoadsButTheRuleHoldsForNewOnes() {
        Cases cases = new Cases(api);
        String caseId = cases.openEnquiry(Cases.daysAgo(30));
        String consentId = cases.giveSharingConsent(caseId, "SCHOOL", Cases.daysAgo(29));
        appendAsRevision1(caseId, 2, "InformationShared", """
                {"caseId":"%s","sharingId":"%s","sharedOn":"%s","recipient":"SCHOOL",
                 "purpose":"Ask for the IEP","recipientName":null,"consentId":"%s","safeguardingOverride":null,
                 "recorded":{"by":"caseworker1","at":"2026-04-02T09:00:00Z"}}"""
                .formatted(caseId, UUID.randomUUID(), Cases.daysAgo(20), consentId));

        assertThat(cases.eventTypes(caseId)).containsExactly("EnquiryReceived", "ConsentGiven", "InformationShared");
        Api.Response refused = api.as("caseworker1").post(Cases.path(caseId) + "/information-sharing",
                Cases.body("sharedOn", Cases.daysAgo(10), "recipient", "SCHOOL", "purpose", "Ask again"));
        ProblemAssertions.assertRuleBroken(refused, "consent-required");
    }

    private static void appendAsRevision1(String caseId, long sequence, String type, String payload) {
        sql(connection -> {
            var insert = connection.prepareStatement("""
                    INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                        time_stamp, payload_type, payload_revision, payload, meta_data)
                    VALUES (?, ?, ?, 'Case', ?, ?, NULL, ?, ?)""");
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, caseId);
            insert.setLong(3, sequence);
            insert.setString(4, Instant.now().toString());
            insert.setString(5, "org.casebook.domain.casework." + type);
            insert.setBytes(6, payload.replace("\n", "").getBytes(StandardCharsets.UTF_8));
            insert.setBytes(7, "{}".getBytes(StandardCharsets.UTF_8));
            return insert.executeUpdate();
        });
    }
}
