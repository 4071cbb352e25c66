package org.casebook.domain.casework;

/**
 * The SEN decisions that carry a right of appeal: the statement decisions of the Education Act 1996 [001, 'Parents
 * can appeal to the SENDIST'], and the EHC decisions of the Children and Families Act 2014 s.51(2), which the 2014
 * framework brought in for letters dated from 1 September 2014 (statements ran on beside them until 2018).
 */
public enum SenDecisionType {
    ASSESSMENT_REFUSED,
    NOTE_IN_LIEU,
    STATEMENT_ISSUED,
    STATEMENT_AMENDED,
    STATEMENT_CEASED,
    SCHOOL_NOT_CHANGED,
    REASSESSMENT_NO_CHANGE,
    /** Not to secure an EHC needs assessment (CFA 2014 s.51(2)(a)). */
    EHC_NEEDS_ASSESSMENT_REFUSED,
    /** Not to secure an EHC plan after an assessment (s.51(2)(b)). */
    EHC_PLAN_REFUSED,
    /** The contents of an EHC plan as issued or amended: the needs, the provision, the school named (s.51(2)(c)). */
    EHC_PLAN_CONTENTS,
    /** Not to amend an EHC plan after a review or reassessment (s.51(2)(d) and (e)). */
    EHC_PLAN_NOT_AMENDED,
    /** To cease to maintain an EHC plan (s.51(2)(f)). */
    EHC_PLAN_CEASED;

    /** EHC plans exist only under the 2014 framework. */
    public boolean isEhc() {
        return name().startsWith("EHC_");
    }
}
