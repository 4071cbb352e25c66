package org.casebook.projections.casefile;

import java.time.LocalDate;
import org.casebook.domain.casework.AppealableDecisionKind;
import org.casebook.domain.casework.SenDecisionType;

public record AppealDeadlineView(String decisionId, AppealableDecisionKind kind, SenDecisionType decisionType,
                                 LocalDate effectiveOn, LocalDate dueOn) {
}
