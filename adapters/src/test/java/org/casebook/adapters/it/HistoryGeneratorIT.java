package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.casebook.application.casework.Casework;
import org.casebook.application.generator.HistoryGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The generator's history passes every rule of the service: all of it is accepted and stored. */
class HistoryGeneratorIT extends PostgresIntegrationTest {

    @Autowired
    Casework casework;

    @Autowired
    Clock clock;

    @Test
    void fillsTheStoreWithAtLeastTheEventsAskedFor() {
        long before = storedEventCount();

        long recorded = new HistoryGenerator(casework, clock, 7).generate(1_500);

        assertThat(recorded).isGreaterThanOrEqualTo(1_500);
        assertThat(storedEventCount() - before).isEqualTo(recorded);
        new ReadSideFixtures(api).awaitProjections(java.time.Duration.ofSeconds(60));
    }
}
