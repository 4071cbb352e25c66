package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Events are forever: a store written with revision 1 of {@code ComplaintReceived} (before it recorded the working
 * days allowed), {@code MeetingSupported} (before the in-house declaration), {@code InformationShared} (before the
 * safeguarding ground) or {@code AppealableDecisionRecorded} (before letter dates and the 2014 rules) is still read,
 * by the case, its history, its rules and the read models, through the upcasters. Level-2 work stored on a level-1
 * case before the levels of work were enforced still loads and replays.
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

    /**
     * Revision 1 of {@code AppealableDecisionRecorded} called the letter's date {@code effectiveOn} and knew nothing
     * of placement-only appeals or of the 2014 rules. Its stored deadline stands, even where today's law would move
     * it (28 February 2026 is a Saturday), until a mediation certificate is recorded under today's law.
     */
    @Test
    void anAppealableDecisionStoredInItsFirstShapeKeepsItsDeadlineAndTakesACertificate() {
        Cases cases = new Cases(api);
        String caseId = cases.openEnquiry("2025-12-01");
        String decisionId = UUID.randomUUID().toString();
        String revision1 = """
                {"caseId":"%s","decisionId":"%s","kind":"SEN_DECISION","effectiveOn":"2025-12-31",
                 "decisionType":"STATEMENT_ISSUED","conciliationUsed":false,"appealDeadline":"2026-02-28",
                 "recorded":{"by":"caseworker1","at":"2026-01-02T09:00:00Z"}}"""
                .formatted(caseId, decisionId);
        appendStoredEvent(caseId, 1, "org.casebook.domain.casework.AppealableDecisionRecorded", revision1);

        Api.Response history = api.as("caseworker1").get(Cases.path(caseId) + "/history");
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        assertThat(history.json().at("/events/1/type").asText()).isEqualTo("AppealableDecisionRecorded");
        assertThat(history.json().at("/events/1/data/letterDate").asText()).isEqualTo("2025-12-31");
        assertThat(history.json().at("/events/1/data/placementOnly").asBoolean()).isFalse();
        assertThat(history.json().at("/events/1/data/rules").asText()).isEqualTo("PRE_2014");
        assertThat(history.json().at("/events/1/data/appealDeadline").asText()).isEqualTo("2026-02-28");
        assertThat(cases.view(caseId).at("/appealDeadlines/0/dueOn").asText()).isEqualTo("2026-02-28");

        Api.Response certified = api.as("caseworker1").post(Cases.path(caseId) + "/appealable-decisions/"
                + decisionId + "/mediation-certificate", Cases.body("issuedOn", "2026-01-10"));
        assertThat(certified.status()).as(certified.toString()).isEqualTo(201);
        assertThat(certified.json().get("previousAppealDeadline").asText()).isEqualTo("2026-02-28");
        assertThat(certified.json().get("appealDeadline").asText()).isEqualTo("2026-03-02");
        assertThat(cases.view(caseId).at("/appealDeadlines/0/dueOn").asText()).isEqualTo("2026-03-02");
    }

    private static void appendAsRevision1(String caseId, long sequence, String type, String payload) {
        appendStoredEvent(caseId, sequence, "org.casebook.domain.casework." + type, payload);
    }
}
