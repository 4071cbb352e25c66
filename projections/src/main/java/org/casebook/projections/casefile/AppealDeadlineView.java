package org.casebook.projections.casefile;

import java.time.LocalDate;
import org.casebook.domain.casework.AppealOutcome;
import org.casebook.domain.casework.AppealableDecisionKind;
import org.casebook.domain.casework.SenDecisionType;

public record AppealDeadlineView(String decisionId, AppealableDecisionKind kind, SenDecisionType decisionType,
                                 LocalDate effectiveOn, LocalDate dueOn, AppealOutcome outcome, LocalDate decidedOn) {

    /** How the decision ended [000 §2.6]; its deadline is then no longer due. */
    AppealDeadlineView decided(AppealOutcome how, LocalDate on) {
        return new AppealDeadlineView(decisionId, kind, decisionType, effectiveOn, dueOn, how, on);
    }
}
