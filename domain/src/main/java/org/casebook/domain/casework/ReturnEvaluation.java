package org.casebook.domain.casework;

import java.time.LocalDate;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebook.domain.shared.Actor;

/**
 * Record the evaluation form the parent returned [002 App. D]. A form that answers "No" to "Do you feel we were
 * impartial?" raises an impartiality concern by itself [002 §4.4]: {@code concernId} is the id it gets, required
 * then and ignored otherwise.
 */
public record ReturnEvaluation(
        @TargetAggregateIdentifier CaseId caseId,
        LocalDate returnedOn,
        Set<WentWell> wentWell,
        Usefulness usefulness,
        ImpartialityRating impartial,
        String couldDoBetter,
        String otherComments,
        boolean willingToBeContacted,
        ConcernId concernId,
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
        if (impartial == ImpartialityRating.NO) {
            Check.required("concernId", concernId);
        } else {
            concernId = null;
        }
        Check.required("actor", actor);
    }

    /** A form that does not answer "No" to impartiality, so raises no concern. */
    public ReturnEvaluation(CaseId caseId, LocalDate returnedOn, Set<WentWell> wentWell, Usefulness usefulness,
                            ImpartialityRating impartial, String couldDoBetter, String otherComments,
                            boolean willingToBeContacted, Actor actor, Long expectedVersion) {
        this(caseId, returnedOn, wentWell, usefulness, impartial, couldDoBetter, otherComments, willingToBeContacted,
                null, actor, expectedVersion);
    }

    /** Whether the parent said the service was not impartial, which is a concern to answer [002 §4.4, App. D]. */
    public boolean raisesAConcern() {
        return impartial == ImpartialityRating.NO;
    }
}
