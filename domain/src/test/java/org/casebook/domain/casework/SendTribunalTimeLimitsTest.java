package org.casebook.domain.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casebook.domain.casework.AppealableDecisionKind.DISABILITY_DISCRIMINATION;
import static org.casebook.domain.casework.AppealableDecisionKind.SEN_DECISION;

import java.time.LocalDate;
import org.casebook.domain.shared.Actor;
import org.casebook.domain.shared.StaffRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Today's law on real dates. Every row of the worked-examples table in docs/deadlines.md is a case here; keep the
 * two in step.
 */
class SendTribunalTimeLimitsTest {

    private static LocalDate date(String iso) {
        return iso == null || iso.isBlank() ? null : LocalDate.parse(iso);
    }

    /** What the case computes: the rules picked by the letter's date, then those rules' deadline. */
    private static LocalDate deadline(AppealableDecisionKind kind, String letter, boolean conciliation,
                                      String certificate) {
        return AppealRules.forLetterDate(date(letter)).deadlineFor(kind, date(letter), conciliation,
                date(certificate));
    }

    @Nested
    class WorkedExamples {

        @ParameterizedTest(name = "SEN letter {0}, certificate {1} -> {2}")
        @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
                2026-10-01 | 2026-11-29 | 2027-01-04
                2026-06-15 | -          | 2026-09-01
                2026-06-15 | 2026-07-20 | 2026-09-01
                2026-12-31 | -          | 2027-03-01
                2026-03-10 | -          | 2026-05-11
                2026-03-10 | 2026-04-20 | 2026-05-20
                2026-10-20 | -          | 2026-12-21
                2026-10-27 | -          | 2027-01-04
                2027-02-26 | -          | 2027-04-26
                2026-01-31 | -          | 2026-03-31
                2010-01-31 | -          | 2010-03-31
                2014-06-15 | -          | 2014-08-15
                2014-09-01 | -          | 2014-11-03
                """)
        void senAppeals(String letter, String certificate, String expected) {
            assertThat(deadline(SEN_DECISION, letter, false, certificate)).isEqualTo(date(expected));
        }

        @ParameterizedTest(name = "discrimination on {0}, conciliation {1} -> {2}")
        @CsvSource(delimiter = '|', textBlock = """
                2026-02-10 | false | 2026-08-10
                2026-06-28 | false | 2026-12-28
                2026-02-28 | false | 2026-08-28
                2010-03-15 | false | 2010-09-15
                2010-03-15 | true  | 2010-11-15
                """)
        void disabilityDiscriminationClaims(String on, boolean conciliation, String expected) {
            assertThat(deadline(DISABILITY_DISCRIMINATION, on, conciliation, null)).isEqualTo(date(expected));
        }
    }

    @Nested
    class TheRulesArePickedByTheLettersDate {

        @Test
        void fromTheFirstOfSeptember2014() {
            assertThat(AppealRules.forLetterDate(date("2014-08-31"))).isEqualTo(AppealRules.PRE_2014);
            assertThat(AppealRules.forLetterDate(date("2014-09-01"))).isEqualTo(AppealRules.CFA_2014);
        }

        @Test
        void theOldRulesNeverMoveADeadlineOffAWeekendOrOutOfAugust() {
            // 2009-06-15 + 2 months is Saturday 15 August 2009.
            assertThat(deadline(SEN_DECISION, "2009-06-15", false, null)).isEqualTo(date("2009-08-15"));
        }

        @Test
        void theOldRulesIgnoreAMediationCertificate() {
            assertThat(AppealRules.PRE_2014.deadlineFor(SEN_DECISION, date("2010-01-31"), false, date("2010-03-20")))
                    .isEqualTo(date("2010-03-31"));
        }
    }

    @Nested
    class TheTribunalsCalendar {

        @Test
        void aDeadlineOnChristmasEveIsAWorkingDayAndStays() {
            assertThat(SendTribunalTimeLimits.onTribunalWorkingDay(date("2026-12-24"))).isEqualTo(date("2026-12-24"));
        }

        @Test
        void aDeadlineOnNewYearsDayMovesToTheFirstWorkingDayAfterIt() {
            // 2 January 2026 is a Friday.
            assertThat(SendTribunalTimeLimits.onTribunalWorkingDay(date("2026-01-01"))).isEqualTo(date("2026-01-02"));
        }

        @Test
        void aWeekendMoveThatLandsInAugustMovesOnToSeptember() {
            // Saturday 31 July 2027 -> Monday 2 August -> Wednesday 1 September 2027.
            assertThat(SendTribunalTimeLimits.onTribunalWorkingDay(date("2027-07-31"))).isEqualTo(date("2027-09-01"));
        }

        @Test
        void aWeekendMoveThatLandsInTheChristmasPeriodMovesOnToJanuary() {
            // Saturday 24 December 2022 -> Tuesday 3 January 2023 (2 January 2023 was the New Year bank holiday).
            assertThat(SendTribunalTimeLimits.onTribunalWorkingDay(date("2022-12-24"))).isEqualTo(date("2023-01-03"));
        }

        @Test
        void aBankHolidayMovesToTheNextWorkingDay() {
            // Good Friday 3 April 2026 and Easter Monday 6 April.
            assertThat(SendTribunalTimeLimits.onTribunalWorkingDay(date("2026-04-03"))).isEqualTo(date("2026-04-07"));
        }

        @Test
        void theFirstOfSeptemberOnASundayMovesToTheMonday() {
            // 1 September 2024 was a Sunday.
            assertThat(SendTribunalTimeLimits.onTribunalWorkingDay(date("2024-08-15"))).isEqualTo(date("2024-09-02"));
        }
    }

    @Nested
    class MediationAdvice {

        @Test
        void isDueTwoMonthsAfterTheLetter() {
            assertThat(SendTribunalTimeLimits.mediationAdviceDueOn(date("2026-06-15"))).isEqualTo(date("2026-08-15"));
        }

        @Test
        void isNeededForAnSenAppealUnderTheNewRulesUnlessPlacementOnly() {
            assertThat(AppealRules.CFA_2014.needsMediationCertificate(SEN_DECISION, false)).isTrue();
            assertThat(AppealRules.CFA_2014.needsMediationCertificate(SEN_DECISION, true)).isFalse();
            assertThat(AppealRules.CFA_2014.needsMediationCertificate(DISABILITY_DISCRIMINATION, false)).isFalse();
            assertThat(AppealRules.PRE_2014.needsMediationCertificate(SEN_DECISION, false)).isFalse();
        }
    }

    @Test
    void conciliationOnA2026DiscriminationIsRefusedAsInvalidInput() {
        Actor actor = new Actor("caseworker1", StaffRole.CASEWORKER, CaseFixtures.AT);
        assertThatThrownBy(() -> new RecordAppealableDecision(CaseId.random(), DecisionId.random(),
                DISABILITY_DISCRIMINATION, date("2026-02-10"), null, true, actor, null))
                .isInstanceOf(InvalidCaseCommand.class);
    }
}
