package org.casebook.domain.casework;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebook.domain.shared.Actor;

/** Record a decision the parent may appeal to the tribunal [001]. */
public record RecordAppealableDecision(
        @TargetAggregateIdentifier CaseId caseId,
        DecisionId decisionId,
        AppealableDecisionKind kind,
        LocalDate effectiveOn,
        SenDecisionType decisionType,
        boolean conciliationUsed,
        Actor actor,
        Long expectedVersion) implements CaseCommand {

    public RecordAppealableDecision {
        Check.required("caseId", caseId);
        Check.required("decisionId", decisionId);
        Check.required("kind", kind);
        Check.required("effectiveOn", effectiveOn);
        if (kind == AppealableDecisionKind.DISABILITY_DISCRIMINATION && decisionType != null) {
            throw new InvalidCaseCommand("decisionType", "applies only to SEN_DECISION");
        }
        if (kind == AppealableDecisionKind.SEN_DECISION && conciliationUsed) {
            throw new InvalidCaseCommand("conciliationUsed", "applies only to DISABILITY_DISCRIMINATION");
        }
        Check.required("actor", actor);
    }
}
