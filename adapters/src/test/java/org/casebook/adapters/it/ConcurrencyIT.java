package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.adapters.it.Cases.body;
import static org.casebook.adapters.it.Cases.daysAgo;
import static org.casebook.adapters.it.Cases.enquiry;
import static org.casebook.adapters.it.Cases.path;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Many requests on one case at the same moment: each is answered properly and the store holds what was answered. */
class ConcurrencyIT extends PostgresIntegrationTest {

    static final int THREADS = 10;

    Cases cases;

    @BeforeEach
    void cases() {
        cases = new Cases(api);
    }

    /** Sends THREADS requests released at the same instant and returns their responses. */
    static List<Api.Response> atOnce(IntFunction<Api.Response> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch ready = new CountDownLatch(THREADS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Api.Response>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.apply(n);
                }));
            }
            ready.await(10, TimeUnit.SECONDS);
            go.countDown();
            List<Api.Response> responses = new ArrayList<>();
            for (Future<Api.Response> future : futures) {
                responses.add(future.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    static long created(List<Api.Response> responses) {
        return responses.stream().filter(response -> response.status() == 201).count();
    }

    @Test
    void tenContactsAtOnceAreEachRecordedOrRefusedAndNeverLost() throws Exception {
        String caseId = cases.openEnquiry();

        List<Api.Response> responses = atOnce(n -> api.as(n % 2 == 0 ? "caseworker1" : "caseworker2")
                .post(path(caseId) + "/contacts", body("contactOn", daysAgo(n + 1), "channel", "PHONE")));

        assertThat(responses).allSatisfy(response ->
                assertThat(response.status()).as(response.toString()).isIn(201, 409, 412));
        assertThat(storedEventCount(caseId)).isEqualTo(1 + created(responses));
        assertThat(responses).filteredOn(response -> response.status() == 201)
                .extracting(response -> response.header("ETag")).doesNotHaveDuplicates();
    }

    @Test
    void theHistoryAfterConcurrentContactsHasNoGapsInItsSequence() throws Exception {
        String caseId = cases.openEnquiry();

        List<Api.Response> responses = atOnce(n -> api.as("caseworker1")
                .post(path(caseId) + "/contacts", body("contactOn", daysAgo(n + 1), "channel", "EMAIL")));

        JsonNode events = cases.history(caseId).get("events");
        assertThat(events).hasSize((int) (1 + created(responses)));
        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i).get("sequence").asLong()).isEqualTo(i + 1);
        }
    }

    /**
     * MAIN-CODE BUG 2: with an Idempotency-Key the command runs inside IdempotentCommands' own transaction, so Axon
     * releases the case's lock before the events commit; the next command reads the case without them and appends a
     * sequence number already taken. PostgreSQL's unique violation (SQLState 23505, a PSQLException) is not
     * recognised by Axon's default JdbcSQLErrorCodesResolver (it looks only for SQLIntegrityConstraintViolation-
     * Exception), so it surfaces as EventStoreException and the client gets 500 instead of 409.
     */
    @Test
    void tenContactsAtOnceWithTheirOwnIdempotencyKeysAreEachRecordedOrRefused() throws Exception {
        String caseId = cases.openEnquiry();

        List<Api.Response> responses = atOnce(n -> api.as("caseworker1").header("Idempotency-Key", "c-" + UUID
                .randomUUID()).post(path(caseId) + "/contacts", body("contactOn", daysAgo(n + 1), "channel",
                "PHONE")));

        assertThat(responses).allSatisfy(response ->
                assertThat(response.status()).as(response.toString()).isIn(201, 409, 412));
        assertThat(storedEventCount(caseId)).isEqualTo(1 + created(responses));
    }

    @Test
    void tenContactsFromTheSameVersionAtOnceRecordExactlyOne() throws Exception {
        String caseId = cases.openEnquiry();

        List<Api.Response> responses = atOnce(n -> api.as("caseworker1").header("If-Match", "\"1\"")
                .post(path(caseId) + "/contacts", body("contactOn", daysAgo(n + 1), "channel", "PHONE")));

        assertThat(responses).allSatisfy(response ->
                assertThat(response.status()).as(response.toString()).isIn(201, 409, 412));
        assertThat(created(responses)).isEqualTo(1);
        assertThat(storedEventCount(caseId)).isEqualTo(2);
    }

    /**
     * MAIN-CODE BUG 2 (see above), intermittently: a retry racing the first request can get 500 instead of the
     * first response, because IdempotentCommands replays only after ConcurrencyException or a duplicate key on its
     * own table, not after the EventStoreException the event store raises.
     */
    @Test
    void tenRetriesWithTheSameKeyAtOnceRecordOneContactAndAllGetItsResponse() throws Exception {
        String caseId = cases.openEnquiry();
        String key = "same-" + UUID.randomUUID();

        List<Api.Response> responses = atOnce(n -> api.as("caseworker1").header("Idempotency-Key", key)
                .post(path(caseId) + "/contacts", body("contactOn", daysAgo(1), "channel", "PHONE")));

        assertThat(responses).allSatisfy(response -> {
            assertThat(response.status()).as(response.toString()).isEqualTo(201);
            assertThat(response.header("ETag")).isEqualTo("\"2\"");
        });
        assertThat(storedEventCount(caseId)).isEqualTo(2);
    }

    @Test
    void tenRetriesOfAnEnquiryWithTheSameKeyAtOnceOpenOneCase() throws Exception {
        String key = "same-" + UUID.randomUUID();
        long before = storedEventCount();

        List<Api.Response> responses = atOnce(n -> api.as("caseworker1").header("Idempotency-Key", key)
                .post("/api/enquiries", enquiry(daysAgo(1))));

        assertThat(responses).allSatisfy(response ->
                assertThat(response.status()).as(response.toString()).isEqualTo(201));
        assertThat(responses).extracting(response -> response.json().get("caseId").asText()).containsOnly(
                responses.get(0).json().get("caseId").asText());
        assertThat(storedEventCount()).isEqualTo(before + 1);
    }

    /**
     * Withdrawals of one consent and sharings that only that consent covers, all at once: whichever order the store
     * settles on, the consent is withdrawn at most once and no sharing is recorded after the withdrawal it needed.
     */
    @Test
    void concurrentWithdrawalsAndASharingOnTheSameConsentKeepTheConsentRule() throws Exception {
        for (int round = 0; round < 3; round++) {
            String caseId = cases.levelTwoCase();
            String consentId = cases.giveSharingConsent(caseId, "SCHOOL", daysAgo(30));

            List<Api.Response> responses = atOnce(n -> n % 2 == 0
                    ? api.as(Cases.CASEWORKER).post(path(caseId) + "/consents/" + consentId + "/withdrawal",
                            body("withdrawnOn", daysAgo(10)))
                    : api.as(Cases.CASEWORKER).post(path(caseId) + "/information-sharing",
                            body("sharedOn", daysAgo(9), "recipient", "SCHOOL", "purpose", "Review of support",
                                    "recipientName", "Hillside Primary SENCO")));

            assertThat(responses).allSatisfy(response ->
                    assertThat(response.status()).as(response.toString()).isIn(201, 409, 412));
            List<String> types = sql(connection -> {
                var statement = connection.prepareStatement("SELECT payload_type FROM domain_event_entry"
                        + " WHERE aggregate_identifier = ? ORDER BY sequence_number");
                statement.setString(1, caseId);
                var rows = statement.executeQuery();
                List<String> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(rows.getString(1).substring(rows.getString(1).lastIndexOf('.') + 1));
                }
                return found;
            });
            assertThat(types.stream().filter("ConsentWithdrawn"::equals).count()).as(types.toString())
                    .isLessThanOrEqualTo(1);
            int withdrawnAt = types.indexOf("ConsentWithdrawn");
            int lastSharing = types.lastIndexOf("InformationShared");
            if (withdrawnAt >= 0 && lastSharing >= 0) {
                assertThat(lastSharing).as("a sharing dated after the withdrawal was recorded after it: " + types)
                        .isLessThan(withdrawnAt);
            }
            assertThat(created(responses)).as("each 201 is one event").isEqualTo(types.size() - 5);
        }
    }
}
