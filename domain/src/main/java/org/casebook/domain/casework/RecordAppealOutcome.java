package org.casebook.domain.casework;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebook.domain.shared.Actor;

/** Record how an appealable decision ended: not appealed, resolved, withdrawn, or the Tribunal's decision. */
public record RecordAppealOutcome(
        @TargetAggregateIdentifier CaseId caseId,
        DecisionId decisionId,
        LocalDate decidedOn,
        AppealOutcome outcome,
        Actor actor,
        Long expectedVersion) implements CaseCommand {

    public RecordAppealOutcome {
        Check.required("caseId", caseId);
        Check.required("decisionId", decisionId);
        Check.required("decidedOn", decidedOn);
        Check.required("outcome", outcome);
        Check.required("actor", actor);
    }
}
