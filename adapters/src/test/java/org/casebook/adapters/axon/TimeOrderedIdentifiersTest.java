package org.casebook.adapters.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.common.IdentifierFactory;
import org.junit.jupiter.api.Test;

class TimeOrderedIdentifiersTest {

    @Test
    void axonMakesItsMessageIdentifiersWithIt() {
        assertThat(IdentifierFactory.getInstance()).isInstanceOf(TimeOrderedIdentifiers.class);
    }

    @Test
    void identifiersAreVersionSevenUuidsCarryingTheirMillisecond() {
        long millis = 1_796_554_800_123L; // 2026-12-06T11:00:00.123Z
        UUID id = UUID.fromString(new TimeOrderedIdentifiers(() -> millis).generateIdentifier());

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(millis);
    }

    /** As text, byte by byte (the read models' key columns are COLLATE "C"), later identifiers sort after earlier. */
    @Test
    void laterIdentifiersSortAfterEarlierOnesAsTextAndNoneRepeats() {
        AtomicLong millis = new AtomicLong(1_796_554_800_000L);
        TimeOrderedIdentifiers identifiers = new TimeOrderedIdentifiers(millis::getAndIncrement);
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            made.add(identifiers.generateIdentifier());
        }

        assertThat(made).isSorted();
        assertThat(new HashSet<>(made)).hasSize(made.size());
        TimeOrderedIdentifiers sameMillisecond = new TimeOrderedIdentifiers(() -> 1_796_554_800_000L);
        HashSet<String> within = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            within.add(sameMillisecond.generateIdentifier());
        }
        assertThat(within).as("the random bits tell identifiers of one millisecond apart").hasSize(10_000);
    }
}
