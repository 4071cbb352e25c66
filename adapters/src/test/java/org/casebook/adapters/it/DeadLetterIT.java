package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.adapters.it.ReadSideFixtures.caseIds;
import static org.casebook.adapters.it.ReadSideFixtures.entry;
import static org.casebook.adapters.it.ReadSideFixtures.today;
import static org.casebook.adapters.it.ReadSideFixtures.uniqueWorker;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Poison events (issue 6, item 6): a read model that fails on one event parks it, shows it in
 * {@code GET /api/admin/projections}, keeps processing every other case, and handles it again on a retry once the
 * fault is fixed. The fault is a test-only handler in the caseload processing group that fails for every event of one
 * chosen case while switched on. Its own context, so its own schema ({@link OwnSchema}).
 */
class DeadLetterIT extends PostgresIntegrationTest {

    static final String OWN = OwnSchema.create("casebook_dlq_");

    @DynamicPropertySource
    static void ownSchema(DynamicPropertyRegistry registry) {
        OwnSchema.register(registry, OWN);
    }

    /** The case whose events the caseload read model fails on; null when the fault is fixed. */
    static volatile String poisoned;

    @TestConfiguration(proxyBeanMethods = false)
    static class FaultyCaseloadConfiguration {

        @Bean
        FlywayConfigurationCustomizer ownSchemaMigrated() {
            return OwnSchema.migrated(OWN);
        }

        @Bean
        FaultyCaseloadHandler faultyCaseloadHandler(JdbcTemplate jdbc) {
            return new FaultyCaseloadHandler(jdbc);
        }

        @Bean
        ReportsDeliveries reportsDeliveries() {
            return new ReportsDeliveries();
        }
    }

    /**
     * How many times the reports read model's processing group is handed each event of the poisoned case: it shares
     * the caseload's processor and unit of work (ADR 0027), and must neither park nor get again what the caseload
     * failed on.
     */
    @ProcessingGroup("reports")
    static class ReportsDeliveries {

        static final Map<String, Integer> counts = new ConcurrentHashMap<>();

        @EventHandler
        void on(Object event, EventMessage<?> message) {
            String target = poisoned;
            if (target != null && message instanceof DomainEventMessage<?> domain
                    && target.equals(domain.getAggregateIdentifier())) {
                counts.merge(message.getIdentifier(), 1, Integer::sum);
            }
        }
    }

    @ProcessingGroup("caseload")
    static class FaultyCaseloadHandler {

        /** Off while a test retries with the fault fixed but still needs {@link #poisoned} to watch the case. */
        static volatile boolean failing = true;

        private final JdbcTemplate jdbc;

        FaultyCaseloadHandler(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @EventHandler
        void on(Object event, EventMessage<?> message) {
            String target = poisoned;
            if (failing && target != null && message instanceof DomainEventMessage<?> domain
                    && target.equals(domain.getAggregateIdentifier())) {
                // Fails the way a projection's own code can (handlers change rows in memory and write them at the
                // end of the batch), with a message quoting data, which must never be stored.
                throw new IllegalStateException("division by zero while folding the state of " + target);
            }
        }
    }

    ReadSideFixtures given;
    String worker;

    @BeforeEach
    void fixtures() {
        given = new ReadSideFixtures(api, OWN);
        worker = uniqueWorker();
    }

    @AfterEach
    void fixTheFault() {
        poisoned = null;
        api.as("manager1").post("/api/admin/projections/caseload/dead-letters/retry", null);
    }

    @Test
    void aPoisonEventIsParkedWhileOtherCasesKeepFlowingAndARetryAfterTheFixAppliesIt() {
        String poisonedCase = given.enquiry(today().minusDays(20));
        given.awaitProjections();
        poisoned = poisonedCase;

        given.allocate(poisonedCase, worker);                  // fails: parked
        given.contact(poisonedCase, today().minusDays(5));     // same case: parked behind it, in order
        String healthyCase = given.enquiry(today().minusDays(10));
        given.allocate(healthyCase, worker);
        given.contact(healthyCase, today().minusDays(4));
        given.awaitProjections(Duration.ofSeconds(30));         // lag 0 on both: the processors did not stop

        JsonNode caseload = status("caseload");
        assertThat(caseload.get("deadLetters").asLong()).as(caseload.toString()).isEqualTo(2);
        assertThat(caseload.get("error").isNull()).as(caseload.toString()).isTrue();
        assertThat(status("reports").get("deadLetters").asLong()).isZero();
        assertThat(caseIds(given.caseloadOf(worker))).as("the healthy case flowed, the poisoned one is stale")
                .containsExactly(healthyCase);

        Api.Response listing = api.as("manager1").get("/api/admin/projections/caseload/dead-letters");
        assertThat(listing.status()).as(listing.toString()).isEqualTo(200);
        JsonNode parked = listing.json();
        assertThat(parked).hasSize(2);
        JsonNode first = parked.get(0);
        assertThat(first.get("caseId").asText()).isEqualTo(poisonedCase);
        assertThat(first.get("eventType").asText()).isEqualTo("SupporterAllocated");
        assertThat(first.get("globalIndex").isIntegralNumber()).as(first.toString()).isTrue();
        assertThat(first.get("eventIdentifier").asText()).isNotBlank();
        assertThat(first.get("causeType").asText()).as(first.toString()).isNotBlank();
        assertThat(first.get("failures").asInt()).isEqualTo(1);
        assertThat(first.get("enqueuedAt").asText()).isNotBlank();
        JsonNode second = parked.get(1);
        assertThat(second.get("caseId").asText()).isEqualTo(poisonedCase);
        assertThat(second.get("eventType").asText()).isEqualTo("ContactRecorded");
        assertThat(second.get("causeType").isNull()).as("waits behind the first, did not fail itself").isTrue();
        assertThat(listing.body()).doesNotContain("payload").doesNotContain("division by zero");

        poisoned = null;
        Api.Response retry = api.as("manager1").post("/api/admin/projections/caseload/dead-letters/retry", null);

        assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
        assertThat(retry.json().get("sequencesProcessed").asInt()).as(retry.toString()).isEqualTo(1);
        assertThat(retry.json().get("deadLettersStillParked").asLong()).as(retry.toString()).isZero();
        assertThat(status("caseload").get("deadLetters").asLong()).isZero();
        assertThat(api.as("manager1").get("/api/admin/projections/caseload/dead-letters").json()).isEmpty();
        JsonNode healed = given.caseloadOf(worker);
        assertThat(caseIds(healed)).containsExactlyInAnyOrder(healthyCase, poisonedCase);
        assertThat(entry(healed, poisonedCase).get("lastContactOn").asText())
                .isEqualTo(today().minusDays(5).toString());
    }

    @Test
    void aPoisonEventParksOnlyInTheReadModelThatFailedAndTheRetryAppliesItThereOnly() {
        String poisonedCase = given.enquiry(today().minusDays(20));
        given.awaitProjections();
        ReportsDeliveries.counts.clear();
        poisoned = poisonedCase;
        given.allocate(poisonedCase, worker);                  // the caseload fails on it, the reports do not
        given.contact(poisonedCase, today().minusDays(5));
        given.awaitProjections(Duration.ofSeconds(30));
        String reportsBefore = reportRows(poisonedCase);

        assertThat(status("caseload").get("deadLetters").asLong()).isEqualTo(2);
        assertThat(status("reports").get("deadLetters").asLong()).as("the reports applied both events").isZero();
        assertThat(ReportsDeliveries.counts).as("each event handed to the reports once").hasSize(2)
                .allSatisfy((event, times) -> assertThat(times).isOne());
        assertThat(reportsBefore).as("the reports show the allocation the caseload parked").contains(worker);

        FaultyCaseloadHandler.failing = false;                 // the fault is fixed; deliveries are still counted
        try {
            Api.Response retry = api.as("manager1").post("/api/admin/projections/caseload/dead-letters/retry", null);
            assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
            assertThat(retry.json().get("deadLettersStillParked").asLong()).as(retry.toString()).isZero();
        } finally {
            FaultyCaseloadHandler.failing = true;
        }
        poisoned = null;

        assertThat(ReportsDeliveries.counts).as("the retry hands nothing to the reports").hasSize(2)
                .allSatisfy((event, times) -> assertThat(times).isOne());
        assertThat(reportRows(poisonedCase)).as("report rows unchanged by the retry").isEqualTo(reportsBefore);
        assertThat(entry(given.caseloadOf(worker), poisonedCase).get("lastContactOn").asText())
                .as("the caseload applied both parked events").isEqualTo(today().minusDays(5).toString());
    }

    /** Every report row of the case, as text, in a stable order. */
    private String reportRows(String caseId) {
        return OwnSchema.sql(OWN, connection -> {
            StringBuilder rows = new StringBuilder();
            for (String query : List.of("SELECT * FROM report_case WHERE case_id = ?",
                    "SELECT * FROM report_fact WHERE case_id = ? ORDER BY event_id, ordinal")) {
                var statement = connection.prepareStatement(query);
                statement.setString(1, caseId);
                var result = statement.executeQuery();
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    for (int column = 1; column <= columns; column++) {
                        rows.append(result.getString(column)).append(column < columns ? " | " : "\n");
                    }
                }
            }
            return rows.toString();
        });
    }

    @Test
    void theStoredCauseNamesExceptionClassesAndNeverQuotesTheirMessages() {
        String poisonedCase = given.enquiry(today().minusDays(20));
        given.awaitProjections();
        poisoned = poisonedCase;
        given.allocate(poisonedCase, worker);
        given.awaitProjections(Duration.ofSeconds(30));

        List<String> causes = OwnSchema.sql(OWN, connection -> {
            var rows = connection.createStatement().executeQuery("SELECT cause_type, cause_message FROM"
                    + " dead_letter_entry WHERE cause_type IS NOT NULL");
            List<String> found = new ArrayList<>();
            while (rows.next()) {
                found.add(rows.getString(1) + " | " + rows.getString(2));
            }
            return found;
        });

        assertThat(causes).hasSize(1);
        // The message is what a real failure would fill with the data it choked on.
        assertThat(causes.get(0)).contains("java.lang.IllegalStateException").doesNotContainIgnoringCase("division");
    }

    @Test
    void aParkedEventKeepsItsPersonalDataSealedAsInTheEventStore() {
        String poisonedCase = given.enquiry(today().minusDays(20));
        given.awaitProjections();
        poisoned = poisonedCase;
        given.consent(poisonedCase, "RECORD_KEEPING", today().minusDays(20), null);
        given.personalDetails(poisonedCase, ReadSideFixtures.personalDetails("Quillfeather"));
        given.awaitProjections(Duration.ofSeconds(30));

        List<String> payloads = OwnSchema.sql(OWN, connection -> {
            var statement = connection.prepareStatement("SELECT convert_from(payload, 'UTF8') FROM dead_letter_entry"
                    + " WHERE aggregate_identifier = ?");
            statement.setString(1, poisonedCase);
            var rows = statement.executeQuery();
            List<String> found = new ArrayList<>();
            while (rows.next()) {
                found.add(rows.getString(1));
            }
            return found;
        });

        assertThat(payloads).hasSizeGreaterThanOrEqualTo(2).noneMatch(payload -> payload.contains("Quillfeather"))
                .anyMatch(payload -> payload.contains("sealed"));
    }

    @Test
    void aFailedRetryLeavesTheEventParkedAndCountsTheFailure() {
        String poisonedCase = given.enquiry(today().minusDays(20));
        given.awaitProjections();
        poisoned = poisonedCase;
        given.allocate(poisonedCase, worker);
        given.awaitProjections(Duration.ofSeconds(30));

        Api.Response retry = api.as("manager1").post("/api/admin/projections/caseload/dead-letters/retry", null);

        assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
        assertThat(retry.json().get("sequencesProcessed").asInt()).isZero();
        assertThat(retry.json().get("deadLettersStillParked").asLong()).isEqualTo(1);
        JsonNode parked = api.as("manager1").get("/api/admin/projections/caseload/dead-letters").json();
        assertThat(parked).hasSize(1);
        assertThat(parked.get(0).get("failures").asInt()).as(parked.toString()).isEqualTo(2);
        assertThat(parked.get(0).toString()).doesNotContainIgnoringCase("division");
    }

    @Test
    void aRebuildEmptiesTheQueueAndReplaysTheParkedEvents() {
        String poisonedCase = given.enquiry(today().minusDays(20));
        given.awaitProjections();
        poisoned = poisonedCase;
        given.allocate(poisonedCase, worker);
        given.awaitProjections(Duration.ofSeconds(30));
        assertThat(status("caseload").get("deadLetters").asLong()).isEqualTo(1);

        poisoned = null;
        given.rebuild(Duration.ofSeconds(120), "caseload");

        assertThat(status("caseload").get("deadLetters").asLong()).isZero();
        assertThat(caseIds(given.caseloadOf(worker))).containsExactly(poisonedCase);
    }

    @Test
    void deadLettersOfAProjectionThatDoesNotExistAreNotFound() {
        Api.Response listing = api.as("manager1").get("/api/admin/projections/no-such-projection/dead-letters");
        Api.Response retry = api.as("manager1").post("/api/admin/projections/no-such-projection/dead-letters/retry",
                null);

        assertThat(listing.status()).as(listing.toString()).isEqualTo(404);
        assertThat(listing.problemType()).isEqualTo("/problems/not-found");
        assertThat(retry.status()).as(retry.toString()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"caseworker1", "auditor1", "volunteer1", "dg1"})
    void onlyAManagerMaySeeOrRetryDeadLetters(String username) {
        assertThat(api.as(username).get("/api/admin/projections/caseload/dead-letters").status()).isEqualTo(403);
        assertThat(api.as(username).post("/api/admin/projections/caseload/dead-letters/retry", null).status())
                .isEqualTo(403);
    }

    private JsonNode status(String name) {
        for (JsonNode status : api.as("manager1").get("/api/admin/projections").json()) {
            if (status.path("name").asText().equals(name)) {
                return status;
            }
        }
        throw new AssertionError("no projection named " + name);
    }

}
