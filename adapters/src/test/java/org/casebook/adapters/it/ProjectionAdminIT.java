package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.adapters.it.ReadSideFixtures.today;
import static org.casebook.adapters.it.ReadSideFixtures.uniqueWorker;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code GET /api/admin/projections} and {@code POST /api/admin/projections/{name}/rebuild}, for managers only. */
class ProjectionAdminIT extends PostgresIntegrationTest {

    ReadSideFixtures given;

    @BeforeEach
    void fixtures() {
        given = new ReadSideFixtures(api);
    }

    @Test
    void listsTheCaseloadAndReportsProjectionsWithTheirPositionHeadAndLag() {
        given.enquiry(today().minusDays(3));

        Api.Response statuses = api.as("manager1").get("/api/admin/projections");

        assertThat(statuses.status()).as(statuses.toString()).isEqualTo(200);
        for (String name : ReadSideFixtures.PROCESSORS) {
            JsonNode status = status(statuses.json(), name);
            assertThat(status.get("position").isIntegralNumber()).as(status.toString()).isTrue();
            assertThat(status.get("head").isIntegralNumber()).as(status.toString()).isTrue();
            assertThat(status.get("lag").isIntegralNumber()).as(status.toString()).isTrue();
            assertThat(status.get("head").asLong()).isPositive();
            assertThat(status.get("lag").asLong())
                    .isEqualTo(Math.max(0, status.get("head").asLong() - status.get("position").asLong()));
        }
    }

    @Test
    void onceCaughtUpEachProjectionIsAtTheNewestStoredEvent() {
        given.enquiry(today().minusDays(3));
        given.awaitProjections();
        long newest = sql(connection -> {
            var rows = connection.createStatement().executeQuery("SELECT max(global_index) FROM domain_event_entry");
            rows.next();
            return rows.getLong(1);
        });

        JsonNode statuses = api.as("manager1").get("/api/admin/projections").json();

        for (String name : ReadSideFixtures.PROCESSORS) {
            JsonNode status = status(statuses, name);
            assertThat(status.get("head").asLong()).as(status.toString()).isEqualTo(newest);
            assertThat(status.get("position").asLong()).as(status.toString()).isEqualTo(newest);
            assertThat(status.get("lag").asLong()).as(status.toString()).isZero();
        }
    }

    @Test
    void listsTheReadModelsByNameAndNotTheOneProcessorThatFeedsThemBoth() {
        given.enquiry(today().minusDays(3));
        given.awaitProjections();

        JsonNode statuses = api.as("manager1").get("/api/admin/projections").json();

        List<String> names = new ArrayList<>();
        statuses.forEach(status -> names.add(status.path("name").asText()));
        assertThat(names).containsExactly("caseload", "reports");
        JsonNode caseload = status(statuses, "caseload");
        JsonNode reports = status(statuses, "reports");
        assertThat(reports.get("position")).as("one processor, one position").isEqualTo(caseload.get("position"));
        assertThat(reports.get("claimedSegments")).isEqualTo(caseload.get("claimedSegments"));
    }

    @Test
    void rebuildingTheProcessorByItsOwnNameIsNotFound() {
        Api.Response rebuild = api.as("manager1").post("/api/admin/projections/readmodels/rebuild", null);

        assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(404);
    }

    /** They share the processor and its token (ADR 0027): either name rebuilds both. */
    @Test
    void rebuildingOneReadModelRebuildsTheOtherWithIt() {
        given.enquiry(today().minusDays(3));
        given.awaitProjections();

        given.rebuild(Duration.ofSeconds(120), () -> {
            Api.Response accepted = api.as("manager1").post("/api/admin/projections/reports/rebuild", null);
            assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        }, "caseload", "reports");
    }

    @ParameterizedTest
    @ValueSource(strings = {"caseworker1", "auditor1", "volunteer1", "dg1"})
    void onlyAManagerMayListTheProjections(String username) {
        Api.Response statuses = api.as(username).get("/api/admin/projections");

        assertThat(statuses.status()).as(statuses.toString()).isEqualTo(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"caseworker1", "auditor1"})
    void onlyAManagerMayRebuildAProjection(String username) {
        Api.Response rebuild = api.as(username).post("/api/admin/projections/caseload/rebuild", null);

        assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(403);
    }

    @Test
    void theProjectionsNeedCredentials() {
        assertThat(api.as(null).get("/api/admin/projections").status()).isEqualTo(401);
    }

    @Test
    void rebuildingAProjectionThatDoesNotExistIsNotFound() {
        Api.Response rebuild = api.as("manager1").post("/api/admin/projections/no-such-projection/rebuild", null);

        assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(404);
    }

    /** Both read models, compared table by table after a full replay, are in RebuildEquivalenceIT. */
    @Test
    void aRebuildIsAcceptedAndLeavesTheCaseloadAsItWas() {
        String worker = uniqueWorker();
        String caseId = given.levelTwoCase(today().minusDays(300));
        given.allocate(caseId, worker);
        given.contact(caseId, today().minusDays(200));
        given.senDecision(caseId, today().minusDays(100));
        given.awaitProjections();
        String caseload = api.as("manager1").get("/api/caseload?worker=" + worker + "&asOf=" + today()).body();
        assertThat(caseload).contains(caseId).contains("EVALUATION_DUE").contains("APPEAL_DEADLINE");

        given.rebuild(Duration.ofSeconds(120), "caseload");

        assertThat(api.as("manager1").get("/api/caseload?worker=" + worker + "&asOf=" + today()).body())
                .isEqualTo(caseload);
    }

    private static JsonNode status(JsonNode statuses, String name) {
        for (JsonNode status : statuses) {
            if (status.path("name").asText().equals(name)) {
                return status;
            }
        }
        throw new AssertionError("no projection named " + name + " in " + statuses);
    }
}
