package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.adapters.it.ReadSideFixtures.today;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a service owner reads at {@code /actuator/prometheus}: command rate and latency per command type, the event
 * append rate, each projection's lag and a rebuild's progress.
 */
class OperationsMetricsIT extends PostgresIntegrationTest {

    ReadSideFixtures given;

    @BeforeEach
    void fixtures() {
        given = new ReadSideFixtures(api);
    }

    @Test
    void appendedEventsAreCountedWhenTheyCommitAndRefusedCommandsAppendNothing() {
        double before = value(scrape(), "casebook_events_appended_events_total");

        given.enquiry(today().minusDays(3));
        Api.Response refused = api.as(Cases.CASEWORKER).post("/api/enquiries",
                Cases.with(Cases.enquiry(Cases.tomorrow()), "channel", "PHONE"));
        assertThat(refused.status()).isBetween(400, 499);

        assertThat(value(scrape(), "casebook_events_appended_events_total") - before).isEqualTo(1.0);
    }

    /** A repeat under a used Idempotency-Key runs the command again, and its events roll back: they are not counted. */
    @Test
    void aRepeatedCommandsRolledBackEventsAreNotCounted() {
        String key = "metrics-" + java.util.UUID.randomUUID();
        Api.Response first = api.as(Cases.CASEWORKER).header("Idempotency-Key", key).post("/api/enquiries",
                Cases.enquiry(Cases.daysAgo(3)));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        double before = value(scrape(), "casebook_events_appended_events_total");

        Api.Response repeated = api.as(Cases.CASEWORKER).header("Idempotency-Key", key).post("/api/enquiries",
                Cases.enquiry(Cases.daysAgo(3)));

        assertThat(repeated.status()).as(repeated.toString()).isEqualTo(201);
        assertThat(value(scrape(), "casebook_events_appended_events_total") - before).isEqualTo(0.0);
    }

    /** A read that waits for the caller's own write is counted by how the wait ended, tagged by nothing else. */
    @Test
    void aCaseloadReadIsCountedByHowItsWaitEnded() {
        double before = readWaits(scrape());
        given.enquiry(today().minusDays(3));

        Api.Response caseload = api.as(Cases.CASEWORKER).get("/api/caseload");

        assertThat(caseload.status()).as(caseload.toString()).isEqualTo(200);
        String metrics = scrape();
        assertThat(readWaits(metrics) - before).isEqualTo(1.0);
        assertThat(metrics).containsPattern(
                "(?m)^casebook_reads_wait_seconds_count\\{application=\"casebook\",outcome=\"(none|in_time)\"\\} ");
    }

    private static double readWaits(String metrics) {
        Matcher matcher = Pattern.compile(
                "(?m)^casebook_reads_wait_seconds_count\\{[^}]*outcome=\"[a-z_]+\"[^}]*\\} ([0-9.eE+-]+)$").matcher(metrics);
        double total = 0;
        while (matcher.find()) {
            total += Double.parseDouble(matcher.group(1));
        }
        return total;
    }

    @Test
    void commandLatencyAndRateAreTaggedByCommandTypeOnly() {
        given.enquiry(today().minusDays(3));

        String metrics = scrape();

        assertThat(metrics)
                .containsPattern("commandBus_successTimer_seconds_count\\{[^}]*payloadType=\"ReceiveEnquiry\"")
                .containsPattern("commandBus_allTimer_seconds_max\\{[^}]*payloadType=\"ReceiveEnquiry\"")
                .contains("eventStore_ingestedCounter_total{");
    }

    @Test
    void readModelsAreWatchedByTheirLagNotByAxonsPerEventMonitors() {
        given.enquiry(today().minusDays(2));
        given.awaitProjections();

        // ADR 0026: Axon's monitors cost each read model a timer lookup per event; their lag is what is watched.
        assertThat(scrape()).doesNotContain("eventProcessor_").contains("casebook_projection_lag_events");
    }

    @Test
    void everyProjectionReportsLagAndRebuildProgress() {
        given.awaitProjections();

        String metrics = scrape();

        for (String projection : ReadSideFixtures.PROCESSORS) {
            String tag = "\\{[^}]*processor=\"" + projection + "\"[^}]*\\}";
            assertThat(value(metrics, "casebook_projection_lag_events" + tag)).isGreaterThanOrEqualTo(0.0);
            assertThat(value(metrics, "casebook_projection_rebuild_progress" + tag))
                    .as("not rebuilding: complete").isEqualTo(1.0);
        }
    }

    private String scrape() {
        Api.Response response = api.as(ReadSideFixtures.MANAGER).get("/actuator/prometheus");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body();
    }

    private static double value(String metrics, String series) {
        Matcher matcher = Pattern.compile("(?m)^" + series + "(\\{[^}]*\\})? ([0-9.eE+-]+)$").matcher(metrics);
        assertThat(matcher.find()).as(series + " in the scrape").isTrue();
        return Double.parseDouble(matcher.group(2));
    }
}
