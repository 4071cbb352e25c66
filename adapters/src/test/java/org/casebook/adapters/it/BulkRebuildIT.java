package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.adapters.it.ReadSideFixtures.caseIds;
import static org.casebook.adapters.it.ReadSideFixtures.today;
import static org.casebook.adapters.it.ReadSideFixtures.uniqueWorker;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.casebook.adapters.eventprocessing.RebuildListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The bulk rebuild (ADR 0023) while it runs and when it dies: queries keep getting the complete old read models until
 * the rebuilt ones are swapped in, and a rebuild that stops midway, as when its node dies, leaves the old tables
 * serving and is started again from scratch. A test-only {@link RebuildListener} holds the rebuild after its first
 * page, or ends it there with an {@link Error} that nothing cleans up after, as a dying node would. Small pages, so
 * that a rebuild of this schema's few hundred events has several. Its own context, so its own schema.
 */
class BulkRebuildIT extends PostgresIntegrationTest {

    static final String OWN = OwnSchema.create("casebook_bulk_");

    @DynamicPropertySource
    static void ownSchema(DynamicPropertyRegistry registry) {
        OwnSchema.register(registry, OWN);
        registry.add("casebook.projections.rebuild.page-size", () -> "40");
        registry.add("casebook.projections.rebuild.resume-interval", () -> "PT1S");
    }

    /** What the listener does at each page. */
    enum Mode { PASS, HOLD, DIE }

    static volatile Mode mode = Mode.PASS;
    static final AtomicInteger pagesSeen = new AtomicInteger();
    static volatile CountDownLatch held = new CountDownLatch(1);
    static volatile CountDownLatch release = new CountDownLatch(1);

    /** Thrown at a page boundary: nothing in the rebuild catches an Error, so nothing is cleaned up. */
    static final class NodeDeath extends Error {
        NodeDeath() {
            super("simulated death of the rebuilding node", null, false, false);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class ListenerConfiguration {

        @Bean
        FlywayConfigurationCustomizer ownSchemaMigrated() {
            return OwnSchema.migrated(OWN);
        }

        @Bean
        RebuildListener testRebuildListener() {
            return progress -> {
                pagesSeen.incrementAndGet();
                switch (mode) {
                    case DIE -> throw new NodeDeath();
                    case HOLD -> {
                        held.countDown();
                        try {
                            release.await(60, TimeUnit.SECONDS);
                        } catch (InterruptedException interrupted) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    case PASS -> { }
                }
            };
        }
    }

    ReadSideFixtures given;
    String worker;
    List<String> cases;

    @BeforeEach
    void history() {
        given = new ReadSideFixtures(api, OWN);
        mode = Mode.PASS;
        pagesSeen.set(0);
        held = new CountDownLatch(1);
        release = new CountDownLatch(1);
        worker = uniqueWorker();
        cases = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String caseId = given.enquiry(today().minusDays(30 + i));
            given.allocate(caseId, worker);
            given.contact(caseId, today().minusDays(20 + i));
            cases.add(caseId);
        }
        given.awaitSettledProjections(Duration.ofSeconds(60));
    }

    @AfterEach
    void letGo() {
        mode = Mode.PASS;
        release.countDown();
    }

    @Test
    void queriesKeepGettingTheCompleteOldReadModelsWhileARebuildRuns() throws Exception {
        JsonNode caseloadBefore = given.caseloadOf(worker);
        List<String> tablesBefore = rows();
        assertThat(caseIds(caseloadBefore)).containsExactlyInAnyOrderElementsOf(cases);
        mode = Mode.HOLD;

        Api.Response accepted = api.as("manager1").post("/api/admin/projections/caseload/rebuild", null);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        assertThat(api.as("manager1").post("/api/admin/projections/reports/rebuild", null).status()).isEqualTo(202);
        assertThat(held.await(60, TimeUnit.SECONDS)).as("the rebuild reached its first page").isTrue();

        // Held after its first page: the shadow tables hold part of the rebuild, the live ones all of the old data.
        // The facts show it (case rows stay in memory until the fill ends); their COPY runs on a writer thread, so
        // they land shortly after the page.
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (count("SELECT count(*) FROM report_fact_rebuild") == 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(count("SELECT count(*) FROM report_fact_rebuild")).as("facts in the shadow").isPositive()
                .isLessThan(count("SELECT count(*) FROM report_fact"));
        Api.Response during = api.as("caseworker1").get("/api/caseload?worker=" + worker + "&asOf=" + today());
        assertThat(during.status()).as(during.toString()).isEqualTo(200);
        assertThat(during.json()).as("the caseload during the rebuild").isEqualTo(caseloadBefore);
        assertThat(rows()).as("every read-model row during the rebuild").isEqualTo(tablesBefore);
        JsonNode status = status("caseload");
        assertThat(status.get("replaying").asBoolean()).as(status.toString()).isTrue();
        assertThat(status.get("rebuild").get("phase").asText()).isEqualTo("reading");
        assertThat(status.get("rebuild").get("readModels")).hasSize(2);

        release.countDown();
        given.awaitProjections(Duration.ofSeconds(60));

        assertThat(rows()).as("every read-model row after the rebuild").isEqualTo(tablesBefore);
        assertThat(given.caseloadOf(worker)).isEqualTo(caseloadBefore);
        assertThat(count("SELECT count(*) FROM projection_rebuild")).as("requests left").isZero();
        assertThat(shadowTables()).as("shadow tables left").isZero();
    }

    @Test
    void aRebuildWhoseNodeDiesMidwayLeavesTheOldTablesServingAndStartsAgainCleanly() throws Exception {
        JsonNode caseloadBefore = given.caseloadOf(worker);
        List<String> tablesBefore = rows();
        // A row no event produces: still there while the old table serves, gone once a rebuilt one is swapped in.
        OwnSchema.sql(OWN, connection -> connection.createStatement().executeUpdate("INSERT INTO caseload_case"
                + " (case_id, supporter, status, level, opened_on, state) VALUES"
                + " ('00000000-0000-4000-8000-00000000beef', 'rebuild-sentinel', 'OPEN', 1, DATE '2000-01-01', '{}')"));
        mode = Mode.DIE;

        assertThat(api.as("manager1").post("/api/admin/projections/caseload/rebuild", null).status()).isEqualTo(202);
        assertThat(api.as("manager1").post("/api/admin/projections/reports/rebuild", null).status()).isEqualTo(202);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (pagesSeen.get() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(50); // dies at its first page, is taken up again (resume-interval) and dies again
        }
        assertThat(pagesSeen.get()).as("rebuilds that died").isGreaterThanOrEqualTo(3);

        // Dead midway, more than once: the request is still recorded, the old tables serve everything.
        // One request, under the processor both read models share (ADR 0027), whichever names were asked for.
        List<String> requests = OwnSchema.column(OWN, "SELECT processor_name FROM projection_rebuild");
        assertThat(requests).as("requests recorded").containsExactly("readmodels");
        Api.Response during = api.as("caseworker1").get("/api/caseload?worker=" + worker + "&asOf=" + today());
        assertThat(during.json()).as("the caseload while the rebuild is dead").isEqualTo(caseloadBefore);
        assertThat(count("SELECT count(*) FROM caseload_case WHERE supporter = 'rebuild-sentinel'")).isEqualTo(1);
        assertThat(status("caseload").get("replaying").asBoolean()).isTrue();

        mode = Mode.PASS; // the node is back: the next look takes the request up and rebuilds from scratch
        given.awaitProjections(Duration.ofSeconds(60));

        assertThat(count("SELECT count(*) FROM caseload_case WHERE supporter = 'rebuild-sentinel'"))
                .as("the rebuilt table replaced the old one").isZero();
        assertThat(rows()).as("every read-model row after the rebuild started again").isEqualTo(tablesBefore);
        assertThat(given.caseloadOf(worker)).isEqualTo(caseloadBefore);
        assertThat(count("SELECT count(*) FROM projection_rebuild")).as("requests left").isZero();
        assertThat(shadowTables()).as("shadow tables left").isZero();
        // The processors carry on from the rebuild's position: a new event reaches the swapped-in tables.
        String later = given.enquiry(today().minusDays(3));
        given.allocate(later, worker);
        assertThat(caseIds(given.caseloadOf(worker))).contains(later);
    }

    /** Every row of the four read-model tables, in key order, as text. */
    private static List<String> rows() {
        return OwnSchema.sql(OWN, connection -> {
            List<String> rows = new ArrayList<>();
            for (String query : List.of("SELECT t::text FROM caseload_case t ORDER BY case_id",
                    "SELECT t::text FROM report_fact t ORDER BY event_id, ordinal",
                    "SELECT t::text FROM report_case t ORDER BY case_id",
                    "SELECT t::text FROM report_safeguarding_override t ORDER BY sharing_id")) {
                ResultSet result = connection.createStatement().executeQuery(query);
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            return rows;
        });
    }

    private static long count(String query) {
        return OwnSchema.sql(OWN, connection -> {
            ResultSet result = connection.createStatement().executeQuery(query);
            result.next();
            return result.getLong(1);
        });
    }

    private static long shadowTables() {
        return count("SELECT count(*) FROM information_schema.tables WHERE table_schema = '" + OWN + "'"
                + " AND table_name LIKE '%\\_rebuild' AND table_name <> 'projection_rebuild'");
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
