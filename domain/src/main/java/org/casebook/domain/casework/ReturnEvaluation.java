package org.casebook.domain.casework;

import java.time.LocalDate;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebook.domain.shared.Actor;

/** Record the evaluation form the parent returned [002 App. D]. */
public record ReturnEvaluation(
        @TargetAggregateIdentifier CaseId caseId,
        LocalDate returnedOn,
        Set<WentWell> wentWell,
        Usefulness usefulness,
        ImpartialityRating impartial,
        String couldDoBetter,
        String otherComments,
        boolean willingToBeContacted,
        Actor actor,
        Long expectedVersion) implements CaseCommand {

    public ReturnEvaluation {
        Check.required("caseId", caseId);
        Check.required("returnedOn", returnedOn);
        Check.required("wentWell", wentWell);
        wentWell = EnumSets.copyOf(WentWell.class, wentWell);
        Check.required("usefulness", usefulness);
        Check.required("impartial", impartial);
        Check.optionalText("couldDoBetter", couldDoBetter, Check.LONG_TEXT);
        Check.optionalText("otherComments", otherComments, Check.LONG_TEXT);
        Check.required("actor", actor);
    }
}
