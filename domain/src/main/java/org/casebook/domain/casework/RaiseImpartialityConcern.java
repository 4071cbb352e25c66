package org.casebook.domain.casework;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebook.domain.shared.Actor;

/** Record that the parent questioned the service's impartiality [002 §4.4]. */
public record RaiseImpartialityConcern(
        @TargetAggregateIdentifier CaseId caseId,
        ConcernId concernId,
        LocalDate raisedOn,
        String detail,
        Actor actor,
        Long expectedVersion) implements CaseCommand {

    public RaiseImpartialityConcern {
        Check.required("caseId", caseId);
        Check.required("concernId", concernId);
        Check.required("raisedOn", raisedOn);
        Check.optionalText("detail", detail, Check.LONG_TEXT);
        Check.required("actor", actor);
    }
}
