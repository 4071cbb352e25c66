package org.casebook.adapters.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

/** The embedded event store's reader thread reads new events when asked or once a fetch delay; nothing else waits. */
class RequestedReadsTest {

    private final InMemoryEventStorageEngine engine = new InMemoryEventStorageEngine();

    @Test
    void theReaderReadsWhenAskedAndFindsNothingOtherwiseUntilTheFetchDelayHasPassed() throws Exception {
        RequestedReads reads = new RequestedReads(engine, Duration.ofMillis(300));
        engine.appendEvents(List.of(event(0), event(1)));

        assertThat(reads.readEvents(null, true)).as("the first read").hasSize(2);
        assertThat(reads.readEvents(null, true)).as("at once again, unasked").isEmpty();

        reads.request();
        assertThat(reads.readEvents(null, true)).as("asked").hasSize(2);
        assertThat(reads.readEvents(null, true)).as("one read per request").isEmpty();

        Thread.sleep(350);
        assertThat(reads.readEvents(null, true)).as("a fetch delay later").hasSize(2);
    }

    @Test
    void whatTheReaderTakesIsAnnouncedOnceAfterTheLastEventIsTakenAndAStreamsOwnReadsAreNot() {
        RequestedReads reads = new RequestedReads(engine, Duration.ofHours(1));
        List<String> seen = new ArrayList<>();
        reads.whenFetched(() -> seen.add("announced"));
        engine.appendEvents(List.of(event(0), event(1)));

        Stream<? extends TrackedEventMessage<?>> read = reads.readEvents(null, true);
        assertThat(seen).as("nothing before the reader takes them").isEmpty();
        read.forEach(event -> seen.add("taken " + event.getPayload()));
        assertThat(seen).as("once, after the last was taken")
                .containsExactly("taken payload 0", "taken payload 1", "announced");

        seen.clear();
        reads.request();
        assertThat(reads.readEvents(new GlobalSequenceTrackingToken(1), true)).isEmpty();
        assertThat(seen).as("a read that finds nothing new announces nothing").isEmpty();

        seen.clear();
        assertThat(reads.readEvents(null, false)).hasSize(2);
        assertThat(seen).as("a stream behind the cache reads for itself").isEmpty();
    }

    @Test
    void aStreamThatReadsForItselfAndEveryOtherCallPassStraightThrough() {
        RequestedReads reads = new RequestedReads(engine, Duration.ofHours(1));
        reads.appendEvents(List.of(event(0)));
        reads.readEvents(null, true).count();

        assertThat(reads.readEvents(null, false)).as("a stream behind the cache").hasSize(1);
        assertThat(reads.readEvents(null, false)).hasSize(1);
        assertThat(reads.readEvents("case-1").asStream()).as("an aggregate's events").hasSize(1);
        assertThat(reads.lastSequenceNumberFor("case-1")).contains(0L);
    }

    private static GenericDomainEventMessage<String> event(long sequence) {
        return new GenericDomainEventMessage<>("Case", "case-1", sequence, "payload " + sequence);
    }
}
