package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.adapters.it.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GET /api/audit/integrity: every stored event is chained by hash to the one before it, and a change to any stored
 * byte is named. The schema is shared with the other tests, so these tamper only with their own case's events and
 * always put the byte back.
 */
class IntegrityIT extends PostgresIntegrationTest {

    /** The chain waits up to its grace period (60 s) behind a gap a rolled-back command left; allow for that. */
    static final Duration CHAINING_TIMEOUT = Duration.ofSeconds(120);

    Cases cases;

    @BeforeEach
    void cases() {
        cases = new Cases(api);
    }

    @Test
    void findsTheChainIntactOverEveryEventStored() {
        String caseId = cases.levelTwoCase();
        List<Long> written = globalIndexesOf(caseId);

        JsonNode report = chainedPast(written.get(written.size() - 1));

        assertThat(report.get("intact").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.get("eventsChecked").asLong()).isGreaterThanOrEqualTo(written.size());
        assertThat(report.get("firstBrokenAt").isNull()).as(report.toString()).isTrue();
        assertThat(report.get("firstBrokenEvent").isNull()).as(report.toString()).isTrue();
        assertThat(report.get("chainedUpTo").asLong()).isGreaterThanOrEqualTo(written.get(written.size() - 1));
        assertThat(report.has("unchained")).isTrue();
    }

    @Test
    void namesTheEventWhoseStoredPayloadLostOneByteAndIsIntactOnceItIsPutBack() {
        String caseId = cases.levelTwoCase();
        List<Long> written = globalIndexesOf(caseId);
        long tampered = written.get(2);
        assertThat(chainedPast(written.get(written.size() - 1)).get("intact").asBoolean())
                .as("intact before the change").isTrue();
        byte[] original = payloadOf(tampered);
        byte[] altered = original.clone();
        altered[altered.length / 2] ^= 0x01;

        JsonNode report;
        try {
            setPayload(tampered, altered);
            report = integrity("auditor1");
        } finally {
            setPayload(tampered, original);
        }

        assertThat(report.get("intact").asBoolean()).as(report.toString()).isFalse();
        assertThat(report.get("firstBrokenAt").asLong()).as(report.toString()).isEqualTo(tampered);
        JsonNode broken = report.get("firstBrokenEvent");
        assertThat(broken.get("globalIndex").asLong()).isEqualTo(tampered);
        assertThat(broken.get("aggregateIdentifier").asText()).isEqualTo(caseId);
        assertThat(broken.get("sequenceNumber").asLong()).isEqualTo(2);
        assertThat(broken.get("eventIdentifier").asText()).isEqualTo(eventIdentifierOf(tampered));
        assertThat(report.toString()).as("the report names the event, never its data").doesNotContain("Alex Parent");

        JsonNode restored = integrity("manager1");
        assertThat(restored.get("intact").asBoolean()).as(restored.toString()).isTrue();
        assertThat(restored.get("firstBrokenAt").isNull()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"auditor1", "manager1"})
    void auditorsAndManagersMayCheckTheChain(String user) {
        Api.Response checked = api.as(user).get("/api/audit/integrity");

        assertThat(checked.status()).as(checked.toString()).isEqualTo(200);
        assertThat(checked.json().has("eventsChecked")).isTrue();
        assertThat(checked.json().has("intact")).isTrue();
        assertThat(checked.json().has("firstBrokenAt")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"caseworker1", "volunteer1", "dg1"})
    void nobodyElseMayCheckTheChain(String user) {
        assertProblem(api.as(user).get("/api/audit/integrity"), 403);
    }

    @Test
    void refusesACheckWithoutCredentials() {
        assertProblem(api.as(null).get("/api/audit/integrity"), 401);
    }

    JsonNode integrity(String user) {
        Api.Response checked = api.as(user).get("/api/audit/integrity");
        assertThat(checked.status()).as(checked.toString()).isEqualTo(200);
        return checked.json();
    }

    /** The check once the chain has reached {@code globalIndex}, which may wait out a gap's grace period. */
    JsonNode chainedPast(long globalIndex) {
        Instant deadline = Instant.now().plus(CHAINING_TIMEOUT);
        JsonNode report = integrity("manager1");
        while (report.get("chainedUpTo").asLong(-1) < globalIndex && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
            report = integrity("manager1");
        }
        assertThat(report.get("chainedUpTo").asLong(-1)).as(report.toString()).isGreaterThanOrEqualTo(globalIndex);
        return report;
    }

    static List<Long> globalIndexesOf(String caseId) {
        return sql(connection -> {
            var statement = connection.prepareStatement("SELECT global_index FROM domain_event_entry"
                    + " WHERE aggregate_identifier = ? ORDER BY sequence_number");
            statement.setString(1, caseId);
            var rows = statement.executeQuery();
            List<Long> indexes = new ArrayList<>();
            while (rows.next()) {
                indexes.add(rows.getLong(1));
            }
            return indexes;
        });
    }

    static byte[] payloadOf(long globalIndex) {
        return sql(connection -> {
            var statement = connection.prepareStatement(
                    "SELECT payload FROM domain_event_entry WHERE global_index = ?");
            statement.setLong(1, globalIndex);
            var rows = statement.executeQuery();
            rows.next();
            return rows.getBytes(1);
        });
    }

    static String eventIdentifierOf(long globalIndex) {
        return sql(connection -> {
            var statement = connection.prepareStatement(
                    "SELECT event_identifier FROM domain_event_entry WHERE global_index = ?");
            statement.setLong(1, globalIndex);
            var rows = statement.executeQuery();
            rows.next();
            return rows.getString(1);
        });
    }

    static void setPayload(long globalIndex, byte[] payload) {
        sql(connection -> {
            var statement = connection.prepareStatement(
                    "UPDATE domain_event_entry SET payload = ? WHERE global_index = ?");
            statement.setBytes(1, payload);
            statement.setLong(2, globalIndex);
            assertThat(statement.executeUpdate()).isEqualTo(1);
            return null;
        });
    }
}
