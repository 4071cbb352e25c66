package org.casebook.domain.casework;

import java.time.LocalDate;

/**
 * The time limits before the Children and Families Act 2014, for decisions whose letter is dated before
 * 1 September 2014 ({@link AppealRules#PRE_2014}; later ones follow {@link SendTribunalTimeLimits}).
 *
 * <p>Appeal deadlines are computed, never typed in: two months for SEN decisions, six for disability discrimination,
 * eight when the parent used the conciliation service [001, "The Special Educational Needs and Disability Tribunal"
 * and "Disputes concerning Disability Discrimination"]. Mediation never moves them [001].
 *
 * <p>Months are calendar months from the day the decision letter was received: the same day-of-month, or the last
 * day of a shorter month (31 January + 2 months is 31 March; 31 August + 6 months is the end of February).
 */
public final class AppealDeadlines {

    private AppealDeadlines() {
    }

    public static LocalDate deadlineFor(AppealableDecisionKind kind, LocalDate effectiveOn, boolean conciliationUsed) {
        return effectiveOn.plusMonths(monthsAllowed(kind, conciliationUsed));
    }

    static int monthsAllowed(AppealableDecisionKind kind, boolean conciliationUsed) {
        return switch (kind) {
            case SEN_DECISION -> 2;
            case DISABILITY_DISCRIMINATION -> conciliationUsed ? 8 : 6;
        };
    }
}
