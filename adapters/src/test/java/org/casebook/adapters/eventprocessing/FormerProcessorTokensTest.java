package org.casebook.adapters.eventprocessing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.casebook.adapters.InMemoryDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where the one read-model processor starts on its first run (ADR 0027): at the lower bound of the former
 * processors' tokens when both have them, and from the first event otherwise. On an in-memory H2 {@code token_entry}.
 */
class FormerProcessorTokensTest {

    /** What the event store answers for "the first event": a marker, so that the test can tell it apart. */
    private static final TrackingToken FIRST_EVENT = GapAwareTrackingToken.newInstance(-1, Set.of());

    private final Serializer serializer = JacksonSerializer.defaultSerializer();
    private JdbcTemplate jdbc;
    private FormerProcessorTokens former;

    @BeforeEach
    void tokenTable() {
        jdbc = InMemoryDatabase.fresh();
        jdbc.execute("""
                CREATE TABLE token_entry (processor_name VARCHAR(255) NOT NULL, segment INTEGER NOT NULL,
                    token BYTEA, token_type VARCHAR(255), timestamp VARCHAR(255), owner VARCHAR(255),
                    PRIMARY KEY (processor_name, segment))""");
        former = new FormerProcessorTokens(new ProcessorTokens(jdbc, serializer), List.of("caseload", "reports"));
    }

    @Test
    void startsAtTheLowestSegmentOfEitherFormerProcessorWithTheGapsBelowIt() {
        token("caseload", 0, GapAwareTrackingToken.newInstance(900, Set.of()));
        token("caseload", 1, GapAwareTrackingToken.newInstance(880, Set.of(870L)));
        token("reports", 0, GapAwareTrackingToken.newInstance(750, Set.of(700L)));
        token("reports", 1, GapAwareTrackingToken.newInstance(800, Set.of()));

        TrackingToken start = former.startingPoint(source());

        assertThat(start).isInstanceOf(GapAwareTrackingToken.class);
        GapAwareTrackingToken lowest = (GapAwareTrackingToken) start;
        assertThat(lowest.getIndex()).isEqualTo(750);
        assertThat(lowest.getGaps()).as("an event one of them still waited for is delivered again").contains(700L);
    }

    @Test
    void startsFromTheFirstEventWhenEitherFormerProcessorHasNoToken() {
        token("caseload", 0, GapAwareTrackingToken.newInstance(900, Set.of()));

        assertThat(former.startingPoint(source())).isSameAs(FIRST_EVENT);
    }

    @Test
    void startsFromTheFirstEventWhenAFormerSegmentNeverPassedItsFirstEvent() {
        token("caseload", 0, GapAwareTrackingToken.newInstance(900, Set.of()));
        token("reports", 0, GapAwareTrackingToken.newInstance(800, Set.of()));
        jdbc.update("INSERT INTO token_entry (processor_name, segment) VALUES ('reports', 1)");

        assertThat(former.startingPoint(source())).isSameAs(FIRST_EVENT);
    }

    @Test
    void startsFromTheFirstEventOnANewDatabase() {
        assertThat(former.startingPoint(source())).isSameAs(FIRST_EVENT);
    }

    private void token(String processor, int segment, TrackingToken token) {
        SerializedObject<byte[]> serialized = serializer.serialize(token, byte[].class);
        jdbc.update("INSERT INTO token_entry (processor_name, segment, token, token_type) VALUES (?, ?, ?, ?)",
                processor, segment, serialized.getData(), serialized.getType().getName());
    }

    private static StreamableMessageSource<TrackedEventMessage<?>> source() {
        return new StreamableMessageSource<>() {
            @Override
            public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
                throw new UnsupportedOperationException("not read here");
            }

            @Override
            public TrackingToken createTailToken() {
                return FIRST_EVENT;
            }
        };
    }
}
