package org.casebook.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;



import java.time.LocalDate;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WorkingDaysTest {

    private static final int COMPLAINT_RESPONSE_WORKING_DAYS = 5;

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static LocalDate complaintDue(String received) {
        return WorkingDays.addWorkingDays(date(received), COMPLAINT_RESPONSE_WORKING_DAYS);
    }

    @Nested
    class WorkingDay {

        @Test
        void an_ordinary_wednesday_is_a_working_day() {
            assertThat(WorkingDays.isWorkingDay(date("2026-04-08"))).isTrue();
        }

        @Test
        void a_saturday_is_not_a_working_day() {
            assertThat(WorkingDays.isWorkingDay(date("2026-04-11"))).isFalse();
        }

        @Test
        void a_sunday_is_not_a_working_day() {
            assertThat(WorkingDays.isWorkingDay(date("2026-04-12"))).isFalse();
        }

        @Test
        void a_weekday_bank_holiday_is_not_a_working_day() {
            assertThat(WorkingDays.isWorkingDay(date("2026-04-03"))).isFalse();
        }
    }

    @Nested
    class ComplaintDeadlines {

        @Test
        void a_complaint_received_on_thursday_2_april_2026_is_due_monday_13_april_after_easter() {
            assertThat(complaintDue("2026-04-02")).isEqualTo(date("2026-04-13"));
        }

        @Test
        void a_complaint_received_on_monday_23_november_2026_is_due_the_following_monday_30_november() {
            assertThat(complaintDue("2026-11-23")).isEqualTo(date("2026-11-30"));
        }

        @Test
        void a_complaint_received_on_tuesday_22_december_2026_is_due_thursday_31_december_after_christmas() {
            assertThat(complaintDue("2026-12-22")).isEqualTo(date("2026-12-31"));
        }

        @Test
        void a_complaint_received_on_thursday_27_august_2026_is_due_friday_4_september_after_the_summer_bank_holiday() {
            assertThat(complaintDue("2026-08-27")).isEqualTo(date("2026-09-04"));
        }

        @Test
        void a_complaint_received_on_saturday_21_november_2026_is_due_friday_27_november() {
            assertThat(complaintDue("2026-11-21")).isEqualTo(date("2026-11-27"));
        }

        @Test
        void a_complaint_received_on_friday_19_december_2025_is_due_tuesday_30_december_after_christmas() {
            assertThat(complaintDue("2025-12-19")).isEqualTo(date("2025-12-30"));
        }
    }

    @Nested
    class Counting {

        @Test
        void one_working_day_after_a_friday_is_the_next_monday() {
            assertThat(WorkingDays.addWorkingDays(date("2026-11-20"), 1)).isEqualTo(date("2026-11-23"));
        }

        @Test
        void zero_working_days_is_refused() {
            assertThatThrownBy(() -> WorkingDays.addWorkingDays(date("2026-11-23"), 0))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void a_negative_number_of_working_days_is_refused() {
            assertThatThrownBy(() -> WorkingDays.addWorkingDays(date("2026-11-23"), -1))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
