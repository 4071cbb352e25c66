package org.casebook.adapters.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.casebook.adapters.InMemoryDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * When a read model counts as having processed a position: every segment has passed it, or has nothing of its own to
 * handle up to it. On H2 in PostgreSQL mode with the columns of Axon's tables that the check reads; with no processor
 * built, every event type counts as handled.
 */
class ReadModelProgressTest {

    private static final String PROCESSOR = "readmodels";
    private static final Segment[] SEGMENTS = Segment.splitBalanced(Segment.ROOT_SEGMENT, 1).toArray(Segment[]::new);

    private final Serializer serializer = JacksonSerializer.defaultSerializer();
    private JdbcTemplate jdbc;
    private ReadModelProgress progress;

    @BeforeEach
    void tables() {
        jdbc = InMemoryDatabase.fresh();
        jdbc.execute("CREATE TABLE token_entry (processor_name VARCHAR(255), segment INT, token BYTEA,"
                + " token_type VARCHAR(255))");
        jdbc.execute("CREATE TABLE domain_event_entry (global_index BIGINT PRIMARY KEY,"
                + " aggregate_identifier VARCHAR(255), payload_type VARCHAR(255))");
        progress = new ReadModelProgress(jdbc, serializer, new ConsistencyProperties(null, null, null, null, null),
                new StaticListableBeanFactory().getBeanProvider(EventProcessingConfiguration.class),
                new StaticListableBeanFactory().getBeanProvider(PromptEventSource.class));
    }

    @Test
    void aWriteIsNotShownUntilTheSegmentOfAnEarlierWriteOfAnotherCaseHasPassedIt() {
        String caseA = caseOf(SEGMENTS[0]);
        String caseB = caseOf(SEGMENTS[1]);
        event(10, caseA);
        event(20, caseB);
        token(0, 5);
        token(1, 20);

        assertThat(progress.processed(PROCESSOR, 20)).as("case A's event at 10 is not yet in segment 0's rows")
                .isFalse();

        token(0, 10);
        assertThat(progress.processed(PROCESSOR, 20)).as("segment 0 has A; the events after it are segment 1's")
                .isTrue();
    }

    @Test
    void aSegmentThisNodeHoldsCountsAsPastThePositionItsStatusHasPassedWhateverItsStoredToken() {
        event(7, caseOf(SEGMENTS[0]));
        event(10, caseOf(SEGMENTS[1]));
        token(0, 5);
        token(1, 10);
        EventTrackerStatus segmentZero = mock(EventTrackerStatus.class);
        ReadModelProgress here = holding(Map.of(0, segmentZero));

        when(segmentZero.getTrackingToken()).thenReturn(GapAwareTrackingToken.newInstance(9, List.of()));
        assertThat(here.processed(PROCESSOR, 10)).as("segment 0 has 7 to handle, and is known here at 9").isFalse();

        when(segmentZero.getTrackingToken()).thenReturn(GapAwareTrackingToken.newInstance(12, List.of()));
        assertThat(here.processed(PROCESSOR, 10)).as("known here to be past 10, though its stored token is at 5")
                .isTrue();
        assertThat(progress.processed(PROCESSOR, 10)).as("another node knows only the stored token").isFalse();

        when(segmentZero.getTrackingToken()).thenReturn(GapAwareTrackingToken.newInstance(12, List.of(10L)));
        assertThat(here.processed(PROCESSOR, 10)).as("10 still a gap here").isFalse();

        when(segmentZero.getTrackingToken()).thenReturn(GapAwareTrackingToken.newInstance(12, List.of()));
        when(segmentZero.isErrorState()).thenReturn(true);
        assertThat(here.processed(PROCESSOR, 10)).as("a segment in error is judged by what it stored").isFalse();
    }

    @Test
    void aNodeThatHoldsEverySegmentJudgesByItsProcessorAloneWithoutReadingTheStoredTokens() {
        event(7, caseOf(SEGMENTS[0]));
        event(9, caseOf(SEGMENTS[1]));
        event(10, caseOf(SEGMENTS[1]));
        EventTrackerStatus segmentZero = status(SEGMENTS[0]);
        EventTrackerStatus segmentOne = status(SEGMENTS[1]);
        ReadModelProgress here = holding(Map.of(0, segmentZero, 1, segmentOne));
        jdbc.execute("DROP TABLE token_entry");

        when(segmentZero.getTrackingToken()).thenReturn(GapAwareTrackingToken.newInstance(6, List.of()));
        when(segmentOne.getTrackingToken()).thenReturn(GapAwareTrackingToken.newInstance(10, List.of()));
        assertThat(here.processed(PROCESSOR, 10)).as("segment 0 has 7 still to handle").isFalse();
        assertThat(here.processed(PROCESSOR, 6)).as("both have passed 6").isTrue();

        when(segmentZero.getTrackingToken()).thenReturn(GapAwareTrackingToken.newInstance(7, List.of()));
        assertThat(here.processed(PROCESSOR, 10)).as("segment 0 has nothing of its own at 9 and 10").isTrue();

        when(segmentOne.getTrackingToken()).thenReturn(GapAwareTrackingToken.newInstance(11, List.of(10L)));
        assertThat(here.processed(PROCESSOR, 10)).as("10, segment 1's own, is a gap it has not passed").isFalse();
        assertThat(here.processed(PROCESSOR, 9)).as("up to 9 it has").isTrue();

        when(segmentOne.getTrackingToken()).thenReturn(null);
        assertThat(here.processed(PROCESSOR, 10)).as("segment 1 has not handled its first event").isFalse();
    }

    @Test
    void aNodeHoldsEverySegmentOnlyWhenItsSegmentsCoverEveryCaseAndNoneIsInError() {
        List<Segment> quarters = Segment.splitBalanced(Segment.ROOT_SEGMENT, 3);
        Map<Integer, EventTrackerStatus> all = Map.of(0, status(quarters.get(0)), 1, status(quarters.get(1)),
                2, status(quarters.get(2)), 3, status(quarters.get(3)));
        assertThat(ReadModelProgress.holdsEverySegment(all)).isTrue();
        assertThat(ReadModelProgress.holdsEverySegment(Map.of(0, status(Segment.ROOT_SEGMENT)))).isTrue();
        assertThat(ReadModelProgress.holdsEverySegment(Map.of(0, status(quarters.get(0)), 1, status(quarters.get(1)),
                2, status(quarters.get(2))))).as("another node holds a quarter").isFalse();
        assertThat(ReadModelProgress.holdsEverySegment(Map.of())).as("nothing held here").isFalse();

        when(all.get(2).isErrorState()).thenReturn(true);
        assertThat(ReadModelProgress.holdsEverySegment(all)).as("a segment in error").isFalse();
    }

    @Test
    void aSegmentWithNoEventsOfItsOwnUpToThePositionCountsAsPastIt() {
        event(11, caseOf(SEGMENTS[1]));
        event(12, caseOf(SEGMENTS[1]));
        token(0, 3);
        token(1, 12);

        assertThat(progress.processed(PROCESSOR, 12)).isTrue();
        assertThat(progress.processed(PROCESSOR, 13)).as("nothing committed at 13 yet").isFalse();
    }

    @Test
    void aSegmentStillAtTheTailOfAStoreThatWasEmptyCountsAsPastEventsOfOtherSegments() {
        event(1, caseOf(SEGMENTS[1]));
        event(2, caseOf(SEGMENTS[1]));
        jdbc.update("INSERT INTO token_entry VALUES (?, 0, NULL, NULL)", PROCESSOR);
        token(1, 2);

        assertThat(progress.processed(PROCESSOR, 2)).isTrue();

        event(3, caseOf(SEGMENTS[0]));
        token(1, 3);
        assertThat(progress.processed(PROCESSOR, 3)).as("segment 0 has not handled its first event yet").isFalse();
    }

    @Test
    void anEventAtAGapOfTheTokenIsNotPassed() {
        String caseA = caseOf(SEGMENTS[0]);
        event(7, caseA);
        event(9, caseOf(SEGMENTS[1]));
        jdbc.update("DELETE FROM token_entry");
        token(0, 9, 7L);
        token(1, 9);

        assertThat(progress.processed(PROCESSOR, 7)).as("segment 0 read past 7 before it was committed").isFalse();
        assertThat(progress.processed(PROCESSOR, 6)).as("everything up to 6").isTrue();

        token(0, 9);
        assertThat(progress.processed(PROCESSOR, 7)).as("segment 0 has fetched 7 since").isTrue();
    }

    /**
     * A gap below the position does not hold a read back. The event at the gap belongs to a transaction that had not
     * committed when the segment read past it, so no caller has had its answer yet: a session's earlier writes were
     * all answered, so committed, before it sent the write at the position, and a {@code Casebook-After} names a
     * position some caller was answered. Waiting for the gap would make a read wait on a stranger's slow command.
     */
    @Test
    void aGapBelowThePositionDoesNotHoldBackAReadOfALaterWrite() {
        event(7, caseOf(SEGMENTS[0]));
        event(8, caseOf(SEGMENTS[0]));
        event(9, caseOf(SEGMENTS[1]));
        jdbc.update("DELETE FROM token_entry");
        token(0, 9, 7L);
        token(1, 9);

        assertThat(progress.processed(PROCESSOR, 8)).as("8 handled; 7 was not committed when the segment read 8")
                .isTrue();
        assertThat(progress.processed(PROCESSOR, 7)).isFalse();
    }

    @Test
    void aReadThatMustWaitHurriesTheReadModelsOnceAndRemindsThemWhileNoBatchCommitsAndOneThatNeedNotDoesNeither() {
        AtomicInteger hurried = new AtomicInteger();
        AtomicInteger reminded = new AtomicInteger();
        PromptEventSource wakes = new PromptEventSource(EmbeddedEventStore.builder()
                .storageEngine(new InMemoryEventStorageEngine()).build(), () -> { }, Duration.ofHours(1),
                Duration.ofMillis(20)) {
            @Override
            public void hurry() {
                hurried.incrementAndGet();
            }

            @Override
            public void remind() {
                reminded.incrementAndGet();
            }
        };
        try {
            StaticListableBeanFactory beans = new StaticListableBeanFactory();
            beans.addBean("readModelEventSource", wakes);
            ReadModelProgress waiting = new ReadModelProgress(jdbc, serializer,
                    new ConsistencyProperties(Duration.ofMillis(150), null, null, null, null),
                    new StaticListableBeanFactory().getBeanProvider(EventProcessingConfiguration.class),
                    beans.getBeanProvider(PromptEventSource.class));
            event(10, caseOf(SEGMENTS[0]));
            token(0, 5);
            token(1, 10);

            assertThat(waiting.await(List.of(PROCESSOR), new Written(10))).as("segment 0 never gets there").isFalse();
            assertThat(hurried).as("once, however often the wait looked again").hasValue(1);
            assertThat(reminded.get()).as("after each poll interval (10 ms) of the 150 ms wait in which no batch"
                    + " committed").isBetween(3, 15);

            reminded.set(0);
            ScheduledExecutorService batches = Executors.newSingleThreadScheduledExecutor();
            batches.scheduleAtFixedRate(waiting::batchCommitted, 0, 2, TimeUnit.MILLISECONDS);
            try {
                assertThat(waiting.await(List.of(PROCESSOR), new Written(10))).isFalse();
            } finally {
                batches.shutdownNow();
            }
            assertThat(reminded.get()).as("batches committing every 2 ms: the read models are at work (a loaded"
                    + " machine may leave a poll interval or two without one)").isLessThanOrEqualTo(2);
            assertThat(hurried).as("each read that waits hurries once").hasValue(2);

            token(0, 10);
            reminded.set(0);
            assertThat(waiting.await(List.of(PROCESSOR), new Written(10))).isTrue();
            assertThat(hurried).as("nothing to hurry").hasValue(2);
            assertThat(reminded).as("nothing to remind").hasValue(0);
        } finally {
            wakes.destroy();
        }
    }

    private ReadModelProgress holding(Map<Integer, EventTrackerStatus> statuses) {
        StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
        when(processor.processingStatus()).thenReturn(statuses);
        EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
        when(processing.eventProcessor(PROCESSOR, StreamingEventProcessor.class)).thenReturn(Optional.of(processor));
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("eventProcessingConfiguration", processing);
        return new ReadModelProgress(jdbc, serializer, new ConsistencyProperties(null, null, null, null, null),
                beans.getBeanProvider(EventProcessingConfiguration.class),
                new StaticListableBeanFactory().getBeanProvider(PromptEventSource.class));
    }

    private static EventTrackerStatus status(Segment segment) {
        EventTrackerStatus status = mock(EventTrackerStatus.class);
        when(status.getSegment()).thenReturn(segment);
        return status;
    }

    private void event(long position, String aggregate) {
        jdbc.update("INSERT INTO domain_event_entry VALUES (?, ?, ?)", position, aggregate,
                "org.casebook.domain.casework.EnquiryReceived");
    }

    private void token(int segment, long index, Long... gaps) {
        SerializedObject<byte[]> token = serializer.serialize(
                GapAwareTrackingToken.newInstance(index, Set.of(gaps)), byte[].class);
        jdbc.update("DELETE FROM token_entry WHERE segment = ?", segment);
        jdbc.update("INSERT INTO token_entry VALUES (?, ?, ?, ?)", PROCESSOR, segment, token.getData(),
                token.getType().getName());
    }

    private static String caseOf(Segment segment) {
        while (true) {
            String id = UUID.randomUUID().toString();
            if (segment.matches(id)) {
                return id;
            }
        }
    }
}
