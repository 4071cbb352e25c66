package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.adapters.it.Cases.body;
import static org.casebook.adapters.it.Cases.daysAgo;
import static org.casebook.adapters.it.Cases.path;
import static org.casebook.adapters.it.ProblemAssertions.appendsNothing;
import static org.casebook.adapters.it.ProblemAssertions.appendsNothingTo;
import static org.casebook.adapters.it.ProblemAssertions.assertInvalid;
import static org.casebook.adapters.it.ProblemAssertions.assertProblem;
import static org.casebook.adapters.it.ProblemAssertions.assertRuleBroken;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Complaints, answered in writing within 5 working days, skipping weekends and England and Wales bank holidays
 * [002 §10]. The due-date tests use fixed calendar dates (in the past) because the calendar is the point.
 */
class ComplaintsIT extends PostgresIntegrationTest {

    Cases cases;

    /** A case that the refused requests below must leave untouched, shared to keep the suite fast. */
    static String untouchedCase;
    static String untouchedComplaint;

    @BeforeEach
    void cases() {
        cases = new Cases(api);
    }

    Api.Response complain(String caseId, Map<String, Object> complaint) {
        return api.as("caseworker1").post(path(caseId) + "/complaints", complaint);
    }

    Api.Response respond(String caseId, String complaintId, Map<String, Object> response) {
        return api.as("caseworker1").post(path(caseId) + "/complaints/" + complaintId + "/response", response);
    }

    String complaintOn(String caseId, String receivedOn) {
        Api.Response received = complain(caseId, body("receivedOn", receivedOn));
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        return received.json().get("complaintId").asText();
    }

    String untouchedCase() {
        if (untouchedCase == null) {
            untouchedCase = cases.openEnquiry();
            untouchedComplaint = complaintOn(untouchedCase, daysAgo(10));
        }
        return untouchedCase;
    }

    @Test
    void recordsAComplaintAndAnswersWithTheDateItsResponseIsDue() {
        String caseId = cases.openLevelTwoEnquiry("2026-03-02");

        Api.Response received = complain(caseId, body("receivedOn", "2026-04-02", "summary", "No reply for weeks"));

        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        String complaintId = received.json().get("complaintId").asText();
        assertThat(UUID.fromString(complaintId).toString()).isEqualTo(complaintId);
        assertThat(received.json().get("responseDueOn").asText()).isEqualTo("2026-04-13");
        assertThat(received.header("ETag")).isEqualTo("\"5\"");
        assertThat(storedEventCount(caseId)).isEqualTo(5);
        JsonNode event = cases.lastEvent(caseId);
        assertThat(event.get("type").asText()).isEqualTo("ComplaintReceived");
        assertThat(event.at("/data/responseDueOn").asText()).isEqualTo("2026-04-13");
        assertThat(event.at("/data/summary").asText()).isEqualTo("No reply for weeks");
    }

    @Test
    void refusesTheSummaryOfAComplaintOnALevelOneCase() {
        String caseId = cases.openEnquiry("2026-03-02");

        Api.Response refused = appendsNothingTo(caseId, () -> complain(caseId,
                body("receivedOn", "2026-04-02", "summary", "No reply for weeks")));

        assertRuleBroken(refused, "free-text-needs-consent");
        assertThat(refused.body()).doesNotContain("No reply");
    }

    @Test
    void recordsAComplaintOnALevelOneCaseWithoutItsSummary() {
        String caseId = cases.openEnquiry("2026-03-02");

        Api.Response received = complain(caseId, body("receivedOn", "2026-04-02"));

        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        assertThat(cases.lastEvent(caseId).at("/data/summary").isNull()).isTrue();
    }

    /** Issue 10: a complaint received 03-02 on a case closed 03-03 can still be answered on 03-05. */
    @Test
    void answersAComplaintAfterTheCaseWasClosed() {
        String caseId = cases.openEnquiry("2026-02-20");
        String complaintId = complaintOn(caseId, "2026-03-02");
        cases.close(caseId, "2026-03-03");

        Api.Response responded = respond(caseId, complaintId, body("respondedOn", "2026-03-05"));

        assertThat(responded.status()).as(responded.toString()).isEqualTo(201);
        assertThat(cases.eventTypes(caseId)).endsWith("CaseClosed", "ComplaintAnswered");
    }

    @ParameterizedTest(name = "received {0}, due {1}")
    @CsvSource({
            "2026-04-02, 2026-04-13",   // Thursday before Good Friday: Easter Monday skipped too
            "2025-12-22, 2025-12-31",   // Christmas Day and Boxing Day skipped
            "2026-11-13, 2026-11-20",   // a Friday: the following Friday
            "2026-05-01, 2026-05-11",   // Friday before the early May bank holiday
            "2026-08-29, 2026-09-07"})  // a Saturday before the summer bank holiday
    void theResponseIsDueFiveWorkingDaysLater(String receivedOn, String dueOn) {
        String caseId = cases.openEnquiry("2025-12-01");

        Api.Response received = complain(caseId, body("receivedOn", receivedOn));

        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        assertThat(received.json().get("responseDueOn").asText()).isEqualTo(dueOn);
    }

    @Test
    void recordsTheResponseToAComplaint() {
        String caseId = cases.openEnquiry();
        String complaintId = complaintOn(caseId, daysAgo(10));

        Api.Response responded = respond(caseId, complaintId, body("respondedOn", daysAgo(6), "escalated", true));

        assertThat(responded.status()).as(responded.toString()).isEqualTo(201);
        assertThat(responded.json().get("complaintId").asText()).isEqualTo(complaintId);
        assertThat(responded.header("ETag")).isEqualTo("\"3\"");
        assertThat(storedEventCount(caseId)).isEqualTo(3);
        JsonNode event = cases.lastEvent(caseId);
        assertThat(event.get("type").asText()).isEqualTo("ComplaintAnswered");
        assertThat(event.at("/data/escalated").asBoolean()).isTrue();
    }

    @Test
    void acceptsAResponseOnTheDayTheComplaintArrived() {
        String caseId = cases.openEnquiry();
        String complaintId = complaintOn(caseId, daysAgo(10));

        Api.Response responded = respond(caseId, complaintId, body("respondedOn", daysAgo(10)));

        assertThat(responded.status()).as(responded.toString()).isEqualTo(201);
    }

    @Test
    void refusesASecondResponseToTheSameComplaint() {
        String caseId = cases.openEnquiry();
        String complaintId = complaintOn(caseId, daysAgo(10));
        respond(caseId, complaintId, body("respondedOn", daysAgo(6)));

        Api.Response refused = appendsNothingTo(caseId, () -> respond(caseId, complaintId,
                body("respondedOn", daysAgo(5))));

        assertRuleBroken(refused, "complaint-already-answered");
    }

    @Test
    void refusesAResponseDatedBeforeTheComplaintArrived() {
        String caseId = cases.openEnquiry();
        String complaintId = complaintOn(caseId, daysAgo(10));

        Api.Response refused = appendsNothingTo(caseId, () -> respond(caseId, complaintId,
                body("respondedOn", daysAgo(11))));

        assertRuleBroken(refused, "date-out-of-order");
    }

    @Test
    void answersNotFoundForAResponseToAnUnknownComplaint() {
        String caseId = cases.openEnquiry();
        complaintOn(caseId, daysAgo(10));

        Api.Response refused = appendsNothingTo(caseId, () -> respond(caseId, UUID.randomUUID().toString(),
                body("respondedOn", daysAgo(5))));

        assertProblem(refused, 404);
    }

    @Test
    void answersNotFoundForAMalformedComplaintId() {
        String caseId = cases.openEnquiry();

        Api.Response refused = appendsNothingTo(caseId, () -> respond(caseId, "42",
                body("respondedOn", daysAgo(5))));

        assertProblem(refused, 404);
    }

    static Stream<Arguments> invalidComplaints() {
        return Stream.of(
                arguments("without receivedOn", body("summary", "x"), "receivedOn"),
                // MAIN-CODE BUG 1 (EnquiryIT#refusesAMalformedReceivedOnDate): fails while the error names "body"
                arguments("with malformed receivedOn", body("receivedOn", "2 April 2026"), "receivedOn"),
                arguments("received in the future", body("receivedOn", Cases.tomorrow()), "receivedOn"),
                // Found by ApiFuzzIT: the due date was worked out before the date was checked (500).
                arguments("received before the services began", body("receivedOn", "-0001-01-01"), "receivedOn"),
                arguments("with unknown field", body("receivedOn", daysAgo(1), "severity", "high"), "severity"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidComplaints")
    void refusesAnInvalidComplaintAndAppendsNothing(String description, Map<String, Object> complaint,
                                                     String field) {
        String caseId = untouchedCase();

        Api.Response refused = appendsNothingTo(caseId, () -> complain(caseId, complaint));

        assertInvalid(refused, field);
    }

    static Stream<Arguments> invalidResponses() {
        return Stream.of(
                arguments("without respondedOn", body("escalated", false), "respondedOn"),
                // MAIN-CODE BUG 1 (EnquiryIT#refusesAMalformedReceivedOnDate): fails while the error names "body"
                arguments("with malformed respondedOn", body("respondedOn", "soon"), "respondedOn"),
                arguments("responded in the future", body("respondedOn", Cases.tomorrow()), "respondedOn"),
                arguments("with escalated not a boolean", body("respondedOn", daysAgo(1), "escalated", "to whom"),
                        "escalated"),
                arguments("with unknown field", body("respondedOn", daysAgo(1), "letter", "x"), "letter"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidResponses")
    void refusesAnInvalidResponseAndAppendsNothing(String description, Map<String, Object> response, String field) {
        String caseId = untouchedCase();

        Api.Response refused = appendsNothingTo(caseId, () -> respond(caseId, untouchedComplaint, response));

        assertInvalid(refused, field);
    }

    // --- escalation to the Head of the Branch [002 §10] ---

    Api.Response escalate(String caseId, String complaintId, Map<String, Object> escalation) {
        return api.as("caseworker1").post(path(caseId) + "/complaints/" + complaintId + "/escalation", escalation);
    }

    /** A complaint without free text (a level-1 case keeps none), received 10 days ago. */
    String plainComplaintOn(String caseId) {
        Api.Response received = complain(caseId, body("receivedOn", daysAgo(10)));
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        return received.json().get("complaintId").asText();
    }

    @Test
    void recordsTheEscalationOfAnAnsweredComplaint() {
        String caseId = cases.openEnquiry();
        String complaintId = plainComplaintOn(caseId);
        respond(caseId, complaintId, body("respondedOn", daysAgo(6)));

        Api.Response escalated = escalate(caseId, complaintId, body("escalatedOn", daysAgo(2)));

        assertThat(escalated.status()).as(escalated.toString()).isEqualTo(201);
        assertThat(escalated.json().get("complaintId").asText()).isEqualTo(complaintId);
        assertThat(escalated.header("ETag")).isEqualTo("\"4\"");
        JsonNode event = cases.lastEvent(caseId);
        assertThat(event.get("type").asText()).isEqualTo("ComplaintEscalated");
        assertThat(event.at("/data/escalatedOn").asText()).isEqualTo(daysAgo(2));
        assertThat(cases.view(caseId).at("/complaints/0/escalated").asBoolean()).isTrue();
    }

    @Test
    void refusesToEscalateAComplaintBeforeItsResponse() {
        String caseId = cases.openEnquiry();
        String complaintId = plainComplaintOn(caseId);

        Api.Response refused = appendsNothingTo(caseId, () -> escalate(caseId, complaintId,
                body("escalatedOn", daysAgo(2))));

        assertRuleBroken(refused, "complaint-not-answered");
    }

    @Test
    void refusesToEscalateAComplaintTwice() {
        String caseId = cases.openEnquiry();
        String complaintId = plainComplaintOn(caseId);
        respond(caseId, complaintId, body("respondedOn", daysAgo(6)));
        assertThat(escalate(caseId, complaintId, body("escalatedOn", daysAgo(3))).status()).isEqualTo(201);

        Api.Response refused = appendsNothingTo(caseId, () -> escalate(caseId, complaintId,
                body("escalatedOn", daysAgo(2))));

        assertRuleBroken(refused, "complaint-already-escalated");
    }

    @Test
    void aResponseSentWithEscalatedTrueHasAlreadyEscalatedTheComplaint() {
        String caseId = cases.openEnquiry();
        String complaintId = plainComplaintOn(caseId);
        respond(caseId, complaintId, body("respondedOn", daysAgo(6), "escalated", true));

        Api.Response refused = appendsNothingTo(caseId, () -> escalate(caseId, complaintId,
                body("escalatedOn", daysAgo(2))));

        assertRuleBroken(refused, "complaint-already-escalated");
    }

    @Test
    void escalatesAComplaintOnAClosedCase() {
        String caseId = cases.openEnquiry();
        String complaintId = plainComplaintOn(caseId);
        respond(caseId, complaintId, body("respondedOn", daysAgo(6)));
        cases.close(caseId, daysAgo(5));

        Api.Response escalated = escalate(caseId, complaintId, body("escalatedOn", daysAgo(2)));

        assertThat(escalated.status()).as(escalated.toString()).isEqualTo(201);
        assertThat(cases.view(caseId).get("status").asText()).isEqualTo("CLOSED");
    }

    @Test
    void refusesAnEscalationBeforeTheResponseInTheFutureOrForAnUnknownComplaint() {
        String caseId = cases.openEnquiry();
        String complaintId = plainComplaintOn(caseId);
        respond(caseId, complaintId, body("respondedOn", daysAgo(6)));

        assertRuleBroken(appendsNothingTo(caseId, () -> escalate(caseId, complaintId,
                body("escalatedOn", daysAgo(7)))), "date-out-of-order");
        assertInvalid(appendsNothingTo(caseId, () -> escalate(caseId, complaintId,
                body("escalatedOn", Cases.tomorrow()))), "escalatedOn");
        assertInvalid(appendsNothingTo(caseId, () -> escalate(caseId, complaintId, body())), "escalatedOn");
        assertProblem(appendsNothingTo(caseId, () -> escalate(caseId, UUID.randomUUID().toString(),
                body("escalatedOn", daysAgo(2)))), 404);
    }

    // --- compliments [002 §5.12 (8)] ---

    @ParameterizedTest
    @CsvSource({"caseworker1,CARD", "volunteer1,VERBAL", "manager1,EMAIL"})
    void recordsAComplimentTiedToNoCase(String username, String kind) {
        long before = storedEventCount();

        Api.Response received = api.as(username).post("/api/compliments", body("receivedOn", daysAgo(1),
                "kind", kind));

        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        String complimentId = received.json().get("complimentId").asText();
        assertThat(UUID.fromString(complimentId).toString()).isEqualTo(complimentId);
        assertThat(storedEventCount()).isEqualTo(before + 1);
        assertThat(storedEventCount(complimentId)).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({"auditor1", "dg1"})
    void onlyStaffAndVolunteersRecordCompliments(String username) {
        Api.Response refused = appendsNothing(() -> api.as(username).post("/api/compliments",
                body("receivedOn", daysAgo(1), "kind", "CARD")));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
    }

    @Test
    void refusesAComplimentWithoutItsDayOrKindOrFromTheFuture() {
        assertInvalid(appendsNothing(() -> api.as("caseworker1").post("/api/compliments",
                body("kind", "CARD"))), "receivedOn");
        assertInvalid(appendsNothing(() -> api.as("caseworker1").post("/api/compliments",
                body("receivedOn", daysAgo(1)))), "kind");
        assertInvalid(appendsNothing(() -> api.as("caseworker1").post("/api/compliments",
                body("receivedOn", Cases.tomorrow(), "kind", "LETTER"))), "receivedOn");
        assertThat(appendsNothing(() -> api.as("caseworker1").post("/api/compliments",
                body("receivedOn", daysAgo(1), "kind", "POSTCARD"))).status()).isEqualTo(400);
    }
}
