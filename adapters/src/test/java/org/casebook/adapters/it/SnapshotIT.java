package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.adapters.it.Cases.body;
import static org.casebook.adapters.it.Cases.daysAgo;
import static org.casebook.adapters.it.Cases.path;

import java.sql.ResultSet;
import java.time.Duration;
import org.axonframework.serialization.Revision;
import org.casebook.domain.casework.Case;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A case with a long history (past the default of 50 events) is loaded from a snapshot and the events after it, and
 * behaves exactly as if it had been loaded from all its events: the rules still see every consent. No case is kept
 * warm here (ADR 29), so every command loads its case as a node that has not seen it would: snapshots are for that.
 * That setting makes a context of its own, so the class works in a schema of its own ({@link OwnSchema}).
 */
@TestPropertySource(properties = "casebook.cases.cached=0")
class SnapshotIT extends PostgresIntegrationTest {

    static final String OWN = OwnSchema.create("casebook_snapshot_");

    @DynamicPropertySource
    static void ownSchema(DynamicPropertyRegistry registry) {
        OwnSchema.register(registry, OWN);
    }

    @TestConfiguration
    static class OwnSchemaMigrated {

        @Bean
        FlywayConfigurationCustomizer ownSchemaMigrated() {
            return OwnSchema.migrated(OWN);
        }
    }

    Cases cases;

    @BeforeEach
    void cases() {
        cases = new Cases(api);
    }

    @Test
    void aLongCaseIsSnapshottedWithoutPersonalDataAndStillKeepsEveryRule() throws Exception {
        String caseId = longCase();

        String snapshot = awaitSnapshot(caseId);
        assertThat(snapshot).contains("RECORD_KEEPING").doesNotContain("Alex", "Harbour", "Dyslexia");

        // No sharing consent for social care: still refused, from the snapshot's consents.
        Api.Response refused = share(caseId, "SOCIAL_CARE");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        // The school's consent, given before the snapshot, still lets the school be told.
        Api.Response shared = share(caseId, "SCHOOL");
        assertThat(shared.status()).as(shared.toString()).isEqualTo(201);
        assertThat(shared.header("ETag")).isEqualTo("\"" + storedEventCount(OWN, caseId) + "\"");
    }

    @Test
    void theSnapshotKeepsTheAppealableDecisionsForTheirCertificates() throws Exception {
        String caseId = longCase();

        assertThat(awaitSnapshot(caseId)).contains("appealableDecisions").contains(LETTER_DATE);

        String certificate = path(caseId) + "/appealable-decisions/" + decisionId + "/mediation-certificate";
        Api.Response certified = api.as(Cases.CASEWORKER).post(certificate, body("issuedOn", daysAgo(5)));
        assertThat(certified.status()).as(certified.toString()).isEqualTo(201);
        assertThat(certified.json().get("certificateNeeded").asBoolean()).isTrue();
        Api.Response again = api.as(Cases.CASEWORKER).post(certificate, body("issuedOn", daysAgo(4)));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
    }

    @Test
    void aSnapshotThatCannotBeReadIsPassedOverAndTheCaseLoadsFromItsEvents() throws Exception {
        String caseId = longCase();
        awaitSnapshot(caseId);
        OwnSchema.sql(OWN, connection -> connection.prepareStatement("UPDATE snapshot_event_entry SET payload = "
                + "convert_to('{\"not\":\"a case\"', 'UTF8') WHERE aggregate_identifier = '" + caseId + "'")
                .executeUpdate());

        Api.Response refused = share(caseId, "SOCIAL_CARE");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        Api.Response shared = share(caseId, "SCHOOL");
        assertThat(shared.status()).as(shared.toString()).isEqualTo(201);
    }

    @Test
    void aSnapshotOfAnotherShapeOfCaseIsIgnored() throws Exception {
        String caseId = longCase();
        awaitSnapshot(caseId);
        // As if written by a version of Case with other fields: revision differs, so it must not be used.
        OwnSchema.sql(OWN, connection -> connection.prepareStatement("UPDATE snapshot_event_entry SET payload_revision = '0', "
                + "payload = convert_to('{\"status\":\"CLOSED\"}', 'UTF8') WHERE aggregate_identifier = '"
                + caseId + "'").executeUpdate());

        Api.Response shared = share(caseId, "SCHOOL");
        assertThat(shared.status()).as("a closed-looking snapshot was not believed: " + shared).isEqualTo(201);
    }

    @Test
    void theCaseIsLoadedFromItsSnapshot() throws Exception {
        String caseId = longCase();
        awaitSnapshot(caseId);
        // Tamper with the snapshot (current shape) to say the case is closed: the next command must believe it,
        // which shows the snapshot, not the full history, is what the case was loaded from.
        OwnSchema.sql(OWN, connection -> connection.prepareStatement("UPDATE snapshot_event_entry SET payload = convert_to("
                + "'{\"caseId\":\"" + caseId + "\",\"status\":\"CLOSED\"}', 'UTF8') WHERE aggregate_identifier = '"
                + caseId + "'").executeUpdate());

        Api.Response refused = share(caseId, "SCHOOL");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    }

    static final String LETTER_DATE = daysAgo(150);
    String decisionId;

    /** An enquiry with record-keeping and school-sharing consent, details, an SEN decision and fifty contacts. */
    private String longCase() {
        String caseId = cases.levelTwoCase();
        cases.giveSharingConsent(caseId, "SCHOOL", daysAgo(150));
        Api.Response decided = api.as(Cases.CASEWORKER).post(path(caseId) + "/appealable-decisions",
                body("kind", "SEN_DECISION", "letterDate", LETTER_DATE, "decisionType", "EHC_PLAN_CONTENTS"));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(201);
        decisionId = decided.json().get("decisionId").asText();
        for (int i = 0; i < 50; i++) {
            Api.Response contact = api.as(Cases.CASEWORKER).post(path(caseId) + "/contacts",
                    body("contactOn", daysAgo(140 - i), "channel", "PHONE"));
            assertThat(contact.status()).as(contact.toString()).isEqualTo(201);
        }
        return caseId;
    }

    private Api.Response share(String caseId, String recipient) {
        return api.as(Cases.CASEWORKER).post(path(caseId) + "/information-sharing", body("sharedOn", daysAgo(10),
                "recipient", recipient, "purpose", "Ask school to review the IEP", "recipientName", "Hillside"));
    }

    private static String awaitSnapshot(String caseId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            String snapshot = OwnSchema.sql(OWN, connection -> {
                var statement = connection.prepareStatement("SELECT convert_from(payload, 'UTF8'), payload_revision"
                        + " FROM snapshot_event_entry WHERE aggregate_identifier = ?");
                statement.setString(1, caseId);
                ResultSet rows = statement.executeQuery();
                if (!rows.next()) {
                    return null;
                }
                assertThat(rows.getString(2)).isEqualTo(Case.class.getAnnotation(Revision.class).value());
                return rows.getString(1);
            });
            if (snapshot != null) {
                return snapshot;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no snapshot of a case with " + storedEventCount(OWN, caseId) + " events");
    }
}
