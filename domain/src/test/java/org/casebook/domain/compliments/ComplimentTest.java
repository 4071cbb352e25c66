package org.casebook.domain.compliments;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.casebook.domain.casework.InvalidCaseCommand;
import org.casebook.domain.shared.Actor;
import org.casebook.domain.shared.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A compliment: thanks received, counted for indicator 8 [002 §5.12], tied to no case. */
class ComplimentTest {

    private static final Actor VOLUNTEER = new Actor("volunteer1", StaffRole.VOLUNTEER,
            Instant.parse("2026-11-25T10:00:00Z"));
    private static final ComplimentId ID = ComplimentId.of("88888888-5e4f-4a1b-8c2d-000000000001");

    private FixtureConfiguration<Compliment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Compliment.class);
    }

    @Test
    void recordsTheThanksWithItsDayAndKindOnly() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveCompliment(ID, LocalDate.parse("2026-11-20"), ComplimentKind.CARD, VOLUNTEER))
                .expectEvents(new ComplimentReceived(ID, LocalDate.parse("2026-11-20"), ComplimentKind.CARD,
                        VOLUNTEER.recorded()));
    }

    @Test
    void acceptsThanksReceivedToday() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveCompliment(ID, LocalDate.parse("2026-11-25"), ComplimentKind.VERBAL, VOLUNTEER))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesThanksReceivedTomorrow() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveCompliment(ID, LocalDate.parse("2026-11-26"), ComplimentKind.EMAIL, VOLUNTEER))
                .expectNoEvents()
                .expectException(InvalidCaseCommand.class);
    }

    @Test
    void refusesThanksDatedBeforeTheServicesBegan() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveCompliment(ID, LocalDate.parse("0001-01-01"), ComplimentKind.CARD, VOLUNTEER))
                .expectNoEvents()
                .expectException(InvalidCaseCommand.class);
    }

    @Test
    void onlyWrittenThanksCountAsWrittenMessages() {
        org.assertj.core.api.Assertions.assertThat(ComplimentKind.VERBAL.written()).isFalse();
        org.assertj.core.api.Assertions.assertThat(ComplimentKind.CARD.written()).isTrue();
        org.assertj.core.api.Assertions.assertThat(ComplimentKind.LETTER.written()).isTrue();
        org.assertj.core.api.Assertions.assertThat(ComplimentKind.EMAIL.written()).isTrue();
    }
}
