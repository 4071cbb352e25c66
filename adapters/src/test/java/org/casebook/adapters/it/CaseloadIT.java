package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.adapters.it.ReadSideFixtures.caseIds;
import static org.casebook.adapters.it.ReadSideFixtures.entry;
import static org.casebook.adapters.it.ReadSideFixtures.today;
import static org.casebook.adapters.it.ReadSideFixtures.uniqueWorker;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.casebook.domain.casework.SendTribunalTimeLimits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code GET /api/caseload}: a worker's open cases and what is due on them (contract, "Caseload, audit and reports"). */
class CaseloadIT extends PostgresIntegrationTest {

    /** Far enough back that six months after it is still in the past. */
    static final LocalDate START = today().minusDays(400);

    ReadSideFixtures given;
    String worker;

    @BeforeEach
    void fixtures() {
        given = new ReadSideFixtures(api);
        worker = uniqueWorker();
    }

    @Test
    void listsOnlyTheOpenCasesAllocatedToThatWorker() {
        String first = given.enquiry(START);
        String second = given.levelTwoCase(START.plusDays(1));
        String someoneElses = given.enquiry(START);
        String unallocated = given.enquiry(START);
        given.allocate(first, worker);
        given.allocate(second, worker);
        given.allocate(someoneElses, uniqueWorker());

        assertThat(caseIds(given.caseloadOf(worker))).containsExactlyInAnyOrder(first, second)
                .doesNotContain(someoneElses, unallocated);
    }

    /** Oldest first, and cases opened on one day by their id, so that a caseload reads the same at every visit. */
    @Test
    void listsTheOldestCaseFirstAndCasesOpenedOnOneDayByTheirId() {
        String newest = given.enquiry(START.plusDays(2));
        String oldest = given.enquiry(START);
        List<String> sameDay = new ArrayList<>(List.of(given.enquiry(START.plusDays(1)),
                given.enquiry(START.plusDays(1)), given.enquiry(START.plusDays(1))));
        given.allocate(newest, worker);
        sameDay.forEach(caseId -> given.allocate(caseId, worker));
        given.allocate(oldest, worker);
        sameDay.sort(null);

        assertThat(caseIds(given.caseloadOf(worker)))
                .containsExactly(oldest, sameDay.get(0), sameDay.get(1), sameDay.get(2), newest);
    }

    @Test
    void aNewAllocationMovesTheCaseToTheNewWorkersCaseload() {
        String caseId = given.enquiry(START);
        given.allocate(caseId, worker);
        String next = uniqueWorker();
        given.allocate(caseId, next);

        assertThat(caseIds(given.caseloadOf(worker))).isEmpty();
        assertThat(caseIds(given.caseloadOf(next))).containsExactly(caseId);
    }

    @Test
    void anEntryShowsTheLevelTheDayTheCaseOpenedAndTheLastContact() {
        String levelOne = given.enquiry(START);
        given.contact(levelOne, START.plusDays(10));
        String levelTwo = given.levelTwoCase(START.plusDays(2));
        given.meeting(levelTwo, START.plusDays(30), false, false);
        given.allocate(levelOne, worker);
        given.allocate(levelTwo, worker);

        JsonNode caseload = given.caseloadOf(worker);

        JsonNode one = entry(caseload, levelOne);
        assertThat(one.get("status").asText()).isEqualTo("OPEN");
        assertThat(one.get("level").asInt()).isEqualTo(1);
        assertThat(one.get("openedOn").asText()).isEqualTo(START.toString());
        assertThat(one.get("lastContactOn").asText()).isEqualTo(START.plusDays(10).toString());
        JsonNode two = entry(caseload, levelTwo);
        assertThat(two.get("level").asInt()).isEqualTo(2);
        assertThat(two.get("openedOn").asText()).isEqualTo(START.plusDays(2).toString());
        assertThat(two.get("lastContactOn").asText()).as("a meeting counts as a contact")
                .isEqualTo(START.plusDays(30).toString());
    }

    @Test
    void aBackDatedContactDoesNotMoveTheLastContactBack() {
        String caseId = given.enquiry(START);
        given.contact(caseId, START.plusDays(50));
        given.contact(caseId, START.plusDays(20));
        given.allocate(caseId, worker);

        assertThat(entry(given.caseloadOf(worker), caseId).get("lastContactOn").asText())
                .isEqualTo(START.plusDays(50).toString());
    }

    @Test
    void aLevelOneCaseIsNotDueAnEvaluation() {
        String caseId = given.enquiry(START);
        given.contact(caseId, START.plusDays(10));
        given.allocate(caseId, worker);

        assertThat(dueItems(given.caseloadOf(worker), caseId, "EVALUATION_DUE")).isEmpty();
    }

    @Test
    void aLevelTwoCaseIsDueAnEvaluationSixMonthsAfterItsFirstContact() {
        String caseId = given.levelTwoCase(START);
        given.contact(caseId, START.plusDays(20));
        given.allocate(caseId, worker);

        assertThat(dueItems(given.caseloadOf(worker), caseId, "EVALUATION_DUE"))
                .extracting(item -> item.get("dueOn").asText())
                .containsExactly(START.plusMonths(6).toString());
    }

    @Test
    void afterARequestTheNextEvaluationIsDueSixMonthsAfterTheFirstContactThatFollowsIt() {
        String caseId = given.levelTwoCase(START);
        given.contact(caseId, START.plusDays(10));
        given.evaluationRequest(caseId, START.plusDays(30));
        given.contact(caseId, START.plusDays(45));
        given.contact(caseId, START.plusDays(60));
        given.allocate(caseId, worker);

        assertThat(dueItems(given.caseloadOf(worker), caseId, "EVALUATION_DUE"))
                .extracting(item -> item.get("dueOn").asText())
                .containsExactly(START.plusDays(45).plusMonths(6).toString());
    }

    @Test
    void noEvaluationIsDueWhenThereHasBeenNoContactSinceTheRequest() {
        String caseId = given.levelTwoCase(START);
        given.contact(caseId, START.plusDays(10));
        given.evaluationRequest(caseId, START.plusDays(30));
        given.allocate(caseId, worker);

        assertThat(dueItems(given.caseloadOf(worker), caseId, "EVALUATION_DUE")).isEmpty();
    }

    @Test
    void aContactBackDatedToBeforeTheRequestDoesNotMakeAnotherEvaluationDue() {
        String caseId = given.levelTwoCase(START);
        given.evaluationRequest(caseId, START.plusDays(30));
        given.contact(caseId, START.plusDays(20));
        given.allocate(caseId, worker);

        assertThat(dueItems(given.caseloadOf(worker), caseId, "EVALUATION_DUE")).isEmpty();
    }

    @Test
    void theEvaluationDueOnTheCaseloadAgreesWithTheCase() {
        String caseId = given.levelTwoCase(START);
        given.contact(caseId, START.plusDays(10));
        given.evaluationRequest(caseId, START.plusDays(30));
        given.meeting(caseId, START.plusDays(40), false, false);
        given.allocate(caseId, worker);

        String onTheCase = api.as("caseworker1").get("/api/cases/" + caseId).json().get("evaluationDueOn").asText();
        assertThat(dueItems(given.caseloadOf(worker), caseId, "EVALUATION_DUE"))
                .extracting(item -> item.get("dueOn").asText())
                .containsExactly(onTheCase);
    }

    @Test
    void anAppealableDecisionPutsItsAppealDeadlineOnTheCaseload() {
        String caseId = given.levelTwoCase(START);
        LocalDate deadline = given.senDecision(caseId, START.plusDays(31));
        given.allocate(caseId, worker);

        assertThat(deadline).isEqualTo(SendTribunalTimeLimits.senAppealDeadline(START.plusDays(31), null));
        assertThat(dueItems(given.caseloadOf(worker), caseId, "APPEAL_DEADLINE"))
                .extracting(item -> item.get("dueOn").asText())
                .containsExactly(deadline.toString());
    }

    @Test
    void aComplaintResponseIsDueWhileTheComplaintIsUnanswered() {
        String caseId = given.enquiry(START);
        JsonNode complaint = given.complaint(caseId, START.plusDays(5));
        given.allocate(caseId, worker);

        assertThat(dueItems(given.caseloadOf(worker), caseId, "COMPLAINT_RESPONSE_DUE"))
                .extracting(item -> item.get("dueOn").asText())
                .containsExactly(complaint.get("responseDueOn").asText());
    }

    @Test
    void anAnsweredComplaintIsNoLongerDue() {
        String caseId = given.enquiry(START);
        JsonNode complaint = given.complaint(caseId, START.plusDays(5));
        given.answerComplaint(caseId, complaint.get("complaintId").asText(), START.plusDays(7));
        given.allocate(caseId, worker);

        assertThat(dueItems(given.caseloadOf(worker), caseId, "COMPLAINT_RESPONSE_DUE")).isEmpty();
    }

    /**
     * A row written before V15_4 has no due items of its own (NULL): the caseload works them out from the row's state,
     * as it did before, and shows exactly what a row that keeps them shows; the case's next event writes them.
     */
    @Test
    void aRowWrittenBeforeItKeptItsDueItemsShowsTheSameItems() {
        String caseId = given.levelTwoCase(START);
        given.senDecision(caseId, START.plusDays(31));
        JsonNode complaint = given.complaint(caseId, START.plusDays(5));
        given.allocate(caseId, worker);
        JsonNode kept = entry(given.caseloadOf(worker), caseId);
        assertThat(kept.get("dueItems")).extracting(item -> item.get("kind").asText())
                .contains("EVALUATION_DUE", "APPEAL_DEADLINE", "COMPLAINT_RESPONSE_DUE");

        int cleared = sql(connection -> {
            var statement = connection.prepareStatement(
                    "UPDATE caseload_case SET due_items = NULL WHERE case_id = ? AND due_items IS NOT NULL");
            statement.setString(1, caseId);
            return statement.executeUpdate();
        });

        assertThat(cleared).as("the row kept its due items").isEqualTo(1);
        assertThat(entry(given.caseloadOf(worker), caseId)).isEqualTo(kept);
        given.answerComplaint(caseId, complaint.get("complaintId").asText(), START.plusDays(7));
        assertThat(dueItems(given.caseloadOf(worker), caseId, "COMPLAINT_RESPONSE_DUE")).isEmpty();
        String written = sql(connection -> {
            var statement = connection.prepareStatement("SELECT due_items FROM caseload_case WHERE case_id = ?");
            statement.setString(1, caseId);
            var rows = statement.executeQuery();
            rows.next();
            return rows.getString(1);
        });
        assertThat(written).as("written again with the case's next event").contains("APPEAL_DEADLINE")
                .doesNotContain("COMPLAINT_RESPONSE_DUE");
    }

    @Test
    void anItemIsOverdueOnlyWhenAsOfIsAfterItsDueDate() {
        String caseId = given.levelTwoCase(START);
        LocalDate deadline = given.senDecision(caseId, START.plusDays(31));
        given.allocate(caseId, worker);
        given.awaitProjections();

        assertThat(appealDeadlineOverdueAsOf(caseId, deadline.minusDays(1))).as("the day before").isFalse();
        assertThat(appealDeadlineOverdueAsOf(caseId, deadline)).as("on the day").isFalse();
        assertThat(appealDeadlineOverdueAsOf(caseId, deadline.plusDays(1))).as("the day after").isTrue();
    }

    @Test
    void withoutAsOfOverdueIsJudgedAgainstToday() {
        String caseId = given.levelTwoCase(START);
        given.senDecision(caseId, START.plusDays(31));
        given.allocate(caseId, worker);
        given.awaitProjections();

        Api.Response caseload = api.as("caseworker1").get("/api/caseload?worker=" + worker);
        assertThat(caseload.status()).as(caseload.toString()).isEqualTo(200);
        assertThat(dueItems(caseload.json(), caseId, "APPEAL_DEADLINE"))
                .extracting(item -> item.get("overdue").asBoolean())
                .containsExactly(true);
    }

    @Test
    void aClosedCaseLeavesTheCaseload() {
        String caseId = given.enquiry(START);
        given.allocate(caseId, worker);
        given.close(caseId, START.plusDays(40));

        assertThat(caseIds(given.caseloadOf(worker))).doesNotContain(caseId);
    }

    // --- closed cases with follow-up still due (contract, "Closed cases"; 002 §10) ---

    @Test
    void aClosedCaseStaysWhileItsEvaluationIsDueShowingOnlyWhatIsStillDue() {
        String caseId = given.levelTwoCase(START);
        given.contact(caseId, START.plusDays(3));
        LocalDate deadline = given.senDecision(caseId, START.plusDays(20));
        given.allocate(caseId, worker);
        given.close(caseId, START.plusDays(40));

        JsonNode entry = entry(given.caseloadOf(worker), caseId);

        assertThat(entry.get("status").asText()).isEqualTo("CLOSED");
        assertThat(entry.get("dueItems")).extracting(item -> item.get("kind").asText())
                .containsExactly("EVALUATION_DUE");
        assertThat(deadline).as("an appeal deadline does not keep a closed case listed").isNotNull();
    }

    @Test
    void aClosedCaseLeavesOnceItsEvaluationWasRequested() {
        String caseId = given.levelTwoCase(START);
        given.allocate(caseId, worker);
        given.close(caseId, START.plusDays(40));
        given.awaitProjections();
        assertThat(caseIds(given.caseloadOf(worker))).containsExactly(caseId);

        given.evaluationRequest(caseId, START.plusDays(190));

        assertThat(caseIds(given.caseloadOf(worker))).doesNotContain(caseId);
    }

    @Test
    void aClosedCaseStaysWhileAComplaintAwaitsItsResponse() {
        String caseId = given.enquiry(START);
        JsonNode complaint = given.complaint(caseId, START.plusDays(5));
        given.allocate(caseId, worker);
        given.close(caseId, START.plusDays(6));

        JsonNode entry = entry(given.caseloadOf(worker), caseId);
        assertThat(entry.get("status").asText()).isEqualTo("CLOSED");
        assertThat(dueItems(given.caseloadOf(worker), caseId, "COMPLAINT_RESPONSE_DUE"))
                .extracting(item -> item.get("dueOn").asText())
                .containsExactly(complaint.get("responseDueOn").asText());

        given.answerComplaint(caseId, complaint.get("complaintId").asText(), START.plusDays(8));

        assertThat(caseIds(given.caseloadOf(worker))).doesNotContain(caseId);
    }

    @Test
    void aClosedCaseWhoseOnlyDueItemIsAnAppealDeadlineLeavesTheCaseload() {
        String caseId = given.levelTwoCase(START);
        given.senDecision(caseId, START.plusDays(20));
        given.evaluationRequest(caseId, START.plusDays(30));
        given.allocate(caseId, worker);
        given.close(caseId, START.plusDays(40));

        assertThat(caseIds(given.caseloadOf(worker))).doesNotContain(caseId);
    }

    @Test
    void aReopenedCaseComesBackToTheCaseload() {
        String caseId = given.enquiry(START);
        given.allocate(caseId, worker);
        given.close(caseId, START.plusDays(40));
        given.awaitProjections();
        assertThat(caseIds(given.caseloadOf(worker))).doesNotContain(caseId);

        given.reopen(caseId, START.plusDays(60));

        assertThat(caseIds(given.caseloadOf(worker))).containsExactly(caseId);
    }

    /**
     * An erased case takes no more commands, so it can never be closed: left on the caseload it would show its due
     * items, overdue for ever, to a worker who can do nothing about them.
     */
    @Test
    void anErasedCaseLeavesTheCaseload() {
        String caseId = given.levelTwoCase(START);
        given.allocate(caseId, worker);
        Api.Response erased = api.as("manager1").post("/api/cases/" + caseId + "/erasure",
                ReadSideFixtures.body("reason", "The parent asked for erasure"));
        assertThat(erased.status()).as(erased.toString()).isEqualTo(201);

        assertThat(caseIds(given.caseloadOf(worker))).doesNotContain(caseId);
    }

    @Test
    void aVolunteerReadsTheirOwnCaseloadWithoutNamingThemselves() {
        String caseId = given.enquiry(START);
        given.allocate(caseId, "volunteer1");
        given.awaitProjections();

        Api.Response caseload = api.as("volunteer1").get("/api/caseload");

        assertThat(caseload.status()).as(caseload.toString()).isEqualTo(200);
        assertThat(caseIds(caseload.json())).contains(caseId);
    }

    @Test
    void aVolunteerReadsTheirOwnCaseloadByName() {
        String caseId = given.enquiry(START);
        given.allocate(caseId, "volunteer1");
        given.awaitProjections();

        Api.Response caseload = api.as("volunteer1").get("/api/caseload?worker=volunteer1");

        assertThat(caseload.status()).as(caseload.toString()).isEqualTo(200);
        assertThat(caseIds(caseload.json())).contains(caseId);
    }

    @Test
    void aVolunteersCaseIsNotInAnotherVolunteersCaseload() {
        String caseId = given.enquiry(START);
        given.allocate(caseId, "volunteer1");
        given.awaitProjections();

        Api.Response caseload = api.as("volunteer2").get("/api/caseload");

        assertThat(caseload.status()).as(caseload.toString()).isEqualTo(200);
        assertThat(caseIds(caseload.json())).doesNotContain(caseId);
    }

    @Test
    void aVolunteerMayNotReadAnotherWorkersCaseload() {
        Api.Response caseload = api.as("volunteer1").get("/api/caseload?worker=volunteer2");

        assertThat(caseload.status()).as(caseload.toString()).isEqualTo(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"caseworker1", "manager1"})
    void caseworkersAndManagersMayReadAnyWorkersCaseload(String username) {
        String caseId = given.enquiry(START);
        given.allocate(caseId, worker);
        given.awaitProjections();

        Api.Response caseload = api.as(username).get("/api/caseload?worker=" + worker);

        assertThat(caseload.status()).as(caseload.toString()).isEqualTo(200);
        assertThat(caseIds(caseload.json())).containsExactly(caseId);
    }

    @ParameterizedTest
    @ValueSource(strings = {"auditor1", "dg1"})
    void auditorsAndTheDevelopmentGroupMayNotReadACaseload(String username) {
        Api.Response caseload = api.as(username).get("/api/caseload?worker=caseworker1");

        assertThat(caseload.status()).as(caseload.toString()).isEqualTo(403);
    }

    @Test
    void aCaseloadNeedsCredentials() {
        assertThat(api.as(null).get("/api/caseload?worker=caseworker1").status()).isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2026-02-30", "25-11-2026", "2026-13-01"})
    void aMalformedAsOfIsABadRequest(String asOf) {
        Api.Response caseload = api.as("caseworker1").get("/api/caseload?worker=caseworker1&asOf=" + asOf);

        assertThat(caseload.status()).as(caseload.toString()).isEqualTo(400);
        assertThat(caseload.header("Content-Type")).startsWith("application/problem+json");
    }

    // ---------------------------------------------------------------------------------------------------------------

    private boolean appealDeadlineOverdueAsOf(String caseId, LocalDate asOf) {
        Api.Response caseload = api.as("caseworker1").get("/api/caseload?worker=" + worker + "&asOf=" + asOf);
        assertThat(caseload.status()).as(caseload.toString()).isEqualTo(200);
        List<JsonNode> items = dueItems(caseload.json(), caseId, "APPEAL_DEADLINE");
        assertThat(items).hasSize(1);
        return items.get(0).get("overdue").asBoolean();
    }

    private static List<JsonNode> dueItems(JsonNode caseload, String caseId, String kind) {
        List<JsonNode> items = new ArrayList<>();
        entry(caseload, caseId).get("dueItems").forEach(item -> {
            if (item.get("kind").asText().equals(kind)) {
                items.add(item);
            }
        });
        return items;
    }
}
