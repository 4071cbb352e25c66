package org.casebook.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Working days in England and Wales: Monday to Friday, less bank holidays.
 *
 * <p>The service commits to a written response to a complaint within 5 working days (Plymouth
 * Parent Partnership service description §10, seed {@code 002} §10). A deadline counted in
 * calendar days would be wrong over Easter, Christmas and every bank-holiday weekend, so deadlines
 * are counted here instead.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY
                && day != DayOfWeek.SUNDAY
                && !BankHolidays.isBankHoliday(date);
    }

    /**
     * The day on which the {@code days}-th working day after {@code from} falls. {@code from} is
     * never counted: the day a complaint arrives is day zero, so one received on a Monday is due
     * within 5 working days by the following Monday.
     *
     * @throws IllegalArgumentException if {@code days} is less than 1
     */
    public static LocalDate addWorkingDays(LocalDate from, int days) {
        Objects.requireNonNull(from, "from");
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1, was " + days);
        }
        LocalDate date = from;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }
}
