package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.adapters.it.Cases.body;
import static org.casebook.adapters.it.Cases.daysAgo;
import static org.casebook.adapters.it.Cases.enquiry;
import static org.casebook.adapters.it.Cases.path;
import static org.casebook.adapters.it.ProblemAssertions.appendsNothing;
import static org.casebook.adapters.it.ProblemAssertions.appendsNothingTo;
import static org.casebook.adapters.it.ProblemAssertions.assertProblem;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Idempotency-Key: a retry with the same key and body gets the first response and appends nothing. */
class IdempotencyIT extends PostgresIntegrationTest {

    Cases cases;

    @BeforeEach
    void cases() {
        cases = new Cases(api);
    }

    static String key() {
        return "retry-" + UUID.randomUUID();
    }

    static Map<String, Object> contact() {
        return body("contactOn", daysAgo(2), "channel", "LETTER");
    }

    Api.Response contactWithKey(String user, String caseId, String key, Map<String, Object> contact) {
        return api.as(user).header("Idempotency-Key", key).post(path(caseId) + "/contacts", contact);
    }

    static void assertSameResponse(Api.Response repeated, Api.Response first) {
        assertThat(repeated.status()).isEqualTo(first.status());
        assertThat(repeated.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(repeated.header("Location")).isEqualTo(first.header("Location"));
        assertThat(repeated.json()).isEqualTo(first.json());
    }

    @Test
    void aCommandWithAKeyIsRecordedOnce() {
        String caseId = cases.openEnquiry();

        Api.Response first = contactWithKey("caseworker1", caseId, key(), contact());

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.header("ETag")).isEqualTo("\"2\"");
        assertThat(storedEventCount(caseId)).isEqualTo(2);
    }

    @Test
    void theRecordKeepsTheInstantItWasMade() {
        String caseId = cases.openEnquiry();
        String key = key();
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        contactWithKey("caseworker1", caseId, key, contact());

        Instant made = sql(connection -> {
            try (var statement = connection.prepareStatement(
                    "SELECT created_at FROM idempotency_record WHERE idempotency_key = ?")) {
                statement.setString(1, key);
                try (var row = statement.executeQuery()) {
                    row.next();
                    return row.getObject(1, OffsetDateTime.class).toInstant();
                }
            }
        });
        assertThat(made).as("whatever the JVM's or the session's time zone").isBetween(before, Instant.now());
    }

    @Test
    void repeatingTheSameKeyAndBodyReturnsTheFirstResponseAndAppendsNothing() {
        String caseId = cases.openEnquiry();
        String key = key();
        Api.Response first = contactWithKey("caseworker1", caseId, key, contact());

        Api.Response repeated = appendsNothingTo(caseId, () -> contactWithKey("caseworker1", caseId, key, contact()));

        assertSameResponse(repeated, first);
    }

    @Test
    void aRepeatAfterTheCaseMovedOnStillReturnsTheFirstResponse() {
        String caseId = cases.openEnquiry();
        String key = key();
        Api.Response first = contactWithKey("caseworker1", caseId, key, contact());
        cases.recordContact(caseId, daysAgo(1));

        Api.Response repeated = appendsNothingTo(caseId, () -> contactWithKey("caseworker1", caseId, key, contact()));

        assertSameResponse(repeated, first);
        assertThat(repeated.header("ETag")).isEqualTo("\"2\"");
    }

    /**
     * The command is not looked up before it runs (the record is written with its events, and a key already there
     * rolls them back), so a repeat runs the command again against a case that has moved on. When the case now
     * refuses it, the refusal must not be the answer: the first response is.
     */
    @Test
    void aRepeatOfAClosureTheClosedCaseWouldNowRefuseStillReturnsTheFirstResponse() {
        String caseId = cases.openEnquiry();
        String key = key();
        Map<String, Object> closure = body("closedOn", daysAgo(1), "reason", "Parent's questions answered");
        Api.Response first = api.as("caseworker1").header("Idempotency-Key", key).post(path(caseId) + "/closure",
                closure);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertProblem(api.as("caseworker1").post(path(caseId) + "/closure", closure), 409);

        Api.Response repeated = appendsNothingTo(caseId, () -> api.as("caseworker1").header("Idempotency-Key", key)
                .post(path(caseId) + "/closure", closure));

        assertSameResponse(repeated, first);
    }

    @Test
    void aRepeatWhoseIfMatchIsNoLongerCurrentStillReturnsTheFirstResponse() {
        String caseId = cases.openEnquiry();
        String key = key();
        Api.Response first = api.as("caseworker1").header("Idempotency-Key", key).header("If-Match", "\"1\"")
                .post(path(caseId) + "/contacts", contact());
        assertThat(first.status()).as(first.toString()).isEqualTo(201);

        Api.Response repeated = appendsNothingTo(caseId, () -> api.as("caseworker1").header("Idempotency-Key", key)
                .header("If-Match", "\"1\"").post(path(caseId) + "/contacts", contact()));

        assertSameResponse(repeated, first);
    }

    @Test
    void aDifferentBodyUnderAUsedKeyIsRefusedAsReuseEvenWhereTheCaseWouldRefuseIt() {
        String caseId = cases.openEnquiry();
        String key = key();
        api.as("caseworker1").header("Idempotency-Key", key).post(path(caseId) + "/closure",
                body("closedOn", daysAgo(1), "reason", "Parent's questions answered"));

        Api.Response refused = appendsNothingTo(caseId, () -> api.as("caseworker1").header("Idempotency-Key", key)
                .post(path(caseId) + "/closure", body("closedOn", daysAgo(2), "reason", "Signposted elsewhere")));

        assertProblem(refused, 422);
    }

    /** A repeat's events were appended and rolled back: nothing of them may linger for the case's next command. */
    @Test
    void theCaseTakesItsNextCommandAfterARepeat() {
        String caseId = cases.openEnquiry();
        String key = key();
        contactWithKey("caseworker1", caseId, key, contact());
        contactWithKey("caseworker1", caseId, key, contact());

        Api.Response next = api.as("caseworker1").post(path(caseId) + "/contacts",
                body("contactOn", daysAgo(1), "channel", "PHONE"));

        assertThat(next.status()).as(next.toString()).isEqualTo(201);
        assertThat(next.header("ETag")).isEqualTo("\"3\"");
        assertThat(storedEventCount(caseId)).isEqualTo(3);
        assertThat(cases.history(caseId).toString()).contains("PHONE");
    }

    @Test
    void repeatingAnEnquiryReturnsTheSameCaseAndOpensNoOther() {
        String key = key();
        Api.Response first = api.as("caseworker1").header("Idempotency-Key", key).post("/api/enquiries",
                enquiry(daysAgo(1)));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);

        Api.Response repeated = appendsNothing(() -> api.as("caseworker1").header("Idempotency-Key", key)
                .post("/api/enquiries", enquiry(daysAgo(1))));

        assertSameResponse(repeated, first);
        assertThat(repeated.header("Location")).isEqualTo("/api/cases/" + first.json().get("caseId").asText());
    }

    @Test
    void repeatingPersonalDetailsReturnsTheFirstOkAndAppendsNothing() {
        String caseId = cases.openEnquiry();
        cases.giveRecordKeepingConsent(caseId);
        String key = key();
        Api.Response first = api.as("caseworker1").header("Idempotency-Key", key)
                .put(path(caseId) + "/personal-details", Cases.personalDetails());
        assertThat(first.status()).as(first.toString()).isEqualTo(200);

        Api.Response repeated = appendsNothingTo(caseId, () -> api.as("caseworker1").header("Idempotency-Key", key)
                .put(path(caseId) + "/personal-details", Cases.personalDetails()));

        assertSameResponse(repeated, first);
    }

    @Test
    void repeatingAComputedDeadlineReturnsTheSameIds() {
        String caseId = cases.openLevelTwoEnquiry("2025-12-01");
        String key = key();
        Map<String, Object> decision = body("kind", "SEN_DECISION", "effectiveOn", "2026-01-31");
        Api.Response first = api.as("caseworker1").header("Idempotency-Key", key)
                .post(path(caseId) + "/appealable-decisions", decision);

        Api.Response repeated = appendsNothingTo(caseId, () -> api.as("caseworker1").header("Idempotency-Key", key)
                .post(path(caseId) + "/appealable-decisions", decision));

        assertSameResponse(repeated, first);
        assertThat(repeated.json().get("decisionId").asText()).isEqualTo(first.json().get("decisionId").asText());
        assertThat(cases.view(caseId).get("appealDeadlines")).hasSize(1);
    }

    @Test
    void refusesTheSameKeyWithADifferentBody() {
        String caseId = cases.openEnquiry();
        String key = key();
        contactWithKey("caseworker1", caseId, key, contact());

        Api.Response refused = appendsNothingTo(caseId, () -> contactWithKey("caseworker1", caseId, key,
                body("contactOn", daysAgo(3), "channel", "LETTER")));

        assertProblem(refused, 422);
    }

    @Test
    void refusesTheSameKeyOnADifferentEnquiry() {
        String key = key();
        api.as("caseworker1").header("Idempotency-Key", key).post("/api/enquiries", enquiry(daysAgo(1)));

        Api.Response refused = appendsNothing(() -> api.as("caseworker1").header("Idempotency-Key", key)
                .post("/api/enquiries", enquiry(daysAgo(2))));

        assertProblem(refused, 422);
    }

    @Test
    void refusesAKeyLongerThanOneHundredCharacters() {
        String caseId = cases.openEnquiry();

        Api.Response refused = appendsNothingTo(caseId, () -> contactWithKey("caseworker1", caseId,
                "k".repeat(101), contact()));

        assertProblem(refused, 400);
        assertThat(refused.json().path("errors").isArray()).isTrue();
    }

    @Test
    void acceptsAKeyOfExactlyOneHundredCharacters() {
        String caseId = cases.openEnquiry();
        String key = UUID.randomUUID().toString() + "k".repeat(64);

        Api.Response recorded = contactWithKey("caseworker1", caseId, key, contact());

        assertThat(key).hasSize(100);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    }

    @Test
    void twoUsersMayUseTheSameKeyIndependently() {
        String caseId = cases.openEnquiry();
        String key = key();

        Api.Response first = contactWithKey("caseworker1", caseId, key, contact());
        Api.Response second = contactWithKey("caseworker2", caseId, key, contact());

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        assertThat(first.header("ETag")).isEqualTo("\"2\"");
        assertThat(second.header("ETag")).isEqualTo("\"3\"");
        assertThat(storedEventCount(caseId)).isEqualTo(3);
    }

    @Test
    void aRefusedCommandIsNotRememberedUnderItsKey() {
        String caseId = cases.openEnquiry();
        String key = key();
        Api.Response refused = contactWithKey("caseworker1", caseId, key, body("contactOn", Cases.tomorrow(),
                "channel", "LETTER"));
        assertProblem(refused, 400);

        Api.Response retried = contactWithKey("caseworker1", caseId, key, body("contactOn", Cases.tomorrow(),
                "channel", "LETTER"));

        assertProblem(retried, 400);
        assertThat(storedEventCount(caseId)).isEqualTo(1);
    }
}
