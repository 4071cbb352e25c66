package org.casebook.domain.calendar;

import static java.time.DayOfWeek.MONDAY;
import static java.time.temporal.TemporalAdjusters.firstInMonth;
import static java.time.temporal.TemporalAdjusters.lastInMonth;



import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bank holidays in England and Wales.
 *
 * <p>The service promises to answer complaints within 5 working days (Plymouth Parent Partnership
 * service description §10, seed {@code 002} §10), and a bank holiday is not a working day. The
 * dates are derived from the statutory rules rather than typed in as a table, so that a deadline
 * next year or the year after is right without anyone remembering to update a list; only the
 * changes made by royal proclamation, which no rule predicts, are kept as data.
 */
public final class BankHolidays {

    /** The early May bank holiday was first held in 1978; nothing here needs earlier dates. */
    private static final int FIRST_YEAR = 1978;

    /**
     * One-off changes made by royal proclamation. A move removes the date the rules produce and
     * adds the proclaimed one, so the rule date really stops being a holiday. A new proclamation
     * is one more line here.
     */
    private static final List<Proclamation> PROCLAMATIONS = List.of(
            // Wedding of Prince Charles and Lady Diana Spencer.
            Proclamation.extra("1981-07-29"),
            // 50th anniversary of VE Day: early May bank holiday moved to the anniversary week.
            Proclamation.move("1995-05-01", "1995-05-08"),
            // Millennium celebrations.
            Proclamation.extra("1999-12-31"),
            // Golden Jubilee: spring bank holiday moved to make a four-day weekend...
            Proclamation.move("2002-05-27", "2002-06-04"),
            // ...and an extra day added to it.
            Proclamation.extra("2002-06-03"),
            // Wedding of Prince William and Catherine Middleton.
            Proclamation.extra("2011-04-29"),
            // Diamond Jubilee: spring bank holiday moved to make a four-day weekend...
            Proclamation.move("2012-05-28", "2012-06-04"),
            // ...and an extra day added to it.
            Proclamation.extra("2012-06-05"),
            // 75th anniversary of VE Day: early May bank holiday moved onto the anniversary itself.
            Proclamation.move("2020-05-04", "2020-05-08"),
            // Platinum Jubilee: spring bank holiday moved to make a four-day weekend...
            Proclamation.move("2022-05-30", "2022-06-02"),
            // ...and an extra day added to it.
            Proclamation.extra("2022-06-03"),
            // State funeral of Queen Elizabeth II.
            Proclamation.extra("2022-09-19"),
            // Coronation of King Charles III.
            Proclamation.extra("2023-05-08"));

    private static final Map<Integer, SortedSet<LocalDate>> BY_YEAR = new ConcurrentHashMap<>();

    private BankHolidays() {
    }

    public static boolean isBankHoliday(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return inYear(date.getYear()).contains(date);
    }

    /**
     * @return the bank holidays of {@code year}, in date order, unmodifiable
     * @throws IllegalArgumentException if {@code year} is before 1978
     */
    public static SortedSet<LocalDate> inYear(int year) {
        if (year < FIRST_YEAR) {
            throw new IllegalArgumentException(
                    "Bank holidays are only known from " + FIRST_YEAR + " onwards, not for " + year);
        }
        return BY_YEAR.computeIfAbsent(year, BankHolidays::compute);
    }

    private static SortedSet<LocalDate> compute(int year) {
        TreeSet<LocalDate> dates = new TreeSet<>();

        dates.add(mondayIfWeekend(LocalDate.of(year, Month.JANUARY, 1)));

        LocalDate easterSunday = easterSunday(year);
        dates.add(easterSunday.minusDays(2));
        dates.add(easterSunday.plusDays(1));

        dates.add(LocalDate.of(year, Month.MAY, 1).with(firstInMonth(MONDAY)));
        dates.add(LocalDate.of(year, Month.MAY, 1).with(lastInMonth(MONDAY)));
        dates.add(LocalDate.of(year, Month.AUGUST, 1).with(lastInMonth(MONDAY)));

        dates.addAll(christmasAndBoxingDay(year));

        for (Proclamation proclamation : PROCLAMATIONS) {
            proclamation.applyTo(year, dates);
        }
        return Collections.unmodifiableSortedSet(dates);
    }

    private static LocalDate mondayIfWeekend(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> date.plusDays(2);
            case SUNDAY -> date.plusDays(1);
            default -> date;
        };
    }

    // Two holidays that can both land on a weekend need two distinct weekdays after it.
    private static List<LocalDate> christmasAndBoxingDay(int year) {
        LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
        DayOfWeek day = christmas.getDayOfWeek();
        return switch (day) {
            case FRIDAY -> List.of(christmas, christmas.plusDays(3));
            case SATURDAY -> List.of(christmas.plusDays(2), christmas.plusDays(3));
            case SUNDAY -> List.of(christmas.plusDays(1), christmas.plusDays(2));
            default -> List.of(christmas, christmas.plusDays(1));
        };
    }

    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    private static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** {@code removed} is null for an extra day that replaces nothing. */
    private record Proclamation(LocalDate removed, LocalDate added) {

        static Proclamation move(String removed, String added) {
            return new Proclamation(LocalDate.parse(removed), LocalDate.parse(added));
        }

        static Proclamation extra(String added) {
            return new Proclamation(null, LocalDate.parse(added));
        }

        void applyTo(int year, TreeSet<LocalDate> dates) {
            // A move whose removed date the rules never produced means the data or the rules are wrong.
            if (removed != null && removed.getYear() == year && !dates.remove(removed)) {
                throw new IllegalStateException(
                        "Proclamation moves " + removed + " but the rules do not make it a bank holiday");
            }
            if (added.getYear() == year) {
                dates.add(added);
            }
        }
    }
}
