package org.casebook.domain.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.domain.casework.AppealableDecisionKind.DISABILITY_DISCRIMINATION;
import static org.casebook.domain.casework.AppealableDecisionKind.SEN_DECISION;



import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Appeal deadlines in calendar months from the day the decision letter arrived [001]. */
class AppealDeadlinesTest {

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class SenDecisions {

        @Test
        void allowTwoCalendarMonths() {
            assertThat(AppealDeadlines.deadlineFor(SEN_DECISION, date("2026-03-10"), false))
                    .isEqualTo(date("2026-05-10"));
        }

        @Test
        void endOnTheSameDayOfTheMonthWhenItExists() {
            assertThat(AppealDeadlines.deadlineFor(SEN_DECISION, date("2026-01-31"), false))
                    .isEqualTo(date("2026-03-31"));
        }

        @Test
        void endOnTheLastDayOfAShorterMonth() {
            assertThat(AppealDeadlines.deadlineFor(SEN_DECISION, date("2025-12-31"), false))
                    .isEqualTo(date("2026-02-28"));
        }

        @Test
        void endOnTheTwentyNinthOfFebruaryInALeapYear() {
            assertThat(AppealDeadlines.deadlineFor(SEN_DECISION, date("2027-12-31"), false))
                    .isEqualTo(date("2028-02-29"));
        }

        @Test
        void crossIntoTheNextYear() {
            assertThat(AppealDeadlines.deadlineFor(SEN_DECISION, date("2026-11-25"), false))
                    .isEqualTo(date("2027-01-25"));
        }
    }

    @Nested
    class DisabilityDiscrimination {

        @Test
        void allowsSixMonths() {
            assertThat(AppealDeadlines.deadlineFor(DISABILITY_DISCRIMINATION, date("2026-05-15"), false))
                    .isEqualTo(date("2026-11-15"));
        }

        @Test
        void allowsEightMonthsWhenTheParentUsedConciliation() {
            assertThat(AppealDeadlines.deadlineFor(DISABILITY_DISCRIMINATION, date("2026-05-15"), true))
                    .isEqualTo(date("2027-01-15"));
        }

        @Test
        void endsAtTheEndOfFebruaryWhenSixMonthsFromTheThirtyFirstOfAugust() {
            assertThat(AppealDeadlines.deadlineFor(DISABILITY_DISCRIMINATION, date("2026-08-31"), false))
                    .isEqualTo(date("2027-02-28"));
        }

        @Test
        void endsAtTheEndOfAprilWhenEightMonthsFromTheThirtyFirstOfAugust() {
            assertThat(AppealDeadlines.deadlineFor(DISABILITY_DISCRIMINATION, date("2026-08-31"), true))
                    .isEqualTo(date("2027-04-30"));
        }
    }
}
