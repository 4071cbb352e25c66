package org.casebook.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;



import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BankHolidaysTest {

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static List<LocalDate> holidaysIn(int year, Month month) {
        YearMonth yearMonth = YearMonth.of(year, month);
        return BankHolidays.inYear(year).stream()
                .filter(d -> YearMonth.from(d).equals(yearMonth))
                .toList();
    }

    @Nested
    class Easter {

        @Test
        void in_2019_good_friday_is_19_april_and_easter_monday_is_22_april() {
            assertThat(holidaysIn(2019, Month.APRIL)).containsExactly(date("2019-04-19"), date("2019-04-22"));
        }

        @Test
        void in_2024_good_friday_is_29_march_and_easter_monday_is_1_april() {
            assertThat(BankHolidays.inYear(2024)).contains(date("2024-03-29"), date("2024-04-01"));
        }

        @Test
        void in_2025_good_friday_is_18_april_and_easter_monday_is_21_april() {
            assertThat(holidaysIn(2025, Month.APRIL)).containsExactly(date("2025-04-18"), date("2025-04-21"));
        }

        @Test
        void in_2026_good_friday_is_3_april_and_easter_monday_is_6_april() {
            assertThat(holidaysIn(2026, Month.APRIL)).containsExactly(date("2026-04-03"), date("2026-04-06"));
        }

        @Test
        void in_2027_good_friday_is_26_march_and_easter_monday_is_29_march() {
            assertThat(holidaysIn(2027, Month.MARCH)).containsExactly(date("2027-03-26"), date("2027-03-29"));
        }
    }

    @Nested
    class Christmas {

        @Test
        void a_saturday_christmas_in_2021_moves_both_holidays_to_monday_27_and_tuesday_28_december() {
            assertThat(holidaysIn(2021, Month.DECEMBER)).containsExactly(date("2021-12-27"), date("2021-12-28"));
        }

        @Test
        void a_sunday_christmas_in_2022_gives_monday_26_and_tuesday_27_december() {
            assertThat(holidaysIn(2022, Month.DECEMBER)).containsExactly(date("2022-12-26"), date("2022-12-27"));
        }

        @Test
        void a_friday_christmas_in_2026_moves_boxing_day_to_monday_28_december() {
            assertThat(holidaysIn(2026, Month.DECEMBER)).containsExactly(date("2026-12-25"), date("2026-12-28"));
        }

        @Test
        void a_saturday_christmas_in_2027_moves_both_holidays_to_monday_27_and_tuesday_28_december() {
            assertThat(holidaysIn(2027, Month.DECEMBER)).containsExactly(date("2027-12-27"), date("2027-12-28"));
        }
    }

    @Nested
    class NewYear {

        @Test
        void a_saturday_new_years_day_in_2022_moves_to_monday_3_january() {
            assertThat(holidaysIn(2022, Month.JANUARY)).containsExactly(date("2022-01-03"));
        }

        @Test
        void a_sunday_new_years_day_in_2023_moves_to_monday_2_january() {
            assertThat(holidaysIn(2023, Month.JANUARY)).containsExactly(date("2023-01-02"));
        }

        @Test
        void a_saturday_new_years_day_in_2028_moves_to_monday_3_january() {
            assertThat(holidaysIn(2028, Month.JANUARY)).containsExactly(date("2028-01-03"));
        }
    }

    @Nested
    class MayAndAugust {

        @Test
        void the_first_early_may_bank_holiday_was_monday_1_may_1978() {
            assertThat(BankHolidays.isBankHoliday(date("1978-05-01"))).isTrue();
        }

        @Test
        void the_summer_bank_holiday_2025_is_monday_25_august() {
            assertThat(BankHolidays.isBankHoliday(date("2025-08-25"))).isTrue();
        }

        @Test
        void the_summer_bank_holiday_2026_is_monday_31_august() {
            assertThat(BankHolidays.isBankHoliday(date("2026-08-31"))).isTrue();
        }

        @Test
        void monday_24_august_2026_is_not_a_bank_holiday_because_it_is_not_the_last_monday() {
            assertThat(BankHolidays.isBankHoliday(date("2026-08-24"))).isFalse();
        }
    }

    @Nested
    class Proclamations {

        @Test
        void the_1981_royal_wedding_on_29_july_was_a_bank_holiday() {
            assertThat(BankHolidays.isBankHoliday(date("1981-07-29"))).isTrue();
        }

        @Test
        void the_1995_early_may_bank_holiday_moved_from_1_may_to_8_may() {
            assertThat(holidaysIn(1995, Month.MAY)).containsExactly(date("1995-05-08"), date("1995-05-29"));
        }

        @Test
        void the_millennium_eve_31_december_1999_was_a_bank_holiday() {
            assertThat(BankHolidays.isBankHoliday(date("1999-12-31"))).isTrue();
        }

        @Test
        void the_2002_spring_bank_holiday_moved_from_27_may_to_4_june_with_3_june_added() {
            assertThat(BankHolidays.inYear(2002))
                    .contains(date("2002-06-03"), date("2002-06-04"))
                    .doesNotContain(date("2002-05-27"));
        }

        @Test
        void the_2011_royal_wedding_on_29_april_was_a_bank_holiday() {
            assertThat(BankHolidays.isBankHoliday(date("2011-04-29"))).isTrue();
        }

        @Test
        void the_diamond_jubilee_made_4_and_5_june_2012_bank_holidays() {
            assertThat(BankHolidays.inYear(2012)).contains(date("2012-06-04"), date("2012-06-05"));
        }

        @Test
        void the_diamond_jubilee_took_the_spring_bank_holiday_away_from_28_may_2012() {
            assertThat(BankHolidays.isBankHoliday(date("2012-05-28"))).isFalse();
        }

        @Test
        void ve_day_75_made_friday_8_may_2020_the_early_may_bank_holiday() {
            assertThat(BankHolidays.isBankHoliday(date("2020-05-08"))).isTrue();
        }

        @Test
        void ve_day_75_took_the_early_may_bank_holiday_away_from_4_may_2020() {
            assertThat(BankHolidays.isBankHoliday(date("2020-05-04"))).isFalse();
        }

        @Test
        void the_platinum_jubilee_made_2_and_3_june_2022_bank_holidays() {
            assertThat(BankHolidays.inYear(2022)).contains(date("2022-06-02"), date("2022-06-03"));
        }

        @Test
        void the_platinum_jubilee_took_the_spring_bank_holiday_away_from_30_may_2022() {
            assertThat(BankHolidays.isBankHoliday(date("2022-05-30"))).isFalse();
        }

        @Test
        void the_state_funeral_of_queen_elizabeth_ii_on_19_september_2022_was_a_bank_holiday() {
            assertThat(BankHolidays.isBankHoliday(date("2022-09-19"))).isTrue();
        }

        @Test
        void the_coronation_of_king_charles_iii_on_8_may_2023_was_a_bank_holiday() {
            assertThat(BankHolidays.isBankHoliday(date("2023-05-08"))).isTrue();
        }
    }

    @Nested
    class OfficialLists {

        static Stream<Arguments> publishedEnglandAndWalesLists() {
            return Stream.of(
                    Arguments.of(2019, List.of("2019-01-01", "2019-04-19", "2019-04-22", "2019-05-06",
                            "2019-05-27", "2019-08-26", "2019-12-25", "2019-12-26")),
                    Arguments.of(2020, List.of("2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08",
                            "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28")),
                    Arguments.of(2021, List.of("2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03",
                            "2021-05-31", "2021-08-30", "2021-12-27", "2021-12-28")),
                    Arguments.of(2022, List.of("2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02",
                            "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26",
                            "2022-12-27")),
                    Arguments.of(2023, List.of("2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01",
                            "2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25", "2023-12-26")),
                    Arguments.of(2024, List.of("2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06",
                            "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26")),
                    Arguments.of(2025, List.of("2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05",
                            "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26")),
                    Arguments.of(2026, List.of("2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04",
                            "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28")));
        }

        @ParameterizedTest(name = "{0} matches the list published by the UK government")
        @MethodSource("publishedEnglandAndWalesLists")
        void the_computed_year_matches_the_list_published_by_the_uk_government(int year, List<String> published) {
            assertThat(BankHolidays.inYear(year))
                    .containsExactlyElementsOf(published.stream().map(LocalDate::parse).toList());
        }
    }

    @Nested
    class Limits {

        @Test
        void no_bank_holiday_from_1978_to_2100_falls_on_a_weekend() {
            assertThat(IntStream.rangeClosed(1978, 2100).boxed()
                    .flatMap(year -> BankHolidays.inYear(year).stream()))
                    .allSatisfy(d -> assertThat(d.getDayOfWeek())
                            .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        }

        @Test
        void years_before_1978_are_refused() {
            assertThatThrownBy(() -> BankHolidays.inYear(1977))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("1978");
        }

        @Test
        void the_set_for_a_year_cannot_be_changed_by_a_caller() {
            assertThatThrownBy(() -> BankHolidays.inYear(2026).add(date("2026-07-01")))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }
}
