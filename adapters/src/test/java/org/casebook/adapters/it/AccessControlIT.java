package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.adapters.it.Cases.body;
import static org.casebook.adapters.it.Cases.daysAgo;
import static org.casebook.adapters.it.Cases.enquiry;
import static org.casebook.adapters.it.Cases.path;
import static org.casebook.adapters.it.ProblemAssertions.appendsNothing;
import static org.casebook.adapters.it.ProblemAssertions.appendsNothingTo;
import static org.casebook.adapters.it.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The contract's role table for cases: who may send commands, who may read, and what an auditor sees. */
class AccessControlIT extends PostgresIntegrationTest {

    static final String REDACTED = "[redacted]";

    Cases cases;

    /** Level-2 cases that the refused commands below must leave untouched, shared to keep the suite fast. */
    static String untouchedCase;
    static String caseOfVolunteer2;

    @BeforeEach
    void cases() {
        cases = new Cases(api);
    }

    String untouchedCase() {
        if (untouchedCase == null) {
            untouchedCase = cases.levelTwoCase();
        }
        return untouchedCase;
    }

    String caseOfVolunteer2() {
        if (caseOfVolunteer2 == null) {
            caseOfVolunteer2 = cases.levelTwoCase();
            cases.allocate(caseOfVolunteer2, "volunteer2");
        }
        return caseOfVolunteer2;
    }

    // --- 401 ---

    @Test
    void refusesACommandWithoutCredentials() {
        String caseId = cases.openEnquiry();

        Api.Response refused = appendsNothingTo(caseId, () -> api.as(null).post(path(caseId) + "/contacts",
                body("contactOn", daysAgo(1), "channel", "PHONE")));

        assertProblem(refused, 401);
        assertThat(refused.header("WWW-Authenticate")).isNotBlank();
    }

    @Test
    void refusesAnEnquiryWithoutCredentials() {
        Api.Response refused = appendsNothing(() -> api.as(null).post("/api/enquiries", enquiry(daysAgo(1))));

        assertProblem(refused, 401);
    }

    @Test
    void refusesToShowACaseWithoutCredentials() {
        String caseId = cases.openEnquiry();

        assertProblem(api.as(null).get(path(caseId)), 401);
        assertProblem(api.as(null).get(path(caseId) + "/history"), 401);
    }

    @Test
    void refusesAWrongPassword() {
        String caseId = cases.openEnquiry();

        Api.Response refused = appendsNothingTo(caseId, () -> api.as("caseworker1").password("caseworker2-pass")
                .post(path(caseId) + "/contacts", body("contactOn", daysAgo(1), "channel", "PHONE")));

        assertProblem(refused, 401);
        assertThat(refused.body()).doesNotContain("caseworker2-pass");
    }

    @Test
    void refusesAWrongPasswordOnAQuery() {
        String caseId = cases.openEnquiry();

        assertProblem(api.as("auditor1").password("wrong").get(path(caseId)), 401);
    }

    @Test
    void refusesAnUnknownUser() {
        Api.Response refused = appendsNothing(() -> api.as("mallory").post("/api/enquiries", enquiry(daysAgo(1))));

        assertProblem(refused, 401);
    }

    // --- 403 ---

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.casebook.adapters.it.CaseCommands#every")
    void anAuditorMayNotSendCaseCommands(CaseCommands.Command command) {
        String caseId = untouchedCase();

        Api.Response refused = appendsNothingTo(caseId, () -> command.sendTo(api.as("auditor1"), caseId));

        assertProblem(refused, 403);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.casebook.adapters.it.CaseCommands#every")
    void theDevelopmentGroupMayNotSendCaseCommands(CaseCommands.Command command) {
        String caseId = untouchedCase();

        Api.Response refused = appendsNothingTo(caseId, () -> command.sendTo(api.as("dg1"), caseId));

        assertProblem(refused, 403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"auditor1", "dg1", "volunteer1"})
    void onlyCaseworkersAndManagersMayRecordAnEnquiry(String user) {
        Api.Response refused = appendsNothing(() -> api.as(user).post("/api/enquiries", enquiry(daysAgo(1))));

        assertProblem(refused, 403);
    }

    @Test
    void theDevelopmentGroupMayNotReadACase() {
        String caseId = cases.openEnquiry();

        assertProblem(api.as("dg1").get(path(caseId)), 403);
    }

    @Test
    void theDevelopmentGroupMayNotReadACaseHistory() {
        String caseId = cases.openEnquiry();

        assertProblem(api.as("dg1").get(path(caseId) + "/history"), 403);
    }

    // --- any caseworker, any case ---

    @Test
    void aCaseworkerMayRecordOnACaseAnotherCaseworkerOpened() {
        String caseId = cases.openEnquiry();

        Api.Response recorded = api.as("caseworker2").post(path(caseId) + "/contacts",
                body("contactOn", daysAgo(1), "channel", "PHONE"));

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(cases.lastEvent(caseId).get("recordedBy").asText()).isEqualTo("caseworker2");
    }

    @Test
    void aManagerMayRecordOnAnyCase() {
        String caseId = cases.openEnquiry();

        Api.Response recorded = api.as("manager1").post(path(caseId) + "/contacts",
                body("contactOn", daysAgo(1), "channel", "PHONE"));

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    }

    // --- volunteers see only cases allocated to them ---

    @Test
    void aVolunteerCannotSeeACaseNotAllocatedToThem() {
        String caseId = cases.openEnquiry();

        assertProblem(api.as("volunteer1").get(path(caseId)), 404);
        assertProblem(api.as("volunteer1").get(path(caseId) + "/history"), 404);
        assertProblem(api.as("volunteer1").get(path(caseId) + "?asOf=" + Instant.now()), 404);
    }

    @Test
    void aVolunteerGetsTheSameAnswerForAnotherVolunteersCaseAsForAnUnknownOne() {
        String caseId = cases.openEnquiry();
        cases.allocate(caseId, "volunteer2");

        Api.Response hidden = api.as("volunteer1").get(path(caseId));
        Api.Response unknown = api.as("volunteer1").get(path(UUID.randomUUID().toString()));

        assertProblem(hidden, 404);
        assertProblem(unknown, 404);
        assertThat(hidden.json().path("detail").asText()).isEqualTo(unknown.json().path("detail").asText());
        assertThat(hidden.problemType()).isEqualTo(unknown.problemType());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.casebook.adapters.it.CaseCommands#every")
    void aVolunteerCannotRecordOnACaseNotAllocatedToThem(CaseCommands.Command command) {
        String caseId = untouchedCase();

        Api.Response refused = appendsNothingTo(caseId, () -> command.sendTo(api.as("volunteer1"), caseId));

        assertProblem(refused, 404);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.casebook.adapters.it.CaseCommands#every")
    void aVolunteerCannotRecordOnACaseAllocatedToAnotherVolunteer(CaseCommands.Command command) {
        String caseId = caseOfVolunteer2();

        Api.Response refused = appendsNothingTo(caseId, () -> command.sendTo(api.as("volunteer1"), caseId));

        assertProblem(refused, 404);
    }

    @Test
    void anAllocatedVolunteerMayReadTheCaseAndItsHistory() {
        String caseId = cases.openEnquiry();
        cases.allocate(caseId, "volunteer1");

        Api.Response shown = api.as("volunteer1").get(path(caseId));
        Api.Response history = api.as("volunteer1").get(path(caseId) + "/history");

        assertThat(shown.status()).as(shown.toString()).isEqualTo(200);
        assertThat(shown.json().get("caseId").asText()).isEqualTo(caseId);
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        assertThat(history.json().get("events")).hasSize(2);
    }

    @Test
    void anAllocatedVolunteerMayRecordOnTheCase() {
        String caseId = cases.levelTwoCase();
        cases.allocate(caseId, "volunteer1");

        Api.Response recorded = api.as("volunteer1").post(path(caseId) + "/meetings", body("meetingType",
                "SCHOOL_MEETING", "heldOn", daysAgo(2), "support", List.of("ATTENDED")));
        Api.Response note = api.as("volunteer1").post(path(caseId) + "/notes", body("writtenOn", daysAgo(2),
                "text", "School agreed a review"));

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(note.status()).as(note.toString()).isEqualTo(201);
        assertThat(cases.lastEvent(caseId).get("recordedBy").asText()).isEqualTo("volunteer1");
        assertThat(storedEventCount(caseId)).isEqualTo(7);
    }

    @Test
    void anotherVolunteerStillCannotSeeACaseAllocatedToTheFirst() {
        String caseId = cases.openEnquiry();
        cases.allocate(caseId, "volunteer1");

        assertProblem(api.as("volunteer2").get(path(caseId)), 404);
        assertProblem(api.as("volunteer2").get(path(caseId) + "/history"), 404);
        Api.Response refused = appendsNothingTo(caseId, () -> api.as("volunteer2").post(path(caseId) + "/contacts",
                body("contactOn", daysAgo(1), "channel", "PHONE")));
        assertProblem(refused, 404);
    }

    @Test
    void aVolunteerLosesSightOfACaseReallocatedToSomeoneElse() {
        String caseId = cases.openEnquiry();
        cases.allocate(caseId, "volunteer1");

        cases.allocate(caseId, "volunteer2");

        assertProblem(api.as("volunteer1").get(path(caseId)), 404);
        assertThat(api.as("volunteer2").get(path(caseId)).status()).isEqualTo(200);
    }

    @Test
    void aVolunteerGetsNotFoundRatherThanAStaleVersionOnAHiddenCase() {
        String caseId = cases.openEnquiry();

        Api.Response refused = appendsNothingTo(caseId, () -> api.as("volunteer1").header("If-Match", "\"99\"")
                .post(path(caseId) + "/contacts", body("contactOn", daysAgo(1), "channel", "PHONE")));

        assertProblem(refused, 404);
    }

    @Test
    void aVolunteerGetsNotFoundRatherThanCaseClosedOnAHiddenClosedCase() {
        String caseId = cases.openEnquiry();
        cases.close(caseId, daysAgo(1));

        Api.Response refused = appendsNothingTo(caseId, () -> api.as("volunteer1").post(path(caseId) + "/contacts",
                body("contactOn", daysAgo(1), "channel", "PHONE")));

        assertProblem(refused, 404);
    }

    // --- auditors see personal data redacted ---

    /** A level-2 case holding every kind of personal field the contract names. */
    String caseFullOfPersonalData() {
        String caseId = cases.levelTwoCase();
        cases.giveSharingConsent(caseId, "SCHOOL", daysAgo(50));
        post(caseId, "/notes", body("writtenOn", daysAgo(40), "text", "Parent disclosed family illness"));
        post(caseId, "/information-sharing", body("sharedOn", daysAgo(30), "recipient", "SCHOOL",
                "purpose", "Pass on the diagnosis letter", "recipientName", "Mrs Head"));
        post(caseId, "/complaints", body("receivedOn", daysAgo(20), "summary", "Caseworker Jane was rude"));
        post(caseId, "/evaluations", body("returnedOn", daysAgo(15), "wentWell", List.of("LISTENING"),
                "usefulness", "USEFUL", "impartial", "YES", "couldDoBetter", "Return calls about Sam",
                "otherComments", "Thanks from the Parent family"));
        post(caseId, "/impartiality-concerns", body("raisedOn", daysAgo(12), "detail", "Thinks we side with LA"));
        post(caseId, "/closure", body("closedOn", daysAgo(10), "reason", "Family moved to Leeds"));
        return caseId;
    }

    void post(String caseId, String suffix, Object request) {
        Api.Response response = api.as("caseworker1").post(path(caseId) + suffix, request);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    @Test
    void anAuditorReadsACaseWithEveryPersonalFieldRedacted() {
        String caseId = caseFullOfPersonalData();

        Api.Response shown = api.as("auditor1").get(path(caseId));

        assertThat(shown.status()).as(shown.toString()).isEqualTo(200);
        JsonNode details = shown.json().get("personalDetails");
        for (String field : List.of("name", "address", "phone", "email")) {
            assertThat(details.at("/parent/" + field).asText()).as("parent " + field).isEqualTo(REDACTED);
        }
        for (String field : List.of("name", "dateOfBirth", "school", "needsSummary")) {
            assertThat(details.at("/child/" + field).asText()).as("child " + field).isEqualTo(REDACTED);
        }
        assertThat(shown.body()).doesNotContain("Alex Parent", "Harbour Row", "01752", "alex.parent@",
                "Sam Parent", "2016-05-04", "Hillside", "Dyslexia");
    }

    @Test
    void anAuditorStillSeesTheFactsThatAreNotPersonal() {
        String caseId = caseFullOfPersonalData();

        JsonNode view = api.as("auditor1").get(path(caseId)).json();

        assertThat(view.get("caseId").asText()).isEqualTo(caseId);
        assertThat(view.get("level").asInt()).isEqualTo(2);
        assertThat(view.get("status").asText()).isEqualTo("CLOSED");
        assertThat(view.get("openedOn").asText()).isEqualTo(daysAgo(200));
        assertThat(view.get("consents")).hasSize(2);
    }

    @Test
    void aCaseworkerSeesTheRealPersonalDetails() {
        String caseId = caseFullOfPersonalData();

        JsonNode details = cases.view(caseId).get("personalDetails");

        assertThat(details.at("/parent/name").asText()).isEqualTo("Alex Parent");
        assertThat(details.at("/parent/address").asText()).isEqualTo("1 Harbour Row, Plymouth PL1 1AA");
        assertThat(details.at("/parent/phone").asText()).isEqualTo("01752 000111");
        assertThat(details.at("/parent/email").asText()).isEqualTo("alex.parent@example.org");
        assertThat(details.at("/child/name").asText()).isEqualTo("Sam Parent");
        assertThat(details.at("/child/dateOfBirth").asText()).isEqualTo("2016-05-04");
        assertThat(details.at("/child/school").asText()).isEqualTo("Hillside Primary");
        assertThat(details.at("/child/needsSummary").asText()).isEqualTo("Dyslexia; awaiting statutory assessment");
    }

    @Test
    void anAuditorReadsAHistoryWithEveryPersonalFieldRedacted() {
        String caseId = caseFullOfPersonalData();

        Api.Response history = api.as("auditor1").get(path(caseId) + "/history");

        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        JsonNode details = event(history.json(), "PersonalDetailsRecorded");
        for (String field : List.of("name", "address", "phone", "email")) {
            assertThat(details.at("/data/parent/" + field).asText()).as("parent " + field).isEqualTo(REDACTED);
        }
        for (String field : List.of("name", "dateOfBirth", "school", "needsSummary")) {
            assertThat(details.at("/data/child/" + field).asText()).as("child " + field).isEqualTo(REDACTED);
        }
        assertThat(event(history.json(), "CaseNoteWritten").at("/data/text").asText()).isEqualTo(REDACTED);
        assertThat(event(history.json(), "InformationShared").at("/data/purpose").asText()).isEqualTo(REDACTED);
        assertThat(event(history.json(), "ComplaintReceived").at("/data/summary").asText()).isEqualTo(REDACTED);
        JsonNode evaluation = event(history.json(), "EvaluationReturned");
        assertThat(evaluation.at("/data/couldDoBetter").asText()).isEqualTo(REDACTED);
        assertThat(evaluation.at("/data/otherComments").asText()).isEqualTo(REDACTED);
        assertThat(event(history.json(), "CaseClosed").at("/data/reason").asText()).isEqualTo(REDACTED);
        assertThat(history.body()).doesNotContain("Alex Parent", "Harbour Row", "01752", "alex.parent@",
                "Sam Parent", "2016-05-04", "Hillside", "Dyslexia", "family illness", "diagnosis letter",
                "Jane was rude", "Return calls", "Thanks from", "moved to Leeds", "Mrs Head", "side with LA");
    }

    @Test
    void anAuditorStillSeesWhatHappenedWhenAndWhoRecordedIt() {
        String caseId = caseFullOfPersonalData();

        JsonNode history = api.as("auditor1").get(path(caseId) + "/history").json();

        assertThat(history.get("events")).extracting(event -> event.get("type").asText()).containsExactly(
                "EnquiryReceived", "ConsentGiven", "PersonalDetailsRecorded", "CaseworkOpened", "ConsentGiven",
                "CaseNoteWritten", "InformationShared", "ComplaintReceived", "EvaluationReturned",
                "ImpartialityConcernRaised", "CaseClosed");
        assertThat(event(history, "CaseNoteWritten").get("occurredOn").asText()).isEqualTo(daysAgo(40));
        assertThat(event(history, "CaseNoteWritten").get("recordedBy").asText()).isEqualTo("caseworker1");
        assertThat(event(history, "EvaluationReturned").at("/data/usefulness").asText()).isEqualTo("USEFUL");
    }

    @Test
    void aCaseworkerReadsTheHistoryUnredacted() {
        String caseId = caseFullOfPersonalData();

        JsonNode history = cases.history(caseId);

        assertThat(event(history, "PersonalDetailsRecorded").at("/data/parent/name").asText())
                .isEqualTo("Alex Parent");
        assertThat(event(history, "CaseNoteWritten").at("/data/text").asText())
                .isEqualTo("Parent disclosed family illness");
        assertThat(event(history, "InformationShared").at("/data/purpose").asText())
                .isEqualTo("Pass on the diagnosis letter");
        assertThat(event(history, "ComplaintReceived").at("/data/summary").asText())
                .isEqualTo("Caseworker Jane was rude");
        assertThat(event(history, "EvaluationReturned").at("/data/couldDoBetter").asText())
                .isEqualTo("Return calls about Sam");
        assertThat(event(history, "CaseClosed").at("/data/reason").asText()).isEqualTo("Family moved to Leeds");
    }

    @Test
    void anAuditorReadsAnEarlierStateRedactedToo() {
        String caseId = cases.levelTwoCase();
        Instant between = CaseQueryIT.pause();
        cases.recordContact(caseId, daysAgo(1));

        Api.Response then = api.as("auditor1").get(path(caseId) + CaseQueryIT.asOf(between));

        assertThat(then.status()).as(then.toString()).isEqualTo(200);
        assertThat(then.json().get("version").asLong()).isEqualTo(4);
        assertThat(then.json().at("/personalDetails/parent/name").asText()).isEqualTo(REDACTED);
        assertThat(then.body()).doesNotContain("Alex Parent");
    }

    @Test
    void anAuditorReadsASafeguardingJustificationRedacted() {
        String caseId = cases.levelTwoCase();
        post(caseId, "/information-sharing", body("sharedOn", daysAgo(2), "recipient", "SOCIAL_CARE",
                "purpose", "Referral", "safeguarding", true, "justification", "Bruises seen on Sam",
                "approvedBy", "manager1", "ground", "CHILD_PROTECTION"));

        Api.Response history = api.as("auditor1").get(path(caseId) + "/history");

        JsonNode shared = event(history.json(), "InformationShared");
        assertThat(shared.at("/data/safeguardingOverride/approvedBy").asText()).isEqualTo("manager1");
        assertThat(shared.at("/data/safeguardingOverride/ground").asText()).isEqualTo("CHILD_PROTECTION");
        assertThat(history.body()).doesNotContain("Bruises");
    }

    static JsonNode event(JsonNode history, String type) {
        for (JsonNode event : history.get("events")) {
            if (event.get("type").asText().equals(type)) {
                return event;
            }
        }
        throw new AssertionError("no " + type + " in " + history);
    }
}
