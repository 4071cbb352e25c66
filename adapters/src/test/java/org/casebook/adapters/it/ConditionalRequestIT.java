package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.adapters.it.Cases.body;
import static org.casebook.adapters.it.Cases.daysAgo;
import static org.casebook.adapters.it.Cases.path;
import static org.casebook.adapters.it.ProblemAssertions.appendsNothingTo;
import static org.casebook.adapters.it.ProblemAssertions.assertProblem;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Optimistic concurrency: If-Match names the case version the caller saw; a stale one gets 412. */
class ConditionalRequestIT extends PostgresIntegrationTest {

    Cases cases;

    @BeforeEach
    void cases() {
        cases = new Cases(api);
    }

    static Map<String, Object> contact() {
        return body("contactOn", daysAgo(1), "channel", "PHONE");
    }

    Api.Response contactIfMatch(String caseId, String ifMatch) {
        return api.as("caseworker1").header("If-Match", ifMatch).post(path(caseId) + "/contacts", contact());
    }

    @Test
    void recordsWhenIfMatchNamesTheCurrentVersion() {
        String caseId = cases.openEnquiry();
        cases.recordContact(caseId, daysAgo(5));

        Api.Response recorded = contactIfMatch(caseId, "\"2\"");

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(recorded.header("ETag")).isEqualTo("\"3\"");
        assertThat(storedEventCount(caseId)).isEqualTo(3);
    }

    @Test
    void refusesAStaleIfMatchWithPreconditionFailed() {
        String caseId = cases.openEnquiry();
        cases.recordContact(caseId, daysAgo(5));

        Api.Response refused = appendsNothingTo(caseId, () -> contactIfMatch(caseId, "\"1\""));

        assertProblem(refused, 412);
    }

    @Test
    void refusesAnIfMatchAheadOfTheCase() {
        String caseId = cases.openEnquiry();

        Api.Response refused = appendsNothingTo(caseId, () -> contactIfMatch(caseId, "\"7\""));

        assertProblem(refused, 412);
    }

    @Test
    void theETagOfAReadIsWhatIfMatchExpects() {
        String caseId = cases.openEnquiry();
        cases.recordContact(caseId, daysAgo(5));
        String etag = api.as("caseworker1").get(path(caseId)).header("ETag");

        Api.Response recorded = contactIfMatch(caseId, etag);

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    }

    @Test
    void theETagOfACommandIsWhatTheNextIfMatchExpects() {
        String caseId = cases.openEnquiry();
        String etag = api.as("caseworker1").post(path(caseId) + "/contacts", contact()).header("ETag");

        Api.Response recorded = contactIfMatch(caseId, etag);

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    }

    @Test
    void refusesTheSecondOfTwoEditsMadeFromTheSameVersion() {
        String caseId = cases.openEnquiry();
        String etag = api.as("caseworker1").get(path(caseId)).header("ETag");
        assertThat(contactIfMatch(caseId, etag).status()).isEqualTo(201);

        Api.Response refused = appendsNothingTo(caseId, () -> api.as("caseworker2").header("If-Match", etag)
                .post(path(caseId) + "/closure", body("closedOn", daysAgo(1), "reason", "Resolved")));

        assertProblem(refused, 412);
        assertThat(cases.view(caseId).get("status").asText()).isEqualTo("OPEN");
    }

    @Test
    void refusesAStaleIfMatchOnPersonalDetails() {
        String caseId = cases.openEnquiry();
        cases.giveRecordKeepingConsent(caseId);

        Api.Response refused = appendsNothingTo(caseId, () -> api.as("caseworker1").header("If-Match", "\"1\"")
                .put(path(caseId) + "/personal-details", Cases.personalDetails()));

        assertProblem(refused, 412);
    }

    @Test
    void recordsPersonalDetailsWhenIfMatchIsCurrent() {
        String caseId = cases.openEnquiry();
        cases.giveRecordKeepingConsent(caseId);

        Api.Response recorded = api.as("caseworker1").header("If-Match", "\"2\"")
                .put(path(caseId) + "/personal-details", Cases.personalDetails());

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        assertThat(recorded.header("ETag")).isEqualTo("\"4\"");
    }

    @Test
    void anIfMatchOfAnyVersionRecordsWhateverTheVersion() {
        String caseId = cases.openEnquiry();

        Api.Response recorded = contactIfMatch(caseId, "*");

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    }

    @Test
    void refusesAnIfMatchThatNamesNoVersion() {
        String caseId = cases.openEnquiry();

        Api.Response refused = appendsNothingTo(caseId, () -> contactIfMatch(caseId, "\"abc\""));

        assertProblem(refused, 412);
    }

    @Test
    void refusesAStaleIfMatchOnAClosedCaseWithPreconditionFailed() {
        String caseId = cases.openEnquiry();
        cases.close(caseId, daysAgo(2));

        Api.Response refused = appendsNothingTo(caseId, () -> api.as("caseworker1").header("If-Match", "\"1\"")
                .post(path(caseId) + "/reopening", body("reopenedOn", daysAgo(1))));

        assertProblem(refused, 412);
    }

    @Test
    void staleIfMatchIsCheckedBeforeTheCaseRules() {
        String caseId = cases.openEnquiry();
        cases.recordContact(caseId, daysAgo(5));

        Api.Response refused = appendsNothingTo(caseId, () -> api.as("caseworker1").header("If-Match", "\"1\"")
                .post(path(caseId) + "/notes", body("writtenOn", daysAgo(1), "text", "level 1, no consent")));

        assertProblem(refused, 412);
    }
}
