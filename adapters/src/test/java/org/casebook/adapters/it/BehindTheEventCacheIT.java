package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.adapters.it.Cases.daysAgo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The event store keeps only the latest events in memory for the read models' stream (ADR 0040). Here it keeps two,
 * while eight caseworkers post enquiries at once: the read models fall behind that cache again and again, read the
 * table themselves, and catch up with it. Every enquiry must still reach both read models exactly once. The setting
 * makes a context of its own, so the class works in a schema of its own ({@link OwnSchema}).
 */
@TestPropertySource(properties = "casebook.consistency.cached-events=2")
class BehindTheEventCacheIT extends PostgresIntegrationTest {

    static final String OWN = OwnSchema.create("casebook_behind_cache_");
    static final int WRITERS = 8;
    static final int ENQUIRIES_EACH = 25;

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

    @Test
    void everyEnquiryReachesBothReadModelsOnceWhenTheyFallBehindTheCache() throws Exception {
        Set<String> opened = ConcurrentHashMap.newKeySet();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                done.add(writers.submit(() -> {
                    Cases cases = new Cases(api);
                    for (int i = 0; i < ENQUIRIES_EACH; i++) {
                        opened.add(cases.openEnquiry(daysAgo(3)));
                    }
                }));
            }
            for (Future<?> writer : done) {
                writer.get(120, TimeUnit.SECONDS);
            }
        } finally {
            writers.shutdownNow();
        }
        assertThat(opened).hasSize(WRITERS * ENQUIRIES_EACH);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        List<Long> counts = counts();
        while (!counts.stream().allMatch(count -> count == opened.size()) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            counts = counts();
        }

        // caseload rows, report cases, enquiries counted by the reports, and enquiry facts (one channel fact each)
        assertThat(counts).containsOnly((long) opened.size());
        assertThat(new HashSet<>(OwnSchema.column(OWN, "SELECT case_id FROM caseload_case"))).isEqualTo(opened);
    }

    private static List<Long> counts() {
        return OwnSchema.sql(OWN, connection -> {
            var rows = connection.createStatement().executeQuery("""
                    SELECT (SELECT count(*) FROM caseload_case), (SELECT count(*) FROM report_case),
                           (SELECT count(DISTINCT event_id) FROM report_fact WHERE fact = 'ENQUIRY'),
                           (SELECT count(*) FROM report_fact WHERE fact = 'ENQUIRY' AND dimension = 'channel')""");
            rows.next();
            return List.of(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4));
        });
    }
}
