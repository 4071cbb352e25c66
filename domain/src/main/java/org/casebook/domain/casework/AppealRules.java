package org.casebook.domain.casework;

import java.time.LocalDate;

/**
 * Which law sets an appealable decision's time limits, picked by the date on the local authority's decision letter
 * (or, for a disability discrimination claim, the date of the alleged discrimination).
 *
 * <p>Part 3 of the Children and Families Act 2014 came into force on 1 September 2014 (the Children and Families
 * Act 2014 (Commencement No. 3, Transitional Provisions and Savings) Order 2014), and with it the Special
 * Educational Needs and Disability Regulations 2014 and the amended First-tier Tribunal (HESC) Rules. Decisions
 * dated before then keep the rules the seeds describe [001]. See docs/deadlines.md.
 */
public enum AppealRules {

    /**
     * The rules the seeds describe [001, "The Special Educational Needs and Disability Tribunal"]: 2 months for an
     * SEN appeal, 6 months for a disability discrimination claim, 8 with conciliation; mediation moves nothing.
     * Also the rules every decision recorded before Casebook knew the 2014 law was given (its deadline stands).
     */
    PRE_2014,

    /** The Children and Families Act 2014 framework: {@link SendTribunalTimeLimits}. */
    CFA_2014;

    /** The first letter date the 2014 framework governs. */
    public static final LocalDate CFA_2014_IN_FORCE = LocalDate.of(2014, 9, 1);

    public static AppealRules forLetterDate(LocalDate letterDate) {
        return letterDate.isBefore(CFA_2014_IN_FORCE) ? PRE_2014 : CFA_2014;
    }

    /**
     * The appeal deadline under these rules.
     *
     * @param certificateIssuedOn the mediation certificate's date, or null; PRE_2014 ignores it
     */
    public LocalDate deadlineFor(AppealableDecisionKind kind, LocalDate letterDate, boolean conciliationUsed,
                                 LocalDate certificateIssuedOn) {
        return switch (this) {
            case PRE_2014 -> AppealDeadlines.deadlineFor(kind, letterDate, conciliationUsed);
            case CFA_2014 -> switch (kind) {
                case SEN_DECISION -> SendTribunalTimeLimits.senAppealDeadline(letterDate, certificateIssuedOn);
                case DISABILITY_DISCRIMINATION -> SendTribunalTimeLimits.discriminationClaimDeadline(letterDate);
            };
        };
    }

    /**
     * Whether the parent (or young person) must have a mediation certificate before appealing: an SEN appeal under
     * the 2014 framework that is not only about the school or type of school named (CFA 2014 s.55(3) and (5)).
     */
    public boolean needsMediationCertificate(AppealableDecisionKind kind, boolean placementOnly) {
        return this == CFA_2014 && kind == AppealableDecisionKind.SEN_DECISION && !placementOnly;
    }
}
