package org.casebook.domain.casework;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebook.domain.shared.Actor;

/** Record that the 6-monthly evaluation form was sent [002 §10]. */
public record SendEvaluationRequest(
        @TargetAggregateIdentifier CaseId caseId,
        LocalDate sentOn,
        Actor actor,
        Long expectedVersion) implements CaseCommand {

    public SendEvaluationRequest {
        Check.required("caseId", caseId);
        Check.required("sentOn", sentOn);
        Check.required("actor", actor);
    }
}
