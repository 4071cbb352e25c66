package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebook.domain.casework.CaseId;
import org.casebook.domain.casework.Channel;
import org.casebook.domain.casework.EnquirerRole;
import org.casebook.domain.casework.EnquiryAbout;
import org.casebook.domain.casework.ReceiveEnquiry;
import org.casebook.domain.casework.Topic;
import org.casebook.domain.shared.Actor;
import org.casebook.domain.shared.StaffRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The report over the busiest helpline year the service has known: 2,647 calls from September 2000 to July 2001
 * [000 §1.4]. The enquiries go straight to the command bus, so that writing them takes seconds, not minutes.
 */
class DevelopmentGroupReportScaleIT extends PostgresIntegrationTest {

    static final int CALLS = 2647;
    static final LocalDate FIRST_DAY = LocalDate.of(2000, 9, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2001, 8, 31);

    @Autowired
    CommandGateway commandGateway;

    @Test
    void countsEveryEnquiryOfTheBusiestYearAndNoneOutsideIt() throws Exception {
        List<LocalDate> days = new ArrayList<>();
        int daysInYear = (int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay() + 1);
        for (int i = 0; i < CALLS; i++) {
            days.add(FIRST_DAY.plusDays((long) i * 7919 % daysInYear));
        }
        List<LocalDate> outside = List.of(FIRST_DAY.minusDays(1), FIRST_DAY.minusDays(1), LAST_DAY.plusDays(1),
                LAST_DAY.plusDays(1), LAST_DAY.plusDays(1));
        assertThat(days).contains(FIRST_DAY, LAST_DAY).allMatch(day -> !day.isBefore(FIRST_DAY)
                && !day.isAfter(LAST_DAY));

        List<LocalDate> all = new ArrayList<>(days);
        all.addAll(outside);
        receiveEnquiries(all);
        new ReadSideFixtures(api).awaitSettledProjections(Duration.ofSeconds(120));

        Api.Response report = api.as("dg1").header("Accept", "application/json")
                .get("/api/reports/development-group?academicYear=2000");

        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        JsonNode enquiries = report.json().get("enquiries");
        assertThat(enquiries.get("total").isNumber()).isTrue();
        assertThat(enquiries.get("total").asLong()).isEqualTo(CALLS);
        long byChannel = 0;
        for (JsonNode count : enquiries.get("byChannel")) {
            byChannel += count.asLong();
        }
        assertThat(byChannel).isEqualTo(CALLS);
    }

    private void receiveEnquiries(List<LocalDate> days) throws Exception {
        Channel[] channels = Channel.values();
        EnquirerRole[] roles = EnquirerRole.values();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < days.size(); i++) {
                LocalDate day = days.get(i);
                Channel channel = channels[i % channels.length];
                EnquirerRole role = roles[i % roles.length];
                sent.add(threads.submit(() -> commandGateway.sendAndWait(new ReceiveEnquiry(CaseId.random(), day,
                        channel, role, EnquiryAbout.CHILD, Set.of(Topic.SCHOOL_BASED_SUPPORT), Set.of(),
                        new Actor("caseworker1", StaffRole.CASEWORKER, Instant.now())))));
            }
            for (Future<?> each : sent) {
                each.get();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
