package org.casebook.application.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.casebook.domain.casework.Channel;
import org.casebook.domain.casework.EnquirerRole;
import org.casebook.domain.casework.Topic;
import org.casebook.domain.casework.Usefulness;
import org.junit.jupiter.api.Test;

/** The generator draws channels, callers and topics in seed 000's proportions (docs/generator.md). */
class ProportionsTest {

    private static final int DRAWS = 100_000;
    private final Random random = new Random(2647);

    @Test
    void seventyPercentOfEnquiriesComeByTelephone() {
        Map<Channel, Integer> counts = new EnumMap<>(Channel.class);
        for (int i = 0; i < DRAWS; i++) {
            counts.merge(Proportions.CHANNEL.pick(random), 1, Integer::sum);
        }

        assertThat(counts.get(Channel.PHONE) / (double) DRAWS).isCloseTo(0.70, within(0.01));
        assertThat(counts).containsKeys(Channel.values());
    }

    @Test
    void mostCallsAreFromParentsAndCarers() {
        int family = 0;
        for (int i = 0; i < DRAWS; i++) {
            EnquirerRole role = Proportions.ENQUIRER.pick(random);
            family += role == EnquirerRole.PARENT || role == EnquirerRole.CARER ? 1 : 0;
        }

        assertThat(family / (double) DRAWS).isCloseTo(0.75, within(0.01)).isGreaterThan(0.5);
    }

    @Test
    void topicsFollowWhatParentsAskedFor() {
        Map<Topic, Integer> counts = new EnumMap<>(Topic.class);
        for (int i = 0; i < DRAWS; i++) {
            Set<Topic> topics = Proportions.topics(random);
            assertThat(topics).isNotEmpty();
            topics.forEach(topic -> counts.merge(topic, 1, Integer::sum));
        }

        assertThat(counts.get(Topic.SEN_PROCEDURES) / (double) DRAWS).isCloseTo(0.57, within(0.02));
        assertThat(counts.get(Topic.STATUTORY_ASSESSMENT) / (double) DRAWS).isCloseTo(0.55, within(0.01));
    }

    @Test
    void eightyEightPercentFindTheServiceHelpfulAndMeetingsFollowTheFortyNinePercent() {
        assertThat(1 - Proportions.USEFULNESS.share(Usefulness.NOT_VERY_USEFUL)).isCloseTo(0.88, within(1e-9));
        assertThat(Proportions.LEVEL_TWO * Proportions.MEETING_GIVEN_LEVEL_TWO).isCloseTo(0.49, within(1e-9));
        assertThat(Proportions.ENQUIRIES_PER_YEAR).isEqualTo(2_647);
    }
}
