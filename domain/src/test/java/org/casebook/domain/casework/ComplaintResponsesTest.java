package org.casebook.domain.casework;

import static org.assertj.core.api.Assertions.assertThat;



import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A written response within 5 working days [002 §10]. The working-day calendar itself is tested in
 * {@code org.casebook.domain.calendar}; these pin the promise the service makes to a parent.
 */
class ComplaintResponsesTest {

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aComplaintReceivedOnAWednesdayIsDueTheFollowingWednesday() {
        assertThat(ComplaintResponses.dueOn(date("2026-11-25"))).isEqualTo(date("2026-12-02"));
    }

    @Test
    void aComplaintReceivedOnTheThursdayBeforeEasterIsDueOnTheMondayAfterTheNextWeekend() {
        assertThat(ComplaintResponses.dueOn(date("2026-04-02"))).isEqualTo(date("2026-04-13"));
    }

    @Test
    void aComplaintReceivedOnASaturdayIsCountedFromTheMondayAfter() {
        assertThat(ComplaintResponses.dueOn(date("2026-11-21"))).isEqualTo(date("2026-11-27"));
    }

    @Test
    void aComplaintReceivedJustBeforeChristmasSkipsTheBankHolidays() {
        // 24 Dec 2026 is a Thursday; 25 and 28 December (Boxing Day substitute) and 1 January are bank holidays,
        // so the five working days are 29, 30, 31 December, 4 and 5 January.
        assertThat(ComplaintResponses.dueOn(date("2026-12-24"))).isEqualTo(date("2027-01-05"));
    }

    @Test
    void allowsFiveWorkingDays() {
        assertThat(ComplaintResponses.WORKING_DAYS_TO_RESPOND).isEqualTo(5);
    }
}
