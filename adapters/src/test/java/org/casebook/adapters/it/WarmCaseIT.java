package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.adapters.it.Cases.body;
import static org.casebook.adapters.it.Cases.daysAgo;
import static org.casebook.adapters.it.Cases.path;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A node keeps the cases it has just worked on in memory for their next command (CaseCache, ADR 29), and trusts one
 * only while the store agrees with it. The two-node behaviour is in ScaleOutIT; here an event written behind the
 * node's back stands in for another node's command.
 */
class WarmCaseIT extends PostgresIntegrationTest {

    Cases cases;

    @BeforeEach
    void cases() {
        cases = new Cases(api);
    }

    @Test
    void theNextCommandOnACaseFindsItWarm() {
        String caseId = cases.openEnquiry();
        cases.recordContact(caseId, daysAgo(2));
        double hits = caseCache("hit");

        Api.Response contact = contact(caseId);

        assertThat(contact.status()).as(contact.toString()).isEqualTo(201);
        assertThat(caseCache("hit")).isGreaterThan(hits);
    }

    @Test
    void aWarmCaseTheStoreHasMovedPastIsLoadedAgainAndTheCommandIsAccepted() {
        String caseId = cases.openEnquiry();
        cases.recordContact(caseId, daysAgo(2));
        contactRecordedBehindTheNodesBack(caseId);
        double stale = caseCache("stale");

        // If-Match names the version only the store knows: a case served from memory would be one behind.
        Api.Response contact = api.as(Cases.CASEWORKER).header("If-Match", "\"3\"").post(path(caseId) + "/contacts",
                body("contactOn", daysAgo(0), "channel", "PHONE"));

        assertThat(contact.status()).as(contact.toString()).isEqualTo(201);
        assertThat(contact.json().get("version").asLong()).isEqualTo(4);
        assertThat(caseCache("stale")).isGreaterThan(stale);
        assertThat(cases.eventTypes(caseId)).containsExactly("EnquiryReceived", "ContactRecorded",
                "ContactRecorded", "ContactRecorded");
    }

    /**
     * Without If-Match the warm case, trusted (ADR 0043), accepts the command; its append takes a sequence number the
     * store has given already and is refused, and the command runs again on the case as the store has it.
     */
    @ParameterizedTest(name = "Idempotency-Key sent: {0}")
    @ValueSource(booleans = {false, true})
    void anAppendAfterAWarmCaseTheStoreHasMovedPastRunsAgainOnTheStoresCase(boolean withKey) {
        String caseId = cases.openEnquiry();
        cases.recordContact(caseId, daysAgo(2));
        contactRecordedBehindTheNodesBack(caseId);
        double stale = caseCache("stale");

        Api.Call request = api.as(Cases.CASEWORKER);
        if (withKey) {
            request = request.header("Idempotency-Key", "warm-" + java.util.UUID.randomUUID());
        }
        Api.Response contact = request.post(path(caseId) + "/contacts", body("contactOn", daysAgo(0), "channel",
                "LETTER"));

        assertThat(contact.status()).as(contact.toString()).isEqualTo(201);
        assertThat(contact.json().get("version").asLong()).isEqualTo(4);
        assertThat(contact.header("ETag")).isEqualTo("\"4\"");
        assertThat(caseCache("stale")).isGreaterThan(stale);
        assertThat(cases.eventTypes(caseId)).containsExactly("EnquiryReceived", "ContactRecorded",
                "ContactRecorded", "ContactRecorded");
        assertThat(contact(caseId).json().get("version").asLong()).as("the case is warm again, at the store's version")
                .isEqualTo(5);
    }

    @Test
    void aRefusedCommandLeavesTheCaseAsTheStoreHasIt() {
        String caseId = cases.openEnquiry();
        cases.recordContact(caseId, daysAgo(2));

        Api.Response refused = api.as(Cases.CASEWORKER).header("If-Match", "\"1\"").post(path(caseId) + "/contacts",
                body("contactOn", daysAgo(0), "channel", "PHONE"));
        assertThat(refused.status()).as(refused.toString()).isIn(409, 412);

        Api.Response contact = contact(caseId);
        assertThat(contact.status()).as(contact.toString()).isEqualTo(201);
        assertThat(contact.json().get("version").asLong()).isEqualTo(3);
    }

    /** Axon's snapshot trigger travels with the cached case, so a case kept warm is still snapshotted (ADR 13). */
    @Test
    void aCaseKeptWarmIsStillSnapshottedEveryFiftyEvents() throws InterruptedException {
        String caseId = cases.openEnquiry();
        for (int i = 0; i < 50; i++) {
            assertThat(contact(caseId).status()).isEqualTo(201);
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (snapshots(caseId) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(snapshots(caseId)).as("snapshots of a case with 51 events").isEqualTo(1);
    }

    private static long snapshots(String caseId) {
        return sql(connection -> {
            var statement = connection.prepareStatement(
                    "SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?");
            statement.setString(1, caseId);
            var rows = statement.executeQuery();
            rows.next();
            return rows.getLong(1);
        });
    }

    /** As another node would: the case's third event, written straight to the store, so this node's copy is behind. */
    private static void contactRecordedBehindTheNodesBack(String caseId) {
        appendStoredEvent(caseId, 2, "org.casebook.domain.casework.ContactRecorded", """
                {"caseId": "%s", "contactOn": "%s", "channel": "PHONE",
                 "recorded": {"by": "caseworker1", "at": "%s"}}""".formatted(caseId, daysAgo(1), Instant.now()));
    }

    private Api.Response contact(String caseId) {
        return api.as(Cases.CASEWORKER).post(path(caseId) + "/contacts",
                body("contactOn", daysAgo(1), "channel", "PHONE"));
    }

    private double caseCache(String outcome) {
        String metrics = api.as(ReadSideFixtures.MANAGER).get("/actuator/prometheus").body();
        Matcher line = Pattern.compile("(?m)^casebook_case_cache_total\\{[^}]*outcome=\"" + outcome
                + "\"[^}]*} (\\S+)$").matcher(metrics);
        assertThat(line.find()).as("casebook_case_cache_total{outcome=%s}", outcome).isTrue();
        return Double.parseDouble(line.group(1));
    }
}
