package org.casebook.domain.casework;

import java.time.LocalDate;
import java.time.Month;
import org.casebook.domain.calendar.WorkingDays;

/**
 * Time limits for decisions whose letter is dated on or after 1 September 2014 (see {@link AppealRules}).
 * docs/deadlines.md states each rule with its source and the worked examples the tests mirror.
 *
 * <ul>
 *   <li>SEN appeal (Children and Families Act 2014 s.51; First-tier Tribunal (Health, Education and Social Care
 *       Chamber) Rules 2008 r.20 as amended in 2014): 2 months from the date of the decision letter, or 1 month
 *       from the date of the mediation certificate (CFA 2014 s.55; SEND Regulations 2014 Part 6), whichever is
 *       later.</li>
 *   <li>Then the Tribunal's own calendar (HESC Rules r.12): a deadline falling from 25 December to 1 January moves
 *       to the first working day after 1 January, one falling in August to the first working day of September,
 *       and one on any other day that is not a working day (weekend, England and Wales bank holiday) to the next
 *       working day. These moves are the Tribunal's rules for SEN appeals only.</li>
 *   <li>Disability discrimination claim (Equality Act 2010 Sch.17): 6 months from the discrimination. The
 *       Act sets that limit, not the Tribunal's rules, so none of the moves above apply, and the conciliation
 *       extension the earlier regulations gave does not exist for discrimination from 1 September 2014.</li>
 * </ul>
 *
 * <p>Months are calendar months (the same day of the month, or the last day of a shorter month), as everywhere else
 * in Casebook. Whether the Tribunal allows a late appeal or extends a time limit under its case-management powers
 * is the Tribunal's decision, never the service's: these are the dates a caseworker must advise on.
 */
public final class SendTribunalTimeLimits {

    static final int SEN_APPEAL_MONTHS_FROM_LETTER = 2;
    static final int SEN_APPEAL_MONTHS_FROM_CERTIFICATE = 1;
    static final int DISCRIMINATION_CLAIM_MONTHS = 6;

    private SendTribunalTimeLimits() {
    }

    /**
     * The last day to register an SEN appeal.
     *
     * @param certificateIssuedOn the date of the mediation certificate, or null when none is recorded (or needed)
     */
    public static LocalDate senAppealDeadline(LocalDate letterDate, LocalDate certificateIssuedOn) {
        LocalDate deadline = letterDate.plusMonths(SEN_APPEAL_MONTHS_FROM_LETTER);
        if (certificateIssuedOn != null) {
            LocalDate fromCertificate = certificateIssuedOn.plusMonths(SEN_APPEAL_MONTHS_FROM_CERTIFICATE);
            if (fromCertificate.isAfter(deadline)) {
                deadline = fromCertificate;
            }
        }
        return onTribunalWorkingDay(deadline);
    }

    /** The last day to make a disability discrimination claim: 6 calendar months, no moves, no extension. */
    public static LocalDate discriminationClaimDeadline(LocalDate discriminationOn) {
        return discriminationOn.plusMonths(DISCRIMINATION_CLAIM_MONTHS);
    }

    /**
     * The day by which mediation advice must have been sought: without a certificate the appeal cannot be
     * registered (CFA 2014 s.55(3)), and without one it is due 2 months from the letter. Shown on the caseload so
     * that the caseworker advises the parent before it is too late.
     */
    public static LocalDate mediationAdviceDueOn(LocalDate letterDate) {
        return letterDate.plusMonths(SEN_APPEAL_MONTHS_FROM_LETTER);
    }

    /**
     * Moves a deadline off the days HESC Rules r.12 does not count. Repeats until nothing moves, because one move
     * can land in another period (a deadline on Saturday 31 July would otherwise land on Monday 2 August).
     */
    static LocalDate onTribunalWorkingDay(LocalDate deadline) {
        LocalDate day = deadline;
        while (true) {
            if (inChristmasPeriod(day)) {
                day = LocalDate.of(day.getMonth() == Month.DECEMBER ? day.getYear() + 1 : day.getYear(), 1, 2);
            } else if (day.getMonth() == Month.AUGUST) {
                day = LocalDate.of(day.getYear(), Month.SEPTEMBER, 1);
            } else if (!WorkingDays.isWorkingDay(day)) {
                day = day.plusDays(1);
            } else {
                return day;
            }
        }
    }

    /** 25 December to 1 January inclusive (r.12(3)(a)). */
    static boolean inChristmasPeriod(LocalDate day) {
        return (day.getMonth() == Month.DECEMBER && day.getDayOfMonth() >= 25)
                || (day.getMonth() == Month.JANUARY && day.getDayOfMonth() == 1);
    }
}
