package org.casebook.application.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A long generation says how far it has got: one line at every 10 %, with the rate and the time left. */
class GenerationProgressTest {

    private final AtomicLong nanos = new AtomicLong();
    private final List<String> lines = new ArrayList<>();

    @Test
    void reportsEveryTenthOnceWithTheRateAndTheTimeLeft() {
        GenerationProgress progress = new GenerationProgress(1_000, nanos::get, lines::add);

        for (int i = 0; i < 1_000; i++) {
            nanos.addAndGet(10_000_000L); // 10 ms an event: 100 events a second
            progress.recorded(1);
        }

        assertThat(lines).hasSize(10);
        assertThat(lines.get(0)).isEqualTo("Generating history: 10% (100 of 1,000 events), 100 events/s, 9 s left");
        assertThat(lines.get(4)).isEqualTo("Generating history: 50% (500 of 1,000 events), 100 events/s, 5 s left");
        assertThat(lines.get(9)).isEqualTo("Generating history: 100% (1,000 of 1,000 events), 100 events/s, 0 s left");
    }

    @Test
    void saysHowManyMinutesAreLeftOnALongRun() {
        GenerationProgress progress = new GenerationProgress(1_000_000, nanos::get, lines::add);

        nanos.set(60_000_000_000L);
        progress.recorded(100_000);

        assertThat(lines).containsExactly(
                "Generating history: 10% (100,000 of 1,000,000 events), 1,667 events/s, 9 min 0 s left");
    }

    @Test
    void aGeneratorThatOvershootsTheTargetReportsEachTenthOnlyOnce() {
        GenerationProgress progress = new GenerationProgress(100, nanos::get, lines::add);

        nanos.set(1_000_000_000L);
        progress.recorded(35);
        progress.recorded(100);

        assertThat(lines).extracting(line -> line.substring(0, line.indexOf('%') + 1))
                .containsExactly("Generating history: 10%", "Generating history: 20%", "Generating history: 30%",
                        "Generating history: 40%", "Generating history: 50%", "Generating history: 60%",
                        "Generating history: 70%", "Generating history: 80%", "Generating history: 90%",
                        "Generating history: 100%");
    }
}
