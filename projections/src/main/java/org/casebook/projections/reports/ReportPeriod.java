package org.casebook.projections.reports;

import java.time.LocalDate;

/**
 * The days a report covers, both inclusive. An academic year runs from 1 September to 31 August, the year the
 * service's own figures are counted by [000 §1.4].
 */
public record ReportPeriod(LocalDate from, LocalDate to, Integer academicYear) {

    public ReportPeriod {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("a period needs from <= to");
        }
    }

    public static ReportPeriod academicYear(int year) {
        return new ReportPeriod(LocalDate.of(year, 9, 1), LocalDate.of(year + 1, 8, 31), year);
    }

    public static ReportPeriod between(LocalDate from, LocalDate to) {
        return new ReportPeriod(from, to, null);
    }

    /**
     * The period of the same length just before this one, whose figures the report shows beside this one's: the
     * previous academic year for an academic year, else as many days ending the day before {@code from}.
     */
    public ReportPeriod previous() {
        if (academicYear != null) {
            return academicYear(academicYear - 1);
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        return between(from.minusDays(days), from.minusDays(1));
    }

    /** The academic year a day falls in, named by the calendar year it starts in. */
    public static int academicYearOf(LocalDate day) {
        return day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
    }
}
