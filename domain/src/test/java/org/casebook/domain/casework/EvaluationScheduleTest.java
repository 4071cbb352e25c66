package org.casebook.domain.casework;

import static org.assertj.core.api.Assertions.assertThat;



import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** When a parent is next due the 6-monthly evaluation form [002 §10]. */
class EvaluationScheduleTest {

    private static final boolean LEVEL_ONE = false;
    private static final boolean LEVEL_TWO = true;

    private final EvaluationSchedule schedule = new EvaluationSchedule();

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class BeforeAnyRequest {

        @Test
        void aLevelOneCaseIsNeverDueAnEvaluation() {
            schedule.contactOn(date("2026-01-12"));

            assertThat(schedule.dueOn(LEVEL_ONE)).isNull();
        }

        @Test
        void aCaseWithoutContactsIsNotDue() {
            assertThat(schedule.dueOn(LEVEL_TWO)).isNull();
        }

        @Test
        void isDueSixMonthsAfterTheFirstContact() {
            schedule.contactOn(date("2026-01-12"));
            schedule.contactOn(date("2026-03-02"));

            assertThat(schedule.dueOn(LEVEL_TWO)).isEqualTo(date("2026-07-12"));
        }

        @Test
        void countsSixCalendarMonthsToTheEndOfAShorterMonth() {
            schedule.contactOn(date("2026-08-31"));

            assertThat(schedule.dueOn(LEVEL_TWO)).isEqualTo(date("2027-02-28"));
        }

        @Test
        void aBackDatedContactBecomesTheFirstContact() {
            schedule.contactOn(date("2026-03-02"));
            schedule.contactOn(date("2026-01-12"));

            assertThat(schedule.dueOn(LEVEL_TWO)).isEqualTo(date("2026-07-12"));
        }
    }

    @Nested
    class AfterARequest {

        @Test
        void isDueSixMonthsAfterTheFirstContactThatFollowsTheRequest() {
            schedule.contactOn(date("2026-01-12"));
            schedule.requestSentOn(date("2026-07-13"));
            schedule.contactOn(date("2026-08-03"));
            schedule.contactOn(date("2026-09-14"));

            assertThat(schedule.dueOn(LEVEL_TWO)).isEqualTo(date("2027-02-03"));
        }

        @Test
        void isNotDueWhileThereHasBeenNoContactSinceTheRequest() {
            schedule.contactOn(date("2026-01-12"));
            schedule.requestSentOn(date("2026-07-13"));

            assertThat(schedule.dueOn(LEVEL_TWO)).isNull();
        }

        @Test
        void aContactOnTheDayTheRequestWasSentDoesNotStartTheNextPeriod() {
            schedule.contactOn(date("2026-01-12"));
            schedule.requestSentOn(date("2026-07-13"));
            schedule.contactOn(date("2026-07-13"));

            assertThat(schedule.dueOn(LEVEL_TWO)).isNull();
        }

        @Test
        void aContactBackDatedToBeforeTheRequestDoesNotStartTheNextPeriod() {
            schedule.contactOn(date("2026-01-12"));
            schedule.requestSentOn(date("2026-07-13"));
            schedule.contactOn(date("2026-06-01"));

            assertThat(schedule.dueOn(LEVEL_TWO)).isNull();
        }

        @Test
        void aBackDatedContactAfterTheRequestBecomesTheFirstOneThatFollowsIt() {
            schedule.contactOn(date("2026-01-12"));
            schedule.requestSentOn(date("2026-07-13"));
            schedule.contactOn(date("2026-09-14"));
            schedule.contactOn(date("2026-07-20"));

            assertThat(schedule.dueOn(LEVEL_TWO)).isEqualTo(date("2027-01-20"));
        }

        @Test
        void countsFromTheLatestRequestEvenWhenAnOlderOneIsRecordedLater() {
            schedule.contactOn(date("2026-01-12"));
            schedule.requestSentOn(date("2026-07-13"));
            schedule.contactOn(date("2026-08-03"));
            schedule.requestSentOn(date("2026-02-01"));

            assertThat(schedule.dueOn(LEVEL_TWO)).isEqualTo(date("2027-02-03"));
            assertThat(schedule.lastRequestSentOn()).isEqualTo(date("2026-07-13"));
        }

        @Test
        void aLevelOneCaseIsNeverDueEvenAfterARequest() {
            schedule.contactOn(date("2026-01-12"));
            schedule.requestSentOn(date("2026-07-13"));
            schedule.contactOn(date("2026-08-03"));

            assertThat(schedule.dueOn(LEVEL_ONE)).isNull();
        }
    }

    @Test
    void keepsEachContactDateOnceInOrder() {
        schedule.contactOn(date("2026-03-02"));
        schedule.contactOn(date("2026-01-12"));
        schedule.contactOn(date("2026-03-02"));

        assertThat(schedule.contacts()).containsExactly(date("2026-01-12"), date("2026-03-02"));
    }
}
